using System.Diagnostics.Metrics;
using System.Globalization;
using Spoke;
using Spoke.Redis;

// Arguments: emulator base address, token, Redis configuration, requests per 10 s, clients, seconds to run.
// Sends the first page of contacts from each client until the time is up, then prints "sent failed storeErrors" on one line:
// requests answered, requests that failed, and calls to Redis that failed (each answered from the local share instead).
if (args.Length != 6)
{
    Console.Error.WriteLine("usage: Spoke.Redis.Tests.Process BASE_ADDRESS TOKEN REDIS LIMIT CLIENTS SECONDS");
    return 2;
}

var storeErrors = 0L;
using var listener = new MeterListener();
listener.InstrumentPublished = (instrument, meterListener) =>
{
    if (instrument is { Meter.Name: HubSpotDiagnostics.MeterName, Name: "spoke.hubspot.budget.store.errors" })
    {
        meterListener.EnableMeasurementEvents(instrument);
    }
};
listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref storeErrors, value));
listener.Start();

var limit = int.Parse(args[3], CultureInfo.InvariantCulture);
var clientCount = int.Parse(args[4], CultureInfo.InvariantCulture);
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(int.Parse(args[5], CultureInfo.InvariantCulture)));
using var redis = RedisConnection.Create(args[2]);
var store = new RedisBudgetStore(redis);
var request = HubSpotRequest.Get("crm/v3/objects/contacts");
var clients = Enumerable.Range(0, clientCount).Select(_ => new HubSpotClient(
    new HttpClient(new SocketsHttpHandler()),
    new HubSpotClientOptions { AccessToken = args[1], BaseAddress = new Uri(args[0]), RequestsPerTenSeconds = limit, BudgetStore = store })).ToList();

var counts = await Task.WhenAll(clients.Select(async client =>
{
    var (sent, failed) = (0, 0);
    while (!stop.IsCancellationRequested)
    {
        try
        {
            await client.SendAsync(request, stop.Token);
            sent++;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            break;
        }
        catch (HubSpotException exception)
        {
            failed++;
            Console.Error.WriteLine(exception.Message);
        }
    }

    return (sent, failed);
}));

clients.ForEach(client => client.Dispose());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{counts.Sum(count => count.sent)} {counts.Sum(count => count.failed)} {Interlocked.Read(ref storeErrors)}"));
return 0;
