using System.Net;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Spoke.Emulator.Endpoints;
using Spoke.Emulator.Faults;
using Spoke.Emulator.Http;
using Spoke.Emulator.RateLimiting;

namespace Spoke.Emulator;

/// <summary>Builds the emulator's web application, on Kestrel or in memory, around one shared <see cref="EmulatorState"/>.</summary>
internal static class EmulatorApplication
{
    public static WebApplication Build(EmulatorState state, bool inMemory)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A start that fails (a port already in use) is thrown to the caller, who reports it in one line; the host's own
        // log entry would print the same failure again as a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        if (inMemory)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(ListenAddress(state.Options.ListenAddress), state.Options.Port));
        }

        var app = builder.Build();
        app.UseMiddleware<ProblemMiddleware>();
        app.UseRouting();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<AuthenticationMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        EmulatorEndpointMap.MapAll(app);
        return app;
    }

    /// <summary>The address Kestrel bound, with a trailing slash so relative paths resolve under it.</summary>
    public static Uri BoundAddress(WebApplication app)
    {
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The emulator's server reported no address.");
        return new Uri(address.TrimEnd('/') + "/");
    }

    private static IPAddress ListenAddress(string address) =>
        address.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(address, out var parsed) ? parsed
        : throw new ArgumentException($"\"{address}\" is not an IP address to listen on. Use 127.0.0.1 (the default), ::1 or 0.0.0.0.");
}
