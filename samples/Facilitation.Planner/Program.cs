using Facilitation.Planner;

return PlannerCommand.Run(args, Console.In, Console.Out, Console.Error);
