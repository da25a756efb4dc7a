// ref and out parameters, ref locals and ref returns: modifying caller variables, array
// elements, fields of classes, fields of structs inside arrays, static fields; aliasing (the
// same variable passed twice by ref); out parameters assigned on every path, out var
// declarations, discarding with a dummy; ref returns from arrays and fields, assigning through
// a ref-returning method call, ref locals bound to elements (re-binding needs C# 7.3 and is
// not used); ref parameters of reference types (replacing the caller's reference); and ref
// through recursion.
using System;

namespace Corpus
{
    struct Vec { public int X, Y; public override string ToString() { return "(" + X + "," + Y + ")"; } }
    class Holder { public int Field; public Vec V; public string Name = "holder"; }

    static class Program
    {
        static int staticField = 5;
        static int[] table = { 10, 20, 30 };

        static void Inc(ref int x) { x++; }
        static void AddBoth(ref int a, ref int b) { a += 10; b += 100; }
        static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
        static bool TryDivide(int a, int b, out int q, out int r)
        {
            if (b == 0) { q = 0; r = 0; return false; }
            q = a / b; r = a % b; return true;
        }
        static void Split(string s, out string head, out string tail)
        {
            int i = s.IndexOf(' ');
            head = i < 0 ? s : s.Substring(0, i);
            tail = i < 0 ? "" : s.Substring(i + 1);
        }
        static ref int Slot(int i) { return ref table[i]; }
        static ref int Larger(ref int a, ref int b) { return ref (a >= b ? ref a : ref b); }
        static ref Vec VecOf(Holder h) { return ref h.V; }
        static void Replace(ref string s) { s = "replaced"; }
        static void ReplaceHolder(ref Holder h) { h = new Holder { Name = "new holder" }; }
        static void MutateHolder(Holder h) { h.Name = "mutated"; h = null; }
        static void CountDown(ref int n, ref int steps) { if (n == 0) return; n--; steps++; CountDown(ref n, ref steps); }
        static void SetOut(out int x) { x = 42; }

        static void Main()
        {
            Console.WriteLine("-- ref to locals, elements, fields");
            int a = 1;
            Inc(ref a); Inc(ref a);
            Console.WriteLine("local " + a);
            int[] arr = { 1, 2, 3 };
            Inc(ref arr[1]);
            Console.WriteLine("array element " + string.Join(",", arr));
            var h = new Holder();
            Inc(ref h.Field); Inc(ref h.V.Y);
            Console.WriteLine("class field " + h.Field + ", struct-in-class field " + h.V);
            Vec[] vs = new Vec[2];
            Inc(ref vs[1].X);
            Console.WriteLine("struct field in array " + vs[1]);
            Inc(ref staticField);
            Console.WriteLine("static field " + staticField);
            int[,] grid = new int[2, 2];
            Inc(ref grid[1, 1]);
            Console.WriteLine("2D element " + grid[1, 1]);

            Console.WriteLine("-- aliasing");
            int s = 1;
            AddBoth(ref s, ref s);
            Console.WriteLine("AddBoth(ref s, ref s) from 1 -> " + s);
            int p = 1, q = 2;
            Swap(ref p, ref q);
            Swap(ref p, ref p);
            Console.WriteLine("swap " + p + "," + q);
            string s1 = "x", s2 = "y";
            Swap(ref s1, ref s2);
            Swap(ref arr[0], ref arr[2]);
            Console.WriteLine("swapped strings " + s1 + s2 + ", array ends " + string.Join(",", arr));

            Console.WriteLine("-- out");
            int qt, rm;
            Console.WriteLine("TryDivide(17, 5) " + TryDivide(17, 5, out qt, out rm) + " q " + qt + " r " + rm);
            Console.WriteLine("TryDivide(1, 0) " + TryDivide(1, 0, out qt, out rm) + " q " + qt + " r " + rm);
            if (TryDivide(-17, 5, out int q2, out int r2)) Console.WriteLine("out var: q " + q2 + " r " + r2);
            Split("hello big world", out string head, out var tail);
            Console.WriteLine("head [" + head + "] tail [" + tail + "]");
            Split("single", out head, out tail);
            Console.WriteLine("head [" + head + "] tail [" + tail + "]");
            SetOut(out arr[1]);
            SetOut(out h.Field);
            Console.WriteLine("out into element " + arr[1] + " and field " + h.Field);
            Console.WriteLine("int.TryParse: " + int.TryParse("123", out int parsed) + " " + parsed + ", " + int.TryParse("12x", out parsed) + " " + parsed);

            Console.WriteLine("-- ref returns and ref locals");
            Slot(1) = 99;
            Slot(2) += 5;
            Slot(0)++;
            Console.WriteLine("table " + string.Join(",", table));
            ref int r = ref Slot(0);
            r = -1;
            Console.WriteLine("after ref local write: table[0] " + table[0]);
            int m1 = 3, m2 = 8;
            Larger(ref m1, ref m2) = 0;
            Console.WriteLine("Larger(...) = 0 -> m1 " + m1 + " m2 " + m2);
            Larger(ref m1, ref m2) = 7;
            Console.WriteLine("Larger(...) = 7 -> m1 " + m1 + " m2 " + m2);
            VecOf(h).X = 123;
            ref Vec vr = ref VecOf(h);
            vr.Y = 456;
            Console.WriteLine("ref to struct field: " + h.V);
            ref int elem = ref arr[2];
            arr = new int[] { 7, 7, 7 };   // elem still refers to the old array
            elem = 1000;
            Console.WriteLine("new array unaffected: " + string.Join(",", arr));

            Console.WriteLine("-- references passed by value vs by ref");
            string str = "original";
            Replace(ref str);
            Holder h2 = h;
            MutateHolder(h2);
            Console.WriteLine(str + ", h.Name " + h.Name + ", h2 still same object " + ReferenceEquals(h, h2));
            ReplaceHolder(ref h2);
            Console.WriteLine("after ReplaceHolder: h2.Name " + h2.Name + ", h.Name " + h.Name);

            Console.WriteLine("-- ref through recursion");
            int n = 500, steps = 0;
            CountDown(ref n, ref steps);
            Console.WriteLine("n " + n + " steps " + steps);
        }
    }
}
