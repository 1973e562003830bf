using Spoke;
using Spoke.Sample;

QueryShowcase.Print();

try
{
    await using var account = await SampleAccount.ConnectAsync();
    await ReadOnlyTour.RunAsync(account.Client);
    if (account.IsEmulator)
    {
        await WriteTour.RunAsync(account.Client);
        await PipelineTour.RunAsync(account.Client);
    }

    return 0;
}
catch (HubSpotException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
