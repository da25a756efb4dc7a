// Exceptions from async methods that fail before or without suspending: the exception is stored in the returned task (never thrown at the call site), the task is already Faulted (Status, IsFaulted, IsCompleted, Exception as AggregateException with one inner), awaiting rethrows the original object; contrast with a non-async wrapper that throws at the call site; Task.FromException; suspended methods that fault later.
using System;
using System.Threading.Tasks;

namespace Corpus.Async.AsyncExc_SyncThrow
{
    static class Program
    {
        static int sideEffect;

#pragma warning disable 1998
        static async Task<int> ThrowsImmediately(string msg)
        {
            sideEffect++;
            throw new InvalidOperationException(msg);
        }

        static async Task ThrowsImmediatelyVoidTask()
        {
            throw new NotImplementedException("nie");
        }
#pragma warning restore 1998

        static async Task<int> ThrowsAfterCompletedAwait(int x)
        {
            int y = await Task.FromResult(x);
            if (y > 0) throw new ArgumentOutOfRangeException("x", "positive");
            return y;
        }

        static Task<int> Validating(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return LengthAsync(s);
        }

        static async Task<int> LengthAsync(string s)
        {
            await Task.Yield();
            return s.Length;
        }

        static async Task<int> ThrowsLater(TaskCompletionSource<int> gate)
        {
            int v = await gate.Task;
            throw new FormatException("later " + v);
        }

        static string Describe(Task t)
        {
            string s = "IsCompleted=" + t.IsCompleted + " IsFaulted=" + t.IsFaulted + " IsCanceled=" + t.IsCanceled + " Status=" + t.Status;
            if (t.Exception != null)
            {
                AggregateException ae = t.Exception;
                s += " Exception=" + ae.GetType().Name + " count=" + ae.InnerExceptions.Count + " inner=" + ae.InnerException.GetType().Name + ":" + ae.InnerException.Message;
            }
            else s += " Exception=null";
            return s;
        }

        static async Task Run()
        {
            sideEffect = 0;
            Task<int> t = ThrowsImmediately("sync boom");
            Console.WriteLine("no throw at call site; sideEffect=" + sideEffect);
            Console.WriteLine(Describe(t));
            Exception stored = t.Exception.InnerException;
            try { await t; }
            catch (InvalidOperationException e) { Console.WriteLine("await rethrows original: " + e.Message + " same=" + ReferenceEquals(e, stored)); }
            try { await t; }
            catch (InvalidOperationException e) { Console.WriteLine("second await, same object: " + ReferenceEquals(e, stored)); }
            try { t.GetAwaiter().GetResult(); }
            catch (InvalidOperationException e) { Console.WriteLine("GetResult: " + ReferenceEquals(e, stored)); }

            Task v = ThrowsImmediatelyVoidTask();
            Console.WriteLine(Describe(v));

            Task<int> a = ThrowsAfterCompletedAwait(3);
            Console.WriteLine(Describe(a).Split(':')[0]); // the ArgumentOutOfRangeException message differs between runtimes
            try { await a; }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine("ArgumentOutOfRangeException param=" + e.ParamName); }
            Task<int> ok = ThrowsAfterCompletedAwait(-1);
            Console.WriteLine("no exception: " + Describe(ok) + " result=" + ok.Result);

            Task<int> vt = null;
            try { vt = Validating(null); }
            catch (ArgumentNullException e) { Console.WriteLine("wrapper throws at call site: " + e.ParamName + " task null=" + (vt == null)); }
            Console.WriteLine("wrapper ok: " + await Validating("four"));

            Task<int> fe = Task.FromException<int>(new DivideByZeroException());
            Console.WriteLine("FromException: " + Describe(fe).Split(':')[0]);
            try { await fe; }
            catch (DivideByZeroException) { Console.WriteLine("await FromException: DivideByZeroException"); }

            var gate = new TaskCompletionSource<int>();
            Task<int> later = ThrowsLater(gate);
            Console.WriteLine("before: " + Describe(later));
            gate.SetResult(9);
            try { await later; }
            catch (FormatException e) { Console.WriteLine("later: " + e.Message); }
            Console.WriteLine("after: " + Describe(later));

            var tcs = new TaskCompletionSource<int>();
            tcs.SetException(new MissingMemberException("m1"));
            Console.WriteLine("tcs: " + Describe(tcs.Task));
            Console.WriteLine("TrySetResult after fault: " + tcs.TrySetResult(1));
            try { tcs.SetResult(2); }
            catch (InvalidOperationException) { Console.WriteLine("SetResult after fault: InvalidOperationException"); }
        }

        static void Main()
        {
            Run().GetAwaiter().GetResult();
        }
    }
}
