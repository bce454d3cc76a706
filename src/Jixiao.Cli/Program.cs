using Jixiao.Cli;

return JixiaoCli.Run(args, Console.Out, Console.Error);
