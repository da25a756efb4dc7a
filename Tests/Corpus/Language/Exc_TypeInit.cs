// TypeInitializationException: a static constructor (or a static field initialiser of a type
// with a static constructor) that throws makes the first access fail with
// TypeInitializationException wrapping the original exception; every later access to the type
// fails again with TypeInitializationException (the type stays uninitialised-and-broken; the
// static constructor body is not run a second time). Accesses through instance construction,
// static methods and static fields all fail the same way; other types are unaffected; a type
// whose static constructor catches its own exception initialises fine. Printed: exception
// type, TypeName, inner exception type (and message only for the user-thrown exception;
// runtime-generated messages differ between runtimes).
using System;

namespace Corpus
{
    static class Log { public static int CctorRuns; }

    class Broken
    {
        public static int Value = 5;
        static Broken()
        {
            Log.CctorRuns++;
            Console.WriteLine("  Broken cctor running (run " + Log.CctorRuns + ")");
            throw new InvalidOperationException("cctor failed");
        }
        public static int Get() { return Value; }
        public int Instance() { return 1; }
    }

    class BrokenInitializer
    {
        public static int Ok = 1;
        public static int Bad = Compute();
        static BrokenInitializer() { Console.WriteLine("  BrokenInitializer cctor body (not reached)"); }
        static int Compute() { Console.WriteLine("  computing Bad"); int zero = 0; return 10 / zero; }
    }

    class Dependent
    {
        public static int FromBroken;
        static Dependent()
        {
            Console.WriteLine("  Dependent cctor reads Broken.Value");
            FromBroken = Broken.Value;
        }
    }

    class SelfHealing
    {
        public static string State;
        static SelfHealing()
        {
            try { throw new FormatException("handled inside cctor"); }
            catch (FormatException e) { State = "recovered from " + e.Message; }
        }
    }

    class Fine
    {
        public static int Value = 99;
        static Fine() { Console.WriteLine("  Fine cctor"); }
    }

    static class Program
    {
        static void Report(string label, Action a)
        {
            try { a(); Console.WriteLine(label + ": ok"); }
            catch (TypeInitializationException e)
            {
                Console.WriteLine(label + ": " + e.GetType().FullName + " TypeName=" + e.TypeName + " inner=" + (e.InnerException == null ? "null" : e.InnerException.GetType().FullName + (e.InnerException is InvalidOperationException ? ": " + e.InnerException.Message : "")));
            }
            catch (Exception e) { Console.WriteLine(label + ": other " + e.GetType().FullName); }
        }

        static void Main()
        {
            Console.WriteLine("-- static constructor throws");
            Report("first read of Broken.Value", () => { int v = Broken.Value; });
            Report("second read of Broken.Value", () => { int v = Broken.Value; });
            Report("Broken.Get()", () => Broken.Get());
            Report("new Broken()", () => new Broken().Instance());
            Report("write Broken.Value", () => { Broken.Value = 7; });
            Console.WriteLine("cctor runs: " + Log.CctorRuns);

            Console.WriteLine("-- field initialiser throws");
            Report("read BrokenInitializer.Ok", () => { int v = BrokenInitializer.Ok; });
            Report("read BrokenInitializer.Bad", () => { int v = BrokenInitializer.Bad; });

            Console.WriteLine("-- a static constructor touching a broken type");
            Report("read Dependent.FromBroken", () => { int v = Dependent.FromBroken; });
            Report("read Dependent.FromBroken again", () => { int v = Dependent.FromBroken; });

            Console.WriteLine("-- unaffected types");
            Report("read Fine.Value", () => Console.WriteLine("  Fine.Value = " + Fine.Value));
            Report("read SelfHealing.State", () => Console.WriteLine("  " + SelfHealing.State));

            Console.WriteLine("-- catching as Exception");
            try { Broken.Get(); }
            catch (Exception e) { Console.WriteLine("caught as Exception: " + e.GetType().Name + ", is SystemException " + (e is SystemException) + ", inner is InvalidOperationException " + (e.InnerException is InvalidOperationException)); }
            Console.WriteLine("cctor runs at end: " + Log.CctorRuns);
        }
    }
}
