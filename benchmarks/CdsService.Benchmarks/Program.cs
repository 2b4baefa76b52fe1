BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(CdsService.Benchmarks.EvaluationBenchmark).Assembly).Run(args);
