// System.UInt16: a 16-bit unsigned integer (ELEMENT_TYPE_U2).
using System.Globalization;

namespace System
{
    public struct UInt16 : IComparable, IFormattable, IComparable<ushort>, IEquatable<ushort>
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
    }
}
