// System.MathF: the single-precision counterparts of System.Math. CILKit computes
// them in double precision and rounds the result to float (exact for Sqrt, the
// rounding functions and the bit-level ones; within float rounding otherwise).
namespace System
{
    public static class MathF
    {
        public const float E = 2.71828183f;
        public const float PI = 3.14159265f;
        public const float Tau = 6.283185307f;

        public static float Acos(float x)
        {
            return (float)Math.Acos(x);
        }

        public static float Acosh(float x)
        {
            return (float)Math.Acosh(x);
        }

        public static float Asin(float x)
        {
            return (float)Math.Asin(x);
        }

        public static float Asinh(float x)
        {
            return (float)Math.Asinh(x);
        }

        public static float Atan(float x)
        {
            return (float)Math.Atan(x);
        }

        public static float Atanh(float x)
        {
            return (float)Math.Atanh(x);
        }

        public static float Cbrt(float x)
        {
            return (float)Math.Cbrt(x);
        }

        public static float Ceiling(float x)
        {
            return (float)Math.Ceiling(x);
        }

        public static float Cos(float x)
        {
            return (float)Math.Cos(x);
        }

        public static float Cosh(float x)
        {
            return (float)Math.Cosh(x);
        }

        public static float Exp(float x)
        {
            return (float)Math.Exp(x);
        }

        public static float Floor(float x)
        {
            return (float)Math.Floor(x);
        }

        public static float Log(float x)
        {
            return (float)Math.Log(x);
        }

        public static float Log10(float x)
        {
            return (float)Math.Log10(x);
        }

        public static float Log2(float x)
        {
            return (float)Math.Log2(x);
        }

        public static float Sin(float x)
        {
            return (float)Math.Sin(x);
        }

        public static float Sinh(float x)
        {
            return (float)Math.Sinh(x);
        }

        public static float Sqrt(float x)
        {
            return (float)Math.Sqrt(x);
        }

        public static float Tan(float x)
        {
            return (float)Math.Tan(x);
        }

        public static float Tanh(float x)
        {
            return (float)Math.Tanh(x);
        }

        public static float Truncate(float x)
        {
            return (float)Math.Truncate(x);
        }

        public static float Round(float x)
        {
            return (float)Math.Round(x);
        }

        public static float BitIncrement(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x);
            if ((bits & 0x7F800000) == 0x7F800000)
            {
                // NaN returns NaN; -Infinity returns MinValue; +Infinity returns +Infinity.
                return (bits == unchecked((int)0xFF800000)) ? float.MinValue : x;
            }
            if (bits == unchecked((int)0x80000000))
                return float.Epsilon;
            bits += (bits < 0) ? -1 : +1;
            return BitConverter.Int32BitsToSingle(bits);
        }

        public static float BitDecrement(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x);
            if ((bits & 0x7F800000) == 0x7F800000)
            {
                // NaN returns NaN; -Infinity returns -Infinity; +Infinity returns MaxValue.
                return (bits == 0x7F800000) ? float.MaxValue : x;
            }
            if (bits == 0x00000000)
                return -float.Epsilon;
            bits += (bits < 0) ? +1 : -1;
            return BitConverter.Int32BitsToSingle(bits);
        }

        public static float Abs(float x)
        {
            return Math.Abs(x);
        }

        public static float Atan2(float y, float x)
        {
            return (float)Math.Atan2(y, x);
        }

        public static float CopySign(float x, float y)
        {
            int xbits = BitConverter.SingleToInt32Bits(x);
            int ybits = BitConverter.SingleToInt32Bits(y);
            return BitConverter.Int32BitsToSingle((xbits & 0x7FFFFFFF) | (ybits & unchecked((int)0x80000000)));
        }

        public static float FusedMultiplyAdd(float x, float y, float z)
        {
            return (float)Math.FusedMultiplyAdd(x, y, z);
        }

        public static float IEEERemainder(float x, float y)
        {
            return (float)Math.IEEERemainder(x, y);
        }

        public static int ILogB(float x)
        {
            return Math.ILogB(x);
        }

        public static float Log(float x, float y)
        {
            return (float)Math.Log(x, y);
        }

        public static float Max(float x, float y)
        {
            return Math.Max(x, y);
        }

        public static float MaxMagnitude(float x, float y)
        {
            return (float)Math.MaxMagnitude(x, y);
        }

        public static float Min(float x, float y)
        {
            return Math.Min(x, y);
        }

        public static float MinMagnitude(float x, float y)
        {
            return (float)Math.MinMagnitude(x, y);
        }

        public static float Pow(float x, float y)
        {
            return (float)Math.Pow(x, y);
        }

        public static float Round(float x, int digits)
        {
            return Round(x, digits, MidpointRounding.ToEven);
        }

        public static float Round(float x, MidpointRounding mode)
        {
            return Round(x, 0, mode);
        }

        // As .NET: scaled by a float power of ten, rounded, scaled back.
        public static float Round(float x, int digits, MidpointRounding mode)
        {
            if ((uint)digits > 6)
                throw new ArgumentOutOfRangeException(nameof(digits), "Rounding digits must be between 0 and 6, inclusive.");
            if (mode < MidpointRounding.ToEven || mode > MidpointRounding.ToPositiveInfinity)
                throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", nameof(mode));
            if (Abs(x) < 1e8f)
            {
                float power10 = s_roundPower10Single[digits];
                x *= power10;
                x = (float)Math.Round(x, 0, mode);
                x /= power10;
            }
            return x;
        }

        private static readonly float[] s_roundPower10Single = new float[]
        {
            1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f
        };

        public static float ScaleB(float x, int n)
        {
            return (float)Math.ScaleB(x, n);
        }

        public static int Sign(float x)
        {
            return Math.Sign(x);
        }

        public static float ReciprocalEstimate(float x)
        {
            return 1.0f / x;
        }

        public static float ReciprocalSqrtEstimate(float x)
        {
            return 1.0f / Sqrt(x);
        }
    }
}
