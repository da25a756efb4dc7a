// Multi-dimensional and jagged arrays through the System.Array API: Rank,
// Length, LongLength, GetLength, GetLowerBound/GetUpperBound,
// Array.CreateInstance (with non-zero lower bounds), GetValue/SetValue
// (one and many indices, out of range, wrong type), foreach order
// (row-major), IList access on multi-dim arrays, Clear/Reverse/IndexOf
// restrictions, type names, jagged arrays of different lengths.
using System;
using System.Collections;

namespace Corpus.Library.Array_MultiDim
{
    public static class Program
    {
        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        static void Describe(string name, Array a)
        {
            string dims = "";
            for (int d = 0; d < a.Rank; d++) dims += "[" + a.GetLowerBound(d) + ".." + a.GetUpperBound(d) + " len " + a.GetLength(d) + "]";
            Console.WriteLine(name + ": type " + a.GetType().Name + " rank " + a.Rank + " length " + a.Length + " long " + a.LongLength + " " + dims);
        }

        public static int Main()
        {
            int[,] grid = new int[3, 4];
            for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i, j] = i * 10 + j;
            Describe("grid", grid);
            string order = "";
            foreach (int v in grid) order += v + " ";
            Console.WriteLine("foreach order: " + order.TrimEnd());
            Console.WriteLine("GetValue(2,3) " + grid.GetValue(2, 3) + " GetValue(new[]{1,2}) " + grid.GetValue(new[] { 1, 2 }));
            grid.SetValue(99, 1, 1);
            Console.WriteLine("after SetValue(99,1,1): " + grid[1, 1]);
            Try("GetValue(3,0)", () => grid.GetValue(3, 0));
            Try("grid[0,4] via indexer", () => { int j = 4; return grid[0, j]; });
            Try("GetValue(0) on rank 2", () => grid.GetValue(0));
            Try("SetValue(\"x\",0,0)", () => { grid.SetValue("x", 0, 0); return "set"; });
            Try("SetValue(5L,0,0)", () => { grid.SetValue(5L, 0, 0); return grid[0, 0]; });
            Try("SetValue((short)6,0,0)", () => { grid.SetValue((short)6, 0, 0); return grid[0, 0]; });
            Try("SetValue(null,0,0)", () => { grid.SetValue(null, 0, 0); return grid[0, 0]; });
            Try("GetLength(2)", () => grid.GetLength(2));
            Try("IList indexer on 2-D", () => ((IList)grid)[0]);
            Try("IList.Count on 2-D", () => ((IList)grid).Count);
            Try("IList.Contains on 2-D", () => ((IList)grid).Contains(23));
            Try("Array.IndexOf on 2-D", () => Array.IndexOf(grid, 23));
            Try("Array.Reverse on 2-D", () => { Array.Reverse(grid); return "reversed"; });
            Array.Clear(grid, 4, 4);
            string row1 = "";
            for (int j = 0; j < 4; j++) row1 += grid[1, j] + " ";
            Console.WriteLine("Clear(4,4) zeroes row 1: " + row1.TrimEnd() + " | row 2 kept: " + grid[2, 0]);

            Console.WriteLine("-- rank 3 and empty dimensions");
            double[,,] cube = new double[2, 3, 4];
            cube[1, 2, 3] = 1.5;
            Describe("cube", cube);
            Console.WriteLine("cube[1,2,3] " + cube[1, 2, 3] + " GetValue " + cube.GetValue(1, 2, 3));
            int[,] empty = new int[0, 5];
            Describe("empty", empty);
            int count = 0;
            foreach (int x in empty) count++;
            Console.WriteLine("foreach over 0x5: " + count);
            Try("new int[-1,2]", () => { int n = -1; return new int[n, 2]; });

            Console.WriteLine("-- CreateInstance");
            Array one = Array.CreateInstance(typeof(string), 3);
            one.SetValue("s", 2);
            Describe("CreateInstance(string,3)", one);
            Console.WriteLine("is string[] " + (one is string[]) + " [2] " + ((string[])one)[2]);
            Array two = Array.CreateInstance(typeof(int), 2, 3);
            Describe("CreateInstance(int,2,3)", two);
            Console.WriteLine("is int[,] " + (two is int[,]));
            Array bounded = Array.CreateInstance(typeof(int), new[] { 3 }, new[] { 10 });
            Describe("bounded 1-D [10..12]", bounded);
            bounded.SetValue(7, 11);
            Console.WriteLine("GetValue(11) " + bounded.GetValue(11) + " is int[] " + (bounded is int[]) + " IndexOf 7 " + Array.IndexOf(bounded, 7) + " IndexOf 8 " + Array.IndexOf(bounded, 8));
            Try("bounded GetValue(0)", () => bounded.GetValue(0));
            Array bounded2 = Array.CreateInstance(typeof(long), new[] { 2, 2 }, new[] { -1, 5 });
            Describe("bounded 2-D", bounded2);
            bounded2.SetValue(42L, -1, 6);
            Console.WriteLine("GetValue(-1,6) " + bounded2.GetValue(-1, 6) + " is long[,] " + (bounded2 is long[,]));
            long[,] asTyped = (long[,])bounded2;
            Console.WriteLine("typed access asTyped[-1,6] " + asTyped[-1, 6]);
            Try("CreateInstance(typeof(void),1)", () => Array.CreateInstance(typeof(void), 1));
            Try("CreateInstance(int,-1)", () => Array.CreateInstance(typeof(int), -1));
            Try("CreateInstance lengths/bounds mismatch", () => Array.CreateInstance(typeof(int), new[] { 1, 2 }, new[] { 0 }));

            Console.WriteLine("-- jagged");
            int[][] jag = new int[3][];
            jag[0] = new int[0];
            jag[1] = new[] { 1 };
            jag[2] = new[] { 2, 3, 4 };
            Describe("jag", jag);
            for (int i = 0; i < jag.Length; i++) Console.WriteLine("row " + i + " length " + jag[i].Length + " sum " + Sum(jag[i]));
            int[][] withNull = new int[2][];
            Try("null row length", () => withNull[1].Length);
            int[][,] mixed = { new int[1, 2], new int[3, 1] };
            Console.WriteLine("int[][,] type " + mixed.GetType().Name + " element type " + mixed.GetType().GetElementType().Name + " inner rank " + mixed[1].Rank + " inner lengths " + mixed[1].GetLength(0) + "x" + mixed[1].GetLength(1));
            Console.WriteLine("type names: " + typeof(int[]).Name + " " + typeof(int[,]).Name + " " + typeof(int[,,]).Name + " " + typeof(int[][]).Name + " " + typeof(string[][,]).Name + " " + typeof(int[]).FullName);
            Console.WriteLine("GetArrayRank " + typeof(int[,,]).GetArrayRank() + " IsArray " + typeof(int[]).IsArray + " " + typeof(Array).IsArray + " element " + typeof(int[,]).GetElementType().FullName);
            Console.WriteLine("array initializer 2-D: " + Show(new[,] { { 'a', 'b' }, { 'c', 'd' }, { 'e', 'f' } }));
            return 0;
        }

        static int Sum(int[] a) { int s = 0; foreach (int x in a) s += x; return s; }

        static string Show(char[,] a)
        {
            string s = "";
            for (int i = 0; i < a.GetLength(0); i++)
            {
                s += "{";
                for (int j = 0; j < a.GetLength(1); j++) s += a[i, j];
                s += "}";
            }
            return s;
        }
    }
}
