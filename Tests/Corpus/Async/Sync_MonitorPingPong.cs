// Monitor.Wait/Pulse ping-pong: two threads alternate strictly (turn variable + Wait in a loop), each printing under the lock, so the interleaving is fixed by the protocol; then a three-thread round robin using PulseAll.
using System;
using System.Threading;

namespace Corpus.Async.Sync_MonitorPingPong
{
    static class Program
    {
        static readonly object gate = new object();
        static int turn; // 0 = ping, 1 = pong
        static int exchanges;

        static void Player(int me, string word, int rounds)
        {
            for (int i = 0; i < rounds; i++)
            {
                lock (gate)
                {
                    while (turn != me) Monitor.Wait(gate);
                    exchanges++;
                    Console.WriteLine(word + " " + i + " (exchange " + exchanges + ")");
                    turn = 1 - me;
                    Monitor.Pulse(gate);
                }
            }
        }

        static int current;
        static void RoundRobin(int me, int n, int rounds, System.Text.StringBuilder log)
        {
            for (int i = 0; i < rounds; i++)
            {
                lock (gate)
                {
                    while (current != me) Monitor.Wait(gate);
                    log.Append((char)('A' + me));
                    current = (current + 1) % n;
                    // Pulse would wake an arbitrary waiter, possibly the wrong one; PulseAll wakes all
                    Monitor.PulseAll(gate);
                }
            }
        }

        static void Main()
        {
            var pong = new Thread(() => Player(1, "pong", 5));
            pong.Start();
            Player(0, "ping", 5);
            pong.Join();
            Console.WriteLine("final turn: " + turn + ", exchanges: " + exchanges);

            var log = new System.Text.StringBuilder();
            const int n = 3;
            var ts = new Thread[n];
            for (int i = n - 1; i >= 0; i--)
            {
                int me = i;
                ts[i] = new Thread(() => RoundRobin(me, n, 4, log));
                ts[i].Start();
            }
            foreach (var t in ts) t.Join();
            Console.WriteLine("round robin: " + log);

            // Wait returns only after the waiter re-acquires the lock: the pulser's later
            // write (still under the lock) is always visible to the woken waiter.
            int stage = 0;
            string seen = null;
            var w = new Thread(() =>
            {
                lock (gate)
                {
                    stage = 1;
                    Monitor.Pulse(gate);
                    while (stage != 2) Monitor.Wait(gate);
                    seen = "waiter saw stage " + stage;
                    stage = 3;
                    Monitor.Pulse(gate);
                }
            });
            lock (gate)
            {
                w.Start();
                while (stage != 1) Monitor.Wait(gate);
                Console.WriteLine("main saw stage 1");
                stage = 2;
                Monitor.Pulse(gate);
                Console.WriteLine("main still holds lock after Pulse: " + Monitor.IsEntered(gate));
                while (stage != 3) Monitor.Wait(gate);
                Console.WriteLine(seen);
            }
            w.Join();
            Console.WriteLine("final stage: " + stage);
        }
    }
}
