// System.Boolean: the bool primitive type (ELEMENT_TYPE_BOOLEAN).
namespace System
{
    public struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>, IConvertible
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly bool m_value;
#pragma warning restore 0649

        internal const string TrueLiteral = "True";
        internal const string FalseLiteral = "False";

        public static readonly string TrueString = TrueLiteral;
        public static readonly string FalseString = FalseLiteral;

        public override int GetHashCode()
        {
            return m_value ? 1 : 0;
        }

        public override string ToString()
        {
            return m_value ? TrueLiteral : FalseLiteral;
        }

        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public override bool Equals(object obj)
        {
            if (!(obj is bool))
                return false;
            return m_value == (bool)obj;
        }

        public bool Equals(bool obj)
        {
            return m_value == obj;
        }

        // false < true; null sorts first.
        public int CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            if (!(obj is bool))
                throw new ArgumentException("Object must be of type Boolean.");
            return CompareTo((bool)obj);
        }

        public int CompareTo(bool value)
        {
            if (m_value == value)
                return 0;
            return m_value ? 1 : -1;
        }

        public TypeCode GetTypeCode()
        {
            return TypeCode.Boolean;
        }

        // ---- IConvertible: explicit, each conversion is the matching Convert overload ----

        bool IConvertible.ToBoolean(IFormatProvider provider)
        {
            return m_value;
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
            return Convert.ToDouble(m_value);
        }

        decimal IConvertible.ToDecimal(IFormatProvider provider)
        {
            return Convert.ToDecimal(m_value);
        }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'Boolean' to 'DateTime'.");
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }

        // "True"/"False" in any case, with surrounding whitespace and '\0's ignored.
        public static bool Parse(string value)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            bool result;
            if (!TryParse(value, out result))
                throw new FormatException("String '" + value + "' was not recognized as a valid Boolean.");
            return result;
        }

        public static bool TryParse(string value, out bool result)
        {
            result = false;
            if (value == null)
                return false;
            if (string.Equals(value, TrueLiteral, StringComparison.OrdinalIgnoreCase))
            {
                result = true;
                return true;
            }
            if (string.Equals(value, FalseLiteral, StringComparison.OrdinalIgnoreCase))
                return true;

            string trimmed = TrimWhiteSpaceAndNull(value);
            if (string.Equals(trimmed, TrueLiteral, StringComparison.OrdinalIgnoreCase))
            {
                result = true;
                return true;
            }
            return string.Equals(trimmed, FalseLiteral, StringComparison.OrdinalIgnoreCase);
        }

        private static string TrimWhiteSpaceAndNull(string value)
        {
            int start = 0;
            while (start < value.Length && (char.IsWhiteSpace(value[start]) || value[start] == '\0'))
                start++;
            int end = value.Length - 1;
            while (end >= start && (char.IsWhiteSpace(value[end]) || value[end] == '\0'))
                end--;
            return value.Substring(start, end - start + 1);
        }
    }
}
