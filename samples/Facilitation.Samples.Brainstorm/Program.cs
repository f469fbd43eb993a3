Console.WriteLine("Facilitation.Samples.Brainstorm: under construction");
