// Special IEEE values and their arithmetic: infinities, signed zero (observed through 1/x and
// the sign bit), NaN propagation, overflow to infinity, gradual underflow (subnormals),
// double.Epsilon/MaxValue/MinValue, BitConverter round trips, and the same for float.
// NaN payloads and sign bits are never printed (x86 produces a negative "default NaN",
// other hardware a positive one). double.Parse("-0") is avoided (Mono: +0, .NET Core: -0).
using System;
using System.Globalization;

namespace Corpus
{
    static class Program
    {
        static double V(double x) { return x; }
        static float VF(float x) { return x; }

        static string D(double d)
        {
            if (double.IsNaN(d)) return "NaN";
            if (double.IsInfinity(d)) return d > 0 ? "+Inf" : "-Inf";
            long bits = BitConverter.DoubleToInt64Bits(d);
            if (d == 0) return bits < 0 ? "-0" : "+0";
            string s = d.ToString("G15", CultureInfo.InvariantCulture);
            double back;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out back) && back == d) return s;
            return "bits:" + bits.ToString("X16");
        }

        static int FB(float f) { return BitConverter.ToInt32(BitConverter.GetBytes(f), 0); }

        static string F(float f)
        {
            if (float.IsNaN(f)) return "NaN";
            if (float.IsInfinity(f)) return f > 0 ? "+Inf" : "-Inf";
            if (f == 0) return FB(f) < 0 ? "-0" : "+0";
            return "fbits:" + FB(f).ToString("X8");
        }

        static bool IsNegZero(double d) { return d == 0 && BitConverter.DoubleToInt64Bits(d) < 0; }

        static void Main()
        {
            double pinf = V(double.PositiveInfinity), ninf = V(double.NegativeInfinity), nan = V(double.NaN);
            double zero = V(0.0), nzero = V(-0.0), one = V(1.0);

            Console.WriteLine("-- infinity arithmetic");
            Console.WriteLine("Inf + Inf = " + D(pinf + pinf) + ", Inf - Inf = " + D(pinf - pinf) + ", Inf * 0 = " + D(pinf * zero) + ", Inf * -1 = " + D(pinf * -one));
            Console.WriteLine("Inf / Inf = " + D(pinf / pinf) + ", 1 / Inf = " + D(one / pinf) + ", -1 / Inf = " + D(-one / pinf) + ", Inf / 0 = " + D(pinf / zero) + ", Inf / -0 = " + D(pinf / nzero));
            Console.WriteLine("-Inf + 1e308 = " + D(ninf + 1e308) + ", Inf > MaxValue: " + (pinf > double.MaxValue) + ", -Inf < MinValue: " + (ninf < double.MinValue));
            Console.WriteLine("1 / 0 = " + D(one / zero) + ", -1 / 0 = " + D(-one / zero) + ", 1 / -0 = " + D(one / nzero) + ", 0 / 0 = " + D(zero / zero));

            Console.WriteLine("-- signed zero");
            Console.WriteLine("-0.0 == 0.0: " + (nzero == zero) + ", 1/-0.0 = " + D(1 / nzero));
            Console.WriteLine("0 * -1 = " + D(zero * -one) + ", -0 + 0 = " + D(nzero + zero) + ", -0 - 0 = " + D(nzero - zero) + ", -0 + -0 = " + D(nzero + nzero) + ", 0 - 0 = " + D(zero - zero));
            Console.WriteLine("-(0.0) = " + D(-zero) + ", -(-0.0) = " + D(-nzero) + ", -0 * -0 = " + D(nzero * nzero) + ", 1 * -0 = " + D(one * nzero));
            Console.WriteLine("-1e-200 * 1e-200 = " + D(V(-1e-200) * 1e-200) + " (underflow keeps sign), 1e-200 * 1e-200 = " + D(V(1e-200) * 1e-200));
            Console.WriteLine("(double)(-0.0f) = " + D((double)VF(-0.0f)) + ", (float)-0.0 = " + F((float)nzero));
            Console.WriteLine("Math.Abs(-0.0) = " + D(Math.Abs(nzero)) + ", Floor(-0.0) = " + D(Math.Floor(nzero)) + ", Sqrt(-0.0) = " + D(Math.Sqrt(nzero)));
            Console.WriteLine("-0.0 as int = " + (int)nzero + ", as long = " + (long)nzero);
            Console.WriteLine("IsNegZero(1 / -Inf) = " + IsNegZero(one / ninf) + ", IsNegZero(-1 / Inf) = " + IsNegZero(-one / pinf));
            Console.WriteLine("ternary keeps -0: " + D(one > 0 ? nzero : zero));
            object boxedNegZero = nzero;
            Console.WriteLine("boxed -0.0 unboxed sign: " + D((double)boxedNegZero) + ", Equals(boxed +0) " + boxedNegZero.Equals(zero));

            Console.WriteLine("-- NaN propagation");
            Console.WriteLine("NaN + 1 = " + D(nan + 1) + ", NaN * 0 = " + D(nan * 0) + ", -NaN is NaN: " + double.IsNaN(-nan) + ", NaN - NaN = " + D(nan - nan));
            Console.WriteLine("Math.Sqrt(NaN) = " + D(Math.Sqrt(nan)) + ", Math.Floor(NaN) = " + D(Math.Floor(nan)) + ", (float)NaN = " + F((float)nan));

            Console.WriteLine("-- limits");
            Console.WriteLine("MaxValue bits " + BitConverter.DoubleToInt64Bits(double.MaxValue).ToString("X16") + ", MinValue bits " + BitConverter.DoubleToInt64Bits(double.MinValue).ToString("X16"));
            Console.WriteLine("Epsilon bits " + BitConverter.DoubleToInt64Bits(double.Epsilon).ToString("X16") + ", Epsilon / 2 = " + D(V(double.Epsilon) / 2) + ", Epsilon * 0.5 rounds to " + D(V(double.Epsilon) * 0.5) + ", Epsilon * 0.75 = " + BitConverter.DoubleToInt64Bits(V(double.Epsilon) * 0.75).ToString("X16"));
            Console.WriteLine("-Epsilon / 2 = " + D(-V(double.Epsilon) / 2));
            Console.WriteLine("MaxValue * 2 = " + D(V(double.MaxValue) * 2) + ", MaxValue + 1 == MaxValue: " + (V(double.MaxValue) + 1 == double.MaxValue) + ", MaxValue + MaxValue = " + D(V(double.MaxValue) + double.MaxValue));
            Console.WriteLine("-MaxValue * 2 = " + D(-V(double.MaxValue) * 2) + ", MinValue == -MaxValue: " + (double.MinValue == -double.MaxValue));
            double smallestNormal = BitConverter.Int64BitsToDouble(0x0010000000000000);
            Console.WriteLine("smallest normal / 2 bits " + BitConverter.DoubleToInt64Bits(smallestNormal / V(2)).ToString("X16") + " (subnormal), * 2 back equal: " + (smallestNormal / V(2) * 2 == smallestNormal));
            double sub = BitConverter.Int64BitsToDouble(0x000FFFFFFFFFFFFF);
            Console.WriteLine("largest subnormal + Epsilon bits " + BitConverter.DoubleToInt64Bits(sub + double.Epsilon).ToString("X16"));
            double halving = 1.0; int steps = 0;
            while (halving / 2 != 0) { halving /= 2; steps++; }
            Console.WriteLine("halvings of 1.0 before 0: " + steps + ", last value is Epsilon: " + (halving == double.Epsilon));
            double doubling = 1.0; steps = 0;
            while (!double.IsInfinity(doubling * 2)) { doubling *= 2; steps++; }
            Console.WriteLine("doublings of 1.0 before Inf: " + steps);
            double eps = 1.0; while (1.0 + eps / 2 != 1.0) eps /= 2;
            Console.WriteLine("machine epsilon bits " + BitConverter.DoubleToInt64Bits(eps).ToString("X16"));

            Console.WriteLine("-- BitConverter round trips");
            long[] patterns = { 0x3FF0000000000000, 0x4000000000000000, unchecked((long)0xC000000000000000), 0x7FEFFFFFFFFFFFFF, 0x0000000000000001, 0x7FF0000000000000, unchecked((long)0xFFF0000000000000), unchecked((long)0x8000000000000000), 0x3FB999999999999A };
            foreach (long p in patterns)
            {
                double d = BitConverter.Int64BitsToDouble(p);
                Console.WriteLine(p.ToString("X16") + " -> " + D(d) + " -> " + BitConverter.DoubleToInt64Bits(d).ToString("X16"));
            }
            byte[] bytes = BitConverter.GetBytes(V(1.5));
            Console.WriteLine("GetBytes(1.5): " + BitConverter.ToString(bytes) + ", ToDouble back: " + D(BitConverter.ToDouble(bytes, 0)));
            Console.WriteLine("GetBytes(-2.5f): " + BitConverter.ToString(BitConverter.GetBytes(VF(-2.5f))));

            Console.WriteLine("-- float limits");
            Console.WriteLine("float.MaxValue " + F(float.MaxValue) + ", float.Epsilon " + F(float.Epsilon) + ", float.MinValue " + F(float.MinValue));
            Console.WriteLine("float.MaxValue * 2 " + F((float)(VF(float.MaxValue) * 2f)) + ", float.Epsilon / 2 " + F((float)(VF(float.Epsilon) / 2f)) + ", -float.Epsilon / 2 " + F((float)(-VF(float.Epsilon) / 2f)));
            Console.WriteLine("1f / 0f " + F(VF(1f) / 0f) + ", 0f / 0f " + F(VF(0f) / 0f) + ", 1f / -0f " + F(VF(1f) / -0f));
            Console.WriteLine("(float)1e39 " + F((float)V(1e39)) + ", (float)-1e39 " + F((float)V(-1e39)) + ", (float)1e-50 " + F((float)V(1e-50)) + ", (float)-1e-50 " + F((float)V(-1e-50)));
            Console.WriteLine("(double)float.MaxValue < double.MaxValue: " + ((double)VF(float.MaxValue) < double.MaxValue) + ", float.MaxValue as double bits " + BitConverter.DoubleToInt64Bits((double)VF(float.MaxValue)).ToString("X16"));
        }
    }
}
