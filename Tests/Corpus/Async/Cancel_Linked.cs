// CancellationTokenSource.CreateLinkedTokenSource: one, two and many parents (params and array overloads), cancellation flowing parent -> child but not child -> parent, already-canceled parents, None parents, callbacks on the linked token, disposing the linked source detaching it.
using System;
using System.Collections.Generic;
using System.Threading;

namespace Corpus.Async.Cancel_Linked
{
    static class Program
    {
        static void Show(string label, params CancellationTokenSource[] sources)
        {
            var parts = new List<string>();
            foreach (var s in sources) parts.Add(s.IsCancellationRequested ? "C" : "-");
            Console.WriteLine(label + ": " + string.Join("", parts.ToArray()));
        }

        static int Main()
        {
            var a = new CancellationTokenSource();
            var b = new CancellationTokenSource();
            var ab = CancellationTokenSource.CreateLinkedTokenSource(a.Token, b.Token);
            Show("a b ab initially", a, b, ab);
            ab.Token.Register(() => Console.WriteLine("  ab callback (a=" + a.IsCancellationRequested + ")"));
            b.Cancel();
            Show("after b.Cancel", a, b, ab);
            a.Cancel();
            Show("after a.Cancel", a, b, ab);

            var p = new CancellationTokenSource();
            var child = CancellationTokenSource.CreateLinkedTokenSource(p.Token);
            child.Cancel();
            Show("child canceled, parent untouched (p child)", p, child);

            var q = new CancellationTokenSource();
            q.Cancel();
            var born = CancellationTokenSource.CreateLinkedTokenSource(q.Token, CancellationToken.None);
            Show("linked to an already-canceled parent", born);

            var noneLinked = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None, CancellationToken.None);
            Console.WriteLine("linked to None: CanBeCanceled=" + noneLinked.Token.CanBeCanceled + " canceled=" + noneLinked.IsCancellationRequested);
            noneLinked.Cancel();
            Console.WriteLine("but can be canceled directly: " + noneLinked.IsCancellationRequested);

            var many = new CancellationTokenSource[5];
            var tokens = new CancellationToken[5];
            for (int i = 0; i < 5; i++) { many[i] = new CancellationTokenSource(); tokens[i] = many[i].Token; }
            var all = CancellationTokenSource.CreateLinkedTokenSource(tokens);
            many[3].Cancel();
            Show("five parents, #3 canceled", all);
            Show("parents", many);

            var chain1 = new CancellationTokenSource();
            var chain2 = CancellationTokenSource.CreateLinkedTokenSource(chain1.Token);
            var chain3 = CancellationTokenSource.CreateLinkedTokenSource(chain2.Token);
            var order = new List<string>();
            chain1.Token.Register(() => order.Add("1"));
            chain2.Token.Register(() => order.Add("2"));
            chain3.Token.Register(() => order.Add("3"));
            chain1.Cancel();
            Show("chain of three", chain1, chain2, chain3);
            Console.WriteLine("callback order: " + string.Join(" ", order.ToArray()));

            var parent = new CancellationTokenSource();
            var detached = CancellationTokenSource.CreateLinkedTokenSource(parent.Token);
            var detachedToken = detached.Token;
            detached.Dispose();
            parent.Cancel();
            Console.WriteLine("disposed linked source not canceled by parent: " + detachedToken.IsCancellationRequested);

            try { CancellationTokenSource.CreateLinkedTokenSource((CancellationToken[])null); }
            catch (ArgumentNullException) { Console.WriteLine("null array: ArgumentNullException"); }
            try { CancellationTokenSource.CreateLinkedTokenSource(new CancellationToken[] { }); }
            catch (ArgumentException) { Console.WriteLine("empty array: ArgumentException"); }
            var single = CancellationTokenSource.CreateLinkedTokenSource(new CancellationToken[] { a.Token });
            Console.WriteLine("one-element array linked to canceled a: " + single.IsCancellationRequested);
            return 0;
        }
    }
}
