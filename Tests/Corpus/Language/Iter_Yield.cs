// Iterator methods (yield return / yield break): lazy execution (nothing runs until the first
// MoveNext, prints show the interleaving with the consumer), each GetEnumerator call starting
// a fresh run with the original arguments, yield break in the middle and in nested loops,
// infinite generators consumed partially, iterators returning IEnumerator (non-generic and
// generic), Current before the first MoveNext and after the end, MoveNext after the end
// returning false repeatedly, iterators over a struct's fields, and recursion (nested yield).
using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus
{
    class Tree
    {
        public int Value; public Tree Left, Right;
        public Tree(int v, Tree l = null, Tree r = null) { Value = v; Left = l; Right = r; }
        public IEnumerable<int> InOrder()
        {
            if (Left != null) foreach (int v in Left.InOrder()) yield return v;
            yield return Value;
            if (Right != null) foreach (int v in Right.InOrder()) yield return v;
        }
    }

    static class Program
    {
        static IEnumerable<int> Counted(int from, int count)
        {
            Console.Write("[start " + from + "]");
            for (int i = 0; i < count; i++)
            {
                Console.Write("[yield " + (from + i) + "]");
                yield return from + i;
            }
            Console.Write("[end]");
        }

        static IEnumerable<int> StopAt(int[] data, int stop)
        {
            foreach (int d in data)
            {
                if (d == stop) yield break;
                yield return d;
            }
            Console.Write("[StopAt ran to completion]");
        }

        static IEnumerable<string> Nested()
        {
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++)
                {
                    if (j > i) break;
                    if (i == 2 && j == 1) yield break;
                    yield return i + "" + j;
                }
        }

        static IEnumerable<long> Fibonacci()
        {
            long a = 0, b = 1;
            while (true) { yield return a; long t = a + b; a = b; b = t; }
        }

        static IEnumerator<char> Letters(string s) { foreach (char c in s) yield return char.ToUpperInvariant(c); }
        static IEnumerator Untyped() { yield return 1; yield return "two"; yield return null; yield return 3.5m; }
        static IEnumerable<int> Empty() { yield break; }

        static IEnumerable<int> ParamCapture(int n)
        {
            while (n > 0) yield return n--;   // modifies the iterator's copy of the parameter
        }

        static void Main()
        {
            Console.WriteLine("-- laziness");
            IEnumerable<int> seq = Counted(10, 3);
            Console.WriteLine("created (nothing ran yet)");
            foreach (int x in seq) Console.Write(" got " + x + ";");
            Console.WriteLine();
            Console.WriteLine("second enumeration:");
            foreach (int x in seq) Console.Write(" got " + x + ";");
            Console.WriteLine();

            Console.WriteLine("-- manual enumerator");
            IEnumerator<int> e = Counted(1, 2).GetEnumerator();
            Console.WriteLine("Current before MoveNext: " + e.Current);
            Console.WriteLine(" MoveNext " + e.MoveNext() + " Current " + e.Current);
            Console.WriteLine(" MoveNext " + e.MoveNext() + " Current " + e.Current);
            Console.WriteLine(" MoveNext " + e.MoveNext() + " Current after end " + e.Current);
            Console.WriteLine("MoveNext again " + e.MoveNext() + " " + e.MoveNext());
            e.Dispose();

            Console.WriteLine("-- yield break");
            foreach (int x in StopAt(new[] { 1, 2, 3, 4 }, 3)) Console.Write(x + " ");
            Console.WriteLine();
            foreach (int x in StopAt(new[] { 1, 2 }, 9)) Console.Write(x + " ");
            Console.WriteLine();
            Console.WriteLine("nested: " + string.Join(",", Nested()));
            Console.WriteLine("empty: count " + Count(Empty()));

            Console.WriteLine("-- infinite generator consumed partially");
            int taken = 0;
            string fibs = "";
            foreach (long f in Fibonacci()) { if (taken++ == 15) break; fibs += f + " "; }
            Console.WriteLine(fibs.TrimEnd());
            long big = 0;
            foreach (long f in Fibonacci()) if (f > 1000000000000L) { big = f; break; }
            Console.WriteLine("first Fibonacci > 1e12: " + big);

            Console.WriteLine("-- IEnumerator iterators");
            IEnumerator<char> letters = Letters("abc");
            string ls = "";
            while (letters.MoveNext()) ls += letters.Current;
            Console.WriteLine("letters " + ls);
            IEnumerator u = Untyped();
            string us = "";
            while (u.MoveNext()) us += (u.Current == null ? "null" : u.Current.GetType().Name + ":" + u.Current) + " ";
            Console.WriteLine("untyped " + us.TrimEnd());

            Console.WriteLine("-- parameters are copied per enumeration");
            IEnumerable<int> pc = ParamCapture(3);
            Console.WriteLine(string.Join(",", pc) + " | " + string.Join(",", pc));

            Console.WriteLine("-- two enumerators interleaved");
            IEnumerable<int> shared = Counted(100, 2);
            using (var e1 = shared.GetEnumerator())
            using (var e2 = shared.GetEnumerator())
            {
                e1.MoveNext(); e2.MoveNext(); e2.MoveNext(); e1.MoveNext();
                Console.WriteLine(" e1 " + e1.Current + " e2 " + e2.Current);
            }

            Console.WriteLine("-- recursive iterator");
            var tree = new Tree(50, new Tree(30, new Tree(20), new Tree(40)), new Tree(70, null, new Tree(80, new Tree(75))));
            Console.WriteLine(string.Join(" ", tree.InOrder()));
        }

        static int Count(IEnumerable<int> s) { int n = 0; foreach (int x in s) n++; return n; }
    }
}
