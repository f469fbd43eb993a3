Console.WriteLine("Facilitation.Samples.Cafe: under construction");
