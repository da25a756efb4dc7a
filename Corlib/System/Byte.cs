// System.Byte: an 8-bit unsigned integer (ELEMENT_TYPE_U1).
using System.Globalization;

namespace System
{
    public struct Byte : IComparable, IFormattable, IComparable<byte>, IEquatable<byte>, IConvertible
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly byte m_value;
#pragma warning restore 0649

        public const byte MaxValue = (byte)0xFF;
        public const byte MinValue = 0;

        // Any object other than a byte is an error; null sorts first.
        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (value is byte)
                return CompareTo((byte)value);
            throw new ArgumentException("Object must be of type Byte.");
        }

        // Small integers compare by difference, as .NET does.
        public int CompareTo(byte value)
        {
            return m_value - value;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is byte))
                return false;
            return m_value == (byte)obj;
        }

        public bool Equals(byte obj)
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

        public static byte Parse(string s)
        {
            return Parse(s, NumberStyles.Integer, null);
        }

        public static byte Parse(string s, NumberStyles style)
        {
            return Parse(s, style, null);
        }

        public static byte Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer, provider);
        }

        public static byte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            Number.ValidateParseStyleInteger(style);
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            byte result;
            Number.ParsingStatus status = TryParse(s, style, NumberFormatInfo.GetInstance(provider), out result);
            if (status != Number.ParsingStatus.OK)
                throw Number.ParseError(status, s, "an unsigned byte");
            return result;
        }

        public static bool TryParse(string s, out byte result)
        {
            if (s == null)
            {
                result = 0;
                return false;
            }
            return TryParse(s, NumberStyles.Integer, NumberFormatInfo.CurrentInfo, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result)
        {
            Number.ValidateParseStyleInteger(style);
            if (s == null)
            {
                result = 0;
                return false;
            }
            return TryParse(s, style, NumberFormatInfo.GetInstance(provider), out result) == Number.ParsingStatus.OK;
        }

        private static Number.ParsingStatus TryParse(string s, NumberStyles style, NumberFormatInfo info, out byte result)
        {
            ulong magnitude;
            bool isNegative;
            Number.ParsingStatus status = Number.TryParseBinaryInteger(s, style, info, (ulong)MaxValue, 0, 8, out magnitude, out isNegative);
            if (status != Number.ParsingStatus.OK)
            {
                result = 0;
                return status;
            }
            result = unchecked((byte)magnitude);
            return status;
        }

        // ---- IConvertible: explicit, each conversion is the matching Convert overload ----

        public TypeCode GetTypeCode()
        {
            return TypeCode.Byte;
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
            return m_value;
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
            return Convert.ToDouble(m_value);
        }

        decimal IConvertible.ToDecimal(IFormatProvider provider)
        {
            return Convert.ToDecimal(m_value);
        }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'Byte' to 'DateTime'.");
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }
    }
}
