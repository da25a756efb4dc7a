// Array.Copy/Clear/ConstrainedCopy and Buffer.BlockCopy: overlapping copies in both
// directions (memmove semantics), partial ranges, argument failures (ArgumentException,
// ArgumentOutOfRangeException, ArgumentNullException -- type names only), Clear on reference,
// value and struct arrays, byte-level copies between int[] and byte[] (little-endian),
// CopyTo, arrays of structs copied element-wise (copies, not aliases), and List<T>.CopyTo.
using System;
using System.Collections.Generic;

namespace Corpus
{
    struct Rec { public int Id; public string Name; public override string ToString() { return Id + ":" + (Name ?? "null"); } }

    static class Program
    {
        static string S<T>(T[] a) { return "[" + string.Join(",", a) + "]"; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().FullName); }
        }

        static int[] Seq(int n) { int[] a = new int[n]; for (int i = 0; i < n; i++) a[i] = i; return a; }

        static void Main()
        {
            Console.WriteLine("-- overlapping copies");
            int[] a = Seq(10);
            Array.Copy(a, 0, a, 3, 5);
            Console.WriteLine("Copy(a,0,a,3,5) forward overlap: " + S(a));
            a = Seq(10);
            Array.Copy(a, 3, a, 0, 5);
            Console.WriteLine("Copy(a,3,a,0,5) backward overlap: " + S(a));
            a = Seq(10);
            Array.Copy(a, 2, a, 2, 5);
            Console.WriteLine("Copy onto itself: " + S(a));
            string[] sa = { "a", "b", "c", "d", "e" };
            Array.Copy(sa, 0, sa, 1, 4);
            Console.WriteLine("string overlap: " + S(sa));
            Array.ConstrainedCopy(sa, 3, sa, 0, 2);
            Console.WriteLine("ConstrainedCopy: " + S(sa));

            Console.WriteLine("-- ranges and failures");
            int[] src = Seq(5), dst = new int[5];
            Array.Copy(src, dst, 0);
            Console.WriteLine("length 0 copy: " + S(dst));
            Array.Copy(src, 4, dst, 0, 1);
            Console.WriteLine("last element to front: " + S(dst));
            Try("Copy length too long", () => { Array.Copy(src, 0, dst, 1, 5); return "copied"; });
            Try("Copy negative length", () => { Array.Copy(src, 0, dst, 0, -1); return "copied"; });
            Try("Copy negative index", () => { Array.Copy(src, -1, dst, 0, 1); return "copied"; });
            Try("Copy null source", () => { Array.Copy(null, dst, 1); return "copied"; });
            Try("Copy null destination", () => { Array.Copy(src, null, 1); return "copied"; });
            Try("Copy src index past end", () => { Array.Copy(src, 6, dst, 0, 0); return "copied"; });
            Try("Copy src index == Length, length 0", () => { Array.Copy(src, 5, dst, 5, 0); return "copied"; });
            Console.WriteLine("dst unchanged after failures: " + S(dst));

            Console.WriteLine("-- Clear");
            int[] c1 = Seq(6);
            Array.Clear(c1, 1, 3);
            Console.WriteLine("int Clear(1,3): " + S(c1));
            string[] c2 = { "x", "y", "z" };
            Array.Clear(c2, 0, c2.Length);
            Console.WriteLine("string Clear all: nulls " + Array.FindAll(c2, s => s == null).Length);
            Rec[] recs = { new Rec { Id = 1, Name = "a" }, new Rec { Id = 2, Name = "b" }, new Rec { Id = 3, Name = "c" } };
            Array.Clear(recs, 1, 1);
            Console.WriteLine("struct Clear(1,1): " + S(recs));
            Try("Clear out of range", () => { Array.Clear(c1, 4, 3); return "cleared"; });
            bool[] flags = { true, true };
            Array.Clear(flags, 0, 1);
            Console.WriteLine("bool Clear: " + S(flags));

            Console.WriteLine("-- Buffer.BlockCopy (byte offsets, little-endian)");
            int[] ints = { 0x04030201, unchecked((int)0x88776655) };
            byte[] bytes = new byte[8];
            Buffer.BlockCopy(ints, 0, bytes, 0, 8);
            Console.WriteLine("int[] -> byte[]: " + BitConverter.ToString(bytes));
            int[] back = new int[2];
            Buffer.BlockCopy(bytes, 1, back, 0, 7);
            Console.WriteLine("byte[1..] -> int[]: " + back[0].ToString("X8") + " " + back[1].ToString("X8"));
            short[] shorts = new short[4];
            Buffer.BlockCopy(ints, 2, shorts, 0, 6);
            Console.WriteLine("int[] bytes 2..7 -> short[]: " + S(shorts));
            Console.WriteLine("ByteLength(int[2]) " + Buffer.ByteLength(ints) + ", GetByte(ints, 7) " + Buffer.GetByte(ints, 7).ToString("X2"));
            Try("BlockCopy too long", () => { Buffer.BlockCopy(ints, 0, bytes, 1, 8); return "copied"; });
            double[] ds = { 1.0 };
            long[] ls = new long[1];
            Buffer.BlockCopy(ds, 0, ls, 0, 8);
            Console.WriteLine("double 1.0 bits via BlockCopy: " + ls[0].ToString("X16"));

            Console.WriteLine("-- struct arrays copy values");
            Rec[] r1 = { new Rec { Id = 1, Name = "one" }, new Rec { Id = 2, Name = "two" } };
            Rec[] r2 = new Rec[2];
            Array.Copy(r1, r2, 2);
            r2[0].Id = 100;
            r2[1].Name = "changed";
            Console.WriteLine("r1 " + S(r1) + " r2 " + S(r2));
            r1.CopyTo(r2, 0);
            Console.WriteLine("after CopyTo r2 " + S(r2));
            Try("CopyTo with too small destination", () => { r1.CopyTo(new Rec[3], 2); return "copied"; });
            object[] boxedRecs = new object[2];
            Array.Copy(r1, boxedRecs, 2);
            r1[0].Id = -1;
            Console.WriteLine("boxed copies unaffected: " + boxedRecs[0] + ", " + boxedRecs[0].GetType().Name);

            Console.WriteLine("-- List<T>.CopyTo / ToArray");
            var list = new List<int> { 5, 6, 7 };
            int[] target = new int[5];
            list.CopyTo(target, 1);
            int[] arr = list.ToArray();
            arr[0] = 50;
            Console.WriteLine("CopyTo " + S(target) + ", ToArray modified " + S(arr) + ", list " + S(list.ToArray()));
            list.CopyTo(1, target, 3, 2);
            Console.WriteLine("CopyTo(1, target, 3, 2) " + S(target));
        }
    }
}
