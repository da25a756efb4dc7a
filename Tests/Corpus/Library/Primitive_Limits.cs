// MinValue / MaxValue of every primitive, default ToString of each type,
// unchecked wrap-around and checked overflow, integer division and
// remainder signs, shifts with out-of-range counts, bool parsing and
// formatting, CompareTo/Equals across primitive types, and sizes.
using System;
using System.Globalization;

namespace Corpus.Library.Primitive_Limits
{
    public static class Program
    {
        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- limits");
            Console.WriteLine("sbyte " + sbyte.MinValue + " .. " + sbyte.MaxValue);
            Console.WriteLine("byte " + byte.MinValue + " .. " + byte.MaxValue);
            Console.WriteLine("short " + short.MinValue + " .. " + short.MaxValue);
            Console.WriteLine("ushort " + ushort.MinValue + " .. " + ushort.MaxValue);
            Console.WriteLine("int " + int.MinValue + " .. " + int.MaxValue);
            Console.WriteLine("uint " + uint.MinValue + " .. " + uint.MaxValue);
            Console.WriteLine("long " + long.MinValue + " .. " + long.MaxValue);
            Console.WriteLine("ulong " + ulong.MinValue + " .. " + ulong.MaxValue);
            Console.WriteLine("char " + (int)char.MinValue + " .. " + (int)char.MaxValue);
            Console.WriteLine("decimal " + decimal.MinValue + " .. " + decimal.MaxValue + " one " + decimal.One + " minus one " + decimal.MinusOne + " zero " + decimal.Zero);
            Console.WriteLine("double E3 " + double.MinValue.ToString("E3", CultureInfo.InvariantCulture) + " .. " + double.MaxValue.ToString("E3", CultureInfo.InvariantCulture) + " eps bits " + BitConverter.DoubleToInt64Bits(double.Epsilon));
            Console.WriteLine("float E3 " + float.MinValue.ToString("E3", CultureInfo.InvariantCulture) + " .. " + float.MaxValue.ToString("E3", CultureInfo.InvariantCulture));
            Console.WriteLine("sizes " + sizeof(sbyte) + sizeof(byte) + sizeof(short) + sizeof(ushort) + sizeof(int) + sizeof(uint) + sizeof(long) + sizeof(ulong) + sizeof(char) + sizeof(bool) + sizeof(float) + sizeof(double) + " decimal " + sizeof(decimal));

            Console.WriteLine("-- wrap-around (unchecked)");
            int imax = int.MaxValue, imin = int.MinValue;
            long lmax = long.MaxValue;
            byte bmax = byte.MaxValue;
            sbyte smin = sbyte.MinValue;
            unchecked
            {
                Console.WriteLine("int.MaxValue + 1 = " + (imax + 1));
                Console.WriteLine("int.MinValue - 1 = " + (imin - 1));
                Console.WriteLine("-int.MinValue = " + (-imin));
                Console.WriteLine("int.MinValue * -1 = " + (imin * -1));
                Console.WriteLine("long.MaxValue + 1 = " + (lmax + 1));
                Console.WriteLine("(byte)(255 + 1) = " + (byte)(bmax + 1));
                Console.WriteLine("(sbyte)(-128 - 1) = " + (sbyte)(smin - 1));
                Console.WriteLine("(int)uint.MaxValue = " + (int)uint.MaxValue);
                Console.WriteLine("(uint)-1 = " + (uint)(imin + imax));
                Console.WriteLine("(short)70000 = " + (short)(imax - imax + 70000));
                Console.WriteLine("(ulong)long.MinValue = " + (ulong)(lmax + 1));
                Console.WriteLine("(char)65601 = " + (int)(char)(imax - imax + 65601));
                Console.WriteLine("int.MaxValue * int.MaxValue = " + (imax * imax));
            }

            Console.WriteLine("-- checked");
            Try("checked(int.MaxValue + 1)", () => checked(imax + 1));
            Try("checked(int.MinValue - 1)", () => checked(imin - 1));
            Try("checked(-int.MinValue)", () => checked(-imin));
            Try("checked(int.MaxValue * 2)", () => checked(imax * 2));
            Try("checked(long.MaxValue + 1)", () => checked(lmax + 1));
            Try("checked((byte)256)", () => checked((byte)(bmax + 1)));
            Try("checked((uint)-1)", () => checked((uint)(imin + imax)));
            Try("checked((int)uint.MaxValue)", () => { uint u = uint.MaxValue; return checked((int)u); });
            Try("checked((ulong)-1L)", () => { long m = -1; return checked((ulong)m); });
            Try("checked((int)2147483647.5)", () => { double d = 2147483647.5; return checked((int)d); });
            Try("checked((int)2147483648.0)", () => { double d = 2147483648.0; return checked((int)d); });
            Try("checked((int)-2147483648.9)", () => { double d = -2147483648.9; return checked((int)d); });
            Try("checked((int)NaN)", () => { double d = double.NaN; return checked((int)d); });
            Try("checked((byte)255.9)", () => { double d = 255.9; return checked((byte)d); });
            Try("checked((byte)-0.9)", () => { double d = -0.9; return checked((byte)d); });
            Try("checked((long)9.2e18)", () => { double d = 9.2e18; return checked((long)d); });
            Try("checked((ulong)1.8e19)", () => { double d = 1.8e19; return checked((ulong)d); });

            Console.WriteLine("-- float to int truncation (in range)");
            double[] ds = { 2.9, -2.9, 0.5, -0.5, 1e9, -1e9, 2147483647.0, -2147483648.0 };
            foreach (double d in ds) Console.Write((int)d + " " + (long)d + " | ");
            Console.WriteLine();
            Console.WriteLine("(uint)3.99 " + (uint)ds[0] + " (ushort)65535.9 " + (ushort)Math.Abs(65535.9) + " (float)16777217 " + ((double)(float)16777217).ToString("F0", CultureInfo.InvariantCulture));

            Console.WriteLine("-- division and remainder");
            int[] ns = { 7, -7 };
            int[] dsr = { 2, -2 };
            foreach (int n in ns) foreach (int d in dsr) Console.Write(n + "/" + d + "=" + (n / d) + " " + n + "%" + d + "=" + (n % d) + "  ");
            Console.WriteLine();
            int zero = 0;
            Try("1 / 0", () => 1 / zero);
            Try("1 % 0", () => 1 % zero);
            Try("int.MinValue / -1", () => { int m1 = -1; return imin / m1; });
            Try("int.MinValue % -1", () => { int m1 = -1; return imin % m1; });
            Try("long.MinValue / -1", () => { long m1 = -1; return long.MinValue / m1; });
            Try("1m / 0m", () => { decimal z = 0; return 1m / z; });
            Try("1.0 / 0", () => (1.0 / zero).ToString(CultureInfo.InvariantCulture));
            Try("-1.0 / 0", () => (-1.0 / zero).ToString(CultureInfo.InvariantCulture));
            Try("0.0 / 0", () => (0.0 / zero).ToString(CultureInfo.InvariantCulture));
            Try("5.5 % 2", () => (5.5 % 2).ToString(CultureInfo.InvariantCulture));
            Try("-5.5 % 2", () => (-5.5 % 2).ToString(CultureInfo.InvariantCulture));
            Try("Math.IEEERemainder(5.5, 2)", () => Math.IEEERemainder(5.5, 2).ToString(CultureInfo.InvariantCulture));

            Console.WriteLine("-- shifts");
            int one = 1, neg = -16;
            int[] counts = { 0, 1, 31, 32, 33, 63, 64, -1 };
            foreach (int c in counts) Console.Write("1<<" + c + "=" + (one << c) + " -16>>" + c + "=" + (neg >> c) + " (uint)-16>>" + c + "=" + ((uint)neg >> c) + " 1L<<" + c + "=" + (1L << c) + " | ");
            Console.WriteLine();

            Console.WriteLine("-- bool");
            Console.WriteLine(true.ToString() + " " + false.ToString() + " " + bool.TrueString + " " + bool.FalseString);
            foreach (string s in new[] { "true", "True", "TRUE", " true ", "false", "False", "\tfalse\n", "yes", "1", "0", "", null, "tru", "true\0" })
            {
                bool v;
                bool ok = bool.TryParse(s, out v);
                string parsed;
                try { parsed = bool.Parse(s).ToString(); } catch (Exception e) { parsed = e.GetType().Name; }
                Console.WriteLine((s == null ? "null" : "\"" + s.Replace("\t", "\\t").Replace("\n", "\\n").Replace("\0", "\\0") + "\"") + " TryParse " + ok + " " + v + " Parse " + parsed);
            }
            Console.WriteLine("CompareTo: " + true.CompareTo(false) + " " + false.CompareTo(true) + " " + true.CompareTo(true) + " Equals " + true.Equals((object)true) + " " + true.Equals((object)1));

            Console.WriteLine("-- CompareTo / Equals across types");
            Console.WriteLine("5.CompareTo(7) " + Math.Sign(5.CompareTo(7)) + " 7.CompareTo(5) " + Math.Sign(7.CompareTo(5)) + " 5.CompareTo(null) " + 5.CompareTo(null));
            Try("5.CompareTo((object)5L)", () => 5.CompareTo((object)5L));
            Console.WriteLine("5.Equals(5L) " + 5.Equals((object)5L) + " 5L.Equals(5) " + 5L.Equals(5) + " ((object)5).Equals(5) " + ((object)5).Equals(5));
            Console.WriteLine("double NaN: NaN == NaN " + (double.NaN == double.NaN) + " NaN.Equals(NaN) " + double.NaN.Equals(double.NaN) + " NaN.CompareTo(0) " + double.NaN.CompareTo(0.0) + " 0.CompareTo(NaN) " + 0.0.CompareTo(double.NaN) + " NaN.CompareTo(NaN) " + double.NaN.CompareTo(double.NaN));
            double pz = 0.0, nz = -pz;
            Console.WriteLine("-0.0 == 0.0 " + (nz == pz) + " Equals " + nz.Equals(pz) + " CompareTo " + nz.CompareTo(pz));
            Console.WriteLine("IsNaN " + double.IsNaN(0.0 / zero) + " IsInfinity " + double.IsInfinity(1.0 / zero) + " IsPositiveInfinity " + double.IsPositiveInfinity(-1.0 / zero) + " IsNegativeInfinity " + double.IsNegativeInfinity(-1.0 / zero));
            return 0;
        }
    }
}
