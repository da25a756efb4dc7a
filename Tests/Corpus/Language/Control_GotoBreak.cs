// goto (forward, backward, out of nested loops, out of try blocks running the finally),
// goto case / goto default in switch, and break/continue at every nesting level:
// break in a switch inside a loop only leaves the switch, continue in a do-while jumps to the
// condition, break/continue/return out of try/finally inside loops run the finally once each.
using System;

namespace Corpus
{
    static class Program
    {
        static int Find(int[,] m, int target, out int row, out int col)
        {
            for (row = 0; row < m.GetLength(0); row++)
                for (col = 0; col < m.GetLength(1); col++)
                    if (m[row, col] == target) goto found;
            row = col = -1;
            return 0;
        found:
            return 1;
        }

        static string Classify(int n)
        {
            string s = "";
            switch (n)
            {
                case 0: s += "zero;"; goto case 2;
                case 1: s += "one;"; goto default;
                case 2: s += "two;"; break;
                case 3: s += "three;"; goto case 1;
                default: s += "default;"; break;
            }
            return s;
        }

        static int ReturnFromNested()
        {
            for (int i = 0; i < 5; i++)
            {
                try
                {
                    for (int j = 0; j < 5; j++)
                    {
                        try
                        {
                            if (i == 2 && j == 3) { Console.Write(" return@" + i + j); return i * 10 + j; }
                        }
                        finally { if (i == 2 && j == 3) Console.Write(" innerFinally"); }
                    }
                }
                finally { Console.Write(" outerFinally" + i); }
            }
            return -1;
        }

        static void Main()
        {
            Console.WriteLine("-- backward goto as a loop");
            int i = 0;
        top:
            Console.Write(i + " ");
            i++;
            if (i < 5) goto top;
            Console.WriteLine();

            Console.WriteLine("-- forward goto skipping code");
            int x = 1;
            if (x == 1) goto skip;
            Console.WriteLine("not printed");
        skip:
            Console.WriteLine("after skip");

            Console.WriteLine("-- goto out of nested loops");
            int[,] m = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
            int r, c;
            Console.WriteLine("find 6: " + Find(m, 6, out r, out c) + " at " + r + "," + c);
            Console.WriteLine("find 10: " + Find(m, 10, out r, out c) + " at " + r + "," + c);

            Console.WriteLine("-- goto case / goto default");
            for (int n = 0; n <= 4; n++) Console.WriteLine(n + ": " + Classify(n));

            Console.WriteLine("-- goto out of try/finally");
            // A label directly in front of a try: mcs puts the label on the first instruction
            // *inside* the protected region, so `goto retry` becomes `leave <try start>`, which
            // exits no region: the finally runs only once, at the very end (ECMA-335 semantics
            // of the IL mcs emits; Roslyn would run the finally on every goto).
            int attempts = 0;
        retry:
            try
            {
                attempts++;
                Console.Write("try" + attempts + " ");
                if (attempts < 3) goto retry;
                Console.Write("done ");
            }
            finally
            {
                Console.Write("finally" + attempts + " ");
            }
            Console.WriteLine();
            // With a statement between the label and the try, the goto really leaves the try
            // and the finally runs on every iteration.
            attempts = 0;
        retry2:
            Console.Write("| ");
            try
            {
                attempts++;
                Console.Write("try" + attempts + " ");
                if (attempts < 3) goto retry2;
                Console.Write("done ");
            }
            finally
            {
                Console.Write("finally" + attempts + " ");
            }
            Console.WriteLine();

            Console.WriteLine("-- break inside switch inside loop");
            for (int k = 0; k < 4; k++)
            {
                switch (k)
                {
                    case 1: Console.Write("one(break switch) "); break;
                    case 2: Console.Write("two(continue) "); continue;
                    default: Console.Write("k" + k + " "); break;
                }
                Console.Write("after-switch" + k + " ");
            }
            Console.WriteLine();

            Console.WriteLine("-- nested break/continue");
            for (int a = 0; a < 4; a++)
            {
                if (a == 1) continue;
                for (int b = 0; b < 4; b++)
                {
                    if (b == a) continue;
                    if (b > 2) break;
                    Console.Write(a + "" + b + " ");
                }
                if (a == 2) break;
            }
            Console.WriteLine();

            Console.WriteLine("-- continue in do-while goes to the condition");
            int dw = 0, bodyRuns = 0;
            do
            {
                dw++;
                if (dw % 2 == 0) continue;
                bodyRuns++;
            } while (dw < 7);
            Console.WriteLine("dw=" + dw + " bodyRuns=" + bodyRuns);

            Console.WriteLine("-- continue in while with the increment before it");
            int wi = 0, odd = 0;
            while (wi < 10)
            {
                wi++;
                if (wi % 2 == 0) continue;
                odd += wi;
            }
            Console.WriteLine("sum of odd up to 10: " + odd);

            Console.WriteLine("-- break/continue through finally");
            for (int k = 0; k < 5; k++)
            {
                try
                {
                    if (k == 1) continue;
                    if (k == 3) break;
                    Console.Write("body" + k + " ");
                }
                finally
                {
                    Console.Write("fin" + k + " ");
                }
            }
            Console.WriteLine();
            foreach (string s in new[] { "a", "b", "c" })
            {
                try
                {
                    try
                    {
                        if (s == "b") break;
                        Console.Write(s + " ");
                    }
                    finally { Console.Write("in-" + s + " "); }
                }
                finally { Console.Write("out-" + s + " "); }
            }
            Console.WriteLine();

            Console.WriteLine("-- return from nested loops with finallies");
            int rv = ReturnFromNested();
            Console.WriteLine(" => " + rv);

            Console.WriteLine("-- labeled-style exit with flag vs goto");
            int found = -1;
            bool stop = false;
            for (int a = 0; a < 10 && !stop; a++)
                for (int b = 0; b < 10; b++)
                    if (a * b == 42) { found = a * 100 + b; stop = true; break; }
            Console.WriteLine("flag exit: " + found);
            found = -1;
            for (int a = 0; a < 10; a++)
                for (int b = 0; b < 10; b++)
                    if (a * b == 42) { found = a * 100 + b; goto done; }
            done:
            Console.WriteLine("goto exit: " + found);
        }
    }
}
