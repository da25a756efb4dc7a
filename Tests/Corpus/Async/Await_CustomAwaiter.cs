// The await pattern on user types: GetAwaiter as instance and extension method, IsCompleted true (no OnCompleted call) vs false, INotifyCompletion (OnCompleted) vs ICriticalNotifyCompletion (UnsafeOnCompleted), continuations stored and resumed later by Main on the same thread, a continuation invoked inline inside OnCompleted, GetResult throwing, and the exact call sequence on the awaiter.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace Corpus.Async.Await_CustomAwaiter
{
    static class Log
    {
        public static List<string> Lines = new List<string>();
        public static void Add(string s) { Lines.Add(s); }
        public static void Flush(string title)
        {
            Console.WriteLine(title + ": " + string.Join(" ", Lines));
            Lines.Clear();
        }
    }

    class Manual
    {
        public readonly string Name;
        public bool Ready;
        public int Value;
        public Action Continuation;
        public bool Fail;
        public Manual(string name) { Name = name; }
        public ManualAwaiter GetAwaiter() { Log.Add(Name + ".GetAwaiter"); return new ManualAwaiter(this); }
        public void Resume(int v)
        {
            Value = v; Ready = true;
            Action k = Continuation; Continuation = null;
            Log.Add(Name + ".Resume");
            k();
        }
    }

    struct ManualAwaiter : INotifyCompletion
    {
        readonly Manual m;
        public ManualAwaiter(Manual m) { this.m = m; }
        public bool IsCompleted { get { Log.Add(m.Name + ".IsCompleted=" + m.Ready); return m.Ready; } }
        public void OnCompleted(Action k) { Log.Add(m.Name + ".OnCompleted"); m.Continuation = k; }
        public int GetResult()
        {
            Log.Add(m.Name + ".GetResult");
            if (m.Fail) throw new InvalidOperationException(m.Name + " failed");
            return m.Value;
        }
    }

    class Critical
    {
        public Action Continuation;
        public CriticalAwaiter GetAwaiter() { return new CriticalAwaiter(this); }
    }

    class CriticalAwaiter : ICriticalNotifyCompletion
    {
        readonly Critical c;
        public CriticalAwaiter(Critical c) { this.c = c; }
        public bool IsCompleted { get { return false; } }
        public void OnCompleted(Action k) { Log.Add("critical.OnCompleted"); c.Continuation = k; }
        public void UnsafeOnCompleted(Action k) { Log.Add("critical.UnsafeOnCompleted"); c.Continuation = k; }
        public string GetResult() { Log.Add("critical.GetResult"); return "crit"; }
    }

    class Inline
    {
        public InlineAwaiter GetAwaiter() { return new InlineAwaiter(); }
    }

    struct InlineAwaiter : INotifyCompletion
    {
        public bool IsCompleted { get { return false; } }
        public void OnCompleted(Action k) { Log.Add("inline.OnCompleted enter"); k(); Log.Add("inline.OnCompleted exit"); }
        public void GetResult() { Log.Add("inline.GetResult"); }
    }

    static class Extensions
    {
        public static TaskAwaiter<int> GetAwaiter(this int n)
        {
            Log.Add("int.GetAwaiter(" + n + ")");
            return Task.FromResult(n * 2).GetAwaiter();
        }

        public static ManualAwaiter GetAwaiter(this Func<Manual> f) { return f().GetAwaiter(); }
    }

    static class Program
    {
        static async Task<int> AwaitManual(Manual a, Manual b)
        {
            Log.Add("body start");
            int x = await a;
            Log.Add("after a: " + x);
            int y = await b;
            Log.Add("after b: " + y);
            return x + y;
        }

        static async Task<string> AwaitCritical(Critical c)
        {
            string s = await c;
            return s + "!";
        }

        static async Task<int> AwaitInline()
        {
            Log.Add("before inline await");
            await new Inline();
            Log.Add("after inline await");
            return 1;
        }

        static async Task<int> AwaitInt()
        {
            int a = await 5;
            int b = await (a + 1);
            return a * 100 + b;
        }

        static async Task<string> AwaitFailing(Manual m)
        {
            try { await m; return "no"; }
            catch (InvalidOperationException e) { return "caught " + e.Message; }
        }

        static void Main()
        {
            var a = new Manual("a");
            var b = new Manual("b");
            Task<int> t = AwaitManual(a, b);
            Log.Add("returned, completed=" + t.IsCompleted);
            Log.Flush("start");
            a.Resume(10);
            Log.Add("completed=" + t.IsCompleted);
            Log.Flush("resume a");
            b.Resume(32);
            Log.Add("completed=" + t.IsCompleted + " result=" + t.Result);
            Log.Flush("resume b");

            var a2 = new Manual("a2") { Ready = true, Value = 1 };
            var b2 = new Manual("b2") { Ready = true, Value = 2 };
            t = AwaitManual(a2, b2);
            Log.Add("completed=" + t.IsCompleted + " result=" + t.Result);
            Log.Flush("both ready");

            var a3 = new Manual("a3") { Ready = true, Value = 5 };
            var b3 = new Manual("b3");
            t = AwaitManual(a3, b3);
            Log.Add("completed=" + t.IsCompleted);
            b3.Resume(6);
            Log.Add("result=" + t.Result);
            Log.Flush("first ready");

            var c = new Critical();
            Task<string> ts = AwaitCritical(c);
            Log.Add("pending=" + !ts.IsCompleted);
            c.Continuation();
            Log.Add("result=" + ts.Result);
            Log.Flush("critical");

            Task<int> ti = AwaitInline();
            Log.Add("returned completed=" + ti.IsCompleted);
            Log.Flush("inline");

            Log.Add("result=" + AwaitInt().Result);
            Log.Flush("extension on int");

            var f = new Manual("f") { Ready = true, Fail = true };
            Log.Add(AwaitFailing(f).Result);
            Log.Flush("GetResult throws (ready)");
            var g = new Manual("g") { Fail = true };
            ts = AwaitFailing(g);
            g.Resume(0);
            Log.Add(ts.Result);
            Log.Flush("GetResult throws (resumed)");

            Func<Manual> factory = () => new Manual("fromfunc") { Ready = true, Value = 99 };
            Func<Task<int>> viaExt = async () => await factory;
            Log.Add("result=" + viaExt().Result);
            Log.Flush("extension on delegate");
        }
    }
}
