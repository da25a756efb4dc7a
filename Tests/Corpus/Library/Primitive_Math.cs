// System.Math on run-time values (mcs folds Math.Round etc. of constants):
// Abs (incl. MinValue overflow), Min/Max (NaN), Floor/Ceiling/Truncate,
// Round with digits and MidpointRounding, Sign (NaN throws), Pow / Sqrt /
// Exp / Log special cases, trigonometry to 10 places, Clamp, DivRem,
// BigMul, and the sign of zero results checked through the raw bits
// (the textual form of -0.0 differs between runtimes; see
// Format_DoubleExact). Mono rounds 0.49999999999999994 with
// MidpointRounding.ToEven to 1 (see Primitive_Math.notes).
using System;
using System.Globalization;

namespace Corpus.Library.Primitive_Math
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        // Zero results are shown as "0" or "-0" from the sign bit.
        static string D(double x)
        {
            if (x == 0) return BitConverter.DoubleToInt64Bits(x) < 0 ? "-0" : "0";
            return x.ToString("G15", Inv);
        }

        static string R10(double x) { return D(Math.Round(x, 10)); }

        static void Try(string label, Func<object> f)
        {
            try
            {
                object r = f();
                Console.WriteLine(label + " = " + (r is double ? D((double)r) : Convert.ToString(r, Inv)));
            }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            double nan = double.NaN, inf = double.PositiveInfinity, ninf = double.NegativeInfinity, zero = 0.0, nzero = -zero;
            int imin = int.MinValue;
            Console.WriteLine("-- Abs / Sign");
            Try("Abs(-5)", () => Math.Abs(-5));
            Try("Abs(int.MinValue)", () => Math.Abs(imin));
            Try("Abs(long.MinValue)", () => { long l = long.MinValue; return Math.Abs(l); });
            Try("Abs(short.MinValue)", () => { short s = short.MinValue; return Math.Abs(s); });
            Try("Abs(sbyte.MinValue)", () => { sbyte s = sbyte.MinValue; return Math.Abs(s); });
            Try("Abs(-2.5)", () => Math.Abs(-2.5));
            Try("Abs(-0.0)", () => Math.Abs(nzero));
            Try("Abs(-inf)", () => Math.Abs(ninf));
            Try("Abs(NaN)", () => Math.Abs(nan));
            Try("Abs(-1.5f)", () => (double)Math.Abs(-1.5f));
            Try("Sign(-3)", () => Math.Sign(-3));
            Try("Sign(0)", () => Math.Sign(0));
            Try("Sign(-0.0)", () => Math.Sign(nzero));
            Try("Sign(-inf)", () => Math.Sign(ninf));
            Try("Sign(NaN)", () => Math.Sign(nan));
            Try("Sign(long.MinValue)", () => Math.Sign(long.MinValue));

            Console.WriteLine("-- Min / Max / Clamp");
            Try("Max(3, 7)", () => Math.Max(3, 7));
            Try("Min(-3, -7)", () => Math.Min(-3, -7));
            Try("Max(uint.MaxValue, 0u)", () => Math.Max(uint.MaxValue, 0u));
            Try("Max(NaN, 1)", () => Math.Max(nan, 1.0));
            Try("Max(1, NaN)", () => Math.Max(1.0, nan));
            Try("Min(NaN, 1)", () => Math.Min(nan, 1.0));
            Try("Min(1, NaN)", () => Math.Min(1.0, nan));
            Try("Max(-inf, inf)", () => Math.Max(ninf, inf));
            Try("Min(byte 3, byte 200)", () => Math.Min((byte)3, (byte)200));
            Try("Clamp(5, 1, 3)", () => Math.Clamp(5, 1, 3));
            Try("Clamp(-5, 1, 3)", () => Math.Clamp(-5, 1, 3));
            Try("Clamp(2, 1, 3)", () => Math.Clamp(2, 1, 3));
            Try("Clamp(2, 3, 1)", () => Math.Clamp(2, 3, 1));
            Try("Clamp(2.5, 0.0, 1.0)", () => Math.Clamp(2.5, 0.0, 1.0));
            Try("Clamp(NaN, 0.0, 1.0)", () => Math.Clamp(nan, 0.0, 1.0));
            Try("Clamp(1.5m, 0m, 1m)", () => Math.Clamp(1.5m, 0m, 1m));

            Console.WriteLine("-- Floor / Ceiling / Truncate / Round");
            double[] vs = { 2.5, 3.5, -2.5, -3.5, 2.4, 2.6, -2.4, -2.6, 0.5, -0.5, 1.5, 0.49999999999999994, 4503599627370495.5, 4503599627370497.0, 1e300, -1e-300 };
            foreach (double v in vs)
                Console.WriteLine(D(v) + ": Floor " + D(Math.Floor(v)) + " Ceiling " + D(Math.Ceiling(v)) + " Truncate " + D(Math.Truncate(v))
                    + " Round " + D(Math.Round(v)) + " ToEven " + D(Math.Round(v, MidpointRounding.ToEven)) + " Away " + D(Math.Round(v, MidpointRounding.AwayFromZero)));
            double[] special = { nan, inf, ninf, nzero };
            foreach (double v in special)
                Console.WriteLine(D(v) + ": Floor " + D(Math.Floor(v)) + " Ceiling " + D(Math.Ceiling(v)) + " Truncate " + D(Math.Truncate(v)) + " Round " + D(Math.Round(v)));
            Console.WriteLine("-- Round with digits (exactly representable ties)");
            double[] ties = { 2.125, 2.375, -2.125, 0.0625, 1.25, 1.75, 1234.5678 };
            foreach (double v in ties)
                Console.WriteLine(D(v) + ": Round(2) " + D(Math.Round(v, 2)) + " Round(2,Away) " + D(Math.Round(v, 2, MidpointRounding.AwayFromZero))
                    + " Round(1) " + D(Math.Round(v, 1)) + " Round(3) " + D(Math.Round(v, 3)) + " Round(0) " + D(Math.Round(v, 0)) + " Round(15) " + D(Math.Round(v, 15)));
            Try("Round(1.5, 16)", () => Math.Round(1.5, 16));
            Try("Round(1.5, -1)", () => Math.Round(1.5, -1));
            Try("Round(1.5, (MidpointRounding)7)", () => Math.Round(1.5, (MidpointRounding)7));

            Console.WriteLine("-- Pow / Sqrt / Exp / Log");
            Try("Pow(2, 10)", () => Math.Pow(2, 10));
            Try("Pow(2, -2)", () => Math.Pow(2, -2));
            Try("Pow(2, 0.5)", () => Math.Pow(2, 0.5));
            Try("Pow(-8, 1.0/3)", () => Math.Pow(-8, 1.0 / 3));
            Try("Pow(-2, 3)", () => Math.Pow(-2, 3));
            Try("Pow(0, 0)", () => Math.Pow(zero, zero));
            Try("Pow(0, -1)", () => Math.Pow(zero, -1));
            Try("Pow(NaN, 0)", () => Math.Pow(nan, 0));
            Try("Pow(inf, -1)", () => Math.Pow(inf, -1));
            Try("Pow(-inf, 3)", () => Math.Pow(ninf, 3));
            Try("Pow(10, 308)", () => Math.Pow(10, 308));
            Try("Pow(10, 309)", () => Math.Pow(10, 309));
            Try("Pow(0.5, 1075)", () => Math.Pow(0.5, 1075));
            Try("Sqrt(16)", () => Math.Sqrt(16));
            Try("Sqrt(2)", () => Math.Sqrt(2));
            Try("Sqrt(-1)", () => Math.Sqrt(-1));
            Try("Sqrt(-0.0)", () => Math.Sqrt(nzero));
            Try("Sqrt(inf)", () => Math.Sqrt(inf));
            Try("Exp(0)", () => Math.Exp(zero));
            Try("Exp(1)", () => Math.Exp(1));
            Try("Exp(-inf)", () => Math.Exp(ninf));
            Try("Exp(710)", () => Math.Exp(710));
            Try("Log(1)", () => Math.Log(1));
            Try("Log(E)", () => Math.Log(Math.E));
            Try("Log(0)", () => Math.Log(zero));
            Try("Log(-1)", () => Math.Log(-1));
            Try("Log10(1000)", () => Math.Log10(1000));
            Try("Log10(0.001)", () => Math.Log10(0.001));
            Try("Log(8, 2)", () => Math.Log(8, 2));
            Try("Log(1, 1)", () => Math.Log(1, 1));
            Try("Log(100, 10)", () => Math.Log(100, 10));

            Console.WriteLine("-- trigonometry (rounded to 10 places)");
            double[] angles = { 0, Math.PI / 6, Math.PI / 4, Math.PI / 2, Math.PI, -Math.PI / 3, 10 };
            foreach (double a in angles)
                Console.WriteLine(a.ToString("F6", Inv) + ": sin " + R10(Math.Sin(a)) + " cos " + R10(Math.Cos(a)) + " tan " + (Math.Abs(Math.Cos(a)) < 1e-12 ? "huge" : R10(Math.Tan(a)))
                    + " sinh " + Math.Sinh(a).ToString("F6", Inv) + " tanh " + R10(Math.Tanh(a)));
            Console.WriteLine("asin(1) " + R10(Math.Asin(1)) + " acos(0) " + R10(Math.Acos(0)) + " atan(1) " + R10(Math.Atan(1))
                + " atan2(1,-1) " + R10(Math.Atan2(1, -1)) + " atan2(0,-1) " + R10(Math.Atan2(0, -1)) + " asin(2) " + D(Math.Asin(2)));
            Console.WriteLine("PI " + Math.PI.ToString("F14", Inv) + " E " + Math.E.ToString("F14", Inv) + " PI bits " + BitConverter.DoubleToInt64Bits(Math.PI).ToString("X16") + " E bits " + BitConverter.DoubleToInt64Bits(Math.E).ToString("X16"));

            Console.WriteLine("-- integer helpers");
            int rem;
            Try("DivRem(17, 5)", () => { int q = Math.DivRem(17, 5, out rem); return q + " r " + rem; });
            Try("DivRem(-17, 5)", () => { int q = Math.DivRem(-17, 5, out rem); return q + " r " + rem; });
            Try("DivRem(17, 0)", () => { int q = Math.DivRem(17, 0, out rem); return q + " r " + rem; });
            Try("DivRem(long)", () => { long lr; long q = Math.DivRem(-100000000000L, 7L, out lr); return q + " r " + lr; });
            Try("BigMul(int.MaxValue, int.MaxValue)", () => Math.BigMul(int.MaxValue, int.MaxValue));
            Try("BigMul(int.MinValue, int.MinValue)", () => Math.BigMul(int.MinValue, int.MinValue));
            Try("Floor(decimal -1.5)", () => Math.Floor(-1.5m));
            Try("Ceiling(decimal -1.5)", () => Math.Ceiling(-1.5m));
            Try("Truncate(decimal -1.5)", () => Math.Truncate(-1.5m));
            return 0;
        }
    }
}
