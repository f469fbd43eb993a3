using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Facilitation.Methods.WorldCafe;

namespace Facilitation.Methods.Benchmarks.WorldCafe;

/// <summary>
/// The <c>notecosts</c> mode: what a note and a bare Stateless <c>Fire</c> cost besides their code, side by side in one process. Each round
/// restores the 30-person café into round 1's conversation, collects garbage, and times 32 × 1,000 notes (as one
/// <see cref="AddNoteBenchmarks"/> iteration does); then drops the café (or, with <c>keep</c>, keeps it reachable), collects, and times
/// 32 × 1,000 bare <c>Fire</c>s on a fresh machine and list. Per side and round: wall clock and the thread's CPU time per call, the
/// collections and GC pause inside the timed region, the bytes per call still reachable afterwards, and the process's minor page faults
/// per 1,000 calls (CPU time and faults on Linux only).
/// Run: <c>dotnet benchmarks/Facilitation.Methods.Benchmarks/bin/Release/net10.0/Facilitation.Methods.Benchmarks.dll notecosts [rounds] [keep] [notesonly]</c>;
/// GC settings go in the environment (for example <c>DOTNET_gcConcurrent=0</c>), the same for both sides.
/// </summary>
internal static class NoteCosts
{
    private static readonly Actor Writer = Actor.ForParticipant("p001");
    private static WorldCafeSession? _cafe;
    private static GroupId _table;
    private static List<string> _notes = [];
    private static Stateless.StateMachine<int, int> _machine = null!;
    private static Stateless.StateMachine<int, int>.TriggerWithParameters<string> _add = null!;

    // As one AddNoteBenchmarks iteration: 32 invocations of 1,000 calls.
    private const int Invocations = 32;
    private const int PerInvocation = 1_000;
    private const int Calls = Invocations * PerInvocation;

    public static void Run(string[] args)
    {
        var rounds = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var r) ? r : 12;
        var keep = args.Contains("keep");
        var notesOnly = args.Contains("notesonly");
        var document = NoteWarmup.InFirstConversation();

        Console.WriteLine($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, latency {System.Runtime.GCSettings.LatencyMode}");
        Console.WriteLine("| round | side | wall ns/call | CPU ns/call | gen0 | gen1 | gen2 | GC pause ms | kept B/call | page faults / 1,000 calls |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var round = 1; round <= rounds; round++)
        {
            _cafe?.Dispose();
            _cafe = WorldCafeSession.Restore(document, new SessionOptions { TimeProvider = TimeProvider.System }, Hosting.HostingCafes.Planner);
            _table = _cafe.CurrentSeating!.GroupOf(Writer.Participant!.Value)!.Value;
            Time(round, "note", ThousandNotes);
            if (!keep)
            {
                _cafe.Dispose();
                _cafe = null;
            }

            if (notesOnly)
            {
                continue;
            }

            _notes = [];
            _machine = new Stateless.StateMachine<int, int>(0);
            _add = _machine.SetTriggerParameters<string>(1);
            _machine.Configure(0).InternalTransition(_add, (text, _) => _notes.Add(text));
            Time(round, "bare", ThousandFires);
        }
    }

    private static void Time(int round, string side, Action thousand)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var faults = MinorFaults();
        var cpu = ThreadCpuNanoseconds();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Invocations; i++)
        {
            thousand();
        }

        var wall = watch.Elapsed.TotalNanoseconds / Calls;
        var cpuPerCall = (ThreadCpuNanoseconds() - cpu) / Calls;
        var faultsPerThousand = (MinorFaults() - faults) * 1_000.0 / Calls;
        var (c0, c1, c2) = (GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2);
        var paused = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
        var kept = (GC.GetTotalMemory(true) - before) / (double)Calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {round} | {side} | {wall:F0} | {cpuPerCall:F0} | {c0} | {c1} | {c2} | {paused:F1} | {kept:F0} | {faultsPerThousand:F1} |"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThousandNotes()
    {
        for (var i = 0; i < PerInvocation; i++)
        {
            _cafe!.AddNote(Writer, _table, NoteWarmup.Text);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThousandFires()
    {
        for (var i = 0; i < PerInvocation; i++)
        {
            _machine.Fire(_add, NoteWarmup.Text);
        }
    }

    // Field 10 of /proc/self/stat: the process's minor page faults (first touches of memory the kernel must map).
    private static double MinorFaults() => OperatingSystem.IsLinux()
        ? long.Parse(File.ReadAllText("/proc/self/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[7], CultureInfo.InvariantCulture)
        : double.NaN;

    private static double ThreadCpuNanoseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ThreadCpuClock, out var now) != 0)
        {
            return double.NaN;
        }

        return (now.Seconds * 1e9) + now.Nanoseconds;
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

#pragma warning disable SYSLIB1054 // DllImport rather than LibraryImport: the project does not allow unsafe code.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054
}
