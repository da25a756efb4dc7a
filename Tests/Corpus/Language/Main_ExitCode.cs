// Main(string[] args) returning an int exit code: the program is run without arguments, so args
// is an empty, non-null string[]; the return value (42) is computed in a nested call and
// returned from inside try/finally -- the finally block runs before the process exits, and a
// finally cannot change the value already being returned. Expected exit code: 42.
using System;

namespace Corpus
{
    static class Program
    {
        static int Compute(string[] args)
        {
            int code = 40;
            foreach (string a in args) code += a.Length;   // no arguments: adds nothing
            return code + 2;
        }

        static int Main(string[] args)
        {
            Console.WriteLine("args is null: " + (args == null));
            Console.WriteLine("args.Length: " + args.Length);
            Console.WriteLine("args type: " + args.GetType().Name);
            int code = 0;
            try
            {
                code = Compute(args);
                Console.WriteLine("returning " + code + " from inside try");
                return code;
            }
            finally
            {
                code = 99;   // too late: the return value was already taken
                Console.WriteLine("finally ran before exit (code variable now " + code + ")");
            }
        }
    }
}
