// foreach lowering: arrays (indexed loop, no enumerator), strings, multi-dimensional arrays,
// List<T> (struct enumerator; modifying the list during enumeration throws
// InvalidOperationException), Dictionary (insertion order, no removals), a pattern-based
// enumerable with no interfaces (GetEnumerator/MoveNext/Current found by name, struct
// enumerator), a pattern-based enumerator with Dispose (called even on break), IEnumerable
// non-generic with explicit element conversions (foreach (int x in objects) unboxes;
// foreach (byte b in ints) narrows), the iteration variable being a copy, and foreach over
// a null collection (NullReferenceException).
using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus
{
    class Countdown
    {
        readonly int from;
        public Countdown(int f) { from = f; }
        public Enumerator GetEnumerator() { Console.Write("[GetEnumerator]"); return new Enumerator(from); }
        public struct Enumerator
        {
            int current;
            public Enumerator(int f) { current = f + 1; }
            public bool MoveNext() { current--; return current > 0; }
            public int Current { get { return current; } }
        }
    }

    class Tracked
    {
        public Enumerator GetEnumerator() { return new Enumerator(); }
        public class Enumerator : IDisposable
        {
            int i;
            public bool MoveNext() { Console.Write("[MoveNext]"); return ++i <= 3; }
            public string Current { get { return "item" + i; } }
            public void Dispose() { Console.Write("[Dispose]"); }
        }
    }

    class OldStyle : IEnumerable
    {
        public IEnumerator GetEnumerator() { return new object[] { 1, 2, 3 }.GetEnumerator(); }
    }

    struct Pt { public int X; }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("-- arrays and strings");
            int sum = 0;
            foreach (int x in new[] { 1, 2, 3, 4 }) sum += x;
            string chars = "";
            foreach (char c in "h\u00e9llo") chars += (int)c + " ";
            int[,] grid = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
            string g = "";
            foreach (int v in grid) g += v;
            Console.WriteLine("sum " + sum + ", chars " + chars.TrimEnd() + ", grid " + g);

            Console.WriteLine("-- the iteration variable is a copy");
            Pt[] pts = { new Pt { X = 1 }, new Pt { X = 2 } };
            foreach (Pt p in pts) { Pt q = p; q.X *= 10; }
            Console.WriteLine("pts " + pts[0].X + "," + pts[1].X);
            int[] nums = { 1, 2, 3 };
            foreach (int n in nums) nums[0] = 100;   // the array is read each iteration
            Console.WriteLine("nums[0] " + nums[0]);

            Console.WriteLine("-- List<T>");
            var list = new List<string> { "a", "b", "c" };
            string joined = "";
            foreach (string s in list) joined += s;
            Console.WriteLine("joined " + joined);
            try
            {
                foreach (string s in list) { if (s == "b") list.Add("d"); }
            }
            catch (InvalidOperationException e) { Console.WriteLine("modify during foreach -> " + e.GetType().FullName + ", list count " + list.Count); }
            // Not tested: setting list[i] during foreach (Mono's List<T> indexer bumps the version
            // and the next MoveNext throws; .NET Core 3.0+ no longer does).

            Console.WriteLine("-- Dictionary (insertion order, no removals)");
            var dict = new Dictionary<string, int> { { "one", 1 }, { "two", 2 }, { "three", 3 } };
            dict["four"] = 4;
            dict["two"] = 22;
            foreach (var kv in dict) Console.Write(kv.Key + "=" + kv.Value + " ");
            Console.WriteLine();
            foreach (string k in dict.Keys) Console.Write(k.Length);
            Console.Write(" | ");
            foreach (int v in dict.Values) Console.Write(v + ";");
            Console.WriteLine();

            Console.WriteLine("-- pattern-based enumerable");
            foreach (int x in new Countdown(3)) Console.Write(" " + x);
            Console.WriteLine();
            foreach (string s in new Tracked()) Console.Write(" " + s + " ");
            Console.WriteLine();
            foreach (string s in new Tracked()) { Console.Write(" " + s + " "); break; }
            Console.WriteLine();

            Console.WriteLine("-- non-generic IEnumerable with conversions");
            int total = 0;
            foreach (int x in new OldStyle()) total += x;
            Console.WriteLine("total " + total);
            object[] mixed = { 1, 2, "three" };
            try
            {
                foreach (int x in mixed) Console.Write(x + " ");
            }
            catch (InvalidCastException e) { Console.WriteLine("-> " + e.GetType().FullName); }
            string narrowed = "";
            foreach (byte b in new[] { 1, 255, 256, 257 }) narrowed += b + " ";
            Console.WriteLine("foreach (byte b in int[]) " + narrowed.TrimEnd());
            foreach (long l in new[] { int.MaxValue }) Console.WriteLine("widened " + (l + 1));
            ArrayList al = new ArrayList { "x", 5, null };
            foreach (object o in al) Console.Write((o == null ? "null" : o.GetType().Name) + " ");
            Console.WriteLine();

            Console.WriteLine("-- null collections");
            try { int[] none = null; foreach (int x in none) { } }
            catch (NullReferenceException e) { Console.WriteLine("null array -> " + e.GetType().FullName); }
            try { List<int> none = null; foreach (int x in none) { } }
            catch (NullReferenceException e) { Console.WriteLine("null list -> " + e.GetType().FullName); }
        }
    }
}
