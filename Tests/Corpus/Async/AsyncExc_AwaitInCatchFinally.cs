// await inside catch and finally blocks (C# 6): the caught exception stays available after the await; `throw;` after an await in catch rethrows the same object; several catch clauses with awaits; finally with awaits on normal exit, on return (value preserved), on exception (same object propagates afterwards) and on break/continue; an await in catch that itself throws; nesting of both.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.Async.AsyncExc_AwaitInCatchFinally
{
    class MyException : Exception
    {
        public int Tag;
        public MyException(string m, int tag) : base(m) { Tag = tag; }
    }

    static class Program
    {
        static List<string> log = new List<string>();
        static Exception thrown;

        static void Flush(string title, object result)
        {
            Console.WriteLine(title + " -> " + result + " | " + string.Join(", ", log));
            log.Clear();
        }

        static async Task<int> Step(string s, int v)
        {
            await Task.Yield();
            log.Add(s);
            return v;
        }

        static async Task<int> Boom(int tag)
        {
            await Task.Yield();
            thrown = new MyException("boom" + tag, tag);
            throw thrown;
        }

        static async Task<string> AwaitInCatch()
        {
            try
            {
                await Boom(1);
                return "no";
            }
            catch (MyException e)
            {
                int v = await Step("in catch", 10);
                return e.Message + " tag=" + e.Tag + " v=" + v + " same=" + ReferenceEquals(e, thrown);
            }
        }

        static async Task<int> RethrowAfterAwait()
        {
            try
            {
                await Boom(2);
                return 0;
            }
            catch (MyException)
            {
                await Step("before rethrow", 0);
                throw;
            }
        }

        static async Task<string> WhichCatch(int k)
        {
            try
            {
                await Task.Yield();
                if (k == 0) throw new ArgumentException("arg");
                if (k == 1) throw new InvalidOperationException("inv");
                if (k == 2) throw new MyException("mine", 2);
                return "no exception";
            }
            catch (ArgumentException e) { await Step("c-arg", 0); return "A:" + e.Message; }
            catch (InvalidOperationException e) { return "I:" + e.Message; }
            catch (MyException e) { int t = await Step("c-my", e.Tag); return "M:" + t; }
        }

        static async Task<int> FinallyNormal()
        {
            int x = 1;
            try { x = await Step("try", 2); }
            finally { x += await Step("finally", 40); log.Add("x=" + x); }
            return x;
        }

        static async Task<int> FinallyOnReturn()
        {
            int x = 5;
            try { await Task.Yield(); return x; }
            finally { x = await Step("finally changes x", 99); }
        }

        static async Task<int> FinallyOnException()
        {
            try { await Boom(3); return 0; }
            finally { await Step("finally during exception", 0); }
        }

        static async Task<int> FinallyInLoop()
        {
            int s = 0;
            for (int i = 0; i < 5; i++)
            {
                try
                {
                    if (i == 1) continue;
                    if (i == 3) break;
                    s += await Step("body" + i, i * 10);
                }
                finally { s += await Step("fin" + i, 1); }
            }
            return s;
        }

        static async Task<string> CatchAwaitThrows()
        {
            try
            {
                try { await Boom(4); }
                catch (MyException e)
                {
                    await Step("catch " + e.Tag, 0);
                    await Boom(5);
                }
            }
            catch (MyException e) { return "outer got tag " + e.Tag; }
            return "none";
        }

        static async Task<string> NestedBoth()
        {
            string r = "";
            try
            {
                try { await Boom(6); }
                catch (MyException e)
                {
                    try { r += "c" + await Step("inner catch", e.Tag); throw new FormatException("f"); }
                    finally { r += "f" + await Step("inner finally", 1); }
                }
            }
            catch (FormatException e) { r += "F" + await Step("outer catch " + e.Message, 2); }
            finally { r += "Z" + await Step("outer finally", 3); }
            return r;
        }

        static async Task Run()
        {
            Flush("AwaitInCatch", await AwaitInCatch());
            try { await RethrowAfterAwait(); }
            catch (Exception e) { Flush("RethrowAfterAwait", e.GetType().Name + " " + e.Message + " same=" + ReferenceEquals(e, thrown)); }
            for (int k = 0; k < 4; k++) Flush("WhichCatch(" + k + ")", await WhichCatch(k));
            Flush("FinallyNormal", await FinallyNormal());
            Flush("FinallyOnReturn", await FinallyOnReturn());
            try { await FinallyOnException(); }
            catch (MyException e) { Flush("FinallyOnException", e.Message + " same=" + ReferenceEquals(e, thrown)); }
            Flush("FinallyInLoop", await FinallyInLoop());
            Flush("CatchAwaitThrows", await CatchAwaitThrows());
            Flush("NestedBoth", await NestedBoth());
        }

        static void Main()
        {
            Run().GetAwaiter().GetResult();
        }
    }
}
