// Multi-dimensional (rectangular) arrays: int[,] and int[,,] creation, initialisers, Rank,
// Length, GetLength/GetLowerBound/GetUpperBound, row-major foreach order, per-dimension bounds
// checks, element compound assignment through the Address/Get/Set accessors, arrays of
// strings and structs, Array.Copy and Array.Clear on multi-dimensional arrays (flattened
// row-major), Clone, arrays with non-zero lower bounds from Array.CreateInstance (rank 2), and
// matrix multiplication.
using System;

namespace Corpus
{
    struct Cell { public int Hits; public string Tag; }

    static class Program
    {
        static int I(int x) { return x; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().FullName); }
        }

        static int[,] Multiply(int[,] x, int[,] y)
        {
            int n = x.GetLength(0), m = x.GetLength(1), p = y.GetLength(1);
            var r = new int[n, p];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < p; j++)
                    for (int k = 0; k < m; k++)
                        r[i, j] += x[i, k] * y[k, j];
            return r;
        }

        static string Flat(Array a) { string s = ""; foreach (object o in a) s += o + " "; return s.TrimEnd(); }

        static void Main()
        {
            int[,] m = { { 1, 2, 3 }, { 4, 5, 6 } };
            Console.WriteLine("Rank " + m.Rank + ", Length " + m.Length + ", GetLength(0) " + m.GetLength(0) + ", GetLength(1) " + m.GetLength(1) + ", bounds " + m.GetLowerBound(0) + ".." + m.GetUpperBound(0) + " x " + m.GetLowerBound(1) + ".." + m.GetUpperBound(1));
            Console.WriteLine("foreach order: " + Flat(m));
            Console.WriteLine("type " + m.GetType().Name + ", is Array " + (m is Array));

            Console.WriteLine("-- bounds");
            Try("m[1,2]", () => m[I(1), I(2)]);
            Try("m[2,0]", () => m[I(2), I(0)]);
            Try("m[0,3]", () => m[I(0), I(3)]);
            Try("m[-1,0]", () => m[I(-1), I(0)]);
            Try("m[0,-1]", () => m[I(0), I(-1)]);
            Try("m[1,-1] (flat index would be valid)", () => m[I(1), I(-1)]);
            Try("m[0,5] (flat index would be valid)", () => m[I(0), I(5)]);
            Try("m.GetLength(2)", () => m.GetLength(I(2)));
            Try("new int[2,-1]", () => new int[I(2), I(-1)]);

            Console.WriteLine("-- element updates");
            m[0, 0] += 10;
            m[1, 2] *= 3;
            m[1, 1]++;
            int old = m[0, 1]--;
            ref int rr = ref m[1, 0];
            rr = -4;
            Console.WriteLine("m = " + Flat(m) + ", old " + old);

            Console.WriteLine("-- 3D");
            var cube = new long[2, 3, 4];
            for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) cube[i, j, k] = i * 100 + j * 10 + k;
            Console.WriteLine("Length " + cube.Length + ", Rank " + cube.Rank + ", cube[1,2,3] " + cube[1, 2, 3] + ", GetLength(2) " + cube.GetLength(2));
            long total = 0; foreach (long v in cube) total += v;
            Console.WriteLine("sum " + total + ", first/last in foreach: " + Flat(cube).Substring(0, 8) + " ... " + Flat(cube).Substring(Flat(cube).Length - 7));
            int[,,] init3 = { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } } };
            Console.WriteLine("init3[1,0,1] " + init3[1, 0, 1] + ", flat " + Flat(init3));

            Console.WriteLine("-- strings and structs");
            var names = new string[2, 2];
            names[0, 1] = "b";
            names[1, 0] = "c";
            Console.WriteLine("names null count: " + (names[0, 0] == null ? 1 : 0) + (names[1, 1] == null ? 1 : 0) + ", [0,1]=" + names[0, 1]);
            var cells = new Cell[2, 2];
            cells[1, 1].Hits += 3;
            cells[1, 1].Tag = "x";
            Cell copy = cells[1, 1];
            copy.Hits = 99;
            Console.WriteLine("cells[1,1] " + cells[1, 1].Hits + cells[1, 1].Tag + ", copy " + copy.Hits + ", cells[0,0].Tag null " + (cells[0, 0].Tag == null));

            Console.WriteLine("-- Copy / Clear / Clone");
            int[,] src = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
            var dst = new int[3, 3];
            Array.Copy(src, 2, dst, 4, 4);     // flat indices
            Console.WriteLine("Copy(src,2,dst,4,4): " + Flat(dst));
            Array.Clear(src, 3, 3);
            Console.WriteLine("Clear(src,3,3): " + Flat(src));
            int[,] cl = (int[,])src.Clone();
            cl[0, 0] = 42;
            Console.WriteLine("clone[0,0] " + cl[0, 0] + ", src[0,0] " + src[0, 0]);
            Try("Copy int[,] -> int[] (rank mismatch)", () => { Array.Copy(src, new int[9], 9); return "copied"; });

            Console.WriteLine("-- non-zero lower bounds (rank 2)");
            Array lb = Array.CreateInstance(typeof(int), new[] { 2, 3 }, new[] { 10, -1 });
            Console.WriteLine("bounds " + lb.GetLowerBound(0) + ".." + lb.GetUpperBound(0) + " x " + lb.GetLowerBound(1) + ".." + lb.GetUpperBound(1) + ", Length " + lb.Length);
            lb.SetValue(5, 10, -1);
            lb.SetValue(7, 11, 1);
            Console.WriteLine("GetValue(10,-1) " + lb.GetValue(10, -1) + ", GetValue(11,1) " + lb.GetValue(11, 1) + ", flat " + Flat(lb));
            int[,] typed = (int[,])lb;
            typed[11, 0] = 6;
            Console.WriteLine("typed[11,0] " + typed[11, 0] + ", typed[10,-1] " + typed[10, -1]);
            Try("typed[0,0]", () => typed[I(0), I(0)]);
            Try("typed[12,-1]", () => typed[I(12), I(-1)]);

            Console.WriteLine("-- matrix multiply");
            int[,] a = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
            int[,] b = { { 7, 8, 9 }, { 10, 11, 12 } };
            int[,] c = Multiply(a, b);
            for (int i = 0; i < c.GetLength(0); i++)
            {
                string row = "";
                for (int j = 0; j < c.GetLength(1); j++) row += c[i, j] + " ";
                Console.WriteLine(row.TrimEnd());
            }
            int[,] id = new int[3, 3];
            for (int i = 0; i < 3; i++) id[i, i] = 1;
            Console.WriteLine("c * I == c: " + (Flat(Multiply(c, id)) == Flat(c)));
            Console.WriteLine("c * I: " + Flat(Multiply(c, id)));
        }
    }
}
