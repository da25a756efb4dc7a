// Task.WhenAll fan-out of 10,000 async tasks that each await Task.Yield() once, 20 rounds: task creation, scheduling and the join.
using System;
using System.Threading.Tasks;
static class Program
{
    const int Tasks = 10000;
    const int Rounds = 20;

    static async Task<int> Work(int i)
    {
        await Task.Yield();
        return i;
    }

    static async Task<long> Run()
    {
        long sum = 0;
        for (int round = 0; round < Rounds; round++)
        {
            var tasks = new Task<int>[Tasks];
            for (int i = 0; i < Tasks; i++)
                tasks[i] = Work(i + round);
            int[] results = await Task.WhenAll(tasks);
            for (int i = 0; i < results.Length; i++)
                sum += results[i];
        }
        return sum;
    }

    static int Main()
    {
        long sum = Run().GetAwaiter().GetResult();
        Console.WriteLine("checksum " + sum);
        return 0;
    }
}
