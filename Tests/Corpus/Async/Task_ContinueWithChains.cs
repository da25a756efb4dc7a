// ContinueWith chains: values flowing through Task<T>.ContinueWith<TNew>, faults propagating only when a link reads Result, state-object overloads, continuations on continuations, Unwrap of Task<Task> and Task<Task<T>> (ok, faulted outer, faulted inner, canceled inner, null inner).
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_ContinueWithChains
{
    static class Program
    {
        static int Main()
        {
            var chain = Task.FromResult(3)
                .ContinueWith(t => t.Result * 10)
                .ContinueWith(t => "v=" + t.Result)
                .ContinueWith(t => t.Result.Length);
            Console.WriteLine("chain result: " + chain.Result);

            var log = "";
            var src = new TaskCompletionSource<int>();
            var step1 = src.Task.ContinueWith(t => { log += "1"; return t.Result + 1; });
            var step2 = step1.ContinueWith(t => { log += "2"; return t.Result * 2; });
            var step3 = step2.ContinueWith(t => { log += "3"; return t.Result - 1; });
            Console.WriteLine("before SetResult log='" + log + "' step3 " + step3.Status);
            src.SetResult(4);
            Console.WriteLine("step3.Result " + step3.Result + " log='" + log + "'");

            var faultChain = Task.FromException<int>(new InvalidOperationException("root"))
                .ContinueWith(t => t.Result + 1)
                .ContinueWith(t => t.Status + " / " + t.Exception.InnerException.GetType().Name + " / " + t.Exception.InnerException.InnerException.Message);
            Console.WriteLine("fault through Result: " + faultChain.Result);

            var recovered = Task.FromException<int>(new InvalidOperationException("root"))
                .ContinueWith(t => t.IsFaulted ? -1 : t.Result)
                .ContinueWith(t => t.Result * 100);
            Console.WriteLine("recovered: " + recovered.Result);

            var withState = Task.FromResult(7).ContinueWith((t, s) => (string)s + t.Result, "state:");
            Console.WriteLine("with state: " + withState.Result + " AsyncState=" + withState.AsyncState);

            var plain = Task.CompletedTask.ContinueWith(t => 99);
            Console.WriteLine("Task -> Task<int>: " + plain.Result);

            Console.WriteLine("-- Unwrap");
            Task<Task<int>> nested = Task.FromResult(Task.FromResult(11));
            Console.WriteLine("Unwrap ok: " + nested.Unwrap().Result);

            Task<Task> nestedPlain = Task.FromResult((Task)Task.Delay(10));
            var up = nestedPlain.Unwrap();
            up.Wait();
            Console.WriteLine("Unwrap Task<Task>: " + up.Status);

            var outerFault = Task.FromException<Task<int>>(new FormatException("outer")).Unwrap();
            try { outerFault.Wait(); } catch (AggregateException ae) { Console.WriteLine("outer faulted: " + outerFault.Status + " " + ae.InnerException.Message); }

            var innerFault = Task.FromResult(Task.FromException<int>(new FormatException("inner"))).Unwrap();
            try { innerFault.Wait(); } catch (AggregateException ae) { Console.WriteLine("inner faulted: " + innerFault.Status + " " + ae.InnerException.Message); }

            var cts = new CancellationTokenSource();
            cts.Cancel();
            var innerCanceled = Task.FromResult(Task.FromCanceled<int>(cts.Token)).Unwrap();
            try { innerCanceled.Wait(); } catch (AggregateException ae) { Console.WriteLine("inner canceled: " + innerCanceled.Status + " " + ae.InnerException.GetType().Name); }

            var outerCanceled = Task.FromCanceled<Task<int>>(cts.Token).Unwrap();
            try { outerCanceled.Wait(); } catch (AggregateException ae) { Console.WriteLine("outer canceled: " + outerCanceled.Status + " " + ae.InnerException.GetType().Name); }

            var nullInner = Task.FromResult<Task<int>>(null).Unwrap();
            try { nullInner.Wait(); } catch (AggregateException) { Console.WriteLine("null inner: " + nullInner.Status); }

            var gateOuter = new TaskCompletionSource<Task<string>>();
            var gateInner = new TaskCompletionSource<string>();
            var proxy = gateOuter.Task.Unwrap();
            Console.WriteLine("proxy before: " + proxy.Status);
            gateOuter.SetResult(gateInner.Task);
            Console.WriteLine("proxy after outer: completed=" + proxy.IsCompleted);
            gateInner.SetResult("inner done");
            Console.WriteLine("proxy result: " + proxy.Result);

            var viaContinue = Task.FromResult(2).ContinueWith(t => Task.FromResult(t.Result + 40)).Unwrap();
            Console.WriteLine("ContinueWith returning task, unwrapped: " + viaContinue.Result);
            return chain.Result;
        }
    }
}
