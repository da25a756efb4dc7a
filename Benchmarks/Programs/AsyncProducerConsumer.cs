// Producer/consumer over a bounded Queue<int> (capacity 64) guarded by SemaphoreSlim WaitAsync/Release (a mutex plus items/spaces counters), 250k items.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
static class Program
{
    const int Items = 250000;
    const int Capacity = 64;

    static readonly Queue<int> queue = new Queue<int>();
    static readonly SemaphoreSlim mutex = new SemaphoreSlim(1, 1);
    static readonly SemaphoreSlim items = new SemaphoreSlim(0, Capacity);
    static readonly SemaphoreSlim spaces = new SemaphoreSlim(Capacity, Capacity);

    static async Task Produce()
    {
        for (int i = 0; i < Items; i++)
        {
            await spaces.WaitAsync();
            await mutex.WaitAsync();
            queue.Enqueue(i);
            mutex.Release();
            items.Release();
        }
    }

    static async Task<long> Consume()
    {
        long sum = 0;
        for (int i = 0; i < Items; i++)
        {
            await items.WaitAsync();
            await mutex.WaitAsync();
            int v = queue.Dequeue();
            mutex.Release();
            spaces.Release();
            sum += v % 1000;
        }
        return sum;
    }

    static int Main()
    {
        Task<long> consumer = Consume();
        Task producer = Produce();
        Task.WhenAll(producer, consumer).Wait();
        Console.WriteLine("checksum " + consumer.Result + " " + queue.Count);
        return 0;
    }
}
