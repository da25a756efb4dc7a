// Exception filters in async methods: `catch (E e) when (...)` around awaits; filter order and side effects; filters seeing hoisted locals changed across awaits; a false filter letting the exception reach an outer handler or the caller; filters vs inner finally blocks (two-pass: the filter runs first); filters on exceptions rethrown by await; await inside a filtered catch.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.Async.AsyncExc_Filters
{
    class CodeException : Exception
    {
        public readonly int Code;
        public CodeException(int code) : base("code " + code) { Code = code; }
    }

    static class Program
    {
        static List<string> log = new List<string>();

        static bool Note(string s, bool result)
        {
            log.Add(s + "=" + result);
            return result;
        }

        static void Flush(string title, object result)
        {
            Console.WriteLine(title + " -> " + result + " | " + string.Join(", ", log));
            log.Clear();
        }

        static async Task<int> Fail(int code)
        {
            await Task.Yield();
            throw new CodeException(code);
        }

        static async Task<string> Classify(int code)
        {
            try
            {
                await Fail(code);
                return "none";
            }
            catch (CodeException e) when (Note("f<10", e.Code < 10))
            {
                return "small " + e.Code;
            }
            catch (CodeException e) when (Note("even", e.Code % 2 == 0))
            {
                await Task.Yield();
                return "even " + e.Code;
            }
            catch (Exception e) when (Note("any", e.Message.EndsWith("3")))
            {
                return "ends with 3";
            }
        }

        static async Task<string> HoistedInFilter()
        {
            int limit = 1;
            string r = "";
            for (int i = 0; i < 4; i++)
            {
                try
                {
                    await Task.Yield();
                    limit += i;
                    await Fail(i);
                }
                catch (CodeException e) when (e.Code * 2 < limit)
                {
                    r += "c" + e.Code + "(limit " + limit + ") ";
                }
                catch (CodeException e)
                {
                    r += "u" + e.Code + "(limit " + limit + ") ";
                }
            }
            return r;
        }

        static async Task<string> FilterBeforeInnerFinally()
        {
            try
            {
                try
                {
                    await Task.Yield();
                    throw new CodeException(7);
                }
                finally
                {
                    log.Add("inner finally");
                }
            }
            catch (CodeException e) when (Note("outer filter", e.Code == 7))
            {
                log.Add("outer catch");
                return "ok";
            }
        }

        static async Task<string> CalleeFinallyThenFilter()
        {
            try
            {
                await FailWithFinally();
                return "none";
            }
            catch (CodeException e) when (Note("caller filter", e.Code == 8))
            {
                return "caller caught";
            }
        }

        static async Task FailWithFinally()
        {
            try { await Task.Yield(); throw new CodeException(8); }
            finally { log.Add("callee finally"); }
        }

        static async Task<int> FalseFilterEscapes()
        {
            try
            {
                await Fail(42);
                return 0;
            }
            catch (CodeException e) when (Note("reject", e.Code != 42))
            {
                return 1;
            }
        }

        static async Task<string> RethrowFromFiltered()
        {
            try
            {
                try { await Fail(5); }
                catch (CodeException e) when (Note("inner", e.Code == 5))
                {
                    log.Add("inner catch, rethrow");
                    throw;
                }
            }
            catch (CodeException e) when (Note("outer", e.Code == 5))
            {
                return "outer got " + e.Code + " " + e.GetType().Name;
            }
            return "none";
        }

        static async Task Run()
        {
            foreach (int c in new[] { 3, 12, 13, 15 })
            {
                try { Flush("Classify(" + c + ")", await Classify(c)); }
                catch (CodeException e) { Flush("Classify(" + c + ") escaped", e.Code); }
            }
            Flush("HoistedInFilter", await HoistedInFilter());
            Flush("FilterBeforeInnerFinally", await FilterBeforeInnerFinally());
            Flush("CalleeFinallyThenFilter", await CalleeFinallyThenFilter());
            try { await FalseFilterEscapes(); }
            catch (CodeException e) when (Note("main filter", true)) { Flush("FalseFilterEscapes escaped", e.Code); }
            Flush("RethrowFromFiltered", await RethrowFromFiltered());
            int seen = 0;
            Func<int, Task<int>> guarded = async n =>
            {
                try { return await Fail(n); }
                catch (CodeException e) when ((seen += 1) > 0 && e.Code % 3 == 0) { return -e.Code; }
                catch (CodeException e) { return e.Code; }
            };
            int total = 0;
            for (int i = 1; i <= 9; i++) total += await guarded(i);
            Flush("lambda filters total", total + " seen=" + seen);
        }

        static void Main()
        {
            Run().GetAwaiter().GetResult();
        }
    }
}
