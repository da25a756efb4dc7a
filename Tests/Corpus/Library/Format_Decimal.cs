// Formatting System.Decimal (invariant culture): ToString() keeps the
// scale (trailing zeros), standard formats F/N/E/G/P with precision (D, X
// and R are rejected),
// midpoint rounding in formatting (away from zero, unlike Math.Round),
// very large and very small values, negative values that round to zero,
// and composite formatting with decimals.
using System;
using System.Globalization;

namespace Corpus.Library.Format_Decimal
{
    public static class Program
    {
        // Non-ASCII characters are printed as \uXXXX so stdout stays ASCII.
        static string A(string s)
        {
            if (s == null) return null;
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            foreach (char ch in s) { if (ch < 128) sb.Append(ch); else sb.Append("\\u").Append(((int)ch).ToString("X4")); }
            return sb.ToString();
        }

        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static string F(decimal v, string fmt)
        {
            try { return v.ToString(fmt, Inv); }
            catch (Exception e) { return "<" + e.GetType().Name + ">"; }
        }

        public static int Main()
        {
            decimal[] values = {
                0m, 0.0m, 0.000m, 1m, 1.0m, 1.50m, -1.50m, 2.5m, 3.5m, -2.5m, 0.125m, 0.135m, 1.005m, 123.456m, -123.456m,
                1234567.891m, 0.0001m, 0.00001234m, 100m, 1e10m, 79228162514264337593543950335m, -79228162514264337593543950335m,
                0.0000000000000000000000000001m, 1.0000000000000000000000000001m, 7.9228162514264337593543950335m, 12345678901234567890.123456789m
            };
            string[] fmts = { "F0", "F1", "F2", "F5", "N", "N0", "N3", "E", "E2", "G", "G3", "G5", "G29", "P", "P0", "0.##", "#,##0.00" };
            foreach (decimal v in values)
            {
                Console.WriteLine(v.ToString(Inv));
                string line = " ";
                for (int i = 0; i < fmts.Length; i++)
                {
                    line += " " + fmts[i] + "=" + F(v, fmts[i]);
                    if (i == 8) { Console.WriteLine(line); line = " "; }
                }
                Console.WriteLine(line);
            }

            Console.WriteLine("-- scale is preserved by arithmetic and shown by ToString()");
            decimal a = 1.10m, b = 2.200m;
            Console.WriteLine((a + b).ToString(Inv) + " " + (a * b).ToString(Inv) + " " + (b - a).ToString(Inv) + " " + (a * 10).ToString(Inv) + " " + (b / 2).ToString(Inv));
            Console.WriteLine("1.0m == 1.00m " + (1.0m == 1.00m) + " but strings " + 1.0m.ToString(Inv) + " " + 1.00m.ToString(Inv));
            Console.WriteLine("-0.0m " + (-0.0m).ToString(Inv) + " " + F(-0.0m, "F2") + " negated zero " + (-(0.00m)).ToString(Inv));
            Console.WriteLine("-0.004m F2 " + F(-0.004m, "F2") + " N1 " + F(-0.004m, "N1") + " E1 " + F(-0.004m, "E1") + " G1 " + F(-0.004m, "G1"));
            Console.WriteLine("unsupported: D=" + F(5m, "D") + " X=" + F(5m, "X") + " R=" + F(5m, "R"));
            Console.WriteLine(A(string.Format(Inv, "[{0,12:N2}] [{1,-10:F1}] [{2:C}]", 1234.567m, -0.05m, 12.5m)));
            Console.WriteLine($"interp {0.1m + 0.2m} {1m / 8} {10m / 4} {(decimal)0.1f} {(decimal)1.1}");
            return 0;
        }
    }
}
