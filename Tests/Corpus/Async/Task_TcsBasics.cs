// TaskCompletionSource<T>: SetResult/SetException/SetCanceled vs TrySet* on fresh and completed sources, InvalidOperationException on a second Set*, AsyncState, TrySetCanceled(token), continuations run inline on Set.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_TcsBasics
{
    static class Program
    {
        static void Show(string label, Task t)
        {
            Console.WriteLine(label + ": " + t.Status);
        }

        static void Main()
        {
            var a = new TaskCompletionSource<int>();
            Show("fresh", a.Task);
            Console.WriteLine("Task property stable: " + ReferenceEquals(a.Task, a.Task));
            a.SetResult(1);
            Show("after SetResult(1)", a.Task);
            Console.WriteLine("TrySetResult(2): " + a.TrySetResult(2));
            Console.WriteLine("TrySetException: " + a.TrySetException(new Exception("x")));
            Console.WriteLine("TrySetCanceled: " + a.TrySetCanceled());
            try { a.SetResult(3); } catch (InvalidOperationException) { Console.WriteLine("SetResult again: InvalidOperationException"); }
            try { a.SetCanceled(); } catch (InvalidOperationException) { Console.WriteLine("SetCanceled after result: InvalidOperationException"); }
            try { a.SetException(new Exception("y")); } catch (InvalidOperationException) { Console.WriteLine("SetException after result: InvalidOperationException"); }
            Console.WriteLine("result still " + a.Task.Result);

            var b = new TaskCompletionSource<string>();
            Console.WriteLine("TrySetException first: " + b.TrySetException(new ArgumentException("arg-msg")));
            Show("b", b.Task);
            Console.WriteLine("TrySetResult after: " + b.TrySetResult("late"));
            Console.WriteLine("b inner: " + b.Task.Exception.InnerException.GetType().Name);

            var c = new TaskCompletionSource<object>();
            Console.WriteLine("TrySetCanceled first: " + c.TrySetCanceled());
            Show("c", c.Task);
            Console.WriteLine("c.Exception null: " + (c.Task.Exception == null));
            try { c.Task.GetAwaiter().GetResult(); }
            catch (TaskCanceledException e) { Console.WriteLine("c GetResult: TaskCanceledException, token CanBeCanceled=" + e.CancellationToken.CanBeCanceled); }

            var cts = new CancellationTokenSource();
            cts.Cancel();
            var d = new TaskCompletionSource<int>();
            Console.WriteLine("TrySetCanceled(token): " + d.TrySetCanceled(cts.Token));
            try { d.Task.GetAwaiter().GetResult(); }
            catch (TaskCanceledException e) { Console.WriteLine("d GetResult: token matches=" + (e.CancellationToken == cts.Token)); }

            var e1 = new TaskCompletionSource<int>("my-state");
            Console.WriteLine("AsyncState: " + e1.Task.AsyncState);
            Console.WriteLine("CreationOptions: " + e1.Task.CreationOptions);

            var f = new TaskCompletionSource<int>();
            f.Task.ContinueWith(t => Console.WriteLine("  continuation 1 sees " + t.Result), TaskContinuationOptions.ExecuteSynchronously);
            f.Task.ContinueWith(t => Console.WriteLine("  continuation 2 sees " + t.Result), TaskContinuationOptions.ExecuteSynchronously);
            Console.WriteLine("before SetResult(10)");
            f.SetResult(10);
            Console.WriteLine("after SetResult(10)");

            try { f.SetException((Exception)null); } catch (ArgumentNullException) { Console.WriteLine("SetException(null): ArgumentNullException"); }
            var g = new TaskCompletionSource<int>();
            try { g.SetException(new Exception[0]); } catch (ArgumentException) { Console.WriteLine("SetException(empty list): ArgumentException"); }
            Show("g still", g.Task);
            g.SetResult(0);
            Show("g", g.Task);
        }
    }
}
