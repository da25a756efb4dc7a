// Custom numeric format strings (invariant culture) on int, long, decimal
// and exactly representable doubles: 0 and # placeholders, group separators
// and scaling commas, percent and per-mille, exponents, sections (positive;
// negative;zero), escaped and quoted literals, rounding at the last
// placeholder (midpoints round away from zero), negative results that
// round to zero (decimals only: for doubles .NET Core 3.0+ keeps the
// minus sign, see Format_DoubleExact).
using System;
using System.Globalization;

namespace Corpus.Library.Format_Custom
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

        static string F(IFormattable v, string fmt)
        {
            try { return A(v.ToString(fmt, Inv)); }
            catch (Exception e) { return "<" + e.GetType().Name + ">"; }
        }

        public static int Main()
        {
            string[] fmts = {
                "0", "00000", "0.00", "#", "#.##", "0.###", "#,##0", "#,##0.00", "#,#", "000,000", "0,", "0,,", "#,##0,",
                "0%", "0.0%", "0\u2030", "0.0E+0", "0.00e-00", "0E0", "#.#E+000", "0.0;(0.0)", "0;-0;'zero'", "+0;-0;0", "#;#;",
                "\\#0", "'#'0'#'", "\"lit\"0", "0 'units'", "[0]", "0.0#", "00.00##", "#0.0#,", ".00", "0.", "#,,,", ";", "0;;'Z'"
            };
            IFormattable[] values = {
                0, 1, -1, 7, 42, -42, 1234, -1234, 1234567, 999, 1000, 123456789L, -9876543210L,
                0.5m, 1.5m, 2.5m, -2.5m, 0.125m, 1234.5678m, -0.004m, 0.0001m, 123456789.987654321m, 1000000m,
                0.5, 1.5, 2.5, 0.125, 0.375, 1234.5, 1048576.25, -1048576.25, 0.001953125, 65536.0
            };
            foreach (IFormattable v in values)
            {
                Console.WriteLine(v.GetType().Name + " " + v.ToString(null, Inv));
                string line = "  ";
                for (int i = 0; i < fmts.Length; i++)
                {
                    line += "[" + A(fmts[i]) + "]=" + F(v, fmts[i]) + "  ";
                    if (i % 8 == 7) { Console.WriteLine(line.TrimEnd()); line = "  "; }
                }
                Console.WriteLine(line.TrimEnd());
            }

            Console.WriteLine("-- rounding to zero and signs");
            Console.WriteLine(F(-0.4m, "0") + " " + F(-0.004m, "0.00") + " " + F(-0.004m, "0.00;(0.00);zero") + " " + F(-1, "0;0") + " " + F(-0.25, "0.0"));
            Console.WriteLine(F(-5, ";") + "|" + F(5, ";") + "|" + F(0, ";"));
            Console.WriteLine("literal sign: " + F(-5, "0 'minus'") + " " + F(-5, "'<'0'>';'('0')'"));
            Console.WriteLine("escape at end: " + F(5, "0\\") + " backslash: " + F(5, "0\\\\"));
            Console.WriteLine("many sections: " + F(5, "a;b;c;d") + " " + F(-5, "a;b;c;d") + " " + F(0, "a;b;c;d"));
            Console.WriteLine("no placeholders: " + F(123, "abc") + " " + F(-123, "abc"));
            Console.WriteLine("thousands with long: " + F(long.MinValue, "#,##0") + " " + F(ulong.MaxValue, "#,##0"));
            Console.WriteLine("decimal max: " + F(decimal.MaxValue, "#,##0.00") + " " + F(decimal.MinValue, "0"));
            Console.WriteLine("decimal tiny: " + F(0.0000000000000000000000000001m, "0.0000000000000000000000000000") + " " + F(0.0000000000000000000000000001m, "0.##"));
            return 0;
        }
    }
}
