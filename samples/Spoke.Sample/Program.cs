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
    }

    return 0;
}
catch (HubSpotException exception)
{
    Console.Error.WriteLine($"HubSpot refused a request: {exception.Message}");
    return 1;
}
