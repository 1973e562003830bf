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
        await BulkTour.RunAsync(account.Client);
        await PipelineTour.RunAsync(account.Client);
    }

    return 0;
}
catch (HubSpotException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
{
    // A HUBSPOT_BASE_URL that is not a URL, or a token that cannot be sent: the message names the setting.
    Console.Error.WriteLine(exception.Message);
    return 2;
}
