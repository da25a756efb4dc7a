// System.Math: constants and common mathematical functions. The transcendental
// functions (and Floor/Ceiling, IEEERemainder, FusedMultiplyAdd) are internal calls, as
// in .NET; rounding, Abs/Min/Max/Sign/Clamp and the integer helpers are C#.
using System.Runtime.CompilerServices;

namespace System
{
    public static partial class Math
    {
        public const double E = 2.7182818284590452354;
        public const double PI = 3.14159265358979323846;
        public const double Tau = 6.283185307179586476925;

        private const int MaxRoundingDigits = 15;

        // Math.Round(value, digits) scales by these powers of ten.
        private static readonly double[] s_roundPower10Double = new double[]
        {
            1E0, 1E1, 1E2, 1E3, 1E4, 1E5, 1E6, 1E7, 1E8,
            1E9, 1E10, 1E11, 1E12, 1E13, 1E14, 1E15
        };

        // Values at or above 1e16 have no fractional digits to round.
        private const double DoubleRoundLimit = 1e16d;

        // ---- Internal calls ----

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Acos(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Acosh(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Asin(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Asinh(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Atan(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Atan2(double y, double x);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Atanh(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Cbrt(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Ceiling(double a);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Cos(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Cosh(double value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Exp(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Floor(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double FusedMultiplyAdd(double x, double y, double z);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double IEEERemainder(double x, double y);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Log(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Log10(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Log2(double x);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Pow(double x, double y);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Sin(double a);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Sinh(double value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Sqrt(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Tan(double a);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Tanh(double value);

        // ---- Logarithm in another base ----

        public static double Log(double a, double newBase)
        {
            if (double.IsNaN(a))
                return a;
            if (double.IsNaN(newBase))
                return newBase;
            if (newBase == 1)
                return double.NaN;
            if (a != 1 && (newBase == 0 || double.IsPositiveInfinity(newBase)))
                return double.NaN;
            return Log(a) / Log(newBase);
        }

        // ---- Abs ----

        public static short Abs(short value)
        {
            if (value < 0)
            {
                value = (short)-value;
                if (value < 0)
                    ThrowAbsOverflow();
            }
            return value;
        }

        public static int Abs(int value)
        {
            if (value < 0)
            {
                value = -value;
                if (value < 0)
                    ThrowAbsOverflow();
            }
            return value;
        }

        public static long Abs(long value)
        {
            if (value < 0)
            {
                value = -value;
                if (value < 0)
                    ThrowAbsOverflow();
            }
            return value;
        }

        public static sbyte Abs(sbyte value)
        {
            if (value < 0)
            {
                value = (sbyte)-value;
                if (value < 0)
                    ThrowAbsOverflow();
            }
            return value;
        }

        public static double Abs(double value)
        {
            return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) & 0x7FFFFFFFFFFFFFFFL);
        }

        public static float Abs(float value)
        {
            return BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(value) & 0x7FFFFFFF);
        }

        public static decimal Abs(decimal value)
        {
            return decimal.Abs(value);
        }

        private static void ThrowAbsOverflow()
        {
            throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
        }

        // ---- BigMul / DivRem ----

        public static long BigMul(int a, int b)
        {
            return ((long)a) * b;
        }

        public static ulong BigMul(ulong a, ulong b, out ulong low)
        {
            ulong al = (uint)a, ah = a >> 32;
            ulong bl = (uint)b, bh = b >> 32;
            ulong mull = al * bl;
            ulong t = ah * bl + (mull >> 32);
            ulong tl = al * bh + (uint)t;
            low = (tl << 32) | (uint)mull;
            return ah * bh + (t >> 32) + (tl >> 32);
        }

        public static long BigMul(long a, long b, out long low)
        {
            ulong ulow;
            ulong high = BigMul((ulong)a, (ulong)b, out ulow);
            low = (long)ulow;
            return (long)high - ((a >> 63) & b) - ((b >> 63) & a);
        }

        public static int DivRem(int a, int b, out int result)
        {
            int div = a / b;
            result = a - (div * b);
            return div;
        }

        public static long DivRem(long a, long b, out long result)
        {
            long div = a / b;
            result = a - (div * b);
            return div;
        }

        // ---- Sign ----

        public static int Sign(sbyte value)
        {
            return value < 0 ? -1 : value > 0 ? 1 : 0;
        }

        public static int Sign(short value)
        {
            return value < 0 ? -1 : value > 0 ? 1 : 0;
        }

        public static int Sign(int value)
        {
            return (value >> 31) | (int)((uint)-value >> 31);
        }

        public static int Sign(long value)
        {
            return (int)(value >> 63) | (int)((ulong)-value >> 63);
        }

        public static int Sign(float value)
        {
            if (value < 0)
                return -1;
            if (value > 0)
                return 1;
            if (value == 0)
                return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }

        public static int Sign(double value)
        {
            if (value < 0)
                return -1;
            if (value > 0)
                return 1;
            if (value == 0)
                return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }

        public static int Sign(decimal value)
        {
            return decimal.Sign(value);
        }

        // ---- Min / Max / Clamp ----

        public static byte Max(byte val1, byte val2) { return (val1 >= val2) ? val1 : val2; }
        public static sbyte Max(sbyte val1, sbyte val2) { return (val1 >= val2) ? val1 : val2; }
        public static short Max(short val1, short val2) { return (val1 >= val2) ? val1 : val2; }
        public static ushort Max(ushort val1, ushort val2) { return (val1 >= val2) ? val1 : val2; }
        public static int Max(int val1, int val2) { return (val1 >= val2) ? val1 : val2; }
        public static uint Max(uint val1, uint val2) { return (val1 >= val2) ? val1 : val2; }
        public static long Max(long val1, long val2) { return (val1 >= val2) ? val1 : val2; }
        public static ulong Max(ulong val1, ulong val2) { return (val1 >= val2) ? val1 : val2; }

        public static decimal Max(decimal val1, decimal val2)
        {
            return decimal.Max(val1, val2);
        }

        // IEEE 754:2019 maximum: NaN propagates; +0 is greater than -0.
        public static double Max(double val1, double val2)
        {
            if (val1 != val2)
            {
                if (!double.IsNaN(val1))
                    return val2 < val1 ? val1 : val2;
                return val1;
            }
            return double.IsNegative(val2) ? val1 : val2;
        }

        public static float Max(float val1, float val2)
        {
            if (val1 != val2)
            {
                if (!float.IsNaN(val1))
                    return val2 < val1 ? val1 : val2;
                return val1;
            }
            return float.IsNegative(val2) ? val1 : val2;
        }

        public static byte Min(byte val1, byte val2) { return (val1 <= val2) ? val1 : val2; }
        public static sbyte Min(sbyte val1, sbyte val2) { return (val1 <= val2) ? val1 : val2; }
        public static short Min(short val1, short val2) { return (val1 <= val2) ? val1 : val2; }
        public static ushort Min(ushort val1, ushort val2) { return (val1 <= val2) ? val1 : val2; }
        public static int Min(int val1, int val2) { return (val1 <= val2) ? val1 : val2; }
        public static uint Min(uint val1, uint val2) { return (val1 <= val2) ? val1 : val2; }
        public static long Min(long val1, long val2) { return (val1 <= val2) ? val1 : val2; }
        public static ulong Min(ulong val1, ulong val2) { return (val1 <= val2) ? val1 : val2; }

        public static decimal Min(decimal val1, decimal val2)
        {
            return decimal.Min(val1, val2);
        }

        // IEEE 754:2019 minimum: NaN propagates; -0 is less than +0.
        public static double Min(double val1, double val2)
        {
            if (val1 != val2)
            {
                if (!double.IsNaN(val1))
                    return val1 < val2 ? val1 : val2;
                return val1;
            }
            return double.IsNegative(val1) ? val1 : val2;
        }

        public static float Min(float val1, float val2)
        {
            if (val1 != val2)
            {
                if (!float.IsNaN(val1))
                    return val1 < val2 ? val1 : val2;
                return val1;
            }
            return float.IsNegative(val1) ? val1 : val2;
        }

        public static double MaxMagnitude(double x, double y)
        {
            double ax = Abs(x), ay = Abs(y);
            if ((ax > ay) || double.IsNaN(ax))
                return x;
            if (ax == ay)
                return double.IsNegative(x) ? y : x;
            return y;
        }

        public static double MinMagnitude(double x, double y)
        {
            double ax = Abs(x), ay = Abs(y);
            if ((ax < ay) || double.IsNaN(ax))
                return x;
            if (ax == ay)
                return double.IsNegative(x) ? x : y;
            return y;
        }

        private static void ThrowMinMaxException(object min, object max)
        {
            throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
        }

        public static byte Clamp(byte value, byte min, byte max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static sbyte Clamp(sbyte value, sbyte min, sbyte max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static short Clamp(short value, short min, short max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static ushort Clamp(ushort value, ushort min, ushort max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static int Clamp(int value, int min, int max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static uint Clamp(uint value, uint min, uint max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static long Clamp(long value, long min, long max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static ulong Clamp(ulong value, ulong min, ulong max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static float Clamp(float value, float min, float max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static double Clamp(double value, double min, double max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static decimal Clamp(decimal value, decimal min, decimal max)
        {
            if (min > max)
                ThrowMinMaxException(min, max);
            return value < min ? min : value > max ? max : value;
        }

        // ---- Bit-level helpers ----

        public static double BitDecrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (((bits >> 32) & 0x7FF00000) >= 0x7FF00000)
            {
                // NaN returns NaN; -Infinity returns -Infinity; +Infinity returns MaxValue.
                return (bits == 0x7FF0000000000000) ? double.MaxValue : x;
            }
            if (bits == 0x0000000000000000)
                return -double.Epsilon;
            bits += (bits < 0) ? +1 : -1;
            return BitConverter.Int64BitsToDouble(bits);
        }

        public static double BitIncrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (((bits >> 32) & 0x7FF00000) >= 0x7FF00000)
            {
                // NaN returns NaN; -Infinity returns MinValue; +Infinity returns +Infinity.
                return (bits == unchecked((long)0xFFF0000000000000)) ? double.MinValue : x;
            }
            if (bits == unchecked((long)0x8000000000000000))
                return double.Epsilon;
            bits += (bits < 0) ? -1 : +1;
            return BitConverter.Int64BitsToDouble(bits);
        }

        public static double CopySign(double x, double y)
        {
            long xbits = BitConverter.DoubleToInt64Bits(x);
            long ybits = BitConverter.DoubleToInt64Bits(y);
            return BitConverter.Int64BitsToDouble((xbits & 0x7FFFFFFFFFFFFFFFL) | (ybits & unchecked((long)0x8000000000000000L)));
        }

        public static int ILogB(double x)
        {
            if (double.IsNaN(x))
                return int.MaxValue;
            if (x == 0)
                return int.MinValue;
            if (double.IsInfinity(x))
                return int.MaxValue;
            long bits = BitConverter.DoubleToInt64Bits(x);
            int exponent = (int)((bits >> 52) & 0x7FF);
            if (exponent == 0)
            {
                // Subnormal: count the leading zeros of the significand.
                long m = bits & 0xFFFFFFFFFFFFFL;
                int e = -1023;
                while ((m & (1L << 52)) == 0)
                {
                    m <<= 1;
                    e--;
                }
                return e + 1;
            }
            return exponent - 1023;
        }

        public static double ScaleB(double x, int n)
        {
            // x * 2^n, computed in steps that avoid spurious overflow or underflow.
            double y = x;
            if (n > 1023)
            {
                y *= 8.98846567431158e307; // 2^1023
                n -= 1023;
                if (n > 1023)
                {
                    y *= 8.98846567431158e307;
                    n -= 1023;
                    if (n > 1023)
                        n = 1023;
                }
            }
            else if (n < -1022)
            {
                const double TwoPowMinus969 = 2.0041683600089728e-292; // 2^-1022 * 2^53
                y *= TwoPowMinus969;
                n += 1022 - 53;
                if (n < -1022)
                {
                    y *= TwoPowMinus969;
                    n += 1022 - 53;
                    if (n < -1022)
                        n = -1022;
                }
            }
            double u = BitConverter.Int64BitsToDouble((long)(0x3ff + n) << 52);
            return y * u;
        }

        public static double ReciprocalEstimate(double d)
        {
            return 1.0 / d;
        }

        public static double ReciprocalSqrtEstimate(double d)
        {
            return 1.0 / Sqrt(d);
        }

        // ---- Rounding ----

        // Round half to even.
        public static double Round(double a)
        {
            ulong bits = BitConverter.DoubleToUInt64Bits(a);
            int exponent = (int)((bits >> 52) & 0x7FF);

            if (exponent <= 0x03FE)
            {
                if ((bits << 1) == 0)
                {
                    // Exactly +/- zero returns the original value.
                    return a;
                }

                // |a| <= 0.5 rounds to 0, |a| > 0.5 to 1, keeping the sign.
                double result = ((exponent == 0x03FE) && ((bits & 0x000FFFFFFFFFFFFFUL) != 0)) ? 1.0 : 0.0;
                return CopySign(result, a);
            }

            if (exponent >= 0x0433)
            {
                // |a| >= 2^52 has no fractional part (and NaN/infinity stay as they are).
                return a;
            }

            // The last bit of the integral part, and the fraction bits below it.
            ulong lastBitMask = 1UL << (0x0433 - exponent);
            ulong roundBitsMask = lastBitMask - 1;

            // Add one half; exactly .5 (all lower bits zero afterwards) rounds to even.
            bits += lastBitMask >> 1;
            if ((bits & roundBitsMask) == 0)
                bits &= ~lastBitMask;
            else
                bits &= ~roundBitsMask;

            return BitConverter.UInt64BitsToDouble(bits);
        }

        public static double Round(double value, int digits)
        {
            return Round(value, digits, MidpointRounding.ToEven);
        }

        public static double Round(double value, MidpointRounding mode)
        {
            return Round(value, 0, mode);
        }

        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if ((uint)digits > MaxRoundingDigits)
                throw new ArgumentOutOfRangeException(nameof(digits), "Rounding digits must be between 0 and 15, inclusive.");
            if (mode < MidpointRounding.ToEven || mode > MidpointRounding.ToPositiveInfinity)
                throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", nameof(mode));

            if (Abs(value) < DoubleRoundLimit)
            {
                double power10 = s_roundPower10Double[digits];

                value *= power10;

                switch (mode)
                {
                    case MidpointRounding.ToEven:
                        value = Round(value);
                        break;
                    case MidpointRounding.AwayFromZero:
                        // 0.49999999999999994 (the double below one half) avoids rounding
                        // x.49999... up while still taking x.5 away from zero.
                        value = Truncate(value + CopySign(0.49999999999999994, value));
                        break;
                    case MidpointRounding.ToZero:
                        value = Truncate(value);
                        break;
                    case MidpointRounding.ToNegativeInfinity:
                        value = Floor(value);
                        break;
                    case MidpointRounding.ToPositiveInfinity:
                        value = Ceiling(value);
                        break;
                }

                value /= power10;
            }

            return value;
        }

        public static double Truncate(double d)
        {
            ulong bits = BitConverter.DoubleToUInt64Bits(d);
            int exponent = (int)((bits >> 52) & 0x7FF);
            if (exponent >= 0x433)
                return d; // no fractional part; NaN and infinity unchanged
            if (exponent < 0x3FF)
                return CopySign(0.0, d);
            ulong fractionMask = (1UL << (0x433 - exponent)) - 1;
            return BitConverter.UInt64BitsToDouble(bits & ~fractionMask);
        }

        public static decimal Round(decimal d)
        {
            return decimal.Round(d, 0);
        }

        public static decimal Round(decimal d, int decimals)
        {
            return decimal.Round(d, decimals);
        }

        public static decimal Round(decimal d, MidpointRounding mode)
        {
            return decimal.Round(d, 0, mode);
        }

        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            return decimal.Round(d, decimals, mode);
        }

        public static decimal Truncate(decimal d)
        {
            return decimal.Truncate(d);
        }

        public static decimal Floor(decimal d)
        {
            return decimal.Floor(d);
        }

        public static decimal Ceiling(decimal d)
        {
            return decimal.Ceiling(d);
        }
    }
}
