// Sum / Min / Max / Average / Count / LongCount / Aggregate: every numeric
// type family (int, long, double, float, decimal and their nullables),
// selector overloads, empty sequences (InvalidOperationException for
// non-nullable Min/Max/Average, 0 for Sum, null for nullable), nulls
// skipped, overflow in checked Sum (OverflowException), NaN handling in
// Min/Max, Min/Max of reference types (strings via IComparable, null on
// empty), Aggregate with and without seed / result selector.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Corpus.Library.Linq_Aggregates
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static void Try(string label, Func<object> f)
        {
            try
            {
                object r = f();
                string s = r == null ? "null" : r is double ? ((double)r).ToString("G15", Inv) : r is float ? ((float)r).ToString("G6", Inv) : Convert.ToString(r, Inv);
                Console.WriteLine(label + " = " + s + (r == null ? "" : " (" + r.GetType().Name + ")"));
            }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            int[] ints = { 4, -2, 9, 0, 7 };
            int[] none = new int[0];
            int?[] nints = { 4, null, -2, null };
            int?[] allNull = { null, null };
            double[] ds = { 1.5, -0.25, 3.0 };
            double[] withNaN = { 1.0, double.NaN, -5.0 };
            float[] fs = { 0.5f, 1.25f };
            decimal[] ms = { 1.10m, 2.205m, -0.005m };
            long[] ls = { long.MaxValue - 1, 1 };

            Console.WriteLine("-- Sum");
            Try("Sum int", () => ints.Sum());
            Try("Sum empty", () => none.Sum());
            Try("Sum int?", () => nints.Sum());
            Try("Sum all-null int?", () => allNull.Sum());
            Try("Sum double", () => ds.Sum());
            Try("Sum float", () => fs.Sum());
            Try("Sum decimal (scale)", () => ms.Sum());
            Try("Sum long near max", () => ls.Sum());
            Try("Sum long overflow", () => ls.Concat(new[] { 1L }).Sum());
            Try("Sum int overflow", () => new[] { int.MaxValue, 1 }.Sum());
            Try("Sum int selector", () => new[] { "a", "bb", "ccc" }.Sum(s => s.Length));
            Try("Sum decimal? selector", () => new[] { "1.5", null, "2.25" }.Sum(s => s == null ? (decimal?)null : decimal.Parse(s, Inv)));
            Try("Sum double with NaN", () => withNaN.Sum());

            Console.WriteLine("-- Min / Max");
            Try("Min int", () => ints.Min());
            Try("Max int", () => ints.Max());
            Try("Min empty int", () => none.Min());
            Try("Max empty int", () => none.Max());
            Try("Min int?", () => nints.Min());
            Try("Max int?", () => nints.Max());
            Try("Min all-null int?", () => allNull.Min());
            Try("Min empty int?", () => new int?[0].Min());
            Try("Min double with NaN", () => withNaN.Min());
            Try("Max double with NaN", () => withNaN.Max());
            Try("Max all NaN", () => new[] { double.NaN, double.NaN }.Max());
            Try("Min decimal", () => ms.Min());
            Try("Max float", () => fs.Max());
            Try("Min string", () => new[] { "pear", "apple", null, "fig" }.Min());
            Try("Max string", () => new[] { "pear", "apple", null, "fig" }.Max());
            Try("Min empty string[]", () => new string[0].Min());
            Try("Min selector", () => new[] { "pear", "apple", "fig" }.Min(s => s.Length));
            Try("Max selector to string", () => new[] { 3, 10, 2 }.Max(i => i.ToString(Inv)));
            Try("Max of DateTime", () => new[] { new DateTime(2020, 1, 1), new DateTime(2021, 6, 1) }.Max().ToString("yyyy-MM-dd", Inv));
            Try("Max of tuples", () => new[] { (1, "b"), (2, "a"), (2, "c") }.Max());
            Try("Min non-comparable", () => new[] { new object(), new object() }.Min());

            Console.WriteLine("-- Average");
            Try("Average int", () => ints.Average());
            Try("Average empty int", () => none.Average());
            Try("Average int?", () => nints.Average());
            Try("Average all-null int?", () => allNull.Average());
            Try("Average long (sum overflows)", () => new[] { long.MaxValue, long.MaxValue }.Average());
            Try("Average int (summed as long, no overflow)", () => new[] { int.MaxValue, int.MaxValue, int.MaxValue }.Average());
            Try("Average float", () => fs.Average());
            Try("Average decimal", () => ms.Average());
            Try("Average decimal 1/3", () => new[] { 1m, 0m, 0m }.Average());
            Try("Average selector", () => new[] { "a", "bb", "cccc" }.Average(s => s.Length));

            Console.WriteLine("-- Count / LongCount");
            Try("Count", () => ints.Count());
            Try("Count predicate", () => ints.Count(x => x > 0));
            Try("LongCount", () => ints.LongCount());
            Try("LongCount predicate", () => ints.LongCount(x => x < 0));
            Try("Count iterator", () => Enumerable.Range(0, 100).Where(x => x % 7 == 0).Count());
            Try("Count string chars", () => "hello".Count(c => c == 'l'));

            Console.WriteLine("-- Aggregate");
            Try("product", () => ints.Where(x => x != 0).Aggregate((a, b) => a * b));
            Try("single element (func not called)", () => new[] { 42 }.Aggregate((a, b) => { throw new Exception("called"); }));
            Try("empty without seed", () => none.Aggregate((a, b) => a + b));
            Try("empty with seed", () => none.Aggregate(10, (a, b) => a + b));
            Try("seed, string building", () => new[] { "a", "b", "c" }.Aggregate("<", (acc, s) => acc + s + "|"));
            Try("seed + result selector", () => new[] { 3, 4, 5 }.Aggregate(0, (acc, x) => acc + x * x, acc => "sum of squares " + acc));
            Try("reverse words", () => "the quick brown fox".Split(' ').Aggregate((acc, w) => w + " " + acc));
            Try("max via Aggregate", () => ints.Aggregate(int.MinValue, Math.Max));
            Try("running order of calls", () => new[] { 1, 2, 3 }.Aggregate("s", (acc, x) => "(" + acc + "+" + x + ")"));
            return 0;
        }
    }
}
