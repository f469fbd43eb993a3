using BenchmarkDotNet.Running;

if (args is ["openspace", ..])
{
    Facilitation.Methods.Benchmarks.OpenSpace.OpenSpaceSchedulingBenchmark.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
