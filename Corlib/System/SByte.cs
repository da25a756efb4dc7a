// System.SByte: an 8-bit signed integer (ELEMENT_TYPE_I1).
using System.Globalization;

namespace System
{
    public struct SByte : IComparable, IFormattable, IComparable<sbyte>, IEquatable<sbyte>, IConvertible
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly sbyte m_value;
#pragma warning restore 0649

        public const sbyte MaxValue = (sbyte)0x7F;
        public const sbyte MinValue = unchecked((sbyte)0x80);

        // Any object other than a sbyte is an error; null sorts first.
        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (value is sbyte)
                return CompareTo((sbyte)value);
            throw new ArgumentException("Object must be of type SByte.");
        }

        // Small integers compare by difference, as .NET does.
        public int CompareTo(sbyte value)
        {
            return m_value - value;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is sbyte))
                return false;
            return m_value == (sbyte)obj;
        }

        public bool Equals(sbyte obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return m_value;
        }

        public override string ToString()
        {
            return Number.FormatInt32(m_value, 0xFF, null, null);
        }

        public string ToString(string format)
        {
            return Number.FormatInt32(m_value, 0xFF, format, null);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatInt32(m_value, 0xFF, null, provider);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatInt32(m_value, 0xFF, format, provider);
        }

        public static sbyte Parse(string s)
        {
            return Parse(s, NumberStyles.Integer, null);
        }

        public static sbyte Parse(string s, NumberStyles style)
        {
            return Parse(s, style, null);
        }

        public static sbyte Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer, provider);
        }

        public static sbyte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            Number.ValidateParseStyleInteger(style);
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            sbyte result;
            Number.ParsingStatus status = TryParse(s, style, NumberFormatInfo.GetInstance(provider), out result);
            if (status != Number.ParsingStatus.OK)
                throw Number.ParseError(status, s, "a signed byte");
            return result;
        }

        public static bool TryParse(string s, out sbyte result)
        {
            if (s == null)
            {
                result = 0;
                return false;
            }
            return TryParse(s, NumberStyles.Integer, NumberFormatInfo.CurrentInfo, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            Number.ValidateParseStyleInteger(style);
            if (s == null)
            {
                result = 0;
                return false;
            }
            return TryParse(s, style, NumberFormatInfo.GetInstance(provider), out result) == Number.ParsingStatus.OK;
        }

        private static Number.ParsingStatus TryParse(string s, NumberStyles style, NumberFormatInfo info, out sbyte result)
        {
            ulong magnitude;
            bool isNegative;
            Number.ParsingStatus status = Number.TryParseBinaryInteger(s, style, info, (ulong)MaxValue, (ulong)128, 8, out magnitude, out isNegative);
            if (status != Number.ParsingStatus.OK)
            {
                result = 0;
                return status;
            }
            if (isNegative)
                result = unchecked((sbyte)(0 - (long)magnitude));
            else
                result = unchecked((sbyte)magnitude);
            return status;
        }

        // ---- IConvertible: explicit, each conversion is the matching Convert overload ----

        public TypeCode GetTypeCode()
        {
            return TypeCode.SByte;
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
            return m_value;
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
            return Convert.ToDouble(m_value);
        }

        decimal IConvertible.ToDecimal(IFormatProvider provider)
        {
            return Convert.ToDecimal(m_value);
        }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'SByte' to 'DateTime'.");
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }
    }
}
