// Parse / TryParse for the integer types (invariant culture): valid input,
// signs, surrounding whitespace, empty / null / garbage, overflow at both
// ends of every type, NumberStyles (HexNumber, AllowThousands,
// AllowParentheses, AllowExponent, AllowDecimalPoint with zero fraction,
// None, Any), and the out value after a failed TryParse.
using System;
using System.Globalization;

namespace Corpus.Library.Primitive_IntParse
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static string Show(string s)
        {
            if (s == null) return "null";
            string r = "\"";
            foreach (char c in s) r += c < ' ' ? "\\x" + ((int)c).ToString("X2") : c > '~' ? "\\u" + ((int)c).ToString("X4") : c.ToString();
            return r + "\"";
        }

        static string P<T>(Func<T> f)
        {
            try { return f().ToString(); }
            catch (Exception e) { return e.GetType().Name; }
        }

        public static int Main()
        {
            string[] inputs = {
                "0", "123", "-123", "+123", "  42  ", "\t\n42\r\n", "007", "-0", "+-1", "--1", "1-", "1+", "1 2", "", " ", null, "abc", "12a",
                "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296", "9223372036854775807", "9223372036854775808",
                "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999999999",
                "255", "256", "-1", "127", "128", "-128", "-129", "32767", "32768", "65535", "65536", "1,000", "1.0", "1e3", "(5)", "0x1F", "1_000",
                "\u0661\u0662", "\uFF11\uFF12", "00000000000000000000000000000042"
            };
            Console.WriteLine("input | int | uint | long | ulong | short | ushort | byte | sbyte");
            foreach (string s in inputs)
            {
                Console.WriteLine(Show(s) + " | " + P(() => int.Parse(s, Inv)) + " | " + P(() => uint.Parse(s, Inv)) + " | " + P(() => long.Parse(s, Inv))
                    + " | " + P(() => ulong.Parse(s, Inv)) + " | " + P(() => short.Parse(s, Inv)) + " | " + P(() => ushort.Parse(s, Inv))
                    + " | " + P(() => byte.Parse(s, Inv)) + " | " + P(() => sbyte.Parse(s, Inv)));
            }

            Console.WriteLine("-- TryParse");
            foreach (string s in new[] { "17", "x", "2147483648", "", null, " -5 ", "+0" })
            {
                int v = 99;
                bool ok = int.TryParse(s, out v);
                long lv = 99;
                bool lok = long.TryParse(s, NumberStyles.Integer, Inv, out lv);
                byte bv = 99;
                bool bok = byte.TryParse(s, out bv);
                Console.WriteLine(Show(s) + ": int " + ok + " " + v + ", long " + lok + " " + lv + ", byte " + bok + " " + bv);
            }

            Console.WriteLine("-- NumberStyles");
            var cases = new[] {
                Tuple.Create("FF", NumberStyles.HexNumber), Tuple.Create("ff", NumberStyles.HexNumber), Tuple.Create("  7fffffff  ", NumberStyles.HexNumber),
                Tuple.Create("80000000", NumberStyles.HexNumber), Tuple.Create("FFFFFFFF", NumberStyles.HexNumber), Tuple.Create("100000000", NumberStyles.HexNumber),
                Tuple.Create("0x10", NumberStyles.HexNumber), Tuple.Create("-1", NumberStyles.HexNumber), Tuple.Create("G", NumberStyles.HexNumber),
                Tuple.Create("0000000000000000FF", NumberStyles.HexNumber), Tuple.Create("1,234,567", NumberStyles.AllowThousands),
                Tuple.Create("1,2,3", NumberStyles.AllowThousands), Tuple.Create(",123", NumberStyles.AllowThousands), Tuple.Create("-1,000", NumberStyles.Number),
                Tuple.Create("(42)", NumberStyles.AllowParentheses), Tuple.Create("(-42)", NumberStyles.AllowParentheses | NumberStyles.AllowLeadingSign),
                Tuple.Create("1e3", NumberStyles.AllowExponent), Tuple.Create("1E+3", NumberStyles.AllowExponent), Tuple.Create("15e-1", NumberStyles.AllowExponent),
                Tuple.Create("150e-2", NumberStyles.AllowExponent), Tuple.Create("1e10", NumberStyles.AllowExponent),
                Tuple.Create("5.000", NumberStyles.AllowDecimalPoint), Tuple.Create("5.", NumberStyles.AllowDecimalPoint), Tuple.Create(".0", NumberStyles.AllowDecimalPoint),
                Tuple.Create(" 5", NumberStyles.None), Tuple.Create("5", NumberStyles.None), Tuple.Create("-5", NumberStyles.None), Tuple.Create("5 ", NumberStyles.AllowTrailingWhite),
                Tuple.Create("5-", NumberStyles.AllowTrailingSign), Tuple.Create(" -1,234.00 ", NumberStyles.Any), Tuple.Create("$5", NumberStyles.Any),
                Tuple.Create("\u00A45", NumberStyles.Any), Tuple.Create("1,234", NumberStyles.Integer)
            };
            foreach (var c in cases)
                Console.WriteLine(Show(c.Item1) + " " + c.Item2 + ": int " + P(() => int.Parse(c.Item1, c.Item2, Inv)) + ", long " + P(() => long.Parse(c.Item1, c.Item2, Inv))
                    + ", byte " + P(() => byte.Parse(c.Item1, c.Item2, Inv)));
            Console.WriteLine("bad style: " + P(() => int.Parse("1", NumberStyles.HexNumber | NumberStyles.AllowDecimalPoint, Inv)) + " " + P(() => int.Parse("1", (NumberStyles)0x10000, Inv)));
            int hv;
            Console.WriteLine("TryParse hex " + int.TryParse("BEEF", NumberStyles.HexNumber, Inv, out hv) + " " + hv);

            Console.WriteLine("-- round trips");
            long[] samples = { 0, 1, -1, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue };
            foreach (long x in samples)
                Console.WriteLine(x + " -> " + long.Parse(x.ToString(Inv), Inv) + " hex " + x.ToString("X") + " -> " + long.Parse(x.ToString("X"), NumberStyles.HexNumber, Inv));
            return 0;
        }
    }
}
