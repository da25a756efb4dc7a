// Exceptions propagating through chains of async methods: a 50-level chain with finally blocks running bottom-up, custom exception types and fields preserved, `throw;` keeps the object, `throw e;` too, wrapping with InnerException, Data entries, ExceptionDispatchInfo.Capture/Throw (same object and type, across tasks), exceptions in concurrently started tasks observed in sequence.
using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace Corpus.Async.AsyncExc_Propagation
{
    class DeepException : Exception
    {
        public int Level;
        public DeepException(int level) : base("deep at " + level) { Level = level; }
    }

    class WrapperException : Exception
    {
        public WrapperException(string m, Exception inner) : base(m, inner) { }
    }

    static class Program
    {
        static List<int> finallies = new List<int>();

        static async Task<int> Chain(int level)
        {
            try
            {
                if (level == 0)
                {
                    await Task.Yield();
                    throw new DeepException(0);
                }
                int r = await Chain(level - 1);
                return r + 1;
            }
            finally
            {
                finallies.Add(level);
            }
        }

        static async Task<int> Rethrower(int mode)
        {
            try
            {
                await Chain(2);
                return 0;
            }
            catch (DeepException e)
            {
                e.Data["seen"] = mode;
                if (mode == 0) throw;
                if (mode == 1) throw e;
                throw new WrapperException("wrapped", e);
            }
        }

        static async Task<int> ThrowCaptured(ExceptionDispatchInfo edi)
        {
            await Task.Yield();
            edi.Throw();
            return 0;
        }

        static async Task<string> Sequential(int n)
        {
            var tasks = new List<Task<int>>();
            for (int i = 0; i < n; i++)
            {
                int k = i;
                tasks.Add(Task.Run(async () =>
                {
                    await Task.Delay(k % 3);
                    if (k % 2 == 1) throw new DeepException(k);
                    return k;
                }));
            }
            string s = "";
            foreach (var t in tasks)
            {
                try { s += await t + " "; }
                catch (DeepException e) { s += "E" + e.Level + " "; }
            }
            return s.TrimEnd();
        }

        static async Task Run()
        {
            try { await Chain(50); }
            catch (DeepException e)
            {
                Console.WriteLine("caught " + e.GetType().Name + " level=" + e.Level + " msg=" + e.Message);
            }
            Console.WriteLine("finallies: count=" + finallies.Count + " first=" + finallies[0] + " last=" + finallies[finallies.Count - 1] + " ascending=" + IsAscending(finallies));
            finallies.Clear();

            for (int mode = 0; mode < 3; mode++)
            {
                try { await Rethrower(mode); }
                catch (Exception e)
                {
                    string s = "mode " + mode + ": " + e.GetType().Name + " \"" + e.Message + "\"";
                    if (e.InnerException != null) s += " inner=" + e.InnerException.GetType().Name + " level=" + ((DeepException)e.InnerException).Level + " seen=" + e.InnerException.Data["seen"];
                    else s += " seen=" + e.Data["seen"];
                    Console.WriteLine(s);
                }
            }

            Exception original = null;
            try { await Chain(1); }
            catch (Exception e) { original = e; }
            finallies.Clear();
            ExceptionDispatchInfo edi = ExceptionDispatchInfo.Capture(original);
            Console.WriteLine("SourceException same: " + ReferenceEquals(edi.SourceException, original));
            try { edi.Throw(); }
            catch (DeepException e) { Console.WriteLine("edi.Throw sync: same=" + ReferenceEquals(e, original) + " level=" + e.Level); }
            try { await ThrowCaptured(edi); }
            catch (DeepException e) { Console.WriteLine("edi.Throw in another task: same=" + ReferenceEquals(e, original)); }
            try { await ThrowCaptured(edi); }
            catch (DeepException e) { Console.WriteLine("thrown twice: same=" + ReferenceEquals(e, original)); }

            Console.WriteLine("sequential observation: " + await Sequential(10));

            Func<int, Task<int>> rec = null;
            rec = async n =>
            {
                if (n == 0) throw new WrapperException("bottom", null);
                try { return await rec(n - 1); }
                catch (WrapperException e) { throw new WrapperException("level " + n, e); }
            };
            try { await rec(5); }
            catch (WrapperException e)
            {
                var chain = new List<string>();
                for (Exception x = e; x != null; x = x.InnerException) chain.Add(x.Message);
                Console.WriteLine("wrapped chain: " + string.Join(" <- ", chain));
            }
        }

        static bool IsAscending(List<int> l)
        {
            for (int i = 1; i < l.Count; i++) if (l[i] != l[i - 1] + 1) return false;
            return true;
        }

        static void Main()
        {
            Run().GetAwaiter().GetResult();
        }
    }
}
