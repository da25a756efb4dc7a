// System.Boolean: the bool primitive type (ELEMENT_TYPE_BOOLEAN).
namespace System
{
    public struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>
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
