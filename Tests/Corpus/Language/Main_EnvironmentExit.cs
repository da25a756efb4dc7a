// Environment.Exit(7) called from a nested method inside try/finally blocks: the process ends
// immediately with exit code 7; nothing after the call runs -- not the rest of the method,
// not the callers, and not the enclosing finally blocks (.NET documents that finally blocks
// are not executed on this thread). Output written before the call is flushed.
// Expected exit code: 7.
using System;

namespace Corpus
{
    static class Program
    {
        static void Leave(int depth)
        {
            if (depth == 0)
            {
                Console.WriteLine("calling Environment.Exit(7)");
                Environment.Exit(7);
                Console.WriteLine("after Environment.Exit (never printed)");
            }
            Leave(depth - 1);
            Console.WriteLine("caller continues (never printed)");
        }

        static int Main()
        {
            Console.WriteLine("start");
            Console.Write("partial line without newline, ");
            Console.WriteLine("completed");
            try
            {
                Leave(3);
            }
            finally
            {
                Console.WriteLine("finally (never printed)");
            }
            Console.WriteLine("end of Main (never printed)");
            return 0;
        }
    }
}
