// A hand-written IValueTaskSource<T> behind ValueTask<T>: which members the ValueTask and its awaiter call (GetStatus via IsCompleted*, OnCompleted with the token and flags, GetResult) when completed first vs awaited while pending, tokens checked by the source, exceptions and cancellation reported through GetStatus/GetResult, ConfigureAwait(false) flags, and AsTask over a source.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace Corpus.Async.ValueTask_Source
{
    sealed class LoggingSource : IValueTaskSource<int>, IValueTaskSource
    {
        public readonly List<string> Log = new List<string>();
        public short Token = 7;
        ValueTaskSourceStatus status = ValueTaskSourceStatus.Pending;
        int result;
        Exception error;
        Action<object> continuation;
        object continuationState;

        void Check(short token)
        {
            if (token != Token) throw new InvalidOperationException("wrong token " + token);
        }

        public ValueTaskSourceStatus GetStatus(short token)
        {
            Check(token);
            Log.Add("GetStatus(" + token + ")=" + status);
            return status;
        }

        public void OnCompleted(Action<object> c, object state, short token, ValueTaskSourceOnCompletedFlags flags)
        {
            Check(token);
            Log.Add("OnCompleted(" + token + ", " + flags + ")");
            continuation = c;
            continuationState = state;
        }

        public int GetResult(short token)
        {
            Check(token);
            Log.Add("GetResult(" + token + ")");
            if (status == ValueTaskSourceStatus.Faulted) throw error;
            if (status == ValueTaskSourceStatus.Canceled) throw new OperationCanceledException("source canceled");
            if (status == ValueTaskSourceStatus.Pending) throw new InvalidOperationException("not completed");
            return result;
        }

        void IValueTaskSource.GetResult(short token) { GetResult(token); }

        void Finish(ValueTaskSourceStatus s)
        {
            status = s;
            var c = continuation;
            continuation = null;
            if (c != null) { Log.Add("invoking continuation"); c(continuationState); }
        }

        public void SetResult(int value) { result = value; Finish(ValueTaskSourceStatus.Succeeded); }
        public void SetException(Exception e) { error = e; Finish(ValueTaskSourceStatus.Faulted); }
        public void SetCanceled() { Finish(ValueTaskSourceStatus.Canceled); }

        public void Dump(string label)
        {
            Console.WriteLine(label + ":");
            foreach (var l in Log) Console.WriteLine("  " + l);
            Log.Clear();
        }
    }

    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static async Task<string> AwaitIt(ValueTask<int> vt, List<string> log)
        {
            log.Add("before await");
            int v = await vt;
            log.Add("after await, got " + v);
            return "value " + v;
        }

        static async Task<string> AwaitNoContext(ValueTask<int> vt, List<string> log)
        {
            int v = await vt.ConfigureAwait(false);
            log.Add("resumed, got " + v);
            return "value " + v;
        }

        static async Task<int> MainAsync()
        {
            var s = new LoggingSource();
            var vt = new ValueTask<int>(s, 7);
            Console.WriteLine("IsCompleted: " + vt.IsCompleted);
            Console.WriteLine("IsCompletedSuccessfully: " + vt.IsCompletedSuccessfully);
            s.Dump("property reads while pending");

            var awaiting = AwaitIt(vt, s.Log);
            s.Log.Add("caller continues; task completed=" + awaiting.IsCompleted);
            s.SetResult(42);
            s.Log.Add("SetResult returned; task completed=" + awaiting.IsCompleted);
            s.Dump("await while pending");
            Console.WriteLine(await awaiting);

            var s2 = new LoggingSource();
            s2.SetResult(5);
            var done = AwaitIt(new ValueTask<int>(s2, 7), s2.Log);
            s2.Dump("await after completion");
            Console.WriteLine(await done);

            var s3 = new LoggingSource();
            var fault = AwaitIt(new ValueTask<int>(s3, 7), s3.Log);
            s3.SetException(new FormatException("source fault"));
            s3.Dump("faulted source");
            try { await fault; } catch (FormatException e) { Console.WriteLine("awaiting method threw " + e.Message + ", task " + fault.Status); }

            var s4 = new LoggingSource();
            var vt4 = new ValueTask<int>(s4, 7);
            s4.SetCanceled();
            Console.WriteLine("canceled source: IsCanceled=" + vt4.IsCanceled + " IsFaulted=" + vt4.IsFaulted);
            try { Console.WriteLine(vt4.Result); } catch (OperationCanceledException e) { Console.WriteLine("Result: " + e.Message); }
            s4.Dump("canceled source calls");

            var s5 = new LoggingSource();
            var wrong = new ValueTask<int>(s5, 3);
            try { Console.WriteLine(wrong.IsCompleted); } catch (InvalidOperationException e) { Console.WriteLine("wrong token rejected by the source: " + e.Message); }

            var s6 = new LoggingSource();
            var noCtx = AwaitNoContext(new ValueTask<int>(s6, 7), s6.Log);
            s6.SetResult(6);
            Console.WriteLine(await noCtx);
            s6.Dump("ConfigureAwait(false)");

            var s7 = new LoggingSource();
            var awaiter = new ValueTask<int>(s7, 7).GetAwaiter();
            awaiter.OnCompleted(() => s7.Log.Add("direct OnCompleted callback"));
            s7.SetResult(1);
            s7.Dump("awaiter.OnCompleted directly");

            var s8 = new LoggingSource();
            var nonGeneric = new ValueTask(s8, 7);
            Console.WriteLine("non-generic IsCompleted: " + nonGeneric.IsCompleted);
            s8.SetResult(0);
            nonGeneric.GetAwaiter().GetResult();
            s8.Dump("non-generic ValueTask over the source");

            var s9 = new LoggingSource();
            Task<int> asTask = new ValueTask<int>(s9, 7).AsTask();
            Console.WriteLine("AsTask over pending source: " + asTask.Status);
            s9.SetResult(99);
            Console.WriteLine("AsTask result: " + await asTask);
            return 0;
        }
    }
}
