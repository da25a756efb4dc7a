// Loops: for/while/do-while/foreach, zero-iteration loops, do-while running once, loops with
// several iterators, modifying the loop variable in the body, conditions with side effects
// (evaluated once per iteration, printed), nested loops computing checksums, and loops whose
// bound is re-read every iteration.
using System;
using System.Collections.Generic;

namespace Corpus
{
    static class Program
    {
        static int condCalls;
        static bool Cond(int i, int limit)
        {
            condCalls++;
            Console.Write("[c" + i + "]");
            return i < limit;
        }

        static int bound = 5;
        static int Bound() { Console.Write("[b]"); return bound; }

        static void Main()
        {
            Console.WriteLine("-- for");
            for (int i = 0; i < 5; i++) Console.Write(i + " ");
            Console.WriteLine();
            for (int i = 10; i > 0; i -= 3) Console.Write(i + " ");
            Console.WriteLine();
            for (int i = 0; i < 0; i++) Console.Write("never");
            Console.WriteLine("zero-iteration for done");
            for (int i = 0, j = 10; i < j; i += 2, j--) Console.Write("(" + i + "," + j + ")");
            Console.WriteLine();
            int k;
            for (k = 0; k < 100; k++) { if (k * k > 50) break; }
            Console.WriteLine("first k with k*k > 50: " + k);
            for (int i = 0; i < 10; i++) { if (i % 3 == 0) i++; Console.Write(i + " "); }
            Console.WriteLine("(loop variable modified in body)");
            int outside = 0;
            for (; ; ) { if (++outside == 7) break; }
            Console.WriteLine("for(;;) ran until " + outside);

            Console.WriteLine("-- condition side effects");
            condCalls = 0;
            for (int i = 0; Cond(i, 3); i++) Console.Write("<" + i + ">");
            Console.WriteLine(" calls=" + condCalls);
            bound = 3;
            for (int i = 0; i < Bound(); i++) { Console.Write(i); if (i == 1) bound = 5; }
            Console.WriteLine(" (bound re-read every iteration)");

            Console.WriteLine("-- while / do-while");
            int w = 0;
            while (w < 3) { Console.Write("w" + w + " "); w++; }
            Console.WriteLine();
            int d = 100;
            do { Console.Write("do " + d + " "); d++; } while (d < 100);
            Console.WriteLine("(do-while body ran once)");
            condCalls = 0;
            int dd = 0;
            do { dd++; } while (Cond(dd, 4));
            Console.WriteLine(" dd=" + dd + " calls=" + condCalls);
            int n = 27, steps = 0;
            while (n != 1) { n = (n % 2 == 0) ? n / 2 : 3 * n + 1; steps++; }
            Console.WriteLine("collatz(27) steps: " + steps);
            int longest = 0, arg = 0;
            for (int start = 1; start < 3000; start++)
            {
                long x = start; int s = 0;
                while (x != 1) { x = (x & 1) == 0 ? x >> 1 : 3 * x + 1; s++; }
                if (s > longest) { longest = s; arg = start; }
            }
            Console.WriteLine("longest collatz below 3000: " + arg + " with " + longest + " steps");

            Console.WriteLine("-- foreach");
            foreach (char c in "loop") Console.Write(c + "-");
            Console.WriteLine();
            foreach (int v in new int[0]) Console.Write("never " + v);
            Console.WriteLine("empty foreach done");
            var list = new List<string> { "a", "bb", "ccc" };
            int total = 0;
            foreach (var s in list) total += s.Length;
            Console.WriteLine("total length: " + total);
            int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 } };
            foreach (int g in grid) Console.Write(g);
            Console.WriteLine(" (2D foreach order)");

            Console.WriteLine("-- nested loops");
            int count = 0; long sum = 0;
            for (int a = 0; a < 20; a++)
                for (int b = a; b < 20; b++)
                    for (int c = b; c < 20; c++)
                        if (a + b + c == 20) { count++; sum += a * 400 + b * 20 + c; }
            Console.WriteLine("triples a<=b<=c<20 with sum 20: " + count + ", checksum " + sum);
            var primes = new List<int>();
            for (int p = 2; primes.Count < 25; p++)
            {
                bool isPrime = true;
                for (int q = 2; q * q <= p; q++) if (p % q == 0) { isPrime = false; break; }
                if (isPrime) primes.Add(p);
            }
            Console.WriteLine("first 25 primes: " + string.Join(",", primes));
            bool[] sieve = new bool[1000];
            int primeCount = 0;
            for (int i = 2; i < sieve.Length; i++)
            {
                if (sieve[i]) continue;
                primeCount++;
                for (int j = i * i; j < sieve.Length; j += i) sieve[j] = true;
            }
            Console.WriteLine("primes below 1000: " + primeCount);

            Console.WriteLine("-- loop counters of various types");
            int iters = 0;
            for (byte b = 0; b < 255; b += 15) iters++;
            Console.WriteLine("byte step 15 iterations: " + iters);
            iters = 0;
            for (long l = long.MaxValue - 3; l > 0 && l <= long.MaxValue - 0; l++) { iters++; if (iters > 10) break; }
            Console.WriteLine("long loop wrapping past MaxValue iterations: " + iters);
            iters = 0;
            for (double x = 0; x != 1.0 && iters < 20; x += 0.1) iters++;
            Console.WriteLine("double x += 0.1 until x == 1.0 (capped at 20): " + iters);
            iters = 0;
            for (char c = 'a'; c <= 'z'; c++) iters++;
            Console.WriteLine("char a..z: " + iters);
        }
    }
}
