// Conversions between integers and floating point: int/long/uint/ulong -> float/double
// (rounding to nearest even, conv.r.un for unsigned), double -> float rounding, float -> double
// exactness, truncation of in-range doubles to integers, and precision limits (2^24, 2^53).
// Doubles are printed with D(): the G15 text when it round-trips (Mono and .NET agree on it),
// otherwise the raw IEEE bits -- never default ToString() (Mono prints 15 digits, .NET Core
// the shortest round-trip string).
// Not printed: (int)NaN, (int)Infinity, (int)1e10 and other out-of-range unchecked
// conversions -- platform-specific results in .NET (see Arith_ConvOvf for the checked forms).
using System;
using System.Globalization;

namespace Corpus
{
    static class Program
    {
        static string D(double d)
        {
            if (double.IsNaN(d)) return "NaN";
            if (double.IsPositiveInfinity(d)) return "+Inf";
            if (double.IsNegativeInfinity(d)) return "-Inf";
            long bits = BitConverter.DoubleToInt64Bits(d);
            if (d == 0) return bits < 0 ? "-0" : "0";
            string s = d.ToString("G15", CultureInfo.InvariantCulture);
            double back;
            // TryParse: on overflow Mono fails while .NET Core 3.0+ returns an infinity; both differ from d.
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out back) && back == d) return s;
            return "bits:" + bits.ToString("X16");
        }

        static int FBits(float f) { return BitConverter.ToInt32(BitConverter.GetBytes(f), 0); }

        static string F(float f)
        {
            if (float.IsNaN(f)) return "NaN";
            if (float.IsPositiveInfinity(f)) return "+Inf";
            if (float.IsNegativeInfinity(f)) return "-Inf";
            if (f == 0) return FBits(f) < 0 ? "-0" : "0";
            string s = f.ToString("G7", CultureInfo.InvariantCulture);
            float back;
            if (float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out back) && back == f) return s;
            return "bits:" + FBits(f).ToString("X8");
        }

        static int I(int x) { return x; }
        static long L(long x) { return x; }
        static uint U(uint x) { return x; }
        static ulong UL(ulong x) { return x; }
        static double Dbl(double x) { return x; }
        static float Flt(float x) { return x; }

        static void Main()
        {
            Console.WriteLine("-- int -> float/double");
            int[] ints = { 0, 1, -1, 16777216, 16777217, 16777218, 16777219, -16777217, int.MaxValue, int.MinValue, 123456789 };
            foreach (int i in ints)
                Console.WriteLine(i + " -> float " + F((float)I(i)) + " -> double " + D((double)I(i)) + " float->int back " + (i == int.MaxValue ? "(out of range)" : ((int)(float)I(i)).ToString()));

            Console.WriteLine("-- long -> double (53-bit mantissa)");
            long[] longs = { 9007199254740992, 9007199254740993, 9007199254740994, 9007199254740995, -9007199254740993, long.MaxValue, long.MinValue, 1L << 62 };
            foreach (long l in longs)
            {
                double d = (double)L(l);
                string back = (l == long.MaxValue) ? "(2^63: out of range)" : ((long)d).ToString();
                Console.WriteLine(l + " -> " + D(d) + " bits " + BitConverter.DoubleToInt64Bits(d).ToString("X16") + " back " + back);
            }
            Console.WriteLine("(float)long.MaxValue bits " + FBits((float)L(long.MaxValue)).ToString("X8"));
            Console.WriteLine("(float)9007199254740993L = " + F((float)L(9007199254740993)));

            Console.WriteLine("-- unsigned -> floating (conv.r.un)");
            Console.WriteLine("(double)uint.MaxValue = " + D((double)U(uint.MaxValue)));
            Console.WriteLine("(double)0x80000000u = " + D((double)U(0x80000000)));
            Console.WriteLine("(float)uint.MaxValue = " + F((float)U(uint.MaxValue)));
            Console.WriteLine("(double)ulong.MaxValue bits = " + BitConverter.DoubleToInt64Bits((double)UL(ulong.MaxValue)).ToString("X16"));
            Console.WriteLine("(double)2^63 (ulong) = " + BitConverter.DoubleToInt64Bits((double)UL(9223372036854775808)).ToString("X16"));
            // Not tested: (double)(2^63 + 1025UL). Correct rounding gives 43E0000000000001 (Mono),
            // but x64 JITs that convert as signed and then add 2^64 round twice and get
            // 43E0000000000000. The value below rounds the same either way.
            Console.WriteLine("(double)(2^64 - 1025) (ulong) bits = " + BitConverter.DoubleToInt64Bits((double)UL(18446744073709550591)).ToString("X16"));
            Console.WriteLine("(float)ulong.MaxValue bits = " + FBits((float)UL(ulong.MaxValue)).ToString("X8"));
            Console.WriteLine("(double)(ulong)long.MinValue != (double)long.MinValue: " + ((double)unchecked((ulong)L(long.MinValue)) != (double)L(long.MinValue)));
            Console.WriteLine("(double)(char)0xFFFF = " + D((double)(char)I(0xFFFF)));
            Console.WriteLine("(double)(byte)200 = " + D((double)(byte)I(200)) + ", (double)(sbyte)-100 = " + D((double)(sbyte)I(-100)));

            Console.WriteLine("-- double -> float rounding");
            double[] ds = { 0.1, 1.0 / 3.0, 16777217.0, 16777219.0, 3.4028235677973366e38, 3.4028235e38, 1e39, -1e39, 1e-46, 1.401298464324817e-45, 0.7e-45, 1.5e-45, 2.5, -0.0 };
            foreach (double d in ds)
            {
                float f = (float)Dbl(d);
                Console.WriteLine(D(d) + " -> float " + F(f) + " bits " + FBits(f).ToString("X8") + " -> double " + D((double)f));
            }

            Console.WriteLine("-- float -> double is exact");
            float[] fs = { 0.1f, 1f / 3f, float.MaxValue, float.Epsilon, -2.5f, 16777216f };
            foreach (float f in fs)
                Console.WriteLine(F(f) + " -> double bits " + BitConverter.DoubleToInt64Bits((double)Flt(f)).ToString("X16") + ", round trip equal: " + ((float)(double)Flt(f) == f));

            Console.WriteLine("-- truncation of in-range values");
            double[] tr = { 0.5, -0.5, 1.999999, -1.999999, 2147483647.0, -2147483648.0, 1e9 + 0.75, -1e15 - 0.5, 4503599627370495.5 };
            foreach (double d in tr)
                Console.WriteLine(D(d) + " -> (long) " + (long)Dbl(d) + (Math.Abs(d) < 2147483648.0 ? " (int) " + (int)Dbl(d) : ""));
            Console.WriteLine("(uint)3000000000.7 = " + (uint)Dbl(3000000000.7));
            Console.WriteLine("(ulong)1.8e19 = " + (ulong)Dbl(1.8e19));
            Console.WriteLine("(ushort)65535.9 = " + (ushort)Dbl(65535.9));
            Console.WriteLine("(sbyte)-128.9 = " + (sbyte)Dbl(-128.9));
            Console.WriteLine("(int)(float)2.5f = " + (int)Flt(2.5f) + ", (int)-2.5f = " + (int)Flt(-2.5f));
            Console.WriteLine("(long)(float)1e18f = " + (long)Flt(1e18f));

            Console.WriteLine("-- implicit conversions in mixed expressions");
            int a = 7; long b = 2; float c = 0.5f; double e = 0.25;
            Console.WriteLine("int / int = " + a / 2 + ", int / double = " + D(a / 2.0) + ", int * float = " + F(a * c) + ", long + double = " + D(b + e));
            Console.WriteLine("(a + c) type " + (a + c).GetType().Name + ", (c + e) type " + (c + e).GetType().Name + ", (b * c) type " + (b * c).GetType().Name);
            Console.WriteLine("16777217 + 0f = " + F(I(16777217) + 0f));
            Console.WriteLine("long.MaxValue + 0.0 = " + D(L(long.MaxValue) + 0.0));
            Console.WriteLine("int.MaxValue / 2f = " + F(I(int.MaxValue) / 2f));
            Console.WriteLine("(decimal-free) 0.1 + 0.2 == 0.3: " + (Dbl(0.1) + Dbl(0.2) == 0.3) + ", bits " + BitConverter.DoubleToInt64Bits(Dbl(0.1) + Dbl(0.2)).ToString("X16"));
            Console.WriteLine("0.1f + 0.2f == 0.3f: " + ((float)(Flt(0.1f) + Flt(0.2f)) == 0.3f));
            Console.WriteLine("(double)0.1f == 0.1: " + ((double)Flt(0.1f) == 0.1));
        }
    }
}
