// String comparison. Ordinal comparisons compare UTF-16 code units (ignoring case:
// after the invariant simple uppercase mapping); culture-sensitive ones use
// CultureInfo.CurrentCulture.CompareInfo (see CompareInfo for CILKit's approximation
// of ICU collation). The current culture is the invariant culture unless changed.
using System.Globalization;

namespace System
{
    public sealed partial class String
    {
        // ---- Ordinal helpers ----

        // Code-unit difference at the first mismatch, else the length difference.
        internal static unsafe int CompareOrdinalHelper(string strA, int indexA, int countA, string strB, int indexB, int countB)
        {
            int length = countA < countB ? countA : countB;
            fixed (char* pa = strA)
            fixed (char* pb = strB)
            {
                char* a = pa + indexA;
                char* b = pb + indexB;
                for (int i = 0; i < length; i++)
                {
                    if (a[i] != b[i])
                        return a[i] - b[i];
                }
            }
            return countA - countB;
        }

        internal static unsafe int CompareOrdinalIgnoreCaseHelper(string strA, int indexA, int countA, string strB, int indexB, int countB)
        {
            int length = countA < countB ? countA : countB;
            fixed (char* pa = strA)
            fixed (char* pb = strB)
            {
                char* a = pa + indexA;
                char* b = pb + indexB;
                for (int i = 0; i < length; i++)
                {
                    char ca = a[i], cb = b[i];
                    if (ca == cb)
                        continue;
                    ca = CharUnicodeInfo.ToUpper(ca);
                    cb = CharUnicodeInfo.ToUpper(cb);
                    if (ca != cb)
                        return ca - cb;
                }
            }
            return countA - countB;
        }

        // Whether a[indexA, indexA + length) equals b[indexB, indexB + length).
        internal static unsafe bool EqualsRange(string a, int indexA, string b, int indexB, int length, bool ignoreCase)
        {
            fixed (char* pa = a)
            fixed (char* pb = b)
            {
                char* x = pa + indexA;
                char* y = pb + indexB;
                for (int i = 0; i < length; i++)
                {
                    char cx = x[i], cy = y[i];
                    if (cx == cy)
                        continue;
                    if (!ignoreCase || CharUnicodeInfo.ToUpper(cx) != CharUnicodeInfo.ToUpper(cy))
                        return false;
                }
            }
            return true;
        }

        // .NET's string.CompareOrdinal(string, string) reads the strings in pairs of code
        // units including the '\0' terminator (and the zero padding after an empty or
        // one-character string), so it returns the difference of the first differing
        // "character" - terminator included - among the first max(2, min length rounded up
        // to even) positions, and only otherwise the length difference. E.g.
        // CompareOrdinal("a", "abc") is '\0' - 'b' = -98 but CompareOrdinal("ab", "abcd") is -2.
        private static int CompareOrdinalWithTerminator(string strA, string strB)
        {
            int lengthA = strA.Length, lengthB = strB.Length;
            int min = lengthA < lengthB ? lengthA : lengthB;
            int limit = min <= 2 ? 2 : min + (min & 1);
            for (int i = 0; i < limit; i++)
            {
                char a = i < lengthA ? strA[i] : '\0';
                char b = i < lengthB ? strB[i] : '\0';
                if (a != b)
                    return a - b;
            }
            return lengthA - lengthB;
        }

        internal static bool EqualsOrdinalIgnoreCase(string a, string b)
        {
            if ((object)a == (object)b)
                return true;
            if (a == null || b == null || a.Length != b.Length)
                return false;
            return EqualsRange(a, 0, b, 0, a.Length, true);
        }

        private static CompareOptions GetCaseCompareOfComparisonCulture(StringComparison comparisonType)
        {
            // CurrentCulture/InvariantCulture: None; the IgnoreCase variants: IgnoreCase.
            return (CompareOptions)((int)comparisonType & (int)CompareOptions.IgnoreCase);
        }

        private static void CheckStringComparison(StringComparison comparisonType)
        {
            if ((uint)comparisonType > (uint)StringComparison.OrdinalIgnoreCase)
                throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
        }

        // ---- Compare ----

        public static int Compare(string strA, string strB)
        {
            return Compare(strA, strB, StringComparison.CurrentCulture);
        }

        public static int Compare(string strA, string strB, bool ignoreCase)
        {
            return Compare(strA, strB, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            if ((object)strA == (object)strB)
            {
                CheckStringComparison(comparisonType);
                return 0;
            }
            if (strA == null)
            {
                CheckStringComparison(comparisonType);
                return -1;
            }
            if (strB == null)
            {
                CheckStringComparison(comparisonType);
                return 1;
            }

            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                    return CultureInfo.CurrentCulture.CompareInfo.Compare(strA, strB, GetCaseCompareOfComparisonCulture(comparisonType));

                case StringComparison.InvariantCulture:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.Compare(strA, strB, GetCaseCompareOfComparisonCulture(comparisonType));

                case StringComparison.Ordinal:
                    return CompareOrdinalWithTerminator(strA, strB);

                case StringComparison.OrdinalIgnoreCase:
                    return CompareOrdinalIgnoreCaseHelper(strA, 0, strA.Length, strB, 0, strB.Length);

                default:
                    throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
            }
        }

        public static int Compare(string strA, string strB, CultureInfo culture, CompareOptions options)
        {
            if (culture == null)
                throw new ArgumentNullException(nameof(culture));
            return culture.CompareInfo.Compare(strA, strB, options);
        }

        public static int Compare(string strA, string strB, bool ignoreCase, CultureInfo culture)
        {
            return Compare(strA, strB, culture, ignoreCase ? CompareOptions.IgnoreCase : CompareOptions.None);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length)
        {
            return Compare(strA, indexA, strB, indexB, length, false);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase)
        {
            return Compare(strA, indexA, strB, indexB, length, CultureInfo.CurrentCulture, ignoreCase ? CompareOptions.IgnoreCase : CompareOptions.None);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase, CultureInfo culture)
        {
            return Compare(strA, indexA, strB, indexB, length, culture, ignoreCase ? CompareOptions.IgnoreCase : CompareOptions.None);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, CultureInfo culture, CompareOptions options)
        {
            if (culture == null)
                throw new ArgumentNullException(nameof(culture));
            int lengthA = length, lengthB = length;
            if (strA != null)
                lengthA = Math.Min(lengthA, strA.Length - indexA);
            if (strB != null)
                lengthB = Math.Min(lengthB, strB.Length - indexB);
            return culture.CompareInfo.Compare(strA, indexA, lengthA, strB, indexB, lengthB, options);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType)
        {
            CheckStringComparison(comparisonType);
            if (strA == null || strB == null)
            {
                if ((object)strA == (object)strB)
                    return 0;
                return strA == null ? -1 : 1;
            }
            if (length < 0)
                throw new ArgumentOutOfRangeException(nameof(length), "Length cannot be less than zero.");
            if (indexA < 0 || indexB < 0)
                throw new ArgumentOutOfRangeException(indexA < 0 ? nameof(indexA) : nameof(indexB), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (strA.Length - indexA < 0 || strB.Length - indexB < 0)
                throw new ArgumentOutOfRangeException(strA.Length - indexA < 0 ? nameof(indexA) : nameof(indexB), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length == 0 || ((object)strA == (object)strB && indexA == indexB))
                return 0;

            int lengthA = Math.Min(length, strA.Length - indexA);
            int lengthB = Math.Min(length, strB.Length - indexB);

            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                    return CultureInfo.CurrentCulture.CompareInfo.Compare(strA, indexA, lengthA, strB, indexB, lengthB, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.InvariantCulture:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.Compare(strA, indexA, lengthA, strB, indexB, lengthB, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.Ordinal:
                    return CompareOrdinalHelper(strA, indexA, lengthA, strB, indexB, lengthB);
                default:
                    return CompareOrdinalIgnoreCaseHelper(strA, indexA, lengthA, strB, indexB, lengthB);
            }
        }

        public static int CompareOrdinal(string strA, string strB)
        {
            if ((object)strA == (object)strB)
                return 0;
            if (strA == null)
                return -1;
            if (strB == null)
                return 1;
            return CompareOrdinalWithTerminator(strA, strB);
        }

        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            if (strA == null || strB == null)
            {
                if ((object)strA == (object)strB)
                    return 0;
                return strA == null ? -1 : 1;
            }
            if (length < 0)
                throw new ArgumentOutOfRangeException(nameof(length), "Count cannot be less than zero.");
            if (indexA < 0 || indexB < 0)
                throw new ArgumentOutOfRangeException(indexA < 0 ? nameof(indexA) : nameof(indexB), "Index was out of range. Must be non-negative and less than the size of the collection.");
            int lengthA = Math.Min(length, strA.Length - indexA);
            int lengthB = Math.Min(length, strB.Length - indexB);
            if (lengthA < 0 || lengthB < 0)
                throw new ArgumentOutOfRangeException(lengthA < 0 ? nameof(indexA) : nameof(indexB), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length == 0 || ((object)strA == (object)strB && indexA == indexB))
                return 0;
            return CompareOrdinalHelper(strA, indexA, lengthA, strB, indexB, lengthB);
        }

        // Culture-sensitive, as .NET's CompareTo.
        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            string other = value as string;
            if (other == null)
                throw new ArgumentException("Object must be of type String.");
            return CompareTo(other);
        }

        public int CompareTo(string strB)
        {
            return Compare(this, strB, StringComparison.CurrentCulture);
        }

        // ---- Equality with a comparison type ----

        public bool Equals(string value, StringComparison comparisonType)
        {
            return Equals(this, value, comparisonType);
        }

        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            if ((object)a == (object)b)
            {
                CheckStringComparison(comparisonType);
                return true;
            }
            if (a == null || b == null)
            {
                CheckStringComparison(comparisonType);
                return false;
            }

            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                    return CultureInfo.CurrentCulture.CompareInfo.Compare(a, b, GetCaseCompareOfComparisonCulture(comparisonType)) == 0;
                case StringComparison.InvariantCulture:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.Compare(a, b, GetCaseCompareOfComparisonCulture(comparisonType)) == 0;
                case StringComparison.Ordinal:
                    return Equals(a, b);
                case StringComparison.OrdinalIgnoreCase:
                    return a.Length == b.Length && EqualsRange(a, 0, b, 0, a.Length, true);
                default:
                    throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
            }
        }

        public int GetHashCode(StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                    return CultureInfo.CurrentCulture.CompareInfo.GetHashCode(this, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.InvariantCulture:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.GetHashCode(this, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.Ordinal:
                    return GetHashCode();
                case StringComparison.OrdinalIgnoreCase:
                    return ToUpperInvariant().GetHashCode();
                default:
                    throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
            }
        }

        // ---- StartsWith / EndsWith ----

        public bool StartsWith(string value)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            return StartsWith(value, StringComparison.CurrentCulture);
        }

        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            if ((object)this == (object)value)
            {
                CheckStringComparison(comparisonType);
                return true;
            }
            if (value.Length == 0)
            {
                CheckStringComparison(comparisonType);
                return true;
            }

            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                    return CultureInfo.CurrentCulture.CompareInfo.IsPrefix(this, value, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.InvariantCulture:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.IsPrefix(this, value, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.Ordinal:
                    return Length >= value.Length && EqualsRange(this, 0, value, 0, value.Length, false);
                case StringComparison.OrdinalIgnoreCase:
                    return Length >= value.Length && EqualsRange(this, 0, value, 0, value.Length, true);
                default:
                    throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
            }
        }

        public bool StartsWith(string value, bool ignoreCase, CultureInfo culture)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            if ((object)this == (object)value)
                return true;
            CultureInfo referenceCulture = culture ?? CultureInfo.CurrentCulture;
            return referenceCulture.CompareInfo.IsPrefix(this, value, ignoreCase ? CompareOptions.IgnoreCase : CompareOptions.None);
        }

        public bool StartsWith(char value)
        {
            return Length != 0 && this[0] == value;
        }

        public bool EndsWith(string value)
        {
            return EndsWith(value, StringComparison.CurrentCulture);
        }

        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            if ((object)this == (object)value)
            {
                CheckStringComparison(comparisonType);
                return true;
            }
            if (value.Length == 0)
            {
                CheckStringComparison(comparisonType);
                return true;
            }

            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                    return CultureInfo.CurrentCulture.CompareInfo.IsSuffix(this, value, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.InvariantCulture:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.IsSuffix(this, value, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.Ordinal:
                    return Length >= value.Length && EqualsRange(this, Length - value.Length, value, 0, value.Length, false);
                case StringComparison.OrdinalIgnoreCase:
                    return Length >= value.Length && EqualsRange(this, Length - value.Length, value, 0, value.Length, true);
                default:
                    throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
            }
        }

        public bool EndsWith(string value, bool ignoreCase, CultureInfo culture)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            if ((object)this == (object)value)
                return true;
            CultureInfo referenceCulture = culture ?? CultureInfo.CurrentCulture;
            return referenceCulture.CompareInfo.IsSuffix(this, value, ignoreCase ? CompareOptions.IgnoreCase : CompareOptions.None);
        }

        public bool EndsWith(char value)
        {
            int lastPos = Length - 1;
            return lastPos >= 0 && this[lastPos] == value;
        }
    }
}
