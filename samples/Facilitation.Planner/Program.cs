Console.WriteLine("Facilitation.Planner: under construction");
