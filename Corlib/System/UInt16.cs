// System.UInt16: a 16-bit unsigned integer (ELEMENT_TYPE_U2).
using System.Globalization;

namespace System
{
    public struct UInt16 : IComparable, IFormattable, IComparable<ushort>, IEquatable<ushort>, IConvertible
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly ushort m_value;
#pragma warning restore 0649

        public const ushort MaxValue = (ushort)0xFFFF;
        public const ushort MinValue = 0;

        // Any object other than a ushort is an error; null sorts first.
        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (value is ushort)
                return CompareTo((ushort)value);
            throw new ArgumentException("Object must be of type UInt16.");
        }

        // Small integers compare by difference, as .NET does.
        public int CompareTo(ushort value)
        {
            return m_value - value;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is ushort))
                return false;
            return m_value == (ushort)obj;
        }

        public bool Equals(ushort obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return m_value;
        }

        public override string ToString()
        {
            return Number.FormatUInt32(m_value, null, null);
        }

        public string ToString(string format)
        {
            return Number.FormatUInt32(m_value, format, null);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatUInt32(m_value, null, provider);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatUInt32(m_value, format, provider);
        }

        public static ushort Parse(string s)
        {
            return Parse(s, NumberStyles.Integer, null);
        }

        public static ushort Parse(string s, NumberStyles style)
        {
            return Parse(s, style, null);
        }

        public static ushort Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer, provider);
        }

        public static ushort Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            Number.ValidateParseStyleInteger(style);
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            ushort result;
            Number.ParsingStatus status = TryParse(s, style, NumberFormatInfo.GetInstance(provider), out result);
            if (status != Number.ParsingStatus.OK)
                throw Number.ParseError(status, s, "a UInt16");
            return result;
        }

        public static bool TryParse(string s, out ushort result)
        {
            if (s == null)
            {
                result = 0;
                return false;
            }
            return TryParse(s, NumberStyles.Integer, NumberFormatInfo.CurrentInfo, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ushort result)
        {
            Number.ValidateParseStyleInteger(style);
            if (s == null)
            {
                result = 0;
                return false;
            }
            return TryParse(s, style, NumberFormatInfo.GetInstance(provider), out result) == Number.ParsingStatus.OK;
        }

        private static Number.ParsingStatus TryParse(string s, NumberStyles style, NumberFormatInfo info, out ushort result)
        {
            ulong magnitude;
            bool isNegative;
            Number.ParsingStatus status = Number.TryParseBinaryInteger(s, style, info, (ulong)MaxValue, 0, 16, out magnitude, out isNegative);
            if (status != Number.ParsingStatus.OK)
            {
                result = 0;
                return status;
            }
            result = unchecked((ushort)magnitude);
            return status;
        }

        // ---- IConvertible: explicit, each conversion is the matching Convert overload ----

        public TypeCode GetTypeCode()
        {
            return TypeCode.UInt16;
        }

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
            return m_value;
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
            return Convert.ToDouble(m_value);
        }

        decimal IConvertible.ToDecimal(IFormatProvider provider)
        {
            return Convert.ToDecimal(m_value);
        }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'UInt16' to 'DateTime'.");
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }
    }
}
