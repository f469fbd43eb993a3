Console.WriteLine("Facilitation.Samples.OpenSpace: under construction");
