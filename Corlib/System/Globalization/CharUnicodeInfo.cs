// System.Globalization.CharUnicodeInfo: Unicode properties of characters, from the
// tables in CharUnicodeInfo.Data.cs (Unicode 15.0). The string overloads classify a
// surrogate pair as its supplementary code point, as .NET does.
namespace System.Globalization
{
    public static partial class CharUnicodeInfo
    {
        public static UnicodeCategory GetUnicodeCategory(char ch)
        {
            return (UnicodeCategory)CategoryOf(ch);
        }

        public static UnicodeCategory GetUnicodeCategory(int codePoint)
        {
            if (codePoint < 0 || codePoint > 0x10FFFF)
                return UnicodeCategory.OtherNotAssigned;
            if (codePoint < 0x10000)
                return (UnicodeCategory)CategoryOf((char)codePoint);
            return (UnicodeCategory)s_supplementaryCategoryRangeValues[FloorIndex(s_supplementaryCategoryRangeStarts, codePoint)];
        }

        public static UnicodeCategory GetUnicodeCategory(string s, int index)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if ((uint)index >= (uint)s.Length)
                throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
            char c = s[index];
            if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
                return GetUnicodeCategory(char.ConvertToUtf32(c, s[index + 1]));
            return GetUnicodeCategory(c);
        }

        // The numeric value of ch (digits, fractions, Roman numerals...), or -1.
        public static double GetNumericValue(char ch)
        {
            if (ch < 0x80)
                return (uint)(ch - '0') <= 9 ? (double)(ch - '0') : -1.0;
            if (CategoryOf(ch) == (byte)UnicodeCategory.DecimalDigitNumber)
                return DecimalDigitValue(ch);
            int lo = 0, hi = s_numericChars.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                int c = s_numericChars[mid];
                if (c == ch)
                    return s_numericValues[mid];
                if (c < ch)
                    lo = mid + 1;
                else
                    hi = mid - 1;
            }
            return -1.0;
        }

        public static double GetNumericValue(string s, int index)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if ((uint)index >= (uint)s.Length)
                throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
            char c = s[index];
            if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
                return GetNumericValue(char.ConvertToUtf32(c, s[index + 1]));
            return GetNumericValue(c);
        }

        // The numeric value of a supplementary code point, or -1.
        private static double GetNumericValue(int codePoint)
        {
            if (GetUnicodeCategory(codePoint) == UnicodeCategory.DecimalDigitNumber)
            {
                int zero = FloorIndex(s_supplementaryDecimalDigitZeros, codePoint);
                return zero < 0 ? -1.0 : codePoint - s_supplementaryDecimalDigitZeros[zero];
            }
            int i = FloorIndex(s_supplementaryNumericChars, codePoint);
            return i >= 0 && s_supplementaryNumericChars[i] == codePoint ? s_supplementaryNumericValues[i] : -1.0;
        }

        // The index of the last element of the sorted array a that is <= value, or -1.
        private static int FloorIndex(int[] a, int value)
        {
            int lo = 0, hi = a.Length - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (a[mid] <= value)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            return found;
        }

        // The value of a decimal digit (category Nd), or -1.
        public static int GetDecimalDigitValue(char ch)
        {
            if (CategoryOf(ch) != (byte)UnicodeCategory.DecimalDigitNumber)
                return -1;
            return DecimalDigitValue(ch);
        }

        // The value of a digit (decimal digits and digits such as superscripts), or -1.
        public static int GetDigitValue(char ch)
        {
            int d = GetDecimalDigitValue(ch);
            if (d >= 0)
                return d;
            double v = GetNumericValue(ch);
            if (v >= 0 && v <= 9 && v == (int)v && CategoryOf(ch) == (byte)UnicodeCategory.OtherNumber)
                return (int)v;
            return -1;
        }

        private static int DecimalDigitValue(char ch)
        {
            ushort[] zeros = s_decimalDigitZeros;
            int lo = 0, hi = zeros.Length - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (zeros[mid] <= ch)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            return found < 0 ? -1 : ch - zeros[found];
        }

        // Table of the Latin-1 categories (a fast path for the common case).
        private static readonly byte[] s_latin1Categories = BuildLatin1Categories();

        private static byte[] BuildLatin1Categories()
        {
            byte[] t = new byte[256];
            for (int c = 0; c < 256; c++)
                t[c] = SearchCategory((char)c);
            return t;
        }

        internal static byte CategoryOf(char ch)
        {
            if (ch < 256)
                return s_latin1Categories[ch];
            return SearchCategory(ch);
        }

        private static byte SearchCategory(char ch)
        {
            ushort[] starts = s_categoryRangeStarts;
            int lo = 0, hi = starts.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= ch)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return s_categoryRangeValues[lo];
        }

        // Simple (one-to-one) case mappings as .NET's invariant culture applies them.
        internal static char ToUpper(char c)
        {
            if (c < 0x80)
                return (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 0x20) : c;
            return MapCase(c, s_toUpperRanges);
        }

        internal static char ToLower(char c)
        {
            if (c < 0x80)
                return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c + 0x20) : c;
            return MapCase(c, s_toLowerRanges);
        }

        private static char MapCase(char c, int[] ranges)
        {
            // Entries are (first, last, delta, stride), sorted by first; ranges do not overlap
            // except that stride-2 ranges skip the code points in between.
            int n = ranges.Length / 4;
            int lo = 0, hi = n - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (ranges[mid * 4] <= c)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            // A stride-2 range may enclose later entries, so look back a few entries.
            for (int i = found; i >= 0 && i > found - 8; i--)
            {
                int first = ranges[i * 4], last = ranges[i * 4 + 1];
                if (c > last)
                    continue;
                int stride = ranges[i * 4 + 3];
                if (stride == 1 || ((c - first) & 1) == 0)
                    return (char)(c + ranges[i * 4 + 2]);
            }
            return c;
        }
    }
}
