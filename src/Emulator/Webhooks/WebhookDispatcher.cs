using System.Net.Sockets;
using System.Threading.Channels;

namespace Spoke.Emulator.Webhooks;

/// <summary>
/// Turns the account's changes into signed deliveries to the app's target URL: events gathered for
/// <see cref="EmulatorWebhookOptions.BatchWindow"/> into arrays of at most 100, each sent with HubSpot's retry
/// behaviour (up to <see cref="EmulatorWebhookOptions.MaxAttempts"/> tries, a timeout per try, a retry on any
/// 4xx/5xx or connection failure), and held to the app's <c>throttling</c> settings by a <see cref="WebhookThrottle"/>.
/// Listens to the change feed only once webhook settings exist.
/// </summary>
internal sealed class WebhookDispatcher : IDisposable
{
    private const int MaxEventsPerDelivery = 100;

    private readonly EmulatorWebhookOptions options;
    private readonly WebhookRegistry registry;
    private readonly EmulatorChangeFeed changes;
    private readonly long portalId;
    private readonly TimeProvider timeProvider;
    private readonly Random random;
    private readonly WebhookThrottle throttle;
    private readonly HttpClient httpClient = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<Task> deliveries = [];
    private EmulatorChangeSubscription? subscription;
    private Task? loop;
    private long lastEventId;

    public WebhookDispatcher(EmulatorWebhookOptions options, WebhookRegistry registry, EmulatorChangeFeed changes, long portalId, TimeProvider timeProvider, int seed)
    {
        this.options = options;
        this.registry = registry;
        this.changes = changes;
        this.portalId = portalId;
        this.timeProvider = timeProvider;
        random = new Random(seed);
        throttle = new WebhookThrottle(timeProvider);
    }

    /// <summary>Starts listening to the change feed, once; called when the app's settings are saved.</summary>
    public void EnsureRunning()
    {
        lock (gate)
        {
            if (loop is not null || stopping.IsCancellationRequested)
            {
                return;
            }

            subscription = changes.Subscribe();
            loop = Task.Run(() => RunAsync(subscription.Reader, stopping.Token));
        }
    }

    /// <summary>Stops listening and cancels deliveries in flight, without waiting for them.</summary>
    public void Dispose()
    {
        Task[] pending;
        lock (gate)
        {
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            stopping.Cancel();
            subscription?.Dispose();
            pending = [.. deliveries, .. loop is null ? [] : new[] { loop }];
        }

        // Cancelled deliveries finish quickly; the client goes once none can use it any more.
        _ = Task.WhenAll(pending).ContinueWith(_ => httpClient.Dispose(), TaskScheduler.Default);
    }

    private async Task RunAsync(ChannelReader<EmulatorChange> reader, CancellationToken cancellationToken)
    {
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var batch = new List<WebhookEvent>();
                using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                window.CancelAfter(options.BatchWindow);
                await GatherAsync(reader, batch, window.Token).ConfigureAwait(false);
                foreach (var delivery in batch.Chunk(MaxEventsPerDelivery))
                {
                    Track(DeliverAsync(delivery, cancellationToken));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The emulator is stopping; undelivered events go with it, as they would with a lost HubSpot app.
        }
    }

    private async Task GatherAsync(ChannelReader<EmulatorChange> reader, List<WebhookEvent> batch, CancellationToken window)
    {
        try
        {
            do
            {
                while (reader.TryRead(out var change))
                {
                    foreach (var match in registry.Matching(change))
                    {
                        batch.Add(new WebhookEvent(Interlocked.Increment(ref lastEventId), match, change));
                    }
                }
            }
            while (await reader.WaitToReadAsync(window).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (window.IsCancellationRequested)
        {
            // The batch window closed; send what was gathered.
        }
    }

    private void Track(Task delivery)
    {
        lock (gate)
        {
            deliveries.RemoveAll(task => task.IsCompleted);
            deliveries.Add(delivery);
        }
    }

    private async Task DeliverAsync(IReadOnlyList<WebhookEvent> events, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < options.MaxAttempts; attempt++)
        {
            if (registry.Settings is not { } settings)
            {
                return;
            }

            if (await TrySendAsync(settings, events, attempt, cancellationToken).ConfigureAwait(false))
            {
                if (NextDouble() < options.DuplicateDeliveryRate)
                {
                    await TrySendAsync(settings, events, attempt, cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            if (attempt + 1 < options.MaxAttempts)
            {
                await Task.Delay(RetryDelay(attempt), timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> TrySendAsync(WebhookSettings settings, IReadOnlyList<WebhookEvent> events, int attempt, CancellationToken cancellationToken)
    {
        using var lease = await throttle.AcquireAsync(settings, cancellationToken).ConfigureAwait(false);
        var body = WebhookPayloadWriter.Write(events, portalId, options.AppId, attempt);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.TargetUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        WebhookRequestSigner.Sign(request, body, options.ClientSecret, timeProvider.GetUtcNow());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using var response = await httpClient.SendAsync(request, timeout.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or SocketException)
        {
            // The HTTP client lets a bare SocketException through when the receiver resets a connection it just accepted.
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Doubles with each try, with up to 50% jitter, like HubSpot's randomised retry spacing.</summary>
    private TimeSpan RetryDelay(int attempt) => options.RetryDelay * Math.Pow(2, attempt) * (1 + (NextDouble() / 2));

    private double NextDouble()
    {
        lock (random)
        {
            return random.NextDouble();
        }
    }
}
