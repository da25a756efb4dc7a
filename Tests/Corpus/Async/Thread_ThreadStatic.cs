// [ThreadStatic] fields: each thread starts from default (the field initialiser runs only for the thread that runs the static constructor), per-thread counters, reference-type and struct thread statics, values surviving across calls on one thread and not leaking to others.
using System;
using System.Threading;

namespace Corpus.Async.Thread_ThreadStatic
{
    static class Holder
    {
        [ThreadStatic] public static int Counter;
        [ThreadStatic] public static string Name;
        [ThreadStatic] public static System.Collections.Generic.List<int> Items;
        [ThreadStatic] public static long Big;
        [ThreadStatic] static int initialised = InitValue();
        public static int Plain;

        static Holder() { Console.WriteLine("Holder cctor"); }
        static int InitValue() { return 123; }
        public static int Initialised { get { return initialised; } }

        public static System.Collections.Generic.List<int> GetItems()
        {
            if (Items == null) Items = new System.Collections.Generic.List<int>();
            return Items;
        }
    }

    struct Pair { public int X, Y; }

    static class Program
    {
        [ThreadStatic] static Pair pair;

        static string Describe()
        {
            return "counter=" + Holder.Counter + " name=" + (Holder.Name ?? "null") + " items=" +
                   (Holder.Items == null ? "null" : Holder.Items.Count.ToString()) + " big=" + Holder.Big +
                   " init=" + Holder.Initialised + " pair=" + pair.X + "," + pair.Y;
        }

        static string RunOn(Action a)
        {
            string r = null;
            var t = new Thread(() => { a(); r = Describe(); });
            t.Start();
            t.Join();
            return r;
        }

        static void Main()
        {
            Console.WriteLine("main initial: " + Describe());
            Holder.Counter = 5;
            Holder.Name = "main";
            Holder.GetItems().Add(1);
            Holder.Big = long.MaxValue;
            pair.X = 3; pair.Y = 4;
            Holder.Plain = 77;
            Console.WriteLine("main after writes: " + Describe());

            Console.WriteLine("fresh thread: " + RunOn(() => { }));
            Console.WriteLine("thread writing: " + RunOn(() =>
            {
                Holder.Counter += 2;
                Holder.Name = "worker";
                Holder.GetItems().Add(9); Holder.GetItems().Add(8);
                pair.Y = -1;
            }));
            Console.WriteLine("main unchanged: " + Describe());
            int plainSeen = 0;
            RunOn(() => { plainSeen = Holder.Plain; });
            Console.WriteLine("normal static shared: " + plainSeen);

            // a thread keeps its own value across calls
            string trace = null;
            var t2 = new Thread(() =>
            {
                for (int i = 0; i < 4; i++) Holder.Counter += i;
                trace = "accumulated " + Holder.Counter;
                Bump(); Bump();
                trace += ", after two bumps " + Holder.Counter;
            });
            t2.Start(); t2.Join();
            Console.WriteLine(trace);

            // several concurrent threads each count privately
            var totals = new int[6];
            var ts = new Thread[6];
            for (int i = 0; i < ts.Length; i++)
            {
                int me = i;
                ts[i] = new Thread(() =>
                {
                    for (int k = 0; k <= me * 100; k++) Holder.Counter++;
                    Thread.Sleep(1);
                    totals[me] = Holder.Counter;
                });
                ts[i].Start();
            }
            foreach (var t in ts) t.Join();
            Console.WriteLine("private totals: " + string.Join(",", totals));
            Console.WriteLine("main counter still: " + Holder.Counter);
            Console.WriteLine("main items: " + string.Join(",", Holder.GetItems()));
        }

        static void Bump() { Holder.Counter *= 10; }
    }
}
