// Open-loop load at a fixed rate: request i is due at start + i/rate whatever happened to the earlier ones, and its
// latency is measured from that due time, so a stalled server shows up in the percentiles (no coordinated omission,
// as in wrk2). Usage: pacer <url> <body.json> <rate per s> <seconds> [max in flight] [warm-up seconds]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: pacer <url> <body.json> <rate> <seconds> [maxInFlight=256] [warmupSeconds=5]");
    return 2;
}

var url = new Uri(args[0]);
var body = await File.ReadAllBytesAsync(args[1]);
var rate = double.Parse(args[2], CultureInfo.InvariantCulture);
var seconds = double.Parse(args[3], CultureInfo.InvariantCulture);
var maxInFlight = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 256;
var warmup = args.Length > 5 ? double.Parse(args[5], CultureInfo.InvariantCulture) : 5;

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = maxInFlight, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
using var gate = new SemaphoreSlim(maxInFlight);

// Warm-up at the same rate, results discarded: JIT, connection pool, database connections.
if (warmup > 0)
{
    await RunAsync(rate, warmup);
}

var (latencies, failures, elapsed) = await RunAsync(rate, seconds);
latencies.Sort();
double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"target {rate:F0} req/s for {seconds:F0} s: completed {latencies.Count}, failed {failures}, achieved {latencies.Count / elapsed:F1} req/s, "
    + $"p50 {Percentile(0.50):F2} ms, p90 {Percentile(0.90):F2} ms, p99 {Percentile(0.99):F2} ms, max {Percentile(1):F2} ms"));
return 0;

async Task<(List<double> Latencies, int Failures, double Elapsed)> RunAsync(double perSecond, double duration)
{
    var total = (int)(perSecond * duration);
    var results = new double[total];
    var failed = 0;
    var tasks = new List<Task>(total);
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < total; i++)
    {
        var due = i / perSecond;
        var wait = due - clock.Elapsed.TotalSeconds;
        if (wait > 0.001)
        {
            await Task.Delay(TimeSpan.FromSeconds(wait));
        }

        var index = i;
        tasks.Add(Task.Run(async () =>
        {
            await gate.WaitAsync();
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(url, content);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failed);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref failed);
            }
            catch (TaskCanceledException)
            {
                Interlocked.Increment(ref failed);
            }
            finally
            {
                gate.Release();
            }

            results[index] = (clock.Elapsed.TotalSeconds - due) * 1000;
        }));
    }

    await Task.WhenAll(tasks);
    return ([.. results], failed, clock.Elapsed.TotalSeconds);
}
