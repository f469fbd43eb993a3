using System.Diagnostics;
using Facilitation.Methods.Storage.CrashWriter;
using Facilitation.Methods.Storage.Sqlite;

namespace Facilitation.Methods.Storage.Tests;

/// <summary>A writing process killed with SIGKILL: every acknowledged append survives whole, nothing torn is stored, and the store opens again.</summary>
public sealed class SqliteCrashRecoveryTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task AppendAsync_WriterKilledMidLoopAgainAndAgain_EveryAcknowledgedEventIsStoredWhole_AndTheStoreOpens()
    {
        var path = folder.NewFile();
        var random = new Random(16);
        long lastAcked = 0;
        for (var crash = 0; crash < 4; crash++)
        {
            // Kill after a seeded number of acknowledgements, while the writer is in its loop (it always is: it never waits).
            var (started, acked) = await RunAndKill(path, acksBeforeKill: random.Next(20, 80));
            Assert.True(started >= lastAcked, $"crash {crash}: the writer restarted at version {started}, below the acknowledged {lastAcked}");
            lastAcked = acked;

            using var store = SqliteSessionStore.Open(path);
            var session = await store.LoadAsync("cafe-1");

            Assert.NotNull(session);
            Assert.True(session.Version >= acked, $"crash {crash}: version {acked} was acknowledged, but the store holds only {session.Version}");
            Assert.True(CrashLog.IsAppendBoundary(session.Version), $"crash {crash}: the log ends at {session.Version}, inside an append (torn)");
            Assert.Equal(session.Version, session.Events.Count);
            for (var v = 1; v <= session.Version; v++)
            {
                var (expected, stored) = (CrashLog.Event(v), session.Events[v - 1]);
                Assert.Equal((expected.Version, expected.Type, expected.Json, expected.Time), (stored.Version, stored.Type, stored.Json, stored.Time));
            }
        }

        Assert.True(lastAcked > 0);
    }

    private async Task<(long Started, long Acked)> RunAndKill(string path, int acksBeforeKill)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Facilitation.Methods.Storage.CrashWriter.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(writer);
        info.ArgumentList.Add(path);
        info.ArgumentList.Add("cafe-1");
        using var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        long started = -1;
        long acked = 0;
        var acks = 0;
        try
        {
            while (acks < acksBeforeKill)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"the writer stopped on its own: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
                if (line.StartsWith("started ", StringComparison.Ordinal))
                {
                    started = long.Parse(line["started ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    acked = long.Parse(line["acked ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                    acks++;
                }
            }
        }
        finally
        {
            process.Kill(); // SIGKILL on Linux and macOS: no finaliser, no flush, no checkpoint.
            await process.WaitForExitAsync(CancellationToken.None);
        }

        // Lines the writer printed before it died were acknowledged too.
        while (await process.StandardOutput.ReadLineAsync(CancellationToken.None) is { } rest)
        {
            if (rest.StartsWith("acked ", StringComparison.Ordinal))
            {
                acked = long.Parse(rest["acked ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        Assert.Equal(137, process.ExitCode); // 128 + SIGKILL
        return (started, acked);
    }
}
