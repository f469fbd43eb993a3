using BenchmarkDotNet.Running;

if (args is ["openspace", ..])
{
    Facilitation.Methods.Benchmarks.OpenSpace.OpenSpaceSchedulingBenchmark.Run();
    return;
}

if (args is ["memory", ..])
{
    Facilitation.Methods.Benchmarks.Hosting.IdleSessionMemory.Run(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
