// double.Parse / TryParse and float.Parse (invariant culture): plain,
// signed, exponent, leading/trailing whitespace, thousands separators,
// NumberStyles restrictions, NaN / Infinity spellings, hexadecimal
// rejection, and values that need correct rounding. Results are shown as
// raw IEEE bits (NaN by name) so no formatting difference can hide a
// parsing one.
// .NET Core 3.0 made parsing IEEE-compliant: "-0" keeps its sign,
// NaN/Infinity are matched case-insensitively and "+Infinity" is accepted,
// and out-of-range values become +-Infinity or +-0 instead of throwing
// OverflowException. See Primitive_DoubleParse.notes.
using System;
using System.Globalization;

namespace Corpus.Library.Primitive_DoubleParse
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

        // NaN payload/sign bits are not specified, so NaN is printed by name.
        static string Bits(double d) { return double.IsNaN(d) ? "NaN" : BitConverter.DoubleToInt64Bits(d).ToString("X16"); }

        static string P(Func<double> f)
        {
            try { return Bits(f()); }
            catch (Exception e) { return e.GetType().Name; }
        }

        public static int Main()
        {
            string[] inputs = {
                "0", "-0", "+0", "1", "-1", "1.5", "-1.5", ".5", "5.", "-.5", "1e3", "1E3", "1e+3", "1e-3", "-1.5e-3", "1.5E+308", "4.9406564584124654E-324",
                "2.2250738585072014E-308", "2.2250738585072011E-308", "0.1", "0.2", "0.3", "3.14159265358979", "3.141592653589793", "3.1415926535897932384626433832795",
                "123456789012345678901234567890", "9007199254740993", "9007199254740995", "0.000001", "1e-7", "100000000000000000000000", "1.7976931348623157e308",
                "  12.5  ", "\t-7\n", "1,234.5", "1 234", "NaN", "nan", "-NaN", "Infinity", "-Infinity", "+Infinity", "infinity", "\u221E", "Inf", "0x10", "1e", "e5",
                "1.2.3", "", " ", "--1", "1d", "1f", "1_0", "٣",
                "1e400", "-1e400", "1.8e308", "1e-400", "-1e-400", "2.4703282292062327e-324", "2.4703282292062328e-324"
            };
            Console.WriteLine("input | Parse | Float only | Number style | TryParse");
            foreach (string s in inputs)
            {
                double t;
                bool ok = double.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, Inv, out t);
                Console.WriteLine("\"" + A(s.Replace("\t", "\\t").Replace("\n", "\\n")) + "\" | " + P(() => double.Parse(s, Inv)) + " | " + P(() => double.Parse(s, NumberStyles.Float, Inv))
                    + " | " + P(() => double.Parse(s, NumberStyles.Number, Inv)) + " | " + ok + " " + Bits(t));
            }
            Console.WriteLine("-- float");
            string[] fs = { "0.1", "3.4028235E+38", "1.17549435E-38", "1.401298E-45", "16777217", "16777219", "0.3333333333", "-2.5" };
            foreach (string s in fs)
            {
                float f = float.Parse(s, Inv);
                Console.WriteLine("\"" + s + "\" -> " + BitConverter.ToInt32(BitConverter.GetBytes(f), 0).ToString("X8") + " (double " + ((double)f).ToString("G17", Inv) + ")");
            }
            Console.WriteLine("-- errors");
            try { double.Parse(null, Inv); } catch (Exception e) { Console.WriteLine("Parse(null) " + e.GetType().FullName); }
            try { double.Parse("1", NumberStyles.HexNumber, Inv); } catch (Exception e) { Console.WriteLine("HexNumber style " + e.GetType().FullName); }
            double r;
            Console.WriteLine("TryParse(null) " + double.TryParse(null, out r) + " " + Bits(r));
            Console.WriteLine("-- round trip of R strings");
            double[] samples = { 0.1, 1.0 / 3, Math.PI, 1e-300, 123.456, 5e-324, 1.7976931348623157e308 };
            foreach (double d in samples) Console.WriteLine(Bits(d) + " -> " + Bits(double.Parse(d.ToString("G17", Inv), Inv)));
            return 0;
        }
    }
}
