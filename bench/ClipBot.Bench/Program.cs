using ClipBot.Bench;

return await ScenarioTable.RunAsync(args, Console.Out);
