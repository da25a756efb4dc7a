// Multicast delegates: invocation order, the return value of the last delegate, += / -=
// (removal of the last occurrence of the right-hand invocation list, removing a contiguous
// sub-list, removing a non-contiguous or absent list is a no-op, removing everything gives
// null), Delegate.Combine/Remove/RemoveAll with nulls, GetInvocationList, an exception in the
// middle of the chain stops the rest, ref parameters threaded through every target, and
// immutability (a combined delegate is a new object; the old one is unchanged).
using System;

namespace Corpus
{
    delegate int IntFn(int x);
    delegate void RefFn(ref int x);

    static class Program
    {
        static string trace = "";
        static void A() { trace += "A"; }
        static void B() { trace += "B"; }
        static void C() { trace += "C"; }
        static int Times2(int x) { trace += "[x2]"; return x * 2; }
        static int Plus10(int x) { trace += "[+10]"; return x + 10; }
        static int Neg(int x) { trace += "[neg]"; return -x; }
        static void AddOne(ref int x) { x += 1; }
        static void Double(ref int x) { x *= 2; }

        static string Run(Action a)
        {
            trace = "";
            if (a == null) return "(null)";
            a();
            return trace + " (" + a.GetInvocationList().Length + ")";
        }

        static void Main()
        {
            Action a = A, b = B, c = C;
            Console.WriteLine("-- combination");
            Action abc = a + b + c;
            Console.WriteLine("a+b+c: " + Run(abc));
            Action abcab = abc + a + b;
            Console.WriteLine("abc+a+b: " + Run(abcab));
            Action x = a;
            x += b;
            x += a;
            Console.WriteLine("a, += b, += a: " + Run(x));
            Console.WriteLine("original a unchanged: " + Run(a));

            Console.WriteLine("-- removal");
            Console.WriteLine("(a+b+a) - a: " + Run((Action)(a + b + a) - a) + "  <- last occurrence removed");
            Console.WriteLine("(a+b+c) - b: " + Run(abc - b));
            Console.WriteLine("(a+b+c) - (b+c): " + Run(abc - (b + c)));
            Console.WriteLine("(a+b+c) - (a+c): " + Run(abc - (a + c)) + "  <- not contiguous, no-op");
            Console.WriteLine("(a+b+c) - (c+b): " + Run(abc - (c + b)) + "  <- wrong order, no-op");
            Console.WriteLine("(abc+a+b) - (a+b): " + Run(abcab - (a + b)));
            Console.WriteLine("(a+b+c) - (a+b+c): " + Run(abc - abc));
            Console.WriteLine("a - a: " + Run(a - a));
            Console.WriteLine("a - b: " + Run(a - b));
            Action fresh = A;   // a different delegate instance for the same method
            Console.WriteLine("(a+b) - new A: " + Run((Action)(a + b) - fresh) + "  <- equal by target+method");
            Action y = abc;
            y -= c; y -= c; y -= a;
            Console.WriteLine("abc -= c twice, -= a: " + Run(y));
            Console.WriteLine("RemoveAll(abcab, a): " + Run((Action)Delegate.RemoveAll(abcab, a)));
            Console.WriteLine("Remove(abcab, a): " + Run((Action)Delegate.Remove(abcab, a)));

            Console.WriteLine("-- nulls");
            Action nul = null;
            Console.WriteLine("null + a: " + Run(nul + a) + ", a + null: " + Run(a + nul) + ", null + null: " + Run(nul + nul) + ", null - a: " + Run(nul - a));
            Action acc = null;
            for (int i = 0; i < 3; i++) acc += (i % 2 == 0) ? a : b;
            Console.WriteLine("accumulated from null: " + Run(acc));
            Console.WriteLine("Combine(null, a, null, b): " + Run((Action)Delegate.Combine(null, a, null, b)));

            Console.WriteLine("-- return values");
            IntFn chain = Times2;
            chain += Plus10;
            chain += Neg;
            trace = "";
            int result = chain(5);
            Console.WriteLine("chain(5) = " + result + " trace " + trace + "  <- last return value wins");
            int sum = 0;
            trace = "";
            foreach (IntFn f in chain.GetInvocationList()) sum += f(5);
            Console.WriteLine("sum over GetInvocationList = " + sum + " trace " + trace);

            Console.WriteLine("-- ref parameters flow through all targets");
            RefFn rf = AddOne;
            rf += Double;
            rf += AddOne;
            int v = 5;
            rf(ref v);
            Console.WriteLine("((5 + 1) * 2) + 1 = " + v);

            Console.WriteLine("-- exception stops the chain");
            Action boom = () => { trace += "!"; throw new InvalidOperationException("boom"); };
            Action withBoom = a + boom + c;
            trace = "";
            try { withBoom(); }
            catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message + " after trace " + trace); }

            Console.WriteLine("-- lambdas: equal bodies are different delegates");
            Action l1 = () => trace += "L";
            Action l2 = () => trace += "L";
            Action both = l1 + l2;
            Console.WriteLine("(l1+l2) - l2: " + Run(both - l2) + ", (l1+l2) - (() => ...): " + Run(both - (() => trace += "L")));

            Console.WriteLine("-- instance delegates");
            var counter = new int[1];
            Action inc = () => counter[0]++;
            Action many = inc + inc + inc;
            many();
            many -= inc;
            many();
            Console.WriteLine("counter " + counter[0] + ", remaining targets " + many.GetInvocationList().Length);
        }
    }
}
