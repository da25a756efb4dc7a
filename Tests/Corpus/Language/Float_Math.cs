// System.Math on doubles: correctly-rounded operations compared bit-exactly (Sqrt, Abs,
// Floor, Ceiling, Truncate, IEEERemainder, the % operator (fmod), exact Pow cases),
// transcendental functions compared after rounding to 1e-9 (their last bit depends on the
// libm), special values (NaN, infinities, signed zero), Math.Sign and its ArithmeticException
// for NaN, Math.Abs(int.MinValue) OverflowException, Min/Max for integers.
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

        // For libm functions: the value rounded to 9 decimals, printed as a scaled integer.
        static string Approx(double d)
        {
            if (double.IsNaN(d) || double.IsInfinity(d) || d == 0) return D(d);
            return "~" + ((long)Math.Round(d * 1e9)).ToString() + "e-9";
        }

        static double V(double x) { return x; }

        static void Main()
        {
            Console.WriteLine("-- Sqrt (correctly rounded)");
            double[] sq = { 0, -0.0, 1, 2, 3, 4, 0.25, 1e-300, 1e300, 2.0000000000000004, -1, double.PositiveInfinity, double.NaN, double.Epsilon };
            foreach (double x in sq)
            {
                double r = Math.Sqrt(V(x));
                // NaN bit patterns (sign/payload) are not compared: they differ between hardware
                Console.WriteLine("Sqrt(" + D(x) + ") = " + D(r) + (double.IsNaN(r) ? "" : " bits " + BitConverter.DoubleToInt64Bits(r).ToString("X16")));
            }

            Console.WriteLine("-- Floor / Ceiling / Truncate / Round (to even)");
            double[] rs = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999999999999996, 0.49999999999999994, -0.49999999999999994, 1e16 + 2, 4503599627370497.0, -0.0, 3.7, -3.7, double.NegativeInfinity, double.NaN };
            foreach (double x in rs)
                Console.WriteLine(D(x) + ": Floor " + D(Math.Floor(V(x))) + ", Ceiling " + D(Math.Ceiling(V(x))) + ", Truncate " + D(Math.Truncate(V(x))) + ", Round " + D(Math.Round(V(x))) + ", AwayFromZero " + D(Math.Round(V(x), MidpointRounding.AwayFromZero)));

            Console.WriteLine("-- Abs / Sign");
            double[] ab = { -3.5, 3.5, -0.0, 0.0, double.NegativeInfinity, double.MinValue, -double.Epsilon };
            foreach (double x in ab)
                Console.WriteLine("Abs(" + D(x) + ") = " + D(Math.Abs(V(x))) + ", Sign = " + Math.Sign(V(x)));
            try { Console.WriteLine(Math.Sign(V(double.NaN))); }
            catch (ArithmeticException e) { Console.WriteLine("Sign(NaN) -> " + e.GetType().FullName); }
            Console.WriteLine("Sign(int) " + Math.Sign(-5) + " " + Math.Sign(0) + " " + Math.Sign(int.MaxValue) + ", Sign(long.MinValue) " + Math.Sign(long.MinValue));
            Console.WriteLine("Abs(int) " + Math.Abs(-5) + ", Abs(short -32767) " + Math.Abs((short)-32767) + " (type " + Math.Abs((short)-32767).GetType().Name + ")");
            try { Math.Abs(sbyte.MinValue); } catch (OverflowException e) { Console.WriteLine("Abs(sbyte.MinValue) -> " + e.GetType().Name); }
            try { Math.Abs(short.MinValue); } catch (OverflowException e) { Console.WriteLine("Abs(short.MinValue) -> " + e.GetType().Name); }

            Console.WriteLine("-- % (fmod) and IEEERemainder");
            double[,] rem = { { 5.5, 2 }, { -5.5, 2 }, { 5.5, -2 }, { 10, 3 }, { 11, 3 }, { -4, 2 }, { 1, 0 }, { double.PositiveInfinity, 2 }, { 5, double.PositiveInfinity }, { -0.0, 1 }, { 1e300, 3 }, { 0.3, 0.1 } };
            for (int i = 0; i < rem.GetLength(0); i++)
            {
                double a = rem[i, 0], b = rem[i, 1];
                Console.WriteLine(D(a) + " % " + D(b) + " = " + D(V(a) % V(b)) + ", IEEERemainder = " + D(Math.IEEERemainder(V(a), V(b))));
            }
            float fa = 5.5f, fb = -2f;
            Console.WriteLine("5.5f % -2f = " + D(fa % fb));

            Console.WriteLine("-- Pow (exact cases)");
            double[,] pw = { { 2, 10 }, { 2, -2 }, { -2, 3 }, { -8, 1.0 / 3 }, { 0, 0 }, { 0, -1 }, { -0.0, -1 }, { 10, 15 }, { 1, double.NaN }, { double.NaN, 0 }, { 4, 0.5 }, { double.PositiveInfinity, -1 }, { 2, 1024 }, { 2, -1074 }, { -1, double.PositiveInfinity } };
            for (int i = 0; i < pw.GetLength(0); i++)
                Console.WriteLine("Pow(" + D(pw[i, 0]) + ", " + D(pw[i, 1]) + ") = " + D(Math.Pow(V(pw[i, 0]), V(pw[i, 1]))));

            Console.WriteLine("-- transcendental (rounded to 1e-9)");
            Console.WriteLine("Sin(1) " + Approx(Math.Sin(V(1))) + ", Cos(1) " + Approx(Math.Cos(V(1))) + ", Tan(1) " + Approx(Math.Tan(V(1))));
            Console.WriteLine("Sin(0) " + D(Math.Sin(V(0))) + ", Sin(-0) " + D(Math.Sin(V(-0.0))) + ", Cos(0) " + D(Math.Cos(V(0))));
            Console.WriteLine("Atan(1)*4 " + Approx(Math.Atan(V(1)) * 4) + ", Atan2(1,-1) " + Approx(Math.Atan2(V(1), V(-1))) + ", Atan2(0,-0) " + Approx(Math.Atan2(V(0.0), V(-0.0))));
            Console.WriteLine("Asin(1) " + Approx(Math.Asin(V(1))) + ", Acos(-1) " + Approx(Math.Acos(V(-1))) + ", Asin(2) " + D(Math.Asin(V(2))));
            Console.WriteLine("Exp(1) " + Approx(Math.Exp(V(1))) + ", Exp(0) " + D(Math.Exp(V(0))) + ", Exp(-Inf) " + D(Math.Exp(V(double.NegativeInfinity))) + ", Exp(1000) " + D(Math.Exp(V(1000))));
            Console.WriteLine("Log(E) " + Approx(Math.Log(V(Math.E))) + ", Log(1) " + D(Math.Log(V(1))) + ", Log(0) " + D(Math.Log(V(0))) + ", Log(-1) " + D(Math.Log(V(-1))));
            Console.WriteLine("Log10(1000) " + Approx(Math.Log10(V(1000))) + ", Log(8, 2) " + Approx(Math.Log(V(8), V(2))) + ", Log10(0) " + D(Math.Log10(V(0))));
            Console.WriteLine("Sinh(1) " + Approx(Math.Sinh(V(1))) + ", Cosh(1) " + Approx(Math.Cosh(V(1))) + ", Tanh(20) " + Approx(Math.Tanh(V(20))));
            Console.WriteLine("PI " + Approx(Math.PI) + " bits " + BitConverter.DoubleToInt64Bits(Math.PI).ToString("X16") + ", E bits " + BitConverter.DoubleToInt64Bits(Math.E).ToString("X16"));

            Console.WriteLine("-- Min / Max");
            Console.WriteLine("Max(3, 7) " + Math.Max(3, 7) + ", Min(-3L, 7L) " + Math.Min(-3L, 7L) + ", Max(uint 0, uint.MaxValue) " + Math.Max(0u, uint.MaxValue) + ", Min(byte 3, byte 200) " + Math.Min((byte)3, (byte)200));
            Console.WriteLine("Max(2.5, -Inf) " + D(Math.Max(V(2.5), V(double.NegativeInfinity))) + ", Min(2.5, 1e-300) " + D(Math.Min(V(2.5), V(1e-300))));

            Console.WriteLine("-- accumulation (exact order matters)");
            double sum = 0;
            for (int i = 1; i <= 1000; i++) sum += 1.0 / i;
            Console.WriteLine("harmonic(1000) bits " + BitConverter.DoubleToInt64Bits(sum).ToString("X16"));
            double rev = 0;
            for (int i = 1000; i >= 1; i--) rev += 1.0 / i;
            Console.WriteLine("reverse harmonic(1000) bits " + BitConverter.DoubleToInt64Bits(rev).ToString("X16") + ", same as forward: " + (sum == rev));
            double t = 0;
            for (int i = 0; i < 10; i++) t += 0.1;
            Console.WriteLine("0.1 added 10 times == 1.0: " + (t == 1.0) + ", bits " + BitConverter.DoubleToInt64Bits(t).ToString("X16"));
            float ft = 0;
            for (int i = 0; i < 10; i++) ft += 0.1f;
            Console.WriteLine("0.1f added 10 times == 1f: " + (ft == 1f) + ", bits " + BitConverter.ToInt32(BitConverter.GetBytes(ft), 0).ToString("X8"));
            double big = 1e16;
            Console.WriteLine("1e16 + 1 - 1e16 = " + D((V(big) + 1) - V(big)) + ", 1e16 + 2 - 1e16 = " + D((V(big) + 2) - V(big)));
        }
    }
}
