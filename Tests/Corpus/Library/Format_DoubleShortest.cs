// double/float -> string with no precision: ToString(), "G", "R" and
// string concatenation. .NET Core 3.0+ prints the shortest string that
// round-trips; .NET Framework and Mono print 15 (double) / 7 (float)
// significant digits ("R" tries 15 and falls back to 17). This program
// pins the modern behaviour; .mono-expected has Mono's. See
// Format_DoubleShortest.notes.
using System;
using System.Globalization;

namespace Corpus.Library.Format_DoubleShortest
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public static int Main()
        {
            double[] values = {
                0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.1 * 3, 1.1 * 1.1, 100.0 / 3, Math.PI, Math.E, Math.Sqrt(2), 1e15, 1e16, 1e17, 123456789012345678.0,
                1e-5, 1e-7, 0.000123, 5e-324, double.MaxValue, double.MinValue, 1.7976931348623157e308, 2.2250738585072014e-308,
                9007199254740993.0, 0.30000000000000004, 4.35, 4.345, 1234.5678, 1.0 / 1024, 3.0e-10, 1e22, 1e21
            };
            foreach (double v in values)
            {
                string s = v.ToString(Inv);
                string rt;
                try { rt = (double.Parse(s, Inv) == v).ToString(); }
                catch (Exception e) { rt = "parse threw " + e.GetType().FullName; }
                Console.WriteLine("ToString " + s + " | G " + v.ToString("G", Inv) + " | R " + v.ToString("R", Inv) + " | G17 " + v.ToString("G17", Inv)
                    + " | E16 " + v.ToString("E16", Inv) + " | round-trips " + rt);
            }
            float[] floats = { 0.1f, 1f / 3, 2f / 3, 0.1f + 0.2f, 3.14159265f, 16777217f, float.MaxValue, float.Epsilon, 1e-10f, 123456.789f };
            foreach (float f in floats)
                Console.WriteLine("float ToString " + f.ToString(Inv) + " | R " + f.ToString("R", Inv) + " | G9 " + f.ToString("G9", Inv) + " | as double " + ((double)f).ToString("R", Inv));
            double x = 0.1;
            double sum = 0;
            for (int i = 0; i < 10; i++) sum += x;
            Console.WriteLine("sum of ten 0.1 = " + sum.ToString(Inv) + ", == 1.0 " + (sum == 1.0));
            Console.WriteLine(string.Format(Inv, "composite {0} {1:G} {2}", 0.1 + 0.2, 1.0 / 3, 2.0f / 3));
            return 0;
        }
    }
}
