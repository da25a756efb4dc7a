// An unhandled exception: the program prints some output, then throws
// InvalidOperationException("boom") that nothing catches. The stdout written before the throw
// must appear in full. Whether finally blocks run for an unhandled exception is
// left to the implementation by ECMA-335, so the unhandled path has none.
// Mono prints "Unhandled Exception: ..." to stderr and exits with 1; .NET on Linux prints
// "Unhandled exception. System.InvalidOperationException: boom" to stderr and aborts with
// exit code 134 (SIGABRT). See Main_Unhandled.notes. stderr is not compared.
using System;

namespace Corpus
{
    static class Program
    {
        static void Fail(int depth)
        {
            if (depth == 0) throw new InvalidOperationException("boom");
            Fail(depth - 1);
        }

        static void Main()
        {
            Console.WriteLine("before the exception");
            try { Fail(0); }
            catch (InvalidOperationException e) { Console.WriteLine("a handled one first: " + e.Message); }
            Console.WriteLine("now throwing for real");
            Fail(2);
            Console.WriteLine("never printed");
        }
    }
}
