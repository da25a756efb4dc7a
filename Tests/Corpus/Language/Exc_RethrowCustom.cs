// Exception objects: custom exception types and rethrowing.
// Part 1 -- custom types: a hierarchy derived from Exception, constructors (default message,
// message, message + inner), overriding Message, extra properties, catching by base class,
// the first line of ToString() for an exception that was never thrown (no stack trace, no
// inner exception), default messages of framework exceptions created by user code. HResult
// and the Message of Argument*Exception are not printed (the parameter-name suffix differs:
// .NET Core "text (Parameter 'p')", Mono/.NET Framework "text\nParameter name: p").
// Part 2 -- rethrowing: `throw;` rethrows the same exception object (identity preserved),
// `throw e;` throws the same object too (only its stack trace is reset -- stack traces are
// never printed), wrapping with InnerException, rethrow from nested catch blocks, rethrow
// after a finally, throw of a null reference (NullReferenceException), exceptions stored and
// thrown later, throwing the same object twice, catching by base type then rethrowing to a
// more specific outer handler, and Exception.Data surviving a rethrow.
// Exceptions are printed as FullName + ": " + Message.
using System;

namespace Corpus
{
    class AppError : Exception
    {
        public AppError() { }
        public AppError(string message) : base(message) { }
        public AppError(string message, Exception inner) : base(message, inner) { }
    }

    class ValidationError : AppError
    {
        public string Field { get; private set; }
        public int Attempts;
        public ValidationError(string field, string message) : base(message) { Field = field; }
    }

    class NotFound : AppError
    {
        readonly string key;
        public NotFound(string key) { this.key = key; }
        public override string Message { get { return "key '" + key + "' was not found"; } }
    }

    sealed class Fatal : Exception
    {
        public Fatal() : base(null) { }
    }

    static class Program
    {
        static Exception saved;

        static string Describe(Exception e) { return e.GetType().FullName + ": " + e.Message; }
        static string FirstLine(string s) { int i = s.IndexOf('\n'); return (i < 0 ? s : s.Substring(0, i)).TrimEnd('\r'); }

        static void Throw(int kind)
        {
            switch (kind)
            {
                case 0: throw new AppError("plain app error");
                case 1: throw new ValidationError("email", "is invalid") { Attempts = 3 };
                case 2: throw new NotFound("user:42");
                case 3: throw new AppError("outer", new ValidationError("name", "empty"));
                default: throw new Fatal();
            }
        }

        static void ThrowIt() { throw new InvalidOperationException("original"); }

        static void RethrowPlain()
        {
            try { ThrowIt(); }
            catch (Exception e) { saved = e; Console.WriteLine("  caught, rethrowing with throw;"); throw; }
        }

        static void RethrowVariable()
        {
            try { ThrowIt(); }
            catch (Exception e) { saved = e; Console.WriteLine("  caught, rethrowing with throw e;"); throw e; }
        }

        static void Wrap()
        {
            try { ThrowIt(); }
            catch (InvalidOperationException e) { throw new ApplicationException("wrapped", e); }
        }

        static void NestedRethrow()
        {
            try
            {
                try { throw new ArgumentException("nested"); }
                catch (ArgumentException)
                {
                    try { throw new FormatException("unrelated"); }
                    catch (FormatException f) { Console.WriteLine("  handled " + f.Message + " inside the catch"); }
                    Console.WriteLine("  now rethrowing the outer one");
                    throw;   // rethrows the ArgumentException, not the FormatException
                }
            }
            finally { Console.WriteLine("  finally before leaving NestedRethrow"); }
        }

        static void Main()
        {
            Console.WriteLine("==== custom exception types");
            CustomTypes();
            Console.WriteLine("==== rethrowing");
            Rethrowing();
        }

        static void CustomTypes()
        {
            Console.WriteLine("-- catching by base type");
            for (int kind = 0; kind <= 4; kind++)
            {
                try { Throw(kind); }
                catch (ValidationError e) { Console.WriteLine("ValidationError handler: " + Describe(e) + " field=" + e.Field + " attempts=" + e.Attempts); }
                catch (AppError e) { Console.WriteLine("AppError handler: " + Describe(e) + (e.InnerException != null ? " inner=" + Describe(e.InnerException) : "")); }
                catch (Exception e) { Console.WriteLine("Exception handler: " + Describe(e) + " is AppError " + (e is AppError)); }
            }

            Console.WriteLine("-- default messages");
            Console.WriteLine(Describe(new AppError()));
            Console.WriteLine(Describe(new Exception()));
            Console.WriteLine(Describe(new Fatal()));
            Console.WriteLine("null message: " + (new AppError(null).Message));
            Console.WriteLine("empty message: '" + new AppError("").Message + "'");

            Console.WriteLine("-- ToString first line (never thrown)");
            Console.WriteLine(FirstLine(new AppError("boom").ToString()));
            Console.WriteLine(FirstLine(new ValidationError("f", "bad").ToString()));
            Console.WriteLine(FirstLine(new NotFound("k").ToString()));
            Console.WriteLine(FirstLine(new InvalidOperationException("op").ToString()));

            Console.WriteLine("-- properties");
            var v = new ValidationError("age", "negative");
            Console.WriteLine("InnerException null " + (v.InnerException == null) + ", GetBaseException is self " + ReferenceEquals(v.GetBaseException(), v) + ", Data count " + v.Data.Count);
            var chain = new AppError("l1", new AppError("l2", new NotFound("l3")));
            Console.WriteLine("GetBaseException of chain: " + Describe(chain.GetBaseException()));
            int depth = 0;
            for (Exception e = chain; e != null; e = e.InnerException) depth++;
            Console.WriteLine("chain depth " + depth);

            Console.WriteLine("-- framework exceptions created by user code");
            // Argument*Exception.Message appends the parameter name in a runtime-specific format
            // (.NET Core: "text (Parameter 'p')", Mono/.NET Framework: "text\nParameter name: p"),
            // so only ParamName is printed.
            Console.WriteLine("ParamName " + new ArgumentNullException("param").ParamName + ", " + new ArgumentOutOfRangeException("idx").ParamName);
            Console.WriteLine(Describe(new InvalidOperationException("invalid state")));
            Console.WriteLine(Describe(new NotSupportedException("nope")));
            Console.WriteLine(Describe(new FormatException("bad format")));
            Console.WriteLine(Describe(new System.Collections.Generic.KeyNotFoundException("missing key")));
            Console.WriteLine("is SystemException: " + (new InvalidOperationException() is SystemException) + ", AppError is SystemException: " + (new AppError() is SystemException) + ", OverflowException is ArithmeticException: " + (new OverflowException() is ArithmeticException));
        }

        static void Rethrowing()
        {
            Console.WriteLine("-- throw; preserves identity");
            try { RethrowPlain(); }
            catch (Exception e) { Console.WriteLine("  same object: " + ReferenceEquals(e, saved) + ", " + e.GetType().Name + ": " + e.Message); }

            Console.WriteLine("-- throw e; also throws the same object");
            try { RethrowVariable(); }
            catch (Exception e) { Console.WriteLine("  same object: " + ReferenceEquals(e, saved) + ", " + e.GetType().Name + ": " + e.Message); }

            Console.WriteLine("-- wrapping");
            try { Wrap(); }
            catch (ApplicationException e)
            {
                Console.WriteLine("  " + e.GetType().FullName + ": " + e.Message);
                Console.WriteLine("  inner " + e.InnerException.GetType().FullName + ": " + e.InnerException.Message);
                Console.WriteLine("  GetBaseException: " + e.GetBaseException().Message + ", inner of inner null: " + (e.InnerException.InnerException == null));
            }

            Console.WriteLine("-- nested rethrow");
            try { NestedRethrow(); }
            catch (ArgumentException e) { Console.WriteLine("  Main caught " + e.Message); }

            Console.WriteLine("-- throw null");
            try { Exception nothing = null; throw nothing; }
            catch (NullReferenceException e) { Console.WriteLine("  " + e.GetType().FullName); }

            Console.WriteLine("-- stored exception thrown later, twice");
            Exception stored = new TimeoutException("stored");
            for (int i = 0; i < 2; i++)
            {
                try { throw stored; }
                catch (TimeoutException e) { Console.WriteLine("  catch " + i + ": same object " + ReferenceEquals(e, stored) + ", message " + e.Message); }
            }

            Console.WriteLine("-- catch by base, rethrow to a specific outer handler");
            try
            {
                try { throw new ArgumentOutOfRangeException("idx", "out of range"); }
                catch (SystemException e) { Console.WriteLine("  inner saw " + e.GetType().Name + "; param " + ((ArgumentException)e).ParamName); throw; }
            }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine("  outer specific handler, ParamName " + e.ParamName); }

            Console.WriteLine("-- rethrow inside a loop of handlers");
            int handled = 0;
            for (int i = 0; i < 3; i++)
            {
                try
                {
                    try { throw new Exception("iteration " + i); }
                    catch (Exception) when (i != 1) { throw; }
                    catch (Exception e) { Console.WriteLine("  swallowed " + e.Message); }
                }
                catch (Exception e) { handled++; Console.WriteLine("  outer got " + e.Message); }
            }
            Console.WriteLine("  outer handled " + handled);

            Console.WriteLine("-- Data and properties survive rethrow");
            try
            {
                try
                {
                    var ex = new InvalidOperationException("with data");
                    ex.Data["key"] = 42;
                    throw ex;
                }
                catch (Exception e) { e.Data["seen"] = true; throw; }
            }
            catch (Exception e) { Console.WriteLine("  key " + e.Data["key"] + ", seen " + e.Data["seen"] + ", count " + e.Data.Count); }
        }
    }
}