// CancellationToken.Register: callbacks run synchronously inside Cancel() in LIFO order, with state objects; Register after cancellation runs at once; disposing a registration (and Unregister-by-Dispose during Cancel) removes it; a second Cancel() is a no-op; throwing callbacks give AggregateException after all run; Cancel(true) stops at the first.
using System;
using System.Collections.Generic;
using System.Threading;

namespace Corpus.Async.Cancel_RegisterOrder
{
    static class Program
    {
        static int Main()
        {
            var log = new List<string>();
            var cts = new CancellationTokenSource();
            var token = cts.Token;
            token.Register(() => log.Add("first"));
            token.Register(() => log.Add("second"));
            var third = token.Register(() => log.Add("third"));
            token.Register(s => log.Add("state:" + s), "S");
            token.Register(() => log.Add("fifth"));
            third.Dispose();
            third.Dispose();
            Console.WriteLine("before Cancel, log empty: " + (log.Count == 0));
            log.Add("[cancel]");
            cts.Cancel();
            log.Add("[returned]");
            Console.WriteLine("order: " + string.Join(" ", log.ToArray()));

            log.Clear();
            cts.Cancel();
            Console.WriteLine("second Cancel runs nothing: " + (log.Count == 0));

            log.Add("[register]");
            var late = token.Register(() => log.Add("late callback"));
            log.Add("[after register]");
            Console.WriteLine("register after cancel: " + string.Join(" ", log.ToArray()));
            late.Dispose();

            Console.WriteLine("-- registration inside a callback");
            log.Clear();
            var cts2 = new CancellationTokenSource();
            cts2.Token.Register(() => log.Add("outer-A"));
            cts2.Token.Register(() =>
            {
                log.Add("outer-B");
                cts2.Token.Register(() => log.Add("registered during cancel"));
                log.Add("outer-B end");
            });
            cts2.Cancel();
            Console.WriteLine(string.Join(" ", log.ToArray()));

            Console.WriteLine("-- a callback disposes a later (not yet run) one");
            log.Clear();
            var cts3 = new CancellationTokenSource();
            CancellationTokenRegistration victim = default(CancellationTokenRegistration);
            victim = cts3.Token.Register(() => log.Add("victim"));
            cts3.Token.Register(() => { log.Add("killer"); victim.Dispose(); });
            cts3.Cancel();
            Console.WriteLine(string.Join(" ", log.ToArray()));

            Console.WriteLine("-- throwing callbacks");
            log.Clear();
            var cts4 = new CancellationTokenSource();
            cts4.Token.Register(() => { log.Add("c1"); throw new InvalidOperationException("one"); });
            cts4.Token.Register(() => log.Add("c2"));
            cts4.Token.Register(() => { log.Add("c3"); throw new FormatException("three"); });
            try { cts4.Cancel(); }
            catch (AggregateException ae)
            {
                Console.Write("Cancel(): " + string.Join(" ", log.ToArray()) + " -> AggregateException:");
                foreach (var e in ae.InnerExceptions) Console.Write(" " + e.GetType().Name + "(" + e.Message + ")");
                Console.WriteLine();
            }
            Console.WriteLine("still canceled: " + cts4.IsCancellationRequested);

            log.Clear();
            var cts5 = new CancellationTokenSource();
            cts5.Token.Register(() => { log.Add("c1"); throw new InvalidOperationException("one"); });
            cts5.Token.Register(() => log.Add("c2"));
            cts5.Token.Register(() => { log.Add("c3"); throw new FormatException("three"); });
            try { cts5.Cancel(true); }
            catch (FormatException e) { Console.WriteLine("Cancel(true): " + string.Join(" ", log.ToArray()) + " -> " + e.Message); }

            Console.WriteLine("-- registration equality and Token");
            var cts6 = new CancellationTokenSource();
            var r1 = cts6.Token.Register(() => { });
            var r2 = cts6.Token.Register(() => { });
            Console.WriteLine("r1 == r1: " + (r1 == r1) + ", r1 == r2: " + (r1 == r2) + ", default == default: " + (default(CancellationTokenRegistration) == default(CancellationTokenRegistration)));
            default(CancellationTokenRegistration).Dispose();
            Console.WriteLine("disposing default registration is fine");
            var none = CancellationToken.None.Register(() => Console.WriteLine("never"));
            Console.WriteLine("Register on None gives default: " + (none == default(CancellationTokenRegistration)));
            try { cts6.Token.Register(null); } catch (ArgumentNullException) { Console.WriteLine("Register(null): ArgumentNullException"); }
            return log.Count;
        }
    }
}
