// Array.Sort: ints (incl. duplicates, negatives, extremes), doubles with
// NaN and infinities, strings with StringComparer.Ordinal, Comparison<T>
// (descending, by length then ordinal), IComparer<T>, ranges (index,
// length), key/item array pairs, Array.Reverse, non-generic IComparer on
// object[], sorting already sorted / reversed / all-equal inputs of many
// sizes (exercising insertion sort, heapsort and quicksort paths), and the
// errors: a null comparer on non-comparable elements, bad ranges.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.Library.Array_Sort
{
    public class ByLengthThenOrdinal : IComparer<string>
    {
        public int Compare(string a, string b)
        {
            if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
            int c = a.Length.CompareTo(b.Length);
            return c != 0 ? c : string.CompareOrdinal(a, b);
        }
    }

    public class ReverseObjectComparer : IComparer
    {
        public int Compare(object x, object y) { return Comparer<int>.Default.Compare((int)y, (int)x); }
    }

    public class NotComparable { public int V; public NotComparable(int v) { V = v; } }

    public static class Program
    {
        static string J<T>(T[] a) { return string.Join(",", a); }

        static bool IsSorted(int[] a)
        {
            for (int i = 1; i < a.Length; i++) if (a[i - 1] > a[i]) return false;
            return true;
        }

        public static int Main()
        {
            int[] ints = { 5, -3, 9, 0, 5, int.MinValue, 12, -3, int.MaxValue, 7, 1, 0 };
            int[] copy = (int[])ints.Clone();
            Array.Sort(copy);
            Console.WriteLine("ints: " + J(copy));
            copy = (int[])ints.Clone();
            Array.Sort(copy, (a, b) => b.CompareTo(a));
            Console.WriteLine("descending (Comparison): " + J(copy));
            copy = (int[])ints.Clone();
            Array.Sort(copy, 2, 6);
            Console.WriteLine("range [2,8): " + J(copy));
            copy = (int[])ints.Clone();
            Array.Sort(copy, 0, 0);
            Console.WriteLine("empty range: " + J(copy));
            copy = (int[])ints.Clone();
            Array.Sort(copy, 3, 5, Comparer<int>.Create((a, b) => Math.Abs((long)a) != Math.Abs((long)b) ? Math.Abs((long)a).CompareTo(Math.Abs((long)b)) : a.CompareTo(b)));
            Console.WriteLine("range with IComparer by |x|: " + J(copy));

            Console.WriteLine("-- doubles");
            double[] ds = { 3.5, double.NaN, -1, double.NegativeInfinity, 0, double.PositiveInfinity, double.NaN, -0.5, 2 };
            Array.Sort(ds);
            Console.WriteLine(string.Join(",", Array.ConvertAll(ds, d => d.ToString(CultureInfo.InvariantCulture))));
            float[] fs = { 1f, float.NaN, -2f };
            Array.Sort(fs);
            Console.WriteLine(string.Join(",", Array.ConvertAll(fs, d => d.ToString(CultureInfo.InvariantCulture))));

            Console.WriteLine("-- strings");
            string[] words = { "pear", "Apple", "fig", "apple", "banana", "Fig", "", "kiwi", "Banana", "a", "_under", "Zed", "zed", "10", "9" };
            string[] w = (string[])words.Clone();
            Array.Sort(w, StringComparer.Ordinal);
            Console.WriteLine("Ordinal: " + J(w));
            w = (string[])words.Clone();
            Array.Sort(w, new ByLengthThenOrdinal());
            Console.WriteLine("length then ordinal: " + J(w));
            w = (string[])words.Clone();
            Array.Sort(w, (a, b) => string.CompareOrdinal(b, a));
            Console.WriteLine("reverse ordinal: " + J(w));
            string[] withNull = { "b", null, "a", null, "c" };
            Array.Sort(withNull, StringComparer.Ordinal);
            Console.WriteLine("with nulls: " + string.Join(",", Array.ConvertAll(withNull, s => s ?? "null")));
            string[] ic = { "b", "B", "a", "C", "c", "A" };
            Array.Sort(ic, (x, y) => { int c = string.Compare(x, y, StringComparison.OrdinalIgnoreCase); return c != 0 ? c : string.CompareOrdinal(x, y); });
            Console.WriteLine("ignore case, then ordinal: " + J(ic));

            Console.WriteLine("-- keys and items");
            int[] keys = { 3, 1, 2, 5, 4 };
            string[] items = { "three", "one", "two", "five", "four" };
            Array.Sort(keys, items);
            Console.WriteLine(J(keys) + " / " + J(items));
            int[] keys2 = { 9, 8, 7, 6, 5, 4 };
            char[] items2 = { 'a', 'b', 'c', 'd', 'e', 'f' };
            Array.Sort(keys2, items2, 1, 3);
            Console.WriteLine("range: " + J(keys2) + " / " + J(items2));
            try { Array.Sort(new[] { 1, 2 }, new[] { "x" }); }
            catch (Exception e) { Console.WriteLine("items shorter: " + e.GetType().FullName); }

            Console.WriteLine("-- object[] with non-generic IComparer");
            object[] objs = { 4, 1, 3, 2 };
            Array.Sort(objs, new ReverseObjectComparer());
            Console.WriteLine(J(objs));
            object[] mixed = { 3, "x", 1 };
            try { Array.Sort(mixed); Console.WriteLine("mixed sorted?"); }
            catch (Exception e) { Console.WriteLine("mixed types: " + e.GetType().FullName + (e.InnerException != null ? " inner " + e.InnerException.GetType().FullName : "")); }
            NotComparable[] nc = { new NotComparable(2), new NotComparable(1) };
            try { Array.Sort(nc); Console.WriteLine("not comparable sorted?"); }
            catch (Exception e) { Console.WriteLine("not comparable: " + e.GetType().FullName + (e.InnerException != null ? " inner " + e.InnerException.GetType().FullName : "")); }
            NotComparable[] single = { new NotComparable(1) };
            Array.Sort(single);
            Console.WriteLine("single non-comparable element sorts fine: " + single[0].V);
            try { Array.Sort(new[] { 3, 2, 1 }, (a, b) => { throw new FormatException("mine"); }); }
            catch (Exception e) { Console.WriteLine("throwing comparison: " + e.GetType().FullName + " inner " + (e.InnerException == null ? "none" : e.InnerException.GetType().FullName + " '" + e.InnerException.Message + "'")); }

            Console.WriteLine("-- errors");
            try { Array.Sort((int[])null); } catch (Exception e) { Console.WriteLine("null array: " + e.GetType().FullName); }
            try { Array.Sort(new int[3], 2, 2); } catch (Exception e) { Console.WriteLine("bad range: " + e.GetType().FullName); }
            try { Array.Sort(new int[3], -1, 1); } catch (Exception e) { Console.WriteLine("negative index: " + e.GetType().FullName); }
            try { Array.Sort(new int[3], (Comparison<int>)null); } catch (Exception e) { Console.WriteLine("null comparison: " + e.GetType().FullName); }
            try { Array.Sort(new int[2, 2]); } catch (Exception e) { Console.WriteLine("multi-dim: " + e.GetType().FullName); }

            Console.WriteLine("-- many sizes and shapes");
            int seed = 12345;
            int allOk = 0, total = 0;
            foreach (int n in new[] { 0, 1, 2, 3, 15, 16, 17, 31, 32, 33, 100, 1000, 5000 })
            {
                int[] asc = new int[n], desc = new int[n], same = new int[n], rnd = new int[n], saw = new int[n];
                long checksum = 0;
                for (int i = 0; i < n; i++)
                {
                    asc[i] = i; desc[i] = n - i; same[i] = 7; saw[i] = i % 10;
                    seed = unchecked(seed * 1103515245 + 12345);
                    rnd[i] = (seed >> 8) % 1000;
                    checksum += rnd[i];
                }
                foreach (int[] a in new[] { asc, desc, same, rnd, saw })
                {
                    Array.Sort(a);
                    total++;
                    if (IsSorted(a)) allOk++;
                }
                long after = 0;
                foreach (int x in rnd) after += x;
                Console.WriteLine("n=" + n + " random min " + (n > 0 ? rnd[0].ToString() : "-") + " max " + (n > 0 ? rnd[n - 1].ToString() : "-") + " median " + (n > 0 ? rnd[n / 2].ToString() : "-") + " sum kept " + (after == checksum));
            }
            Console.WriteLine("sorted " + allOk + "/" + total);

            Console.WriteLine("-- Reverse");
            int[] r = { 1, 2, 3, 4, 5, 6 };
            Array.Reverse(r);
            Console.WriteLine(J(r));
            Array.Reverse(r, 1, 4);
            Console.WriteLine(J(r));
            Array.Reverse(r, 0, 0);
            Array.Reverse(r, 5, 1);
            Console.WriteLine(J(r));
            try { Array.Reverse(r, 4, 3); } catch (Exception e) { Console.WriteLine("reverse bad range: " + e.GetType().FullName); }
            return 0;
        }
    }
}
