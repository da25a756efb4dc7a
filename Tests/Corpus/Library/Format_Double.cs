// Standard formats on double and float where .NET Framework/Mono and
// modern .NET agree (invariant culture): F/N/E/P/G with explicit precision
// of at most 15 significant digits, on values that are not exactly at a
// rounding tie for the precision used; special values (NaN,
// infinities, Epsilon, MaxValue) in every format; float widened to double.
// The formats whose results differ between runtimes are in
// Format_DoubleShortest and Format_DoubleExact.
using System;
using System.Globalization;

namespace Corpus.Library.Format_Double
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static string F(IFormattable v, string fmt)
        {
            try { return v.ToString(fmt, Inv); }
            catch (Exception e) { return "<" + e.GetType().Name + ">"; }
        }

        public static int Main()
        {
            string[] fmts = { "F0", "F1", "F2", "F4", "N0", "N2", "E", "E2", "e4", "G3", "G6", "G10", "G15", "P0", "P2", "0.00", "#,##0.###", "0.000E+00" };
            double[] values = {
                0.0, 1.0, -1.0, 0.7, 0.9, 0.6875, 100.0, 1234.5678, -1234.5678, 0.001, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, Math.PI, Math.E,
                1e6, 1e15, 1e-5, 12345678.9, 98765.4321, 1.5e-10, 9.10938e-31, 299792458.0, 4294967296.0, 0.000123456, -12.3456789
            };
            foreach (double v in values)
            {
                string line = F(v, "G6") + ":";
                foreach (string f in fmts) line += " " + f + "=" + F(v, f);
                Console.WriteLine(line);
            }

            Console.WriteLine("-- special values");
            double[] specials = { double.NaN, double.PositiveInfinity, double.NegativeInfinity };
            string[] specialFmts = { "F2", "N2", "E3", "G", "G3", "R", "P1", "0.00", "#" };
            foreach (double v in specials)
            {
                string line = "";
                foreach (string f in specialFmts) line += " " + f + "=" + F(v, f);
                Console.WriteLine(line.TrimStart());
            }
            Console.WriteLine("Epsilon E3=" + F(double.Epsilon, "E3") + " G3=" + F(double.Epsilon, "G3") + " F2=" + F(double.Epsilon, "F2") + " MaxValue E3=" + F(double.MaxValue, "E3") + " G3=" + F(double.MaxValue, "G3") + " MinValue E10=" + F(double.MinValue, "E10"));
            Console.WriteLine("NaN default " + double.NaN.ToString(Inv) + " +inf " + double.PositiveInfinity.ToString(Inv) + " -inf " + double.NegativeInfinity.ToString(Inv));
            Console.WriteLine("symbols [" + NumberFormatInfo.InvariantInfo.NaNSymbol + "] [" + NumberFormatInfo.InvariantInfo.PositiveInfinitySymbol + "] [" + NumberFormatInfo.InvariantInfo.NegativeInfinitySymbol + "]");

            Console.WriteLine("-- exactly representable values, default ToString");
            double[] simple = { 0.5, 1.25, -3.75, 1024.0, 1e10, 123456.0, 0.0009765625, 1e14, 1e-4, 1e-5, 123456789012.0, 1e100, 2e-300 };
            foreach (double v in simple) Console.Write(v.ToString(Inv) + " ");
            Console.WriteLine();
            Console.WriteLine("-- float (widened and as float)");
            float[] floats = { 0.5f, 1.25f, -2.5f, 1024f, 3.75e5f, 0.125f };
            foreach (float v in floats) Console.Write(v.ToString(Inv) + "/" + v.ToString("F3", Inv) + "/" + v.ToString("E2", Inv) + "/" + ((double)v).ToString("F3", Inv) + " ");
            Console.WriteLine();
            Console.WriteLine("float specials " + float.NaN.ToString(Inv) + " " + float.PositiveInfinity.ToString(Inv) + " " + float.NegativeInfinity.ToString(Inv) + " max " + float.MaxValue.ToString("E6", Inv) + " eps " + float.Epsilon.ToString("E3", Inv));

            Console.WriteLine("-- interpolation and Format with doubles");
            double a = 2.5, b = -0.1234;
            Console.WriteLine(string.Format(Inv, "{0:F3}|{1,10:E2}|{0,-8:N1}|{1:P0}", a, b));
            Console.WriteLine(string.Format(Inv, "{0:0.###} {1:0.###} {2:#.##}", 1.5, 1.0, 0.25));
            Console.WriteLine(FormattableString.Invariant($"{a:F1} {b:0.0000} {a * 1000:N0}"));
            return 0;
        }
    }
}
