// Thread basics: Start with ThreadStart and ParameterizedThreadStart (null and boxed args), Join, Join(timeout) on a blocked thread, IsAlive and ThreadState before/after, double Start, Join on an unstarted thread.
using System;
using System.Threading;

namespace Corpus.Async.Thread_StartJoin
{
    static class Program
    {
        static int shared;
        static object received;

        static void Work() { shared += 10; }

        static void WorkParam(object o) { received = o; shared += o == null ? 1 : (int)o; }

        static void Main()
        {
            var t1 = new Thread(Work);
            Console.WriteLine("unstarted state: " + t1.ThreadState);
            Console.WriteLine("unstarted alive: " + t1.IsAlive);
            t1.Start();
            t1.Join();
            Console.WriteLine("after join shared: " + shared);
            Console.WriteLine("after join alive: " + t1.IsAlive);
            Console.WriteLine("after join state: " + t1.ThreadState);
            Console.WriteLine("second Join returns immediately: " + t1.Join(0));

            try { t1.Start(); Console.WriteLine("restarted?!"); }
            catch (ThreadStateException) { Console.WriteLine("restart: ThreadStateException"); }

            var t2 = new Thread(WorkParam);
            t2.Start(32);
            t2.Join();
            Console.WriteLine("param: " + received + " shared: " + shared);

            var t3 = new Thread(WorkParam);
            t3.Start();
            t3.Join();
            Console.WriteLine("no param -> null: " + (received == null) + " shared: " + shared);

            var t4 = new Thread(Work);
            try { t4.Start(5); Console.WriteLine("started with param?!"); }
            catch (InvalidOperationException) { Console.WriteLine("param to ThreadStart: InvalidOperationException"); }

            var t5 = new Thread(Work);
            try { t5.Join(); Console.WriteLine("join unstarted?!"); }
            catch (ThreadStateException) { Console.WriteLine("join unstarted: ThreadStateException"); }

            // Join(timeout) on a thread that is blocked until we release it
            var gate = new ManualResetEvent(false);
            var steps = new int[3];
            var t6 = new Thread(() => { steps[0] = 1; gate.WaitOne(); steps[1] = 2; });
            t6.Start();
            bool early = t6.Join(20);
            Console.WriteLine("join(20) while blocked: " + early);
            Console.WriteLine("alive while blocked: " + t6.IsAlive);
            gate.Set();
            bool late = t6.Join(5000);
            Console.WriteLine("join after release: " + late + " steps " + steps[0] + "," + steps[1]);
            Console.WriteLine("join(TimeSpan) after end: " + t6.Join(TimeSpan.FromMilliseconds(1)));

            // lambda capture with Start(param)
            int local = 0;
            var t7 = new Thread(o => { local = ((string)o).Length; });
            t7.Start("seven!!");
            t7.Join();
            Console.WriteLine("captured local: " + local);

            // many threads, each writing its own slot
            var slots = new int[8];
            var ts = new Thread[8];
            for (int i = 0; i < ts.Length; i++)
            {
                ts[i] = new Thread(o => { int k = (int)o; slots[k] = k * k; });
                ts[i].Start(i);
            }
            foreach (var t in ts) t.Join();
            Console.WriteLine("slots: " + string.Join(",", slots));
            bool anyAlive = false;
            foreach (var t in ts) anyAlive |= t.IsAlive;
            Console.WriteLine("any alive: " + anyAlive);
        }
    }
}
