// lock/Monitor: reentrancy (nested lock, recursive calls), IsEntered, TryEnter against an owner on another thread (0 ms, timeout, lockTaken overload), Exit without ownership and on unowned object -> SynchronizationLockException, lock released by exceptions, value-type boxing pitfall.
using System;
using System.Threading;

namespace Corpus.Async.Sync_LockMonitor
{
    static class Program
    {
        static readonly object gate = new object();
        static int depth;

        static int Recurse(int n)
        {
            lock (gate)
            {
                depth++;
                if (n == 0) return depth;
                return Recurse(n - 1);
            }
        }

        static string TryFromOtherThread(object o, int timeout)
        {
            string r = null;
            var t = new Thread(() =>
            {
                bool got = Monitor.TryEnter(o, timeout);
                r = got ? "acquired" : "not acquired";
                if (got) Monitor.Exit(o);
            });
            t.Start();
            t.Join();
            return r;
        }

        static void Main()
        {
            Console.WriteLine("entered before: " + Monitor.IsEntered(gate));
            lock (gate)
            {
                Console.WriteLine("entered inside: " + Monitor.IsEntered(gate));
                lock (gate)
                {
                    Console.WriteLine("nested entered: " + Monitor.IsEntered(gate));
                }
                Console.WriteLine("still entered after inner exit: " + Monitor.IsEntered(gate));
                Console.WriteLine("other thread TryEnter(0): " + TryFromOtherThread(gate, 0));
                Console.WriteLine("other thread TryEnter(20): " + TryFromOtherThread(gate, 20));
            }
            Console.WriteLine("entered after: " + Monitor.IsEntered(gate));
            Console.WriteLine("other thread after release: " + TryFromOtherThread(gate, 0));

            Console.WriteLine("recursion depth: " + Recurse(5));
            Console.WriteLine("after recursion entered: " + Monitor.IsEntered(gate));

            // three Enters need three Exits
            Monitor.Enter(gate); Monitor.Enter(gate); Monitor.Enter(gate);
            Monitor.Exit(gate); Monitor.Exit(gate);
            Console.WriteLine("after 3 enters, 2 exits, other thread: " + TryFromOtherThread(gate, 0));
            Monitor.Exit(gate);
            Console.WriteLine("after 3rd exit, other thread: " + TryFromOtherThread(gate, 0));

            try { Monitor.Exit(gate); Console.WriteLine("exit unowned?!"); }
            catch (SynchronizationLockException) { Console.WriteLine("Exit unowned: SynchronizationLockException"); }
            try { Monitor.Exit(new object()); Console.WriteLine("exit fresh?!"); }
            catch (SynchronizationLockException) { Console.WriteLine("Exit fresh object: SynchronizationLockException"); }

            // Exit of a lock held by another thread
            var held = new object();
            var ready = new ManualResetEvent(false);
            var done = new ManualResetEvent(false);
            var owner = new Thread(() => { Monitor.Enter(held); ready.Set(); done.WaitOne(); Monitor.Exit(held); });
            owner.Start();
            ready.WaitOne();
            try { Monitor.Exit(held); Console.WriteLine("exit foreign?!"); }
            catch (SynchronizationLockException) { Console.WriteLine("Exit foreign-owned: SynchronizationLockException"); }
            Console.WriteLine("main TryEnter on foreign-owned: " + Monitor.TryEnter(held));
            done.Set();
            owner.Join();
            Console.WriteLine("main TryEnter after owner ends: " + Monitor.TryEnter(held));
            Monitor.Exit(held);

            // lockTaken overloads
            bool taken = false;
            Monitor.Enter(gate, ref taken);
            Console.WriteLine("Enter lockTaken: " + taken);
            Monitor.Exit(gate);
            taken = true;
            try { Monitor.Enter(gate, ref taken); Console.WriteLine("lockTaken=true accepted?!"); }
            catch (ArgumentException) { Console.WriteLine("Enter with lockTaken=true: ArgumentException"); }
            Console.WriteLine("entered after rejected Enter: " + Monitor.IsEntered(gate));
            taken = false;
            Monitor.TryEnter(gate, 10, ref taken);
            Console.WriteLine("TryEnter lockTaken: " + taken);
            Monitor.Exit(gate);

            // exception inside lock releases it
            try
            {
                lock (gate) { throw new InvalidOperationException("inside lock"); }
            }
            catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }
            Console.WriteLine("released after exception: " + !Monitor.IsEntered(gate) + ", other thread: " + TryFromOtherThread(gate, 0));

            // null lock
            try { Monitor.Enter(null); Console.WriteLine("null?!"); }
            catch (ArgumentNullException) { Console.WriteLine("Enter(null): ArgumentNullException"); }

            // boxing a value type gives a different object each time
            int v = 5;
            object b1 = v, b2 = v;
            Monitor.Enter(b1);
            Console.WriteLine("second box entered: " + Monitor.IsEntered(b2));
            Monitor.Exit(b1);

            // counting with a lock across threads
            int counter = 0;
            var workers = new Thread[4];
            for (int i = 0; i < workers.Length; i++)
            {
                workers[i] = new Thread(() => { for (int k = 0; k < 10000; k++) lock (gate) counter++; });
                workers[i].Start();
            }
            foreach (var w in workers) w.Join();
            Console.WriteLine("locked counter: " + counter);
        }
    }
}
