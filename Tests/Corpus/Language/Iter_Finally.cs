// try/finally inside iterators: finally blocks run when the iterator completes, when the
// consumer breaks out of foreach (foreach calls Dispose), when the consumer throws, when an
// explicit Dispose is called mid-way, and when the iterator body itself throws; nested
// try/finally blocks run innermost first; Dispose before the first MoveNext runs nothing;
// Dispose twice is harmless; MoveNext after Dispose returns false; using-statements inside
// iterators; and yield inside try blocks that have catch clauses around (not within) them.
using System;
using System.Collections.Generic;

namespace Corpus
{
    class Res : IDisposable
    {
        readonly string name;
        public Res(string n) { name = n; Console.Write("[open " + n + "]"); }
        public void Dispose() { Console.Write("[close " + name + "]"); }
    }

    static class Program
    {
        static IEnumerable<int> Guarded(string tag, int count)
        {
            Console.Write("[" + tag + " begin]");
            try
            {
                for (int i = 0; i < count; i++)
                {
                    try
                    {
                        yield return i;
                    }
                    finally { Console.Write("[" + tag + " inner finally " + i + "]"); }
                }
            }
            finally { Console.Write("[" + tag + " outer finally]"); }
            Console.Write("[" + tag + " after try]");
        }

        static IEnumerable<int> Throwing()
        {
            try
            {
                yield return 1;
                throw new InvalidOperationException("iterator failed");
            }
            finally { Console.Write("[Throwing finally]"); }
        }

        static IEnumerable<int> WithUsing()
        {
            using (new Res("A"))
            using (var b = new Res("B"))
            {
                yield return 1;
                yield return 2;
            }
            Console.Write("[WithUsing after using]");
        }

        static IEnumerable<int> CatchOutside()
        {
            int produced = 0;
            while (produced < 3)
            {
                int value;
                try { value = 10 / (2 - produced); }   // throws at produced == 2
                catch (DivideByZeroException) { Console.Write("[caught inside iterator]"); yield break; }
                produced++;
                yield return value;
            }
        }

        static void Main()
        {
            Console.WriteLine("-- run to completion");
            foreach (int x in Guarded("full", 2)) Console.Write(" " + x + " ");
            Console.WriteLine();

            Console.WriteLine("-- break out of foreach (Dispose runs the pending finallies)");
            foreach (int x in Guarded("brk", 5)) { Console.Write(" " + x + " "); if (x == 1) break; }
            Console.WriteLine();

            Console.WriteLine("-- consumer throws");
            try
            {
                foreach (int x in Guarded("thr", 5)) { Console.Write(" " + x + " "); if (x == 2) throw new Exception("consumer failed"); }
            }
            catch (Exception e) { Console.Write(" caught: " + e.Message); }
            Console.WriteLine();

            Console.WriteLine("-- explicit Dispose");
            IEnumerator<int> en = Guarded("man", 5).GetEnumerator();
            en.MoveNext(); en.MoveNext();
            Console.Write(" current " + en.Current + " ");
            en.Dispose();
            Console.Write(" after Dispose MoveNext=" + en.MoveNext());
            en.Dispose();
            Console.WriteLine(" (second Dispose did nothing)");

            Console.WriteLine("-- Dispose before MoveNext");
            IEnumerator<int> unstarted = Guarded("unstarted", 3).GetEnumerator();
            unstarted.Dispose();
            Console.WriteLine("disposed; MoveNext=" + unstarted.MoveNext());

            Console.WriteLine("-- iterator body throws");
            try { foreach (int x in Throwing()) Console.Write(" " + x + " "); }
            catch (InvalidOperationException e) { Console.Write(" caught: " + e.Message); }
            Console.WriteLine();

            Console.WriteLine("-- using inside iterators");
            foreach (int x in WithUsing()) Console.Write(" " + x + " ");
            Console.WriteLine();
            foreach (int x in WithUsing()) { Console.Write(" " + x + " "); break; }
            Console.WriteLine();

            Console.WriteLine("-- try/catch around the yield-producing code");
            foreach (int x in CatchOutside()) Console.Write(" " + x + " ");
            Console.WriteLine();

            Console.WriteLine("-- nested iterators both disposed");
            foreach (int outer in Guarded("outer", 3))
            {
                foreach (int inner in Guarded("inner", 3))
                {
                    Console.Write(" " + outer + inner + " ");
                    if (inner == 1) break;
                }
                if (outer == 0) break;
            }
            Console.WriteLine();
        }
    }
}
