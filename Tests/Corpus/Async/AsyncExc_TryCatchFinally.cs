// try/catch/finally around and inside awaits: exceptions thrown after a suspension caught in the same method; finally blocks run once (not when the method suspends inside the try); return values fixed before finally; nested try levels unwound in order; break/continue/return through finally in loops with awaits; using blocks disposing across awaits; an exception from finally replacing the original.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.Async.AsyncExc_TryCatchFinally
{
    class Res : IDisposable
    {
        readonly string name; readonly List<string> log;
        public Res(string name, List<string> log) { this.name = name; this.log = log; log.Add("open " + name); }
        public void Dispose() { log.Add("dispose " + name); }
    }

    static class Program
    {
        static List<string> log = new List<string>();

        static void Flush(string title, object result)
        {
            Console.WriteLine(title + " -> " + result + " | " + string.Join(", ", log));
            log.Clear();
        }

        static async Task<int> ThrowAfterYield(string msg)
        {
            await Task.Yield();
            throw new InvalidOperationException(msg);
        }

        static async Task<int> CatchAroundAwait()
        {
            try
            {
                log.Add("try");
                int v = await ThrowAfterYield("x1");
                log.Add("not reached " + v);
                return v;
            }
            catch (InvalidOperationException e)
            {
                log.Add("catch " + e.Message);
                return -1;
            }
            finally
            {
                log.Add("finally");
            }
        }

        static async Task<int> FinallyAfterSuspensions()
        {
            int x = 0;
            try
            {
                for (int i = 0; i < 3; i++) { await Task.Yield(); x++; log.Add("iter " + i); }
                return x * 10;
            }
            finally
            {
                log.Add("finally x=" + x);
                x = 999;
            }
        }

        static async Task<string> Nested()
        {
            try
            {
                try
                {
                    try
                    {
                        await Task.Yield();
                        throw new ArgumentException("deep");
                    }
                    finally { log.Add("f1"); await Task.Yield(); log.Add("f1 after await"); }
                }
                catch (FormatException) { log.Add("wrong catch"); }
                finally { log.Add("f2"); }
            }
            catch (ArgumentException e) { log.Add("c3 " + e.Message); await Task.Yield(); return "handled at level 3"; }
            finally { log.Add("f3"); }
            return "not reached";
        }

        static async Task<int> LoopJumps()
        {
            int sum = 0;
            for (int i = 0; i < 6; i++)
            {
                try
                {
                    await Task.Yield();
                    if (i == 1) continue;
                    if (i == 4) break;
                    sum += i;
                }
                finally { log.Add("f" + i); }
            }
            return sum;
        }

        static async Task<int> ReturnFromInner(int k)
        {
            try
            {
                try
                {
                    await Task.Yield();
                    if (k > 0) return k;
                }
                finally { log.Add("inner finally"); }
                log.Add("between");
            }
            finally { log.Add("outer finally"); }
            return -k;
        }

        static async Task<int> Usings()
        {
            using (new Res("A", log))
            {
                await Task.Yield();
                using (var b = new Res("B", log))
                {
                    await Task.Yield();
                    log.Add("body");
                }
                using (new Res("C", log))
                {
                    await Task.Yield();
                    throw new NotSupportedException("in C");
                }
            }
        }

        static async Task<int> FinallyThrows()
        {
            try
            {
                try { await Task.Yield(); throw new InvalidOperationException("original"); }
                finally { log.Add("finally throws"); throw new FormatException("replacement"); }
            }
            catch (InvalidOperationException) { log.Add("caught original"); return 1; }
            catch (FormatException e) { log.Add("caught " + e.Message); return 2; }
        }

        static async Task<int> CatchOrder(int which)
        {
            try
            {
                await Task.Yield();
                if (which == 0) throw new ArgumentNullException();
                if (which == 1) throw new ArgumentException("a");
                if (which == 2) throw new DivideByZeroException();
                return 100;
            }
            catch (ArgumentNullException) { return 10; }
            catch (ArgumentException) { return 11; }
            catch (ArithmeticException) { return 12; }
        }

        static async Task Run()
        {
            Flush("CatchAroundAwait", await CatchAroundAwait());
            Flush("FinallyAfterSuspensions", await FinallyAfterSuspensions());
            Flush("Nested", await Nested());
            Flush("LoopJumps", await LoopJumps());
            Flush("ReturnFromInner(5)", await ReturnFromInner(5));
            Flush("ReturnFromInner(0)", await ReturnFromInner(0));
            try { await Usings(); }
            catch (NotSupportedException e) { log.Add("caller caught " + e.Message); }
            Flush("Usings", "done");
            Flush("FinallyThrows", await FinallyThrows());
            Flush("CatchOrder", await CatchOrder(0) + " " + await CatchOrder(1) + " " + await CatchOrder(2) + " " + await CatchOrder(3));
            int caught = 0;
            for (int i = 0; i < 100; i++)
            {
                try { await ThrowAfterYield("n" + i); }
                catch (InvalidOperationException e) { if (e.Message == "n" + i) caught++; }
            }
            Flush("100 throws", caught);
        }

        static void Main()
        {
            Run().GetAwaiter().GetResult();
        }
    }
}
