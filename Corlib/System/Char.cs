// System.Char: a UTF-16 code unit (ELEMENT_TYPE_CHAR). Classification and casing use
// the Unicode 15.0 tables of System.Globalization.CharUnicodeInfo, with Latin-1 fast paths.
using System.Globalization;

namespace System
{
    public struct Char : IComparable, IComparable<char>, IEquatable<char>, IConvertible
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly char m_value;
#pragma warning restore 0649

        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0x00;

        internal const int UNICODE_PLANE00_END = 0x00ffff;
        internal const int UNICODE_PLANE01_START = 0x10000;
        internal const int UNICODE_PLANE16_END = 0x10ffff;
        internal const char HIGH_SURROGATE_START = '\ud800';
        internal const char HIGH_SURROGATE_END = '\udbff';
        internal const char LOW_SURROGATE_START = '\udc00';
        internal const char LOW_SURROGATE_END = '\udfff';

        public override int GetHashCode()
        {
            return (int)m_value | ((int)m_value << 16);
        }

        public override bool Equals(object obj)
        {
            if (!(obj is char))
                return false;
            return m_value == (char)obj;
        }

        public bool Equals(char obj)
        {
            return m_value == obj;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is char))
                throw new ArgumentException("Object must be of type Char.");
            return m_value - (char)value;
        }

        public int CompareTo(char value)
        {
            return m_value - value;
        }

        public override string ToString()
        {
            return new string(m_value, 1);
        }

        public string ToString(IFormatProvider provider)
        {
            return new string(m_value, 1);
        }

        public static string ToString(char c)
        {
            return new string(c, 1);
        }

        public TypeCode GetTypeCode()
        {
            return TypeCode.Char;
        }

        // ---- IConvertible: explicit, each conversion is the matching Convert overload ----

        bool IConvertible.ToBoolean(IFormatProvider provider)
        {
            return Convert.ToBoolean(m_value);
        }

        char IConvertible.ToChar(IFormatProvider provider)
        {
            return m_value;
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
            throw new InvalidCastException("Invalid cast from 'Char' to 'DateTime'.");
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }

        public static char Parse(string s)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if (s.Length != 1)
                throw new FormatException("String must be exactly one character long.");
            return s[0];
        }

        public static bool TryParse(string s, out char result)
        {
            result = '\0';
            if (s == null || s.Length != 1)
                return false;
            result = s[0];
            return true;
        }

        // ---- Classification ----

        private static bool IsLatin1(char c)
        {
            return c <= '\u00FF';
        }

        public static bool IsAscii(char c)
        {
            return c <= '\u007F';
        }

        private static UnicodeCategory Category(char c)
        {
            return (UnicodeCategory)CharUnicodeInfo.CategoryOf(c);
        }

        public static bool IsDigit(char c)
        {
            if (IsLatin1(c))
                return (uint)(c - '0') <= 9;
            return Category(c) == UnicodeCategory.DecimalDigitNumber;
        }

        public static bool IsLetter(char c)
        {
            if (IsAscii(c))
                return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
            return IsLetterCategory(Category(c));
        }

        private static bool IsLetterCategory(UnicodeCategory cat)
        {
            return (uint)(cat - UnicodeCategory.UppercaseLetter) <= (uint)(UnicodeCategory.OtherLetter - UnicodeCategory.UppercaseLetter);
        }

        public static bool IsLetterOrDigit(char c)
        {
            UnicodeCategory cat = Category(c);
            return IsLetterCategory(cat) || cat == UnicodeCategory.DecimalDigitNumber;
        }

        public static bool IsUpper(char c)
        {
            if (IsAscii(c))
                return (uint)(c - 'A') <= 'Z' - 'A';
            return Category(c) == UnicodeCategory.UppercaseLetter;
        }

        public static bool IsLower(char c)
        {
            if (IsAscii(c))
                return (uint)(c - 'a') <= 'z' - 'a';
            return Category(c) == UnicodeCategory.LowercaseLetter;
        }

        public static bool IsNumber(char c)
        {
            if (IsAscii(c))
                return (uint)(c - '0') <= 9;
            UnicodeCategory cat = Category(c);
            return cat == UnicodeCategory.DecimalDigitNumber || cat == UnicodeCategory.LetterNumber || cat == UnicodeCategory.OtherNumber;
        }

        public static bool IsPunctuation(char c)
        {
            UnicodeCategory cat = Category(c);
            return (uint)(cat - UnicodeCategory.ConnectorPunctuation) <= (uint)(UnicodeCategory.OtherPunctuation - UnicodeCategory.ConnectorPunctuation);
        }

        public static bool IsSymbol(char c)
        {
            UnicodeCategory cat = Category(c);
            return (uint)(cat - UnicodeCategory.MathSymbol) <= (uint)(UnicodeCategory.OtherSymbol - UnicodeCategory.MathSymbol);
        }

        public static bool IsSeparator(char c)
        {
            UnicodeCategory cat = Category(c);
            return (uint)(cat - UnicodeCategory.SpaceSeparator) <= (uint)(UnicodeCategory.ParagraphSeparator - UnicodeCategory.SpaceSeparator);
        }

        public static bool IsControl(char c)
        {
            // The C0 and C1 controls.
            return (((uint)c + 1) & ~0x80u) <= 0x20u;
        }

        public static bool IsWhiteSpace(char c)
        {
            if (IsLatin1(c))
                return c == ' ' || (uint)(c - '\x0009') <= '\x000d' - '\x0009' || c == '\x00a0' || c == '\x0085';
            UnicodeCategory cat = Category(c);
            return cat == UnicodeCategory.SpaceSeparator || cat == UnicodeCategory.LineSeparator || cat == UnicodeCategory.ParagraphSeparator;
        }

        public static bool IsSurrogate(char c)
        {
            return (uint)(c - HIGH_SURROGATE_START) <= (uint)(LOW_SURROGATE_END - HIGH_SURROGATE_START);
        }

        public static bool IsHighSurrogate(char c)
        {
            return (uint)(c - HIGH_SURROGATE_START) <= (uint)(HIGH_SURROGATE_END - HIGH_SURROGATE_START);
        }

        public static bool IsLowSurrogate(char c)
        {
            return (uint)(c - LOW_SURROGATE_START) <= (uint)(LOW_SURROGATE_END - LOW_SURROGATE_START);
        }

        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate)
        {
            return IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate);
        }

        public static UnicodeCategory GetUnicodeCategory(char c)
        {
            return Category(c);
        }

        public static double GetNumericValue(char c)
        {
            return CharUnicodeInfo.GetNumericValue(c);
        }

        // ---- The (string, index) overloads ----

        private static char CharAt(string s, int index)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if ((uint)index >= (uint)s.Length)
                throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
            return s[index];
        }

        // For the classifications that depend on the code point: a surrogate pair is
        // classified as its supplementary character.
        private static UnicodeCategory CategoryAt(string s, int index)
        {
            CharAt(s, index);
            return CharUnicodeInfo.GetUnicodeCategory(s, index);
        }

        public static bool IsDigit(string s, int index)
        {
            return CategoryAt(s, index) == UnicodeCategory.DecimalDigitNumber;
        }

        public static bool IsLetter(string s, int index)
        {
            return IsLetterCategory(CategoryAt(s, index));
        }

        public static bool IsLetterOrDigit(string s, int index)
        {
            UnicodeCategory cat = CategoryAt(s, index);
            return IsLetterCategory(cat) || cat == UnicodeCategory.DecimalDigitNumber;
        }

        public static bool IsUpper(string s, int index)
        {
            return CategoryAt(s, index) == UnicodeCategory.UppercaseLetter;
        }

        public static bool IsLower(string s, int index)
        {
            return CategoryAt(s, index) == UnicodeCategory.LowercaseLetter;
        }

        public static bool IsNumber(string s, int index)
        {
            UnicodeCategory cat = CategoryAt(s, index);
            return cat == UnicodeCategory.DecimalDigitNumber || cat == UnicodeCategory.LetterNumber || cat == UnicodeCategory.OtherNumber;
        }

        public static bool IsPunctuation(string s, int index)
        {
            UnicodeCategory cat = CategoryAt(s, index);
            return (uint)(cat - UnicodeCategory.ConnectorPunctuation) <= (uint)(UnicodeCategory.OtherPunctuation - UnicodeCategory.ConnectorPunctuation);
        }

        public static bool IsSymbol(string s, int index)
        {
            UnicodeCategory cat = CategoryAt(s, index);
            return (uint)(cat - UnicodeCategory.MathSymbol) <= (uint)(UnicodeCategory.OtherSymbol - UnicodeCategory.MathSymbol);
        }

        public static bool IsSeparator(string s, int index)
        {
            return IsSeparator(CharAt(s, index));
        }

        public static bool IsControl(string s, int index)
        {
            return IsControl(CharAt(s, index));
        }

        public static bool IsWhiteSpace(string s, int index)
        {
            return IsWhiteSpace(CharAt(s, index));
        }

        public static bool IsSurrogate(string s, int index)
        {
            return IsSurrogate(CharAt(s, index));
        }

        public static bool IsHighSurrogate(string s, int index)
        {
            return IsHighSurrogate(CharAt(s, index));
        }

        public static bool IsLowSurrogate(string s, int index)
        {
            return IsLowSurrogate(CharAt(s, index));
        }

        public static bool IsSurrogatePair(string s, int index)
        {
            CharAt(s, index);
            return index + 1 < s.Length && IsSurrogatePair(s[index], s[index + 1]);
        }

        public static UnicodeCategory GetUnicodeCategory(string s, int index)
        {
            return CategoryAt(s, index);
        }

        public static double GetNumericValue(string s, int index)
        {
            CharAt(s, index);
            return CharUnicodeInfo.GetNumericValue(s, index);
        }

        // ---- Casing (the invariant culture's simple case mappings) ----

        public static char ToUpper(char c)
        {
            return CharUnicodeInfo.ToUpper(c);
        }

        public static char ToUpper(char c, CultureInfo culture)
        {
            if (culture == null)
                throw new ArgumentNullException(nameof(culture));
            return culture.TextInfo.ToUpper(c);
        }

        public static char ToUpperInvariant(char c)
        {
            return CharUnicodeInfo.ToUpper(c);
        }

        public static char ToLower(char c)
        {
            return CharUnicodeInfo.ToLower(c);
        }

        public static char ToLower(char c, CultureInfo culture)
        {
            if (culture == null)
                throw new ArgumentNullException(nameof(culture));
            return culture.TextInfo.ToLower(c);
        }

        public static char ToLowerInvariant(char c)
        {
            return CharUnicodeInfo.ToLower(c);
        }

        // ---- UTF-32 ----

        public static string ConvertFromUtf32(int utf32)
        {
            if ((uint)utf32 > UNICODE_PLANE16_END || (uint)(utf32 - HIGH_SURROGATE_START) <= (uint)(LOW_SURROGATE_END - HIGH_SURROGATE_START))
                throw new ArgumentOutOfRangeException(nameof(utf32), "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            if (utf32 < UNICODE_PLANE01_START)
                return new string((char)utf32, 1);
            utf32 -= UNICODE_PLANE01_START;
            char[] pair = new char[2];
            pair[0] = (char)((utf32 >> 10) + HIGH_SURROGATE_START);
            pair[1] = (char)((utf32 & 0x3FF) + LOW_SURROGATE_START);
            return new string(pair);
        }

        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate)
        {
            if (!IsHighSurrogate(highSurrogate))
                throw new ArgumentOutOfRangeException(nameof(highSurrogate), "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.");
            if (!IsLowSurrogate(lowSurrogate))
                throw new ArgumentOutOfRangeException(nameof(lowSurrogate), "A valid low surrogate character is between 0xdc00 and 0xdfff, inclusive.");
            return ((highSurrogate - HIGH_SURROGATE_START) << 10) + (lowSurrogate - LOW_SURROGATE_START) + UNICODE_PLANE01_START;
        }

        public static int ConvertToUtf32(string s, int index)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if (index < 0 || index >= s.Length)
                throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
            int temp1 = s[index] - HIGH_SURROGATE_START;
            if ((uint)temp1 <= 0x7ff)
            {
                bool isHigh = temp1 <= 0x3ff;
                if (isHigh)
                {
                    if (index < s.Length - 1)
                    {
                        int temp2 = s[index + 1] - LOW_SURROGATE_START;
                        if ((uint)temp2 <= 0x3ff)
                            return (temp1 * 0x400) + temp2 + UNICODE_PLANE01_START;
                    }
                    throw new ArgumentException("Found a high surrogate char without a following low surrogate at index: " + index.ToString() + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", nameof(s));
                }
                throw new ArgumentException("Found a low surrogate char without a preceding high surrogate at index: " + index.ToString() + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", nameof(s));
            }
            return s[index];
        }
    }
}
