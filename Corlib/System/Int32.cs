// System.Int32: a 32-bit signed integer (ELEMENT_TYPE_I4).
using System.Globalization;

namespace System
{
    public struct Int32 : IComparable, IFormattable, IComparable<int>, IEquatable<int>, IConvertible
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly int m_value;
#pragma warning restore 0649

        public const int MaxValue = 0x7fffffff;
        public const int MinValue = unchecked((int)0x80000000);

        // Any object other than a int is an error; null sorts first.
        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (value is int)
                return CompareTo((int)value);
            throw new ArgumentException("Object must be of type Int32.");
        }

        public int CompareTo(int value)
        {
            if (m_value < value)
                return -1;
            if (m_value > value)
                return 1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is int))
                return false;
            return m_value == (int)obj;
        }

        public bool Equals(int obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return m_value;
        }

        public override string ToString()
        {
            return Number.FormatInt32(m_value, ~0, null, null);
        }

        public string ToString(string format)
        {
            return Number.FormatInt32(m_value, ~0, format, null);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatInt32(m_value, ~0, null, provider);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatInt32(m_value, ~0, format, provider);
        }

        public static int Parse(string s)
        {
            return Parse(s, NumberStyles.Integer, null);
        }

        public static int Parse(string s, NumberStyles style)
        {
            return Parse(s, style, null);
        }

        public static int Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer, provider);
        }

        public static int Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            Number.ValidateParseStyleInteger(style);
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            int result;
            Number.ParsingStatus status = TryParse(s, style, NumberFormatInfo.GetInstance(provider), out result);
            if (status != Number.ParsingStatus.OK)
                throw Number.ParseError(status, s, "an Int32");
            return result;
        }

        public static bool TryParse(string s, out int result)
        {
            if (s == null)
            {
                result = 0;
                return false;
            }
            return TryParse(s, NumberStyles.Integer, NumberFormatInfo.CurrentInfo, out result) == Number.ParsingStatus.OK;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out int result)
        {
            Number.ValidateParseStyleInteger(style);
            if (s == null)
            {
                result = 0;
                return false;
            }
            return TryParse(s, style, NumberFormatInfo.GetInstance(provider), out result) == Number.ParsingStatus.OK;
        }

        private static Number.ParsingStatus TryParse(string s, NumberStyles style, NumberFormatInfo info, out int result)
        {
            ulong magnitude;
            bool isNegative;
            Number.ParsingStatus status = Number.TryParseBinaryInteger(s, style, info, (ulong)MaxValue, (ulong)2147483648, 32, out magnitude, out isNegative);
            if (status != Number.ParsingStatus.OK)
            {
                result = 0;
                return status;
            }
            if (isNegative)
                result = unchecked((int)(0 - (long)magnitude));
            else
                result = unchecked((int)magnitude);
            return status;
        }

        // ---- IConvertible: explicit, each conversion is the matching Convert overload ----

        public TypeCode GetTypeCode()
        {
            return TypeCode.Int32;
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
            return Convert.ToUInt16(m_value);
        }

        int IConvertible.ToInt32(IFormatProvider provider)
        {
            return m_value;
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
            throw new InvalidCastException("Invalid cast from 'Int32' to 'DateTime'.");
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }
    }
}
