// Single-dimensional arrays: creation and default values for every element type, Length,
// initialisers, bounds checks (negative index, index == Length, long and uint indices),
// IndexOutOfRangeException (long/uint indices are converted to native int: this assumes a
// 64-bit runtime), negative sizes (OverflowException), zero-length arrays,
// ref locals to elements, Clone (shallow), Array.IndexOf/LastIndexOf/Reverse/Sort/Resize/
// BinarySearch/Exists/ConvertAll, element-wise compound assignment and increments.
using System;

namespace Corpus
{
    class Item { public int V; public Item(int v) { V = v; } public override string ToString() { return "I" + V; } }

    static class Program
    {
        static int I(int x) { return x; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().FullName); }
        }

        static void Main()
        {
            Console.WriteLine("-- defaults");
            Console.WriteLine(new bool[1][0] + " " + new byte[1][0] + " " + new sbyte[1][0] + " " + new short[1][0] + " " + new ushort[1][0] + " " + new int[1][0] + " " + new uint[1][0] + " " + new long[1][0] + " " + new ulong[1][0] + " " + (int)new char[1][0] + " " + (new float[1][0] == 0f) + " " + (new double[1][0] == 0.0) + " " + new decimal[1][0] + " " + (new string[1][0] == null) + " " + (new object[1][0] == null) + " " + new int?[1][0].HasValue);

            Console.WriteLine("-- initialisers and Length");
            int[] a = { 5, 3, 8, 1, 9, 2 };
            long[] la = new long[] { long.MaxValue, -1, 0 };
            string[] sa = new string[3] { "x", null, "z" };
            char[] ca = "hello".ToCharArray();
            double[] da = new double[I(4)];
            Console.WriteLine("lengths " + a.Length + " " + la.Length + " " + sa.Length + " " + ca.Length + " " + da.Length + " " + new int[0].Length + ", LongLength " + a.LongLength);
            Console.WriteLine("la[0] " + la[0] + ", sa[1] null " + (sa[1] == null) + ", ca[1] " + ca[1] + ", Rank " + a.Rank);

            Console.WriteLine("-- bounds");
            Try("a[-1]", () => a[I(-1)]);
            Try("a[Length]", () => a[I(a.Length)]);
            Try("a[Length - 1]", () => a[I(a.Length - 1)]);
            Try("a[int.MinValue]", () => a[I(int.MinValue)]);
            Try("a[(long)2]", () => a[(long)I(2)]);
            Try("a[(long)int.MaxValue + 1]", () => a[(long)int.MaxValue + I(1)]);
            Try("a[(uint)1]", () => a[(uint)I(1)]);
            Try("a[uint.MaxValue]", () => a[unchecked((uint)I(-1))]);
            Try("new int[0][0]", () => new int[I(0)][0]);
            Try("a[3] = store at -1", () => { a[I(-1)] = 1; return "stored"; });
            Try("new int[-1]", () => new int[I(-1)]);
            Try("new int[(long)-1]", () => new int[(long)I(-1)]);
            Try("new int[0]", () => new int[I(0)].Length);
            Try("null array [0]", () => ((int[])null)[I(0)]);
            Try("null array .Length", () => ((int[])null).Length);

            Console.WriteLine("-- element operations");
            int[] b = new int[5];
            for (int i = 0; i < b.Length; i++) b[i] = i * i;
            b[2] += 10;
            b[3]++;
            ++b[4];
            b[0]--;
            int post = b[1]++;
            Console.WriteLine("b " + string.Join(",", b) + ", post " + post);
            ref int r = ref b[2];
            r *= 2;
            Console.WriteLine("after ref local *= 2: b[2] " + b[2]);
            byte[] bytes = { 250, 10 };
            bytes[0] += 10;
            bytes[1] -= 20;
            Console.WriteLine("byte elements wrap: " + bytes[0] + " " + bytes[1]);

            Console.WriteLine("-- Clone is shallow");
            Item[] items = { new Item(1), new Item(2) };
            Item[] copy = (Item[])items.Clone();
            copy[0].V = 100;
            copy[1] = new Item(200);
            Console.WriteLine("items " + items[0] + "," + items[1] + " copy " + copy[0] + "," + copy[1] + ", same array " + ReferenceEquals(items, copy));
            int[] ac = (int[])a.Clone();
            ac[0] = -5;
            Console.WriteLine("a[0] " + a[0] + " clone[0] " + ac[0]);

            Console.WriteLine("-- Array static helpers");
            Console.WriteLine("IndexOf(8) " + Array.IndexOf(a, 8) + ", IndexOf(7) " + Array.IndexOf(a, 7) + ", IndexOf(sa, null) " + Array.IndexOf(sa, null) + ", LastIndexOf " + Array.LastIndexOf(new[] { 1, 2, 1, 2 }, 1));
            Array.Reverse(a);
            Console.WriteLine("reversed " + string.Join(",", a));
            Array.Reverse(a, 1, 3);
            Console.WriteLine("reverse(1,3) " + string.Join(",", a));
            Array.Sort(a);
            Console.WriteLine("sorted " + string.Join(",", a) + ", BinarySearch(8) " + Array.BinarySearch(a, 8) + ", BinarySearch(4) " + Array.BinarySearch(a, 4) + " (~insert index " + ~Array.BinarySearch(a, 4) + ")");
            int[] keys = { 3, 1, 2 };
            string[] vals = { "c", "a", "b" };
            Array.Sort(keys, vals);
            Console.WriteLine("sort keys+items: " + string.Join(",", keys) + " " + string.Join(",", vals));
            Array.Resize(ref a, 8);
            Console.WriteLine("resized up " + string.Join(",", a));
            Array.Resize(ref a, 3);
            Console.WriteLine("resized down " + string.Join(",", a));
            Console.WriteLine("Exists(>2) " + Array.Exists(a, x => x > 2) + ", TrueForAll(>0) " + Array.TrueForAll(a, x => x > 0) + ", Find(>1) " + Array.Find(a, x => x > 1) + ", FindIndex(>1) " + Array.FindIndex(a, x => x > 1));
            string[] conv = Array.ConvertAll(a, x => "#" + x);
            Console.WriteLine("ConvertAll " + string.Join(",", conv));
            int[] filled = new int[4];
            for (int i = 0; i < filled.Length; i++) filled[i] = 7;
            Console.WriteLine("filled " + string.Join(",", filled) + ", Array.Empty length " + Array.Empty<string>().Length);

            Console.WriteLine("-- big array checksum");
            int[] big = new int[100000];
            for (int i = 0; i < big.Length; i++) big[i] = (i * 7919) % 100003;
            long sum = 0;
            foreach (int v in big) sum += v;
            Console.WriteLine("sum " + sum + ", last " + big[big.Length - 1]);
        }
    }
}
