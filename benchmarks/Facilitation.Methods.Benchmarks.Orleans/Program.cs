// Orleans load driver: dotnet run -c Release --project benchmarks/Facilitation.Methods.Benchmarks.Orleans -- [cafés] [silos] [notes per person]
return Facilitation.Methods.Benchmarks.Orleans.OrleansLoad.Run(args, Console.Out);
