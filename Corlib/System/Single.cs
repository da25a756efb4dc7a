// System.Single: a 32-bit IEEE 754 floating-point number (ELEMENT_TYPE_R4).
// ToString() gives the shortest string that round-trips ("R"), as .NET Core 3.0+ does.
using System.Globalization;

namespace System
{
    public struct Single : IComparable, IFormattable, IComparable<float>, IEquatable<float>, IConvertible
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly float m_value;
#pragma warning restore 0649

        public const float MinValue = (float)-3.40282346638528859e+38;
        public const float Epsilon = (float)1.4e-45;
        public const float MaxValue = (float)3.40282346638528859e+38;
        public const float PositiveInfinity = (float)1.0 / (float)0.0;
        public const float NegativeInfinity = (float)-1.0 / (float)0.0;
        public const float NaN = (float)0.0 / (float)0.0;

        // .NET 5+ constants.
        public const float NegativeZero = (float)-0.0;
        public const float E = 2.71828183f;
        public const float Pi = 3.14159265f;
        public const float Tau = 6.28318530f;

        internal const int SignMask = unchecked((int)0x80000000);
        internal const int PositiveInfinityBits = 0x7F800000;
        internal const int ExponentMask = 0x7F800000;
        internal const int SignificandMask = 0x007FFFFF;

        private static int Bits(float f)
        {
            return BitConverter.SingleToInt32Bits(f);
        }

        public static bool IsFinite(float d)
        {
            return (Bits(d) & 0x7FFFFFFF) < PositiveInfinityBits;
        }

        public static bool IsInfinity(float d)
        {
            return (Bits(d) & 0x7FFFFFFF) == PositiveInfinityBits;
        }

        public static bool IsNaN(float d)
        {
            return (Bits(d) & 0x7FFFFFFF) > PositiveInfinityBits;
        }

        public static bool IsNegative(float d)
        {
            return Bits(d) < 0;
        }

        public static bool IsNegativeInfinity(float d)
        {
            return Bits(d) == (PositiveInfinityBits | SignMask);
        }

        public static bool IsPositiveInfinity(float d)
        {
            return Bits(d) == PositiveInfinityBits;
        }

        public static bool IsNormal(float d)
        {
            int bits = Bits(d) & 0x7FFFFFFF;
            return bits < PositiveInfinityBits && bits != 0 && (bits & ExponentMask) != 0;
        }

        public static bool IsSubnormal(float d)
        {
            int bits = Bits(d) & 0x7FFFFFFF;
            return bits < PositiveInfinityBits && bits != 0 && (bits & ExponentMask) == 0;
        }

        // .NET 7: whether d is a finite whole number.
        public static bool IsInteger(float d)
        {
            return IsFinite(d) && d == Math.Truncate(d);
        }

        internal static bool IsNaNOrZero(float d)
        {
            return ((Bits(d) - 1) & ~SignMask) >= PositiveInfinityBits;
        }

        // NaN sorts before everything (and equals itself here); null sorts first.
        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (value is float)
                return CompareTo((float)value);
            throw new ArgumentException("Object must be of type Single.");
        }

        public int CompareTo(float value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            if (m_value == value)
                return 0;
            // At least one of the values is NaN.
            if (IsNaN(m_value))
                return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is float))
                return false;
            return Equals((float)obj);
        }

        // Unlike ==, NaN equals NaN.
        public bool Equals(float obj)
        {
            if (m_value == obj)
                return true;
            return IsNaN(obj) && IsNaN(m_value);
        }

        public override int GetHashCode()
        {
            int bits = Bits(m_value);
            if (IsNaNOrZero(m_value))
            {
                // All NaNs and both zeros hash alike.
                bits &= PositiveInfinityBits;
            }
            return bits;
        }

        public TypeCode GetTypeCode()
        {
            return TypeCode.Single;
        }

        // ---- IConvertible: explicit, each conversion is the matching Convert overload ----

        bool IConvertible.ToBoolean(IFormatProvider provider)
        {
            return Convert.ToBoolean(m_value);
        }

        char IConvertible.ToChar(IFormatProvider provider)
        {
            return Convert.ToChar(m_value);
        }

        sbyte IConvertible.ToSByte(IFormatProvider provider)
        {
            return Convert.ToSByte(m_value);
        }

        byte IConvertible.ToByte(IFormatProvider provider)
        {
            return Convert.ToByte(m_value);
        }

        short IConvertible.ToInt16(IFormatProvider provider)
        {
            return Convert.ToInt16(m_value);
        }

        ushort IConvertible.ToUInt16(IFormatProvider provider)
        {
            return Convert.ToUInt16(m_value);
        }

        int IConvertible.ToInt32(IFormatProvider provider)
        {
            return Convert.ToInt32(m_value);
        }

        uint IConvertible.ToUInt32(IFormatProvider provider)
        {
            return Convert.ToUInt32(m_value);
        }

        long IConvertible.ToInt64(IFormatProvider provider)
        {
            return Convert.ToInt64(m_value);
        }

        ulong IConvertible.ToUInt64(IFormatProvider provider)
        {
            return Convert.ToUInt64(m_value);
        }

        float IConvertible.ToSingle(IFormatProvider provider)
        {
            return m_value;
        }

        double IConvertible.ToDouble(IFormatProvider provider)
        {
            return Convert.ToDouble(m_value);
        }

        decimal IConvertible.ToDecimal(IFormatProvider provider)
        {
            return Convert.ToDecimal(m_value);
        }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'Single' to 'DateTime'.");
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }

        public override string ToString()
        {
            return Number.FormatSingle(m_value, null, NumberFormatInfo.CurrentInfo);
        }

        public string ToString(string format)
        {
            return Number.FormatSingle(m_value, format, NumberFormatInfo.CurrentInfo);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatSingle(m_value, null, NumberFormatInfo.GetInstance(provider));
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatSingle(m_value, format, NumberFormatInfo.GetInstance(provider));
        }

        public static float Parse(string s)
        {
            return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null);
        }

        public static float Parse(string s, NumberStyles style)
        {
            return Parse(s, style, null);
        }

        public static float Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        }

        public static float Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            double result;
            if (!Number.TryParseFloat(s, style, NumberFormatInfo.GetInstance(provider), true, out result))
                throw Number.FormatError(s);
            return (float)result;
        }

        public static bool TryParse(string s, out float result)
        {
            return TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out float result)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            double d;
            if (s == null || !Number.TryParseFloat(s, style, NumberFormatInfo.GetInstance(provider), true, out d))
            {
                result = 0;
                return false;
            }
            result = (float)d;
            return true;
        }
    }
}
