using BenchmarkDotNet.Running;
using Facilitation.Methods.Benchmarks.Rotation;

// Console modes first (quality runs print Markdown tables); anything else goes to BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case "quality":
        return RotationQuality.Run(args[1..], Console.Out);
    case "openspace":
        Facilitation.Methods.Benchmarks.OpenSpace.OpenSpaceSchedulingBenchmark.Run();
        return 0;
    case "soak":
        return Facilitation.Methods.Benchmarks.Reliability.Soak.Run(args[1..], Console.Out);
    case "storage":
        return Facilitation.Methods.Benchmarks.Storage.StorageLoad.Run(args[1..], Console.Out);
    case "allocs":
        Facilitation.Methods.Benchmarks.WorldCafe.NoteAllocations.Run();
        return 0;
    case "warmup":
        Facilitation.Methods.Benchmarks.WorldCafe.NoteWarmup.Run();
        return 0;
    case "notecosts":
        Facilitation.Methods.Benchmarks.WorldCafe.NoteCosts.Run(args[1..]);
        return 0;
    case "memory":
        Facilitation.Methods.Benchmarks.Hosting.IdleSessionMemory.Run(args);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(RotationQuality).Assembly).Run(args);
        return 0;
}
