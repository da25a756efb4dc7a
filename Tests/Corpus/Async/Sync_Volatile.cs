// Volatile.Read/Write and the volatile keyword: overloads for bool/int/long/double/reference types, flag-based publication of data to a spinning reader, a two-flag handshake in sequence, Thread.MemoryBarrier and Volatile on array elements.
using System;
using System.Threading;

namespace Corpus.Async.Sync_Volatile
{
    class Payload { public int A; public string B; public Payload(int a, string b) { A = a; B = b; } }

    static class Program
    {
        static volatile bool stop;
        static volatile int volatileCounter;
        static Payload published;
        static int ready;

        static void Main()
        {
            bool bf = false; Volatile.Write(ref bf, true); Console.WriteLine("bool: " + Volatile.Read(ref bf));
            int i = 0; Volatile.Write(ref i, -7); Console.WriteLine("int: " + Volatile.Read(ref i));
            long l = 0; Volatile.Write(ref l, long.MinValue); Console.WriteLine("long: " + Volatile.Read(ref l));
            double d = 0; Volatile.Write(ref d, 0.25); Console.WriteLine("double: " + Volatile.Read(ref d));
            byte by = 0; Volatile.Write(ref by, (byte)200); Console.WriteLine("byte: " + Volatile.Read(ref by));
            string s = null; Volatile.Write(ref s, "text"); Console.WriteLine("string: " + Volatile.Read(ref s));
            var arr = new int[3];
            Volatile.Write(ref arr[1], 42);
            Console.WriteLine("array element: " + Volatile.Read(ref arr[1]) + " others " + arr[0] + "," + arr[2]);

            // publication: writer fills a payload, then publishes the reference; reader spins until non-null
            string readerSaw = null;
            var reader = new Thread(() =>
            {
                Payload p;
                while ((p = Volatile.Read(ref published)) == null) Thread.Yield();
                readerSaw = p.A + "/" + p.B;
            });
            reader.Start();
            Thread.Sleep(5);
            Volatile.Write(ref published, new Payload(17, "seventeen"));
            reader.Join();
            Console.WriteLine("reader saw: " + readerSaw);

            // handshake: A waits for ready==1, sets 2; main waits for 2, sets 3; A waits for 3, sets 4
            var log = new System.Text.StringBuilder();
            var a = new Thread(() =>
            {
                while (Volatile.Read(ref ready) != 1) Thread.Yield();
                log.Append("A1 ");
                Volatile.Write(ref ready, 2);
                while (Volatile.Read(ref ready) != 3) Thread.Yield();
                log.Append("A3 ");
                Volatile.Write(ref ready, 4);
            });
            a.Start();
            log.Append("M0 ");
            Volatile.Write(ref ready, 1);
            while (Volatile.Read(ref ready) != 2) Thread.Yield();
            log.Append("M2 ");
            Volatile.Write(ref ready, 3);
            while (Volatile.Read(ref ready) != 4) Thread.Yield();
            log.Append("M4");
            a.Join();
            Console.WriteLine("handshake: " + log);

            // volatile field as a stop flag; the worker counts until told to stop
            int loops = 0;
            var worker = new Thread(() => { while (!stop) { loops++; Thread.Yield(); } });
            worker.Start();
            Thread.Sleep(10);
            stop = true;
            bool ended = worker.Join(5000);
            Console.WriteLine("worker stopped on volatile flag: " + ended);

            // volatile does not make ++ atomic, but single-threaded it is exact
            for (int k = 0; k < 1000; k++) volatileCounter++;
            Console.WriteLine("volatile counter single-threaded: " + volatileCounter);

            int before = 1;
            Thread.MemoryBarrier();
            Interlocked.MemoryBarrier();
            Console.WriteLine("after barriers: " + before);
        }
    }
}
