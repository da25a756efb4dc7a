// CancellationToken and CancellationTokenSource basics: None/default, CanBeCanceled, IsCancellationRequested, new CancellationToken(bool), token equality, WaitHandle, Dispose (idempotent; Token/Cancel/WaitHandle then throw ObjectDisposedException; IsCancellationRequested still readable), cancel-then-dispose.
using System;
using System.Threading;

namespace Corpus.Async.Cancel_TokenBasics
{
    static class Program
    {
        static void Show(string label, CancellationToken t)
        {
            Console.WriteLine(label + ": CanBeCanceled=" + t.CanBeCanceled + " IsCancellationRequested=" + t.IsCancellationRequested);
        }

        static string Try(Action a)
        {
            try { a(); return "ok"; }
            catch (Exception e) { return e.GetType().Name; }
        }

        static int Main()
        {
            Show("None", CancellationToken.None);
            Show("default", default(CancellationToken));
            Console.WriteLine("None == default: " + (CancellationToken.None == default(CancellationToken)) + ", Equals: " + CancellationToken.None.Equals(default(CancellationToken)));
            Show("new CancellationToken(false)", new CancellationToken(false));
            var canceledToken = new CancellationToken(true);
            Show("new CancellationToken(true)", canceledToken);
            Console.WriteLine("two new CancellationToken(true) equal: " + (canceledToken == new CancellationToken(true)));
            Console.WriteLine("new CancellationToken(false) == None: " + (new CancellationToken(false) == CancellationToken.None));

            var cts = new CancellationTokenSource();
            var t = cts.Token;
            Show("fresh source token", t);
            Console.WriteLine("Token property equal each time: " + (cts.Token == t) + ", Equals(object): " + t.Equals((object)cts.Token));
            Console.WriteLine("token of another source equal: " + (t == new CancellationTokenSource().Token));
            Console.WriteLine("token != None: " + (t != CancellationToken.None));
            Console.WriteLine("WaitHandle signaled before: " + t.WaitHandle.WaitOne(0));
            cts.Cancel();
            Show("after Cancel", t);
            Console.WriteLine("WaitHandle signaled after: " + t.WaitHandle.WaitOne(0));
            Console.WriteLine("source IsCancellationRequested: " + cts.IsCancellationRequested);

            Console.WriteLine("-- Dispose");
            var d = new CancellationTokenSource();
            var dt = d.Token;
            d.Dispose();
            d.Dispose();
            Console.WriteLine("double Dispose: fine");
            Console.WriteLine("IsCancellationRequested after Dispose: " + d.IsCancellationRequested);
            Console.WriteLine("Token after Dispose: " + Try(() => { var x = d.Token; }));
            Console.WriteLine("Cancel after Dispose: " + Try(() => d.Cancel()));
            Console.WriteLine("CancelAfter after Dispose: " + Try(() => d.CancelAfter(5)));
            Console.WriteLine("old token IsCancellationRequested: " + dt.IsCancellationRequested + " CanBeCanceled: " + dt.CanBeCanceled);
            Console.WriteLine("old token WaitHandle: " + Try(() => { var h = dt.WaitHandle; }));

            var cd = new CancellationTokenSource();
            var cdt = cd.Token;
            int calls = 0;
            cdt.Register(() => calls++);
            cd.Cancel();
            cd.Dispose();
            Console.WriteLine("canceled then disposed: token still canceled=" + cdt.IsCancellationRequested + " callback calls=" + calls);
            Console.WriteLine("ThrowIfCancellationRequested after dispose: " + Try(() => cdt.ThrowIfCancellationRequested()));

            var withUsing = default(CancellationToken);
            using (var u = new CancellationTokenSource())
            {
                withUsing = u.Token;
                Show("inside using", withUsing);
            }
            Console.WriteLine("after using, IsCancellationRequested: " + withUsing.IsCancellationRequested);
            return calls;
        }
    }
}
