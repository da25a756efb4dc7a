// Exceptions raised by the execution engine itself (not by library code): NullReferenceException
// (instance call, field load/store, array element/length, unboxing null, calling a null
// delegate, throw null), InvalidCastException (castclass, unbox), DivideByZeroException,
// OverflowException (checked arithmetic, conv.ovf, negative array size), IndexOutOfRange,
// ArrayTypeMismatchException, and their base types. Only type names are printed: messages
// differ between runtimes. After each exception the program continues normally.
using System;

namespace Corpus
{
    class Node { public int Value; public Node Next; public int Get() { return Value; } public virtual int Virt() { return Value; } }
    struct Pt { public int X; }

    static class Program
    {
        static int count;

        static void Expect(string label, Action a)
        {
            count++;
            try { a(); Console.WriteLine(label + ": no exception"); }
            catch (Exception e)
            {
                string bases = "";
                if (e is ArithmeticException) bases += " Arithmetic";
                if (e is SystemException) bases += " System";
                Console.WriteLine(label + ": " + e.GetType().FullName + " (" + bases.Trim() + ")");
            }
        }

        static Node NullNode() { return null; }
        static object Obj(object o) { return o; }
        static int I(int x) { return x; }

        static void Main()
        {
            Node n = NullNode();
            Expect("call instance method on null", () => n.Get());
            Expect("call virtual method on null", () => n.Virt());
            Expect("load field of null", () => { int v = n.Value; });
            Expect("store field of null", () => { n.Value = 1; });
            Expect("chained null (n.Next.Value)", () => { int v = new Node().Next.Value; });
            Expect("null array element", () => { int[] a = null; int v = a[0]; });
            Expect("null array store", () => { string[] a = null; a[0] = "x"; });
            Expect("null array length", () => { int[] a = null; int v = a.Length; });
            Expect("unbox null to int", () => { int v = (int)Obj(null); });
            Expect("unbox null to struct", () => { Pt p = (Pt)Obj(null); });
            Expect("invoke null delegate", () => { Action a = null; a(); });
            Expect("invoke null Func", () => { Func<int> f = null; f(); });
            Expect("throw null", () => { throw null; });
            Expect("null string Length", () => { string s = null; int l = s.Length; });
            Expect("null string method", () => { string s = null; s.ToUpperInvariant(); });
            Expect("foreach over null array", () => { int[] a = null; foreach (int x in a) { } });
            Expect("lock(null)", () => { object o = null; lock (o) { } });

            Expect("castclass to unrelated class", () => { Node x = (Node)Obj("str"); });
            Expect("castclass to interface", () => { IDisposable d = (IDisposable)Obj(new Node()); });
            Expect("unbox wrong type", () => { long v = (long)Obj(1); });
            Expect("unbox struct to other struct", () => { Pt p = (Pt)Obj(new DateTime()); });
            Expect("cast object[] to string[]", () => { string[] s = (string[])Obj(new object[1]); });
            Expect("cast null is fine", () => { Node x = (Node)Obj(null); });

            Expect("int / 0", () => { int v = I(1) / I(0); });
            Expect("long % 0", () => { long v = (long)I(1) % (long)I(0); });
            Expect("double / 0 (no exception)", () => { double v = 1.0 / I(0); });
            Expect("decimal / 0", () => { decimal v = 1m / I(0); });

            Expect("checked int overflow", () => { int v = checked(I(int.MaxValue) + I(1)); });
            Expect("checked conversion", () => { byte b = checked((byte)I(256)); });
            Expect("checked double to int", () => { int v = checked((int)((double)I(int.MaxValue) * 2.0)); });
            Expect("new int[-1]", () => { int[] a = new int[I(-1)]; });
            Expect("int.MinValue / -1", () => { int v = I(int.MinValue) / I(-1); });

            Expect("index -1", () => { int[] a = new int[2]; a[I(-1)] = 0; });
            Expect("index == Length", () => { int[] a = new int[2]; int v = a[I(2)]; });
            Expect("string index", () => { char c = "abc"[I(3)]; });
            Expect("2D index", () => { int[,] a = new int[2, 2]; a[I(0), I(2)] = 1; });
            Expect("jagged inner index", () => { int[][] a = { new int[1] }; a[0][I(1)] = 1; });

            Expect("covariant array store", () => { object[] a = new string[1]; a[0] = 1; });
            Expect("covariant array of classes", () => { Node[] a = new Node[1]; object[] o = a; o[0] = new object(); });

            Console.WriteLine("checked " + count + " cases; still running");
        }
    }
}
