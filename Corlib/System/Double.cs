// System.Double: a 64-bit IEEE 754 floating-point number (ELEMENT_TYPE_R8).
// ToString() gives the shortest string that round-trips ("R"), as .NET Core 3.0+ does.
using System.Globalization;

namespace System
{
    public struct Double : IComparable, IFormattable, IComparable<double>, IEquatable<double>, IConvertible
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly double m_value;
#pragma warning restore 0649

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NegativeInfinity = (double)-1.0 / (double)(0.0);
        public const double PositiveInfinity = (double)1.0 / (double)(0.0);
        public const double NaN = (double)0.0 / (double)0.0;

        // .NET 5+ constants.
        public const double NegativeZero = -0.0;
        public const double E = 2.7182818284590452354;
        public const double Pi = 3.14159265358979323846;
        public const double Tau = 6.283185307179586476925;

        internal const long SignMask = unchecked((long)0x8000000000000000L);
        internal const long PositiveInfinityBits = 0x7FF0000000000000L;
        internal const long ExponentMask = 0x7FF0000000000000L;
        internal const long SignificandMask = 0x000FFFFFFFFFFFFFL;

        private static long Bits(double d)
        {
            return BitConverter.DoubleToInt64Bits(d);
        }

        public static bool IsFinite(double d)
        {
            return (Bits(d) & 0x7FFFFFFFFFFFFFFFL) < PositiveInfinityBits;
        }

        public static bool IsInfinity(double d)
        {
            return (Bits(d) & 0x7FFFFFFFFFFFFFFFL) == PositiveInfinityBits;
        }

        public static bool IsNaN(double d)
        {
            return (Bits(d) & 0x7FFFFFFFFFFFFFFFL) > PositiveInfinityBits;
        }

        public static bool IsNegative(double d)
        {
            return Bits(d) < 0;
        }

        public static bool IsNegativeInfinity(double d)
        {
            return Bits(d) == (PositiveInfinityBits | SignMask);
        }

        public static bool IsPositiveInfinity(double d)
        {
            return Bits(d) == PositiveInfinityBits;
        }

        public static bool IsNormal(double d)
        {
            long bits = Bits(d) & 0x7FFFFFFFFFFFFFFFL;
            return bits < PositiveInfinityBits && bits != 0 && (bits & ExponentMask) != 0;
        }

        public static bool IsSubnormal(double d)
        {
            long bits = Bits(d) & 0x7FFFFFFFFFFFFFFFL;
            return bits < PositiveInfinityBits && bits != 0 && (bits & ExponentMask) == 0;
        }

        // .NET 7: whether d is a finite whole number.
        public static bool IsInteger(double d)
        {
            return IsFinite(d) && d == Math.Truncate(d);
        }

        internal static bool IsNaNOrZero(double d)
        {
            return ((Bits(d) - 1) & ~SignMask) >= PositiveInfinityBits;
        }

        // NaN sorts before everything (and equals itself here); null sorts first.
        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (value is double)
                return CompareTo((double)value);
            throw new ArgumentException("Object must be of type Double.");
        }

        public int CompareTo(double value)
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
            if (!(obj is double))
                return false;
            return Equals((double)obj);
        }

        // Unlike ==, NaN equals NaN.
        public bool Equals(double obj)
        {
            if (m_value == obj)
                return true;
            return IsNaN(obj) && IsNaN(m_value);
        }

        public override int GetHashCode()
        {
            long bits = Bits(m_value);
            if (IsNaNOrZero(m_value))
            {
                // All NaNs and both zeros hash alike.
                bits &= PositiveInfinityBits;
            }
            return unchecked((int)bits ^ (int)(bits >> 32));
        }

        public TypeCode GetTypeCode()
        {
            return TypeCode.Double;
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
            return Convert.ToSingle(m_value);
        }

        double IConvertible.ToDouble(IFormatProvider provider)
        {
            return m_value;
        }

        decimal IConvertible.ToDecimal(IFormatProvider provider)
        {
            return Convert.ToDecimal(m_value);
        }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'Double' to 'DateTime'.");
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }

        public override string ToString()
        {
            return Number.FormatDouble(m_value, null, NumberFormatInfo.CurrentInfo);
        }

        public string ToString(string format)
        {
            return Number.FormatDouble(m_value, format, NumberFormatInfo.CurrentInfo);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatDouble(m_value, null, NumberFormatInfo.GetInstance(provider));
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatDouble(m_value, format, NumberFormatInfo.GetInstance(provider));
        }

        public static double Parse(string s)
        {
            return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null);
        }

        public static double Parse(string s, NumberStyles style)
        {
            return Parse(s, style, null);
        }

        public static double Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        }

        public static double Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            double result;
            if (!Number.TryParseFloat(s, style, NumberFormatInfo.GetInstance(provider), false, out result))
                throw Number.FormatError(s);
            return result;
        }

        public static bool TryParse(string s, out double result)
        {
            return TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out double result)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            double d;
            if (s == null || !Number.TryParseFloat(s, style, NumberFormatInfo.GetInstance(provider), false, out d))
            {
                result = 0;
                return false;
            }
            result = d;
            return true;
        }
    }
}
