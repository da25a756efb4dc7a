// SemaphoreSlim: CurrentCount through Wait/Release/Release(n) (return value = previous count), Wait(0)/Wait(timeout) failures, maxCount -> SemaphoreFullException, invalid arguments, WaitAsync completing synchronously or after Release, FIFO-free counting with 3 producers and 3 consumers (sum/sorted), a throttle limiting concurrency to 2.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Sync_SemaphoreSlim
{
    static class Program
    {
        static int Main()
        {
            int rc = MainAsync().GetAwaiter().GetResult();
            // Mono 6.8 sometimes hangs or crashes at process exit while thread-pool or timer
            // threads are still winding down (seen under CPU load); a short final pause avoids it.
            Thread.Sleep(30);
            return rc;
        }

        static async Task<int> MainAsync()
        {
            var s = new SemaphoreSlim(2, 3);
            Console.WriteLine("initial CurrentCount: " + s.CurrentCount);
            Console.WriteLine("Wait(0): " + s.Wait(0) + ", count " + s.CurrentCount);
            s.Wait();
            Console.WriteLine("after Wait(): count " + s.CurrentCount);
            Console.WriteLine("Wait(0) at zero: " + s.Wait(0));
            Console.WriteLine("Wait(10) at zero: " + s.Wait(10));
            Console.WriteLine("Release returns previous: " + s.Release() + ", count " + s.CurrentCount);
            Console.WriteLine("Release(2) returns previous: " + s.Release(2) + ", count " + s.CurrentCount);
            try { s.Release(); Console.WriteLine("over max?!"); }
            catch (SemaphoreFullException) { Console.WriteLine("Release beyond max: SemaphoreFullException, count " + s.CurrentCount); }
            s.Wait(); s.Wait();
            try { s.Release(3); Console.WriteLine("Release(3) over max?!"); }
            catch (SemaphoreFullException) { Console.WriteLine("Release(3) from 1 with max 3: SemaphoreFullException, count " + s.CurrentCount); }
            try { s.Release(0); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("Release(0): ArgumentOutOfRangeException"); }
            try { new SemaphoreSlim(4, 3); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("initial > max: ArgumentOutOfRangeException"); }
            try { new SemaphoreSlim(-1); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("negative initial: ArgumentOutOfRangeException"); }
            try { s.Wait(-2); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("Wait(-2): ArgumentOutOfRangeException"); }

            // WaitAsync
            var z = new SemaphoreSlim(1);
            Task t1 = z.WaitAsync();
            Console.WriteLine("WaitAsync with count 1 completed synchronously: " + t1.IsCompleted + ", count " + z.CurrentCount);
            Task t2 = z.WaitAsync();
            Console.WriteLine("WaitAsync at zero completed: " + t2.IsCompleted);
            Task<bool> t3 = z.WaitAsync(10);
            bool r3 = await t3;
            Console.WriteLine("WaitAsync(10) at zero: " + r3);
            z.Release();
            await t2;
            Console.WriteLine("pending WaitAsync completed after Release: " + t2.IsCompleted + ", count " + z.CurrentCount);
            z.Release();
            Console.WriteLine("count after final Release: " + z.CurrentCount);
            Console.WriteLine("await WaitAsync(0) with count 1: " + await z.WaitAsync(0) + ", count " + z.CurrentCount);
            z.Release();

            // producers/consumers: items counted by a semaphore, queue protected by a lock
            var items = new SemaphoreSlim(0);
            var queue = new Queue<int>();
            var consumed = new List<int>();
            const int producers = 3, consumers = 3, perProducer = 30;
            var threads = new List<Thread>();
            for (int c = 0; c < consumers; c++)
            {
                var th = new Thread(() =>
                {
                    while (true)
                    {
                        items.Wait();
                        int v;
                        lock (queue) v = queue.Dequeue();
                        if (v < 0) break;
                        lock (consumed) consumed.Add(v);
                    }
                });
                th.Start();
                threads.Add(th);
            }
            var prods = new List<Thread>();
            for (int p = 0; p < producers; p++)
            {
                int me = p;
                var th = new Thread(() =>
                {
                    for (int i = 0; i < perProducer; i++)
                    {
                        lock (queue) queue.Enqueue(me * 100 + i);
                        items.Release();
                    }
                });
                th.Start();
                prods.Add(th);
            }
            foreach (var th in prods) th.Join();
            lock (queue) { for (int c = 0; c < consumers; c++) queue.Enqueue(-1); }
            items.Release(consumers);
            foreach (var th in threads) th.Join();
            consumed.Sort();
            long sum = 0;
            foreach (var v in consumed) sum += v;
            Console.WriteLine("consumed " + consumed.Count + ", sum " + sum + ", first " + consumed[0] + ", last " + consumed[consumed.Count - 1]);
            Console.WriteLine("items count at end: " + items.CurrentCount);

            // throttle: at most 2 workers inside at once
            var throttle = new SemaphoreSlim(2);
            int inside = 0, maxInside = 0, finished = 0;
            var ws = new Thread[6];
            for (int i = 0; i < ws.Length; i++)
            {
                ws[i] = new Thread(() =>
                {
                    throttle.Wait();
                    try
                    {
                        int now = Interlocked.Increment(ref inside);
                        int cur;
                        while ((cur = Volatile.Read(ref maxInside)) < now && Interlocked.CompareExchange(ref maxInside, now, cur) != cur) { }
                        Thread.Sleep(2);
                        Interlocked.Decrement(ref inside);
                        Interlocked.Increment(ref finished);
                    }
                    finally { throttle.Release(); }
                });
                ws[i].Start();
            }
            foreach (var w in ws) w.Join();
            Console.WriteLine("throttled: finished " + finished + ", max inside <= 2: " + (maxInside <= 2 && maxInside >= 1) + ", count " + throttle.CurrentCount);

            // async throttle with WaitAsync and Task.Run
            var asem = new SemaphoreSlim(1);
            int shared = 0;
            var tasks = new List<Task>();
            for (int i = 0; i < 10; i++)
            {
                int k = i;
                tasks.Add(Task.Run(async () =>
                {
                    await asem.WaitAsync();
                    try { int old = shared; await Task.Yield(); shared = old + k; }
                    finally { asem.Release(); }
                }));
            }
            await Task.WhenAll(tasks);
            Console.WriteLine("async-throttled read-modify-write sum: " + shared);

            s.Dispose();
            try { s.Wait(0); }
            catch (ObjectDisposedException) { Console.WriteLine("Wait after Dispose: ObjectDisposedException"); }
            return 0;
        }
    }
}
