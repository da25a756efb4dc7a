// Jagged arrays (arrays of arrays): rows of different lengths, null rows (NullReferenceException
// on access), replacing and sharing rows, jagged arrays of multi-dimensional arrays (int[][,])
// and multi-dimensional arrays of arrays (int[,][]), deep vs shallow copies, triangular
// structures built row by row, and foreach over nested arrays.
using System;

namespace Corpus
{
    static class Program
    {
        static int I(int x) { return x; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().FullName); }
        }

        static string Show(int[][] j)
        {
            string s = "";
            foreach (int[] row in j)
            {
                if (row == null) { s += "null|"; continue; }
                s += string.Join(",", row) + "|";
            }
            return s;
        }

        static void Main()
        {
            int[][] j = new int[4][];
            Console.WriteLine("fresh rows null: " + (j[0] == null) + ", Length " + j.Length + ", type " + j.GetType().Name);
            j[0] = new int[] { 1 };
            j[1] = new int[] { 2, 3, 4 };
            j[2] = new int[0];
            Console.WriteLine("rows: " + Show(j));
            Console.WriteLine("row lengths: " + j[0].Length + " " + j[1].Length + " " + j[2].Length);

            Console.WriteLine("-- failures");
            Try("j[3][0] (null row)", () => j[I(3)][I(0)]);
            Try("j[3].Length", () => j[I(3)].Length);
            Try("j[2][0] (empty row)", () => j[I(2)][I(0)]);
            Try("j[1][3]", () => j[I(1)][I(3)]);
            Try("j[4]", () => j[I(4)]);
            Try("j[0][0]", () => j[I(0)][I(0)]);

            Console.WriteLine("-- sharing rows");
            j[3] = j[1];
            j[3][0] = 20;
            Console.WriteLine("after aliasing row 3 to row 1 and writing: " + Show(j));
            int[][] shallow = (int[][])j.Clone();
            shallow[0][0] = 100;
            shallow[2] = new[] { 7 };
            Console.WriteLine("original after shallow-clone edits: " + Show(j));
            Console.WriteLine("shallow clone: " + Show(shallow));
            int[][] deep = new int[j.Length][];
            for (int i = 0; i < j.Length; i++) deep[i] = (int[])j[i].Clone();
            deep[1][1] = -3;
            Console.WriteLine("original after deep-clone edit: " + Show(j) + " deep: " + Show(deep));

            Console.WriteLine("-- initialisers and triangles");
            int[][] tri = { new[] { 1 }, new[] { 1, 1 }, new[] { 1, 2, 1 } };
            int[][] pascal = new int[10][];
            for (int r = 0; r < pascal.Length; r++)
            {
                pascal[r] = new int[r + 1];
                pascal[r][0] = pascal[r][r] = 1;
                for (int c = 1; c < r; c++) pascal[r][c] = pascal[r - 1][c - 1] + pascal[r - 1][c];
            }
            Console.WriteLine("tri " + Show(tri));
            Console.WriteLine("pascal row 9: " + string.Join(",", pascal[9]) + ", sum of all " + SumAll(pascal));
            string[][] words = { new[] { "a", "bb" }, new string[] { null }, new string[0] };
            int totalLen = 0, nulls = 0;
            foreach (string[] row in words) foreach (string w in row) { if (w == null) nulls++; else totalLen += w.Length; }
            Console.WriteLine("words: total length " + totalLen + ", nulls " + nulls);

            Console.WriteLine("-- mixed jagged/rectangular");
            int[][,] jm = new int[2][,];
            jm[0] = new int[2, 2] { { 1, 2 }, { 3, 4 } };
            jm[1] = new int[1, 3];
            jm[1][0, 2] = 9;
            Console.WriteLine("jm[0][1,0] " + jm[0][1, 0] + ", jm[1][0,2] " + jm[1][0, 2] + ", jm[1].Length " + jm[1].Length + ", type " + jm.GetType().Name);
            int[,][] mj = new int[2, 2][];
            mj[1, 0] = new[] { 5, 6 };
            mj[1, 0][1]++;
            Console.WriteLine("mj[1,0][1] " + mj[1, 0][1] + ", mj[0,0] null " + (mj[0, 0] == null) + ", type " + mj.GetType().Name);
            int[][][] three = new int[2][][];
            three[1] = new int[2][];
            three[1][1] = new[] { 8 };
            Console.WriteLine("three[1][1][0] " + three[1][1][0] + ", three[0] null " + (three[0] == null) + ", type " + three.GetType().Name);

            Console.WriteLine("-- object[] holding arrays");
            object[] holder = { new int[] { 1, 2 }, new string[] { "s" }, new int[1, 1], null };
            foreach (object o in holder) Console.Write((o == null ? "null" : o.GetType().Name + "/" + ((Array)o).Length) + " ");
            Console.WriteLine();
        }

        static long SumAll(int[][] j)
        {
            long s = 0;
            for (int r = 0; r < j.Length; r++)
                for (int c = 0; c < j[r].Length; c++) s += j[r][c];
            return s;
        }
    }
}
