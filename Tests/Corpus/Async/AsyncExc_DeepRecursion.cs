// Exceptions through deep async recursion: thrown at the bottom synchronously (depth 2000, every level completes synchronously, faulted) and after a suspension (depth 1000, unwound through 1000 suspended frames whose continuations run inline on one thread-pool thread; at depth 2000 Mono 6.8 intermittently reports "Stack overflow in unmanaged" on that thread); caught at the top, caught halfway with the remaining levels completing normally, and try/finally counting at every level.
using System;
using System.Threading.Tasks;

namespace Corpus.Async.AsyncExc_DeepRecursion
{
    class BottomException : Exception
    {
        public BottomException(int depth) : base("bottom " + depth) { }
    }

    static class Program
    {
        static int finallyCount;

        static async Task<int> SyncThrow(int n)
        {
            if (n == 0) throw new BottomException(n);
            try { return await SyncThrow(n - 1) + 1; }
            finally { finallyCount++; }
        }

        static async Task<int> YieldThrow(int n)
        {
            if (n == 0) { await Task.Yield(); throw new BottomException(n); }
            try { return await YieldThrow(n - 1) + 1; }
            finally { finallyCount++; }
        }

        static async Task<int> CatchHalfway(int n, int catchAt, bool suspend)
        {
            if (n == 0)
            {
                if (suspend) await Task.Yield();
                throw new BottomException(0);
            }
            if (n == catchAt)
            {
                try { return await CatchHalfway(n - 1, catchAt, suspend); }
                catch (BottomException) { return -n; }
            }
            return await CatchHalfway(n - 1, catchAt, suspend) + 1;
        }

        static void Main()
        {
            finallyCount = 0;
            Task<int> t = SyncThrow(2000);
            Console.WriteLine("SyncThrow: faulted synchronously=" + t.IsFaulted + " finallies=" + finallyCount);
            try { t.GetAwaiter().GetResult(); }
            catch (BottomException e) { Console.WriteLine("caught " + e.Message); }

            finallyCount = 0;
            t = YieldThrow(1000);
            try { Console.WriteLine(t.GetAwaiter().GetResult()); }
            catch (BottomException e) { Console.WriteLine("YieldThrow: caught " + e.Message + " finallies=" + finallyCount); }

            Console.WriteLine("CatchHalfway sync: " + CatchHalfway(2000, 1000, false).Result);
            Console.WriteLine("CatchHalfway suspended: " + CatchHalfway(1000, 750, true).Result);
            Console.WriteLine("CatchHalfway at top: " + CatchHalfway(1000, 1000, true).Result);
            try { Console.WriteLine(CatchHalfway(1000, 5000, true).Result); }
            catch (AggregateException ae) { Console.WriteLine("never caught inside: Result throws AggregateException of " + ae.InnerException.GetType().Name); }
        }
    }
}
