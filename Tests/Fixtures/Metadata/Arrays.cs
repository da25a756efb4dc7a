// Arrays: single-dimension vectors of every element type (ldelem/stelem
// variants, ldelema), multi-dimensional arrays (ELEMENT_TYPE_ARRAY with rank,
// sizes and lower bounds; runtime Get/Set/Address methods), jagged arrays,
// arrays of structs, enums, generics, pointers-free nested arrays, array
// covariance (ArrayTypeMismatchException), non-zero lower bounds created via
// Array.CreateInstance, array initializers (constant ones use FieldRVA), array
// parameters (params, ref, out), Array methods, and foreach over arrays.
using System;
using System.Collections.Generic;

namespace Fixtures.Arrays
{
    public enum Suit : byte { Clubs, Diamonds, Hearts, Spades }
    public struct Cell { public int Row, Col; public double Value; }

    public class Program
    {
        static int Sum(params int[] values) { int s = 0; foreach (int v in values) s += v; return s; }
        static void Grow(ref int[] values) { Array.Resize(ref values, values.Length * 2); }
        static void Make(out string[] names) { names = new[] { "x", "y" }; }
        static T[] Fill<T>(int n, T value) { var a = new T[n]; for (int i = 0; i < n; i++) a[i] = value; return a; }
        static T First<T>(T[,] grid) { return grid[0, 0]; }

        public static int Main()
        {
            // Vectors of every element type.
            bool[] bools = { true, false };
            char[] chars = { 'a', 'b' };
            sbyte[] sbytes = { -1, 2 };
            byte[] bytes = { 1, 200 };
            short[] shorts = { -3, 4 };
            ushort[] ushorts = { 5, 60000 };
            int[] ints = { 7, -8 };
            uint[] uints = { 9, 4000000000 };
            long[] longs = { -10, 11 };
            ulong[] ulongs = { 12, ulong.MaxValue };
            float[] floats = { 1.5f, -2.5f };
            double[] doubles = { 3.25, -4.75 };
            decimal[] decimals = { 1.1m, 2.2m };
            IntPtr[] ptrs = { IntPtr.Zero, new IntPtr(5) };
            string[] strings = { "s", null };
            object[] objects = { 1, "two", null };
            Suit[] suits = { Suit.Hearts, Suit.Spades };
            Cell[] cells = new Cell[3];
            cells[1].Row = 4;
            cells[1].Value = 0.5;
            ref Cell c = ref cells[2];                       // ldelema
            c.Col = 9;
            bools[1] = !bools[0]; chars[0]++; sbytes[0]--; bytes[1] += 50; shorts[0] *= 2; ushorts[0]++;
            ints[1] = ints[0] * ints[1]; uints[0] <<= 1; longs[0] = -longs[0]; ulongs[0]--; floats[0] /= 2; doubles[1] += 1;
            decimals[0] += decimals[1]; ptrs[0] = ptrs[1] + 1; strings[1] = strings[0] + "!"; objects[2] = suits[0];
            Console.WriteLine("vectors: " + bools[1] + " " + chars[0] + " " + sbytes[0] + " " + bytes[1] + " " + shorts[0] + " " + ushorts[0] + " " + ints[1] +
                              " " + uints[0] + " " + longs[0] + " " + ulongs[0] + " " + floats[0] + " " + doubles[1] + " " + decimals[0] + " " + ptrs[0] +
                              " " + strings[1] + " " + objects[2] + " " + suits[1] + " " + cells[1].Row + "," + cells[1].Value + "," + cells[2].Col);

            // Multi-dimensional arrays.
            int[,] grid = new int[3, 4];
            for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i, j] = i * 10 + j;
            grid[2, 3] += 100;
            ref int corner = ref grid[0, 0];                 // Address
            corner = -1;
            double[,,] cube = new double[2, 2, 2];
            cube[1, 1, 1] = 8.5;
            string[,] names = { { "a", "b" }, { "c", "d" } };
            Cell[,] cellGrid = new Cell[2, 2];
            cellGrid[1, 0].Value = 2.5;
            long total = 0;
            foreach (int v in grid) total += v;
            Console.WriteLine("multi: " + grid.Rank + " " + grid.GetLength(1) + " " + grid[2, 3] + " " + total + " " + cube[1, 1, 1] + " " + names[1, 0] +
                              " " + cellGrid[1, 0].Value + " " + First(names) + " " + cube.Length + " " + corner);

            // Jagged arrays and mixed forms.
            int[][] jagged = new int[3][];
            for (int i = 0; i < 3; i++) { jagged[i] = new int[i + 1]; jagged[i][i] = i + 1; }
            int[][,] jaggedOfGrids = { new int[1, 2], new int[2, 1] };
            jaggedOfGrids[1][1, 0] = 7;
            int[,][] gridOfJagged = new int[2, 2][];
            gridOfJagged[1, 1] = new[] { 5, 6 };
            string[][][] deep = { new[] { new[] { "deep" } } };
            Console.WriteLine("jagged: " + jagged[2][2] + " " + jagged[1].Length + " " + jaggedOfGrids[1][1, 0] + " " + gridOfJagged[1, 1][1] + " " + deep[0][0][0]);

            // Non-zero lower bounds.
            Array bounded = Array.CreateInstance(typeof(int), new[] { 3 }, new[] { 5 });
            bounded.SetValue(42, 6);
            Array bounded2 = Array.CreateInstance(typeof(string), new[] { 2, 2 }, new[] { -1, 1 });
            bounded2.SetValue("corner", -1, 1);
            Console.WriteLine("bounds: " + bounded.GetLowerBound(0) + " " + bounded.GetValue(6) + " " + bounded.GetType() + " " + bounded2.GetValue(-1, 1) + " " + bounded2.GetLowerBound(0));

            // Covariance.
            object[] covariant = new string[2];
            covariant[0] = "fine";
            try { covariant[1] = 3; Console.WriteLine("covariance: no exception"); }
            catch (ArrayTypeMismatchException) { Console.WriteLine("covariance: ArrayTypeMismatchException"); }

            try { Console.WriteLine(ints[5]); }
            catch (IndexOutOfRangeException) { Console.WriteLine("bounds check: IndexOutOfRangeException"); }

            // Parameters and helpers.
            int[] growing = { 1, 2, 3 };
            Grow(ref growing);
            string[] made;
            Make(out made);
            var list = new List<int[]> { new[] { 1 }, new[] { 2, 3 } };
            Console.WriteLine("params: " + Sum() + " " + Sum(1, 2, 3) + " " + Sum(ints) + " " + growing.Length + " " + made[1] + " " + list[1][1] +
                              " " + Fill(3, "z")[2] + " " + Fill(2, Suit.Diamonds)[1]);
            int[] sorted = { 5, 3, 9, 1 };
            Array.Sort(sorted);
            int[] copy = (int[])sorted.Clone();
            Array.Reverse(copy);
            Console.WriteLine("methods: " + string.Join(",", sorted) + " " + string.Join(",", copy) + " " + Array.IndexOf(sorted, 9) + " " + Array.BinarySearch(sorted, 5));
            return 0;
        }
    }
}
