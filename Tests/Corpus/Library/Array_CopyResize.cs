// Array.Copy (overlapping forwards and backwards, between element types
// with widening, boxing and unboxing, incompatible types), ConstrainedCopy,
// CopyTo, Clone (shallow), Resize (grow, shrink, null, zero), Clear,
// Fill, Empty<T> (shared instance), IndexOf after Resize, array covariance
// (ArrayTypeMismatchException), ConvertAll, ForEach, AsReadOnly.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Corpus.Library.Array_CopyResize
{
    public class Animal { public string Name; public Animal(string n) { Name = n; } public override string ToString() { return Name; } }
    public class Dog : Animal { public Dog(string n) : base(n) { } }

    public static class Program
    {
        static string J<T>(T[] a) { return a == null ? "null" : "[" + string.Join(",", a) + "]"; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- Copy");
            int[] a = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
            Array.Copy(a, 0, a, 2, 6);
            Console.WriteLine("overlap forward: " + J(a));
            a = new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
            Array.Copy(a, 3, a, 1, 6);
            Console.WriteLine("overlap backward: " + J(a));
            a = new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
            Array.Copy(a, a, 0);
            Array.Copy(a, 9, a, 0, 1);
            Console.WriteLine("single: " + J(a));
            int[] dst = new int[4];
            Array.Copy(a, dst, 4);
            Console.WriteLine("Copy(src,dst,len): " + J(dst));
            long[] longs = new long[3];
            Array.Copy(new[] { 1, -2, 3 }, longs, 3);
            Console.WriteLine("int -> long widening: " + J(longs));
            double[] doubles = new double[2];
            Array.Copy(new[] { 7, 8 }, doubles, 2);
            Console.WriteLine("int -> double: " + J(doubles));
            object[] boxes = new object[3];
            Array.Copy(new[] { 10, 20, 30 }, boxes, 3);
            Console.WriteLine("int -> object boxing: " + J(boxes) + " type " + boxes[0].GetType().Name);
            int[] unboxed = new int[2];
            Array.Copy(new object[] { 5, 6 }, unboxed, 2);
            Console.WriteLine("object -> int unboxing: " + J(unboxed));
            Try("object(\"x\") -> int", () => { Array.Copy(new object[] { 1, "x" }, new int[2], 2); return "copied"; });
            Try("long -> int (narrowing)", () => { Array.Copy(new long[] { 1 }, new int[1], 1); return "copied"; });
            Try("string[] -> int[]", () => { Array.Copy(new[] { "a" }, new int[1], 1); return "copied"; });
            Try("too long", () => { Array.Copy(new int[3], new int[2], 3); return "copied"; });
            Try("negative length", () => { Array.Copy(new int[3], new int[3], -1); return "copied"; });
            Try("null source", () => { Array.Copy(null, new int[3], 0); return "copied"; });
            Try("rank mismatch", () => { Array.Copy(new int[2, 2], new int[4], 4); return "copied"; });
            int[,] m = { { 1, 2 }, { 3, 4 } };
            int[,] m2 = new int[2, 2];
            Array.Copy(m, m2, 4);
            Console.WriteLine("2-D copy row-major: " + m2[0, 0] + m2[0, 1] + m2[1, 0] + m2[1, 1]);
            Animal[] animals = new Animal[2];
            Array.Copy(new Dog[] { new Dog("rex"), new Dog("fido") }, animals, 2);
            Console.WriteLine("Dog[] -> Animal[]: " + J(animals));
            Dog[] dogs = new Dog[2];
            Try("Animal[] of dogs -> Dog[]", () => { Array.Copy(animals, dogs, 2); return J(dogs); });
            Try("Animal[] with a cat -> Dog[]", () => { Array.Copy(new[] { new Animal("cat") }, dogs, 1); return J(dogs); });
            Try("ConstrainedCopy int->int", () => { int[] d = new int[3]; Array.ConstrainedCopy(new[] { 1, 2, 3 }, 0, d, 0, 3); return J(d); });
            Try("CopyTo", () => { int[] d = new int[6]; new[] { 7, 8, 9 }.CopyTo(d, 2); return J(d); });
            Try("CopyTo overflow", () => { int[] d = new int[3]; new[] { 7, 8, 9 }.CopyTo(d, 1); return J(d); });
            Try("CopyTo object[]", () => { object[] d = new object[3]; new[] { 'x', 'y' }.CopyTo(d, 1); return J(d); });

            Console.WriteLine("-- Clone");
            Animal[] orig = { new Animal("a"), new Animal("b") };
            Animal[] clone = (Animal[])orig.Clone();
            clone[0] = new Animal("z");
            clone[1].Name = "B!";
            Console.WriteLine("orig " + J(orig) + " clone " + J(clone) + " same array " + ReferenceEquals(orig, clone) + " shared element " + ReferenceEquals(orig[1], clone[1]));
            int[,] mc = (int[,])m.Clone();
            mc[0, 0] = 99;
            Console.WriteLine("2-D clone independent: " + m[0, 0] + " " + mc[0, 0] + " rank " + mc.Rank);

            Console.WriteLine("-- Resize");
            int[] r = { 1, 2, 3 };
            int[] before = r;
            Array.Resize(ref r, 5);
            Console.WriteLine("grow " + J(r) + " new instance " + !ReferenceEquals(r, before));
            Array.Resize(ref r, 2);
            Console.WriteLine("shrink " + J(r));
            before = r;
            Array.Resize(ref r, 2);
            Console.WriteLine("same size keeps instance " + ReferenceEquals(r, before));
            Array.Resize(ref r, 0);
            Console.WriteLine("zero " + J(r) + " length " + r.Length);
            int[] n = null;
            Array.Resize(ref n, 3);
            Console.WriteLine("from null " + J(n));
            Try("negative", () => { Array.Resize(ref n, -1); return J(n); });
            string[] sr = { "x" };
            Array.Resize(ref sr, 3);
            Console.WriteLine("string grow " + string.Join("|", Array.ConvertAll(sr, s => s ?? "null")));

            Console.WriteLine("-- Clear / Fill / Empty");
            int[] c = { 1, 2, 3, 4, 5 };
            Array.Clear(c, 1, 3);
            Console.WriteLine("Clear(1,3) " + J(c));
            Try("Clear bad range", () => { Array.Clear(c, 3, 3); return J(c); });
            string[] cs = { "a", "b" };
            Array.Clear(cs, 0, 2);
            Console.WriteLine("Clear strings -> nulls " + (cs[0] == null && cs[1] == null));
            int[] f = new int[5];
            Array.Fill(f, 7);
            Console.WriteLine("Fill " + J(f));
            Array.Fill(f, 0, 1, 2);
            Console.WriteLine("Fill(0,1,2) " + J(f));
            Try("Fill bad range", () => { Array.Fill(f, 1, 4, 2); return J(f); });
            int[] e1 = Array.Empty<int>(), e2 = Array.Empty<int>();
            Console.WriteLine("Empty length " + e1.Length + " shared " + ReferenceEquals(e1, e2) + " string empty shared " + ReferenceEquals(Array.Empty<string>(), Array.Empty<string>()));

            Console.WriteLine("-- covariance");
            object[] covariant = new string[2];
            Try("store string in string[] as object[]", () => { covariant[0] = "ok"; return covariant[0]; });
            Try("store int in string[] as object[]", () => { covariant[1] = 5; return covariant[1]; });
            Try("store null", () => { covariant[1] = null; return covariant[1] ?? "null"; });
            Animal[] covAnimals = new Dog[1];
            Try("store Animal in Dog[]", () => { covAnimals[0] = new Animal("cat"); return "stored"; });
            Console.WriteLine("string[] is object[] " + (covariant is object[]) + ", is IEnumerable<object> " + (covariant is IEnumerable<object>) + ", int[] is object[] " + ((object)new int[0] is object[]));

            Console.WriteLine("-- ConvertAll / ForEach / AsReadOnly");
            string[] conv = Array.ConvertAll(new[] { 1, 22, 333 }, x => "<" + x + ">");
            Console.WriteLine("ConvertAll " + J(conv));
            int sum = 0;
            Array.ForEach(new[] { 1, 2, 3, 4 }, x => sum += x * x);
            Console.WriteLine("ForEach sum of squares " + sum);
            ReadOnlyCollection<int> ro = Array.AsReadOnly(new[] { 5, 6 });
            Console.WriteLine("AsReadOnly count " + ro.Count + " [1] " + ro[1] + " contains 6 " + ro.Contains(6));
            Try("AsReadOnly add", () => { ((IList<int>)ro).Add(1); return "added"; });
            Try("array as IList<int> Add", () => { ((IList<int>)new int[1]).Add(1); return "added"; });
            Try("array as IList<int> IsReadOnly", () => ((IList<int>)new int[1]).IsReadOnly);
            Try("array as IList<int> set", () => { IList<int> l = new int[2]; l[1] = 9; return l[1]; });
            return 0;
        }
    }
}
