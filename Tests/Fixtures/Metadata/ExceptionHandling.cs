// Exception handling: try/catch with several typed catches, catch-all,
// finally, nested try blocks (in try, catch and finally), exception filters
// (`catch (E e) when (...)`), rethrow, throw of a caught exception, exceptions
// crossing method boundaries, try regions large enough for the fat EH section
// format, `using` and `lock` (compiler-generated try/finally), custom exception
// types, checked-arithmetic overflow, and leave out of nested protected blocks.
using System;
using System.Collections.Generic;
using System.IO;

namespace Fixtures.ExceptionHandling
{
    public class AppException : Exception
    {
        public int Code { get; private set; }
        public AppException(string message, int code) : base(message) { Code = code; }
        public AppException(string message, Exception inner) : base(message, inner) { Code = -1; }
    }

    public sealed class RetryableException : AppException
    {
        public RetryableException(int code) : base("retryable " + code, code) { }
    }

    public sealed class Resource : IDisposable
    {
        public static List<string> Log = new List<string>();
        private readonly string name;
        public Resource(string name) { this.name = name; Log.Add("open " + name); }
        public void Dispose() { Log.Add("close " + name); }
    }

    public struct StructResource : IDisposable
    {
        public int Id;
        public void Dispose() { Resource.Log.Add("dispose struct " + Id); }
    }

    public class Program
    {
        static readonly List<string> trace = new List<string>();
        static readonly object gate = new object();
        static int filterEvaluations;

        static void Thrower(int kind)
        {
            switch (kind)
            {
                case 0: throw new ArgumentNullException("arg");
                case 1: throw new InvalidOperationException("invalid");
                case 2: throw new RetryableException(503);
                case 3: throw new AppException("fatal", 500);
                case 4: throw new IOException("io");
                case 5: { int[] a = new int[1]; a[kind] = 1; break; }
                case 6: { object o = "s"; int i = (int)o; trace.Add(i.ToString()); break; }
                case 7: throw new FormatException("format");
            }
        }

        static bool Log(string what) { filterEvaluations++; trace.Add("filter " + what); return true; }

        static string Classify(int kind)
        {
            try
            {
                Thrower(kind);
                return "none";
            }
            catch (ArgumentNullException e) { return "argnull:" + e.ParamName; }
            catch (ArgumentException) { return "arg"; }
            catch (RetryableException e) when (e.Code >= 500 && Log("retry"))
            {
                return "retryable:" + e.Code;
            }
            catch (AppException e) when (e.Code == 500)
            {
                return "app500";
            }
            catch (IOException e) when (e.Message.Length > 100)
            {
                return "long io";
            }
            catch (IOException)
            {
                return "io";
            }
            catch (IndexOutOfRangeException) { return "index"; }
            catch (InvalidCastException) { return "cast"; }
            catch (SystemException e) { return "system:" + e.GetType().Name; }
            catch { return "other"; }
            finally
            {
                trace.Add("finally " + kind);
            }
        }

        static int Nested()
        {
            int steps = 0;
            try
            {
                try
                {
                    steps++;
                    throw new InvalidOperationException("inner");
                }
                catch (InvalidOperationException)
                {
                    steps += 10;
                    try
                    {
                        throw;                                   // rethrow from a nested try
                    }
                    finally
                    {
                        steps += 100;
                    }
                }
                finally
                {
                    try { steps += 1000; }
                    catch (Exception) { steps = -1; }
                    finally { steps += 10000; }
                }
            }
            catch (Exception e) when (e.Message == "inner")
            {
                steps += 100000;
            }
            return steps;
        }

        static void Wrap()
        {
            try { Thrower(3); }
            catch (AppException e) { throw new AppException("wrapped", e); }
        }

        static int Loops()
        {
            int total = 0;
            for (int i = 0; i < 5; i++)
            {
                try
                {
                    if (i == 1) continue;                         // leave out of a try
                    if (i == 3) break;
                    total += i;
                }
                finally
                {
                    total += 100;
                }
            }
            foreach (var s in new[] { "a", "b" })
            {
                try { if (s == "b") return total; }
                catch (Exception) { total = -1; }
            }
            return -2;
        }

        static long Checked(long a, long b)
        {
            try { return checked(a * b); }
            catch (OverflowException) { return -1; }
        }

        // Long enough that offsets and lengths need the fat EH clause format.
        static int BigTry(int n)
        {
            int acc = 0;
            try
            {
                acc += n * 1; acc ^= n << 1; acc += n * 2; acc ^= n << 2; acc += n * 3; acc ^= n << 3; acc += n * 4; acc ^= n << 4;
                acc += n * 5; acc ^= n << 5; acc += n * 6; acc ^= n << 6; acc += n * 7; acc ^= n << 7; acc += n * 8; acc ^= n << 8;
                acc += n * 9; acc ^= n << 9; acc += n * 10; acc ^= n << 10; acc += n * 11; acc ^= n << 11; acc += n * 12; acc ^= n << 12;
                acc += n * 13; acc ^= n << 13; acc += n * 14; acc ^= n << 14; acc += n * 15; acc ^= n << 15; acc += n * 16; acc ^= n << 16;
                acc += n * 17; acc ^= n << 17; acc += n * 18; acc ^= n << 18; acc += n * 19; acc ^= n << 19; acc += n * 20; acc ^= n << 20;
                acc += n * 21; acc ^= n << 21; acc += n * 22; acc ^= n << 22; acc += n * 23; acc ^= n << 23; acc += n * 24; acc ^= n << 24;
                acc += n * 25; acc ^= n << 25; acc += n * 26; acc ^= n << 26; acc += n * 27; acc ^= n << 27; acc += n * 28; acc ^= n << 28;
                acc += n * 29; acc ^= n << 29; acc += n * 30; acc ^= n << 30; acc += n * 31; acc ^= n << 31; acc += n * 32; acc ^= n >> 1;
                acc += n * 33; acc ^= n >> 2; acc += n * 34; acc ^= n >> 3; acc += n * 35; acc ^= n >> 4; acc += n * 36; acc ^= n >> 5;
                if (n == 7) throw new ArithmeticException("seven");
            }
            catch (ArithmeticException)
            {
                acc = -acc;
            }
            return acc;
        }

        public static int Main()
        {
            for (int kind = 0; kind <= 8; kind++)
                Console.WriteLine("classify " + kind + ": " + Classify(kind));
            Console.WriteLine("trace: " + string.Join("; ", trace) + " (filters=" + filterEvaluations + ")");
            Console.WriteLine("nested: " + Nested());
            try { Wrap(); }
            catch (AppException e) { Console.WriteLine("wrapped: " + e.Message + " <- " + e.InnerException.Message + " code " + ((AppException)e.InnerException).Code); }
            Console.WriteLine("loops: " + Loops());
            Console.WriteLine("checked: " + Checked(3, 4) + " " + Checked(long.MaxValue, 2));
            Console.WriteLine("bigtry: " + BigTry(3) + " " + BigTry(7));

            using (var a = new Resource("a"))
            using (new Resource("b"))
            {
                Resource.Log.Add("body");
            }
            using (var s = new StructResource { Id = 1 }) { Resource.Log.Add("struct body " + s.Id); }
            try
            {
                using (var c = new Resource("c")) { throw new Exception("in using"); }
            }
            catch (Exception e) { Resource.Log.Add("caught " + e.Message); }
            Console.WriteLine("using: " + string.Join(", ", Resource.Log));

            int locked = 0;
            lock (gate) { locked++; lock (gate) { locked++; } }
            Console.WriteLine("lock: " + locked);

            try
            {
                try { throw new RetryableException(1); }
                catch (Exception e) { throw e; }                  // throw (not rethrow) of a caught exception
            }
            catch (RetryableException e) { Console.WriteLine("throw e: " + e.Code); }
            return 0;
        }
    }
}
