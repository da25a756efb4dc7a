// using and lock lowering: Dispose runs on normal exit, on exceptions, on return/break from
// inside the block; nested usings dispose in reverse order; a using with several resources
// (declared together) disposes them in reverse; a null resource is skipped (no
// NullReferenceException); Dispose that throws replaces the in-flight exception; lock takes
// the monitor (Monitor.IsEntered true inside, false after), is re-entrant, releases on
// exceptions, and Monitor.Enter/Exit balance.
using System;
using System.Threading;

namespace Corpus
{
    class Res : IDisposable
    {
        readonly string name;
        readonly bool throwOnDispose;
        public static string Log = "";
        public Res(string name, bool throwOnDispose = false) { this.name = name; this.throwOnDispose = throwOnDispose; Log += "open(" + name + ") "; }
        public void Use() { Log += "use(" + name + ") "; }
        public void Dispose()
        {
            Log += "dispose(" + name + ") ";
            if (throwOnDispose) throw new ObjectDisposedException(name);
        }
    }

    static class Program
    {
        static void Flush(string label) { Console.WriteLine(label + ": " + Res.Log.TrimEnd()); Res.Log = ""; }

        static int ReturnFromUsing()
        {
            using (var r = new Res("ret"))
            {
                r.Use();
                return 42;
            }
        }

        static Res MaybeNull(bool nul) { return nul ? null : new Res("maybe"); }

        static readonly object gate = new object();

        static void Main()
        {
            using (var a = new Res("a")) { a.Use(); }
            Flush("simple");

            using (var a = new Res("outer"))
            using (var b = new Res("inner"))
            {
                a.Use(); b.Use();
            }
            Flush("nested");

            using (Res x = new Res("x"), y = new Res("y"), z = new Res("z")) { y.Use(); }
            Flush("multiple declarators");

            try
            {
                using (var r = new Res("throwing"))
                {
                    r.Use();
                    throw new InvalidOperationException("inside using");
                }
            }
            catch (InvalidOperationException e) { Res.Log += "caught(" + e.Message + ") "; }
            Flush("exception");

            Console.WriteLine("ReturnFromUsing() = " + ReturnFromUsing());
            Flush("return");

            for (int i = 0; i < 3; i++)
            {
                using (var r = new Res("loop" + i))
                {
                    if (i == 1) continue;
                    if (i == 2) break;
                    r.Use();
                }
            }
            Flush("continue/break");

            using (Res n = MaybeNull(true)) { Res.Log += "body-with-null "; }
            using (Res n = MaybeNull(false)) { Res.Log += "body-with-value "; }
            Flush("null resource");

            try
            {
                using (var r = new Res("bad-dispose", true))
                {
                    throw new FormatException("body failure");
                }
            }
            catch (Exception e) { Res.Log += "caught " + e.GetType().Name + " "; }
            Flush("Dispose throws during unwinding");

            IDisposable asInterface = new Res("iface");
            using (asInterface) { }
            Flush("interface-typed");

            Console.WriteLine("-- lock");
            Console.WriteLine("before: IsEntered " + Monitor.IsEntered(gate));
            lock (gate)
            {
                Console.WriteLine("inside: IsEntered " + Monitor.IsEntered(gate));
                lock (gate)
                {
                    Console.WriteLine("re-entered: IsEntered " + Monitor.IsEntered(gate));
                }
                Console.WriteLine("after inner release: IsEntered " + Monitor.IsEntered(gate));
            }
            Console.WriteLine("after: IsEntered " + Monitor.IsEntered(gate));
            try
            {
                lock (gate) { throw new InvalidOperationException("in lock"); }
            }
            catch (InvalidOperationException) { Console.WriteLine("after exception in lock: IsEntered " + Monitor.IsEntered(gate)); }
            Monitor.Enter(gate);
            Monitor.Enter(gate);
            Monitor.Exit(gate);
            Console.WriteLine("Enter x2, Exit x1: IsEntered " + Monitor.IsEntered(gate));
            Monitor.Exit(gate);
            Console.WriteLine("Exit x2: IsEntered " + Monitor.IsEntered(gate));
            try { Monitor.Exit(gate); }
            catch (SynchronizationLockException e) { Console.WriteLine("Exit without Enter: " + e.GetType().FullName); }
            bool taken = false;
            Monitor.TryEnter(gate, ref taken);
            Console.WriteLine("TryEnter taken " + taken);
            if (taken) Monitor.Exit(gate);
            int counter = 0;
            for (int i = 0; i < 1000; i++) lock (gate) { counter++; }
            Console.WriteLine("counter " + counter + ", IsEntered " + Monitor.IsEntered(gate));
            string s = "lock on a string";
            lock (s) { Console.WriteLine("locked on string: " + Monitor.IsEntered(s)); }
        }
    }
}
