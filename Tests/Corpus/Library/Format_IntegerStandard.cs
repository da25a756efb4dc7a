// Standard numeric format strings on every integer type (invariant
// culture): D, X, x, N, F, E, G, P with and without precision, on zero,
// negative values, MinValue / MaxValue, and unsupported / bad specifiers.
using System;
using System.Globalization;

namespace Corpus.Library.Format_IntegerStandard
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

        static void Row(string name, IFormattable v, string[] fmts)
        {
            Console.Write(name.PadRight(14));
            foreach (string f in fmts) Console.Write(" " + f + "=" + F(v, f));
            Console.WriteLine();
        }

        public static int Main()
        {
            string[] fmts = { "D", "D1", "D8", "X", "x", "X8", "N", "N0", "N3", "F", "F0", "F4", "E", "e2", "E0", "G", "G2", "G20", "P", "P0", "P1" };
            IFormattable[] ints = { 0, 1, -1, 7, -7, 42, 255, 1000, 12345, -12345, 999999, 1000000, int.MaxValue, int.MinValue };
            foreach (IFormattable v in ints) Row("int " + v.ToString(null, Inv), v, fmts);
            Row("long max", long.MaxValue, fmts);
            Row("long min", long.MinValue, fmts);
            Row("long -1", -1L, fmts);
            Row("long 2^40", 1L << 40, fmts);
            Row("ulong max", ulong.MaxValue, fmts);
            Row("uint max", uint.MaxValue, fmts);
            Row("short min", short.MinValue, fmts);
            Row("short -1", (short)-1, fmts);
            Row("ushort max", ushort.MaxValue, fmts);
            Row("byte 200", (byte)200, fmts);
            Row("sbyte -128", sbyte.MinValue, fmts);
            Row("sbyte -1", (sbyte)-1, fmts);

            Console.WriteLine("-- specifier edge cases");
            string[] odd = { "", null, "d", "n", "f", "g", "p", "D0", "D99", "X0", "x16", "E6", "G0", "G1", "N99", "R", "C0", "Z", "D-1", "DD", "X2X" };
            foreach (string f in odd)
                Console.WriteLine("[" + (f ?? "null") + "] 1234: " + F(1234, f) + " | -1234: " + F(-1234, f) + " | 0: " + F(0, f));
            Console.WriteLine("ToString() " + 1234.ToString() + " " + (-1234L).ToString() + " " + ulong.MaxValue.ToString() + " " + ((byte)0).ToString());
            Console.WriteLine("ToString(provider) " + 1234.ToString(Inv) + " " + (-5).ToString(Inv));
            Console.WriteLine("hex of negative types: " + ((sbyte)-2).ToString("X") + " " + ((short)-2).ToString("X") + " " + (-2).ToString("X") + " " + (-2L).ToString("X"));
            Console.WriteLine("hex padded negative: " + ((sbyte)-2).ToString("X4") + " " + (-2).ToString("x10"));
            Console.WriteLine("NumberFormatInfo.InvariantInfo: group [" + NumberFormatInfo.InvariantInfo.NumberGroupSeparator + "] decimal [" + NumberFormatInfo.InvariantInfo.NumberDecimalSeparator
                + "] negative [" + NumberFormatInfo.InvariantInfo.NegativeSign + "] percent [" + NumberFormatInfo.InvariantInfo.PercentSymbol + "] digits " + NumberFormatInfo.InvariantInfo.NumberDecimalDigits);
            NumberFormatInfo custom = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
            custom.NumberGroupSeparator = "_";
            custom.NumberDecimalSeparator = ",";
            custom.NegativeSign = "~";
            custom.NumberGroupSizes = new[] { 3, 2 };
            Console.WriteLine("custom NumberFormatInfo: " + 1234567890.ToString("N2", custom) + " " + (-42).ToString("D", custom) + " " + (-42).ToString(custom) + " " + 123.ToString("N0", custom));
            custom.NumberGroupSizes = new[] { 2, 0 };
            Console.WriteLine("group sizes {2,0}: " + 1234567890.ToString("N0", custom));
            custom.NumberGroupSizes = new[] { 0 };
            Console.WriteLine("group sizes {0}: " + 1234567890.ToString("N0", custom));
            return 0;
        }
    }
}
