// System.Decimal: arithmetic and the scale of its results, division with
// 28-29 significant digits, overflow, rounding (Math.Round / decimal.Round
// with every MidpointRounding mode usable here, Truncate, Floor, Ceiling),
// Remainder, Parse / TryParse with styles, conversions to and from integers
// and floating point (with their overflow rules), GetBits and the
// decimal(int,int,int,bool,byte) constructor, comparisons and equality
// across different scales.
using System;
using System.Globalization;

namespace Corpus.Library.Primitive_Decimal
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

        // Identity: keeps mcs from constant-folding decimal expressions at
        // compile time (it folds decimal arithmetic on literals).
        static decimal V(decimal d) { return d; }

        static string S(decimal d) { return d.ToString(Inv); }

        static void Try(string label, Func<object> f)
        {
            try
            {
                object r = f();
                Console.WriteLine(label + " = " + (r is decimal ? S((decimal)r) : r is double ? ((double)r).ToString("G17", Inv) : Convert.ToString(r, Inv)));
            }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        static string Bits(decimal d)
        {
            int[] b = decimal.GetBits(d);
            return b[0].ToString("X8") + " " + b[1].ToString("X8") + " " + b[2].ToString("X8") + " " + b[3].ToString("X8");
        }

        public static int Main()
        {
            decimal a = 10.50m, b = 3m, c = 0.1m, third = V(1m) / V(3m);
            Console.WriteLine("-- arithmetic");
            Try("a + b", () => a + b);
            Try("a - b", () => a - b);
            Try("a * b", () => a * b);
            Try("a / b", () => a / b);
            Try("a % b", () => a % b);
            Try("-a % b", () => -a % b);
            Try("a % -b", () => a % -b);
            Try("1 / 3", () => third);
            Try("2 / 3", () => V(2m) / V(3m));
            Try("1/3 * 3", () => third * 3);
            Try("c + c + c == 0.3m", () => c + c + c == V(0.3m));
            Try("0.1m * 0.1m", () => c * c);
            Try("1.000m * 1.00m", () => V(1.000m) * V(1.00m));
            Try("10m / 4m", () => V(10m) / V(4m));
            Try("1.0m / 4m", () => V(1.0m) / V(4m));
            Try("100m / 10m", () => V(100m) / V(10m));
            Try("100.00m / 10m", () => V(100.00m) / V(10m));
            Try("1m / 8m", () => V(1m) / V(8m));
            Try("1m / 7m", () => V(1m) / V(7m));
            Try("22m / 7m", () => V(22m) / V(7m));
            Try("1m / 1024m", () => V(1m) / V(1024m));
            Try("1e-28m / 2", () => V(0.0000000000000000000000000001m) / 2);
            Try("3e-28m / 2", () => V(0.0000000000000000000000000003m) / 2);
            Try("MaxValue / 10", () => V(decimal.MaxValue) / 10);
            Try("MaxValue - 0.5m", () => V(decimal.MaxValue) - V(0.5m));
            Try("MaxValue + 1", () => V(decimal.MaxValue) + 1);
            Try("MaxValue * 2", () => V(decimal.MaxValue) * 2);
            Try("MinValue - 1", () => V(decimal.MinValue) - 1);
            Try("MaxValue / 0.5m", () => V(decimal.MaxValue) / V(0.5m));
            Try("1 / 0", () => V(1m) / (b - 3));
            Try("0.5m * 0.5m * ... (30 times)", () => { decimal p = 1; for (int i = 0; i < 30; i++) p *= V(0.5m); return p; });
            Try("123456789.123456789m * 987654321.987654321m", () => V(123456789.123456789m) * V(987654321.987654321m));
            Try("sum 0.01m x 1000", () => { decimal s = 0; for (int i = 0; i < 1000; i++) s += V(0.01m); return s; });
            Try("++ and --", () => { decimal d = V(1.5m); d++; d++; d--; return d; });
            Try("Negate(-0.00m)", () => decimal.Negate(-V(0.00m)));
            Try("decimal.Add/Subtract/Multiply/Divide/Remainder", () => S(decimal.Add(V(1.1m), V(2.2m))) + " " + S(decimal.Subtract(V(1.1m), V(2.2m))) + " " + S(decimal.Multiply(V(1.1m), V(2.2m))) + " " + S(decimal.Divide(V(1.1m), V(2.2m))) + " " + S(decimal.Remainder(V(5.5m), V(2m))));

            Console.WriteLine("-- rounding");
            decimal[] rs = { 2.5m, 3.5m, -2.5m, -3.5m, 2.45m, 2.55m, 2.451m, -2.449m, 0.125m, 1.005m };
            foreach (decimal r in rs) // rs elements are run-time values
                Console.WriteLine(S(r) + ": Round " + S(Math.Round(r)) + " ToEven " + S(Math.Round(r, MidpointRounding.ToEven)) + " Away " + S(Math.Round(r, MidpointRounding.AwayFromZero))
                    + " Round(1) " + S(Math.Round(r, 1)) + " Round(1,Away) " + S(Math.Round(r, 1, MidpointRounding.AwayFromZero)) + " Round(2) " + S(decimal.Round(r, 2))
                    + " Truncate " + S(decimal.Truncate(r)) + " Floor " + S(decimal.Floor(r)) + " Ceiling " + S(decimal.Ceiling(r)));
            Try("Round(1.23456m, 28)", () => decimal.Round(1.23456m, 28));
            Try("Round(1.5m, 29)", () => decimal.Round(1.5m, 29));
            Try("Round(1.5m, -1)", () => decimal.Round(1.5m, -1));
            Try("Round(1.000m, 1)", () => decimal.Round(1.000m, 1));
            Try("Round(1.2m, 3)", () => decimal.Round(1.2m, 3));

            Console.WriteLine("-- parsing");
            string[] ps = { "1", "1.0", "1.50", "-0.001", "+3.14", "  2.5  ", "1,234.5", "1e3", "1.5E-3", "79228162514264337593543950335", "79228162514264337593543950336",
                            "0.00000000000000000000000000001", "0.000000000000000000000000000049", "0.000000000000000000000000000051", "1.2345678901234567890123456789",
                            "12345678901234567890.12345678901", ".5", "5.", "", "abc", "1.2.3", "(5)", "\u00A41.00" };
            foreach (string p in ps)
            {
                decimal v;
                bool ok = decimal.TryParse(p, NumberStyles.Number, Inv, out v);
                string strict;
                try { strict = S(decimal.Parse(p, Inv)); } catch (Exception e) { strict = e.GetType().Name; }
                string any;
                try { any = S(decimal.Parse(p, NumberStyles.Any, Inv)); } catch (Exception e) { any = e.GetType().Name; }
                string fl;
                try { fl = S(decimal.Parse(p, NumberStyles.Float, Inv)); } catch (Exception e) { fl = e.GetType().Name; }
                Console.WriteLine("\"" + A(p) + "\": TryParse(Number) " + ok + " " + S(v) + " | Parse " + strict + " | Any " + any + " | Float " + fl);
            }

            Console.WriteLine("-- conversions");
            Try("(int)2.9m", () => (int)V(2.9m));
            Try("(int)-2.9m", () => (int)V(-2.9m));
            Try("(long)1e18m", () => (long)V(1000000000000000000m));
            Try("(int)3e9m", () => { decimal d = 3000000000m; return (int)d; });
            Try("(byte)255.99m", () => { decimal d = 255.99m; return (byte)d; });
            Try("(byte)256m", () => { decimal d = 256m; return (byte)d; });
            Try("(byte)-0.5m", () => { decimal d = -0.5m; return (byte)d; });
            Try("(ulong)MaxValue", () => (ulong)V(decimal.MaxValue));
            Try("(double)0.1m", () => (double)V(0.1m));
            Try("(double)third", () => (double)third);
            Try("(double)MaxValue", () => (double)V(decimal.MaxValue));
            Try("(float)2.5m", () => ((float)V(2.5m)).ToString(Inv));
            Try("(decimal)0.1", () => { double d = 0.1; return (decimal)d; });
            Try("(decimal)1e-30", () => { double d = 1e-30; return (decimal)d; });
            Try("(decimal)1e29", () => { double d = 1e29; return (decimal)d; });
            Try("(decimal)NaN", () => { double d = double.NaN; return (decimal)d; });
            Try("(decimal)123456789.123456789", () => { double d = 123456789.123456789; return (decimal)d; });
            Try("(decimal)int.MinValue", () => { int i = int.MinValue; return (decimal)i; });
            Try("(decimal)ulong.MaxValue", () => { ulong u = ulong.MaxValue; return (decimal)u; });
            Try("(decimal)'A'", () => { char ch = 'A'; return (decimal)ch; });
            Try("decimal.ToInt32(-7.7m)", () => decimal.ToInt32(-7.7m));
            Try("decimal.ToDouble(1.5m)", () => decimal.ToDouble(1.5m));
            Try("decimal.ToOACurrency(1.23456m)", () => decimal.ToOACurrency(1.23456m));

            Console.WriteLine("-- bits and constructors");
            decimal[] bs = { 0m, 1m, -1m, 1.5m, 1.50m, -0.001m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 4294967296m, 18446744073709551616m };
            foreach (decimal d in bs) Console.WriteLine(S(d) + " -> " + Bits(d));
            Try("new decimal(1, 0, 0, false, 2)", () => new decimal(1, 0, 0, false, 2));
            Try("new decimal(-1, -1, -1, true, 0)", () => new decimal(-1, -1, -1, true, 0));
            Try("new decimal(5, 0, 0, true, 28)", () => new decimal(5, 0, 0, true, 28));
            Try("new decimal(5, 0, 0, false, 29)", () => new decimal(5, 0, 0, false, 29));
            Try("new decimal(int[]{15,0,0,0x10000})", () => new decimal(new[] { 15, 0, 0, 0x10000 }));
            Try("new decimal(int[]{1,0,0,0x1})", () => new decimal(new[] { 1, 0, 0, 0x1 }));
            Try("new decimal(12345L)", () => new decimal(-12345L));
            Try("new decimal(1.5f)", () => new decimal(1.5f));
            Try("new decimal(0.1f)", () => new decimal(0.1f));
            Try("new decimal(1.0/3)", () => new decimal(1.0 / 3));

            Console.WriteLine("-- comparison");
            Console.WriteLine("1.0m == 1.00m " + (1.0m == 1.00m) + ", Equals " + 1.0m.Equals(1.00m) + ", CompareTo " + 1.0m.CompareTo(1.00m) + ", Compare(-1,1) " + decimal.Compare(-1m, 1m));
            Console.WriteLine("hash equal for 1.0m and 1.00m " + (1.0m.GetHashCode() == 1.00m.GetHashCode()));
            Console.WriteLine("-0m == 0m " + (decimal.Negate(0m) == 0m) + ", Max " + S(Math.Max(1.5m, 1.50m)) + ", Min " + S(Math.Min(-1m, -1.0m)) + ", Abs " + S(Math.Abs(-2.50m)) + ", Sign " + Math.Sign(-0.001m));
            Console.WriteLine("Equals(object 1) " + 1m.Equals((object)1) + ", Equals(object 1m) " + 1m.Equals((object)1.0m));
            return 0;
        }
    }
}
