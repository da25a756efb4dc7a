// String searching. Searches for a char are ordinal; searches for a string use the
// current culture unless a StringComparison says otherwise, as in .NET. CILKit performs
// culture-sensitive searches ordinally (ignoring case when asked), see CompareInfo.
using System.Globalization;

namespace System
{
    public sealed partial class String
    {
        private const string IndexMustBeLessOrEqual = "Index was out of range. Must be non-negative and less than or equal to the size of the collection.";
        private const string IndexMustBeLess = "Index was out of range. Must be non-negative and less than the size of the collection.";
        private const string CountOutOfRange = "Count must be positive and count must refer to a location within the string/array/collection.";

        // ---- Ordinal search primitives (arguments already validated) ----

        // The first occurrence of value lying within [startIndex, startIndex + count).
        internal static unsafe int IndexOfOrdinal(string source, string value, int startIndex, int count, bool ignoreCase)
        {
            int valueLength = value.Length;
            if (valueLength == 0)
                return startIndex;
            int last = startIndex + count - valueLength;
            fixed (char* ps = source)
            fixed (char* pv = value)
            {
                char first = pv[0];
                char firstUpper = ignoreCase ? CharUnicodeInfo.ToUpper(first) : first;
                for (int i = startIndex; i <= last; i++)
                {
                    char c = ps[i];
                    if (c != first && (!ignoreCase || CharUnicodeInfo.ToUpper(c) != firstUpper))
                        continue;
                    int k = 1;
                    for (; k < valueLength; k++)
                    {
                        char a = ps[i + k], b = pv[k];
                        if (a != b && (!ignoreCase || CharUnicodeInfo.ToUpper(a) != CharUnicodeInfo.ToUpper(b)))
                            break;
                    }
                    if (k == valueLength)
                        return i;
                }
            }
            return -1;
        }

        // The last occurrence of value lying within [regionStart, regionStart + count);
        // an empty value is found at the end of the region.
        internal static unsafe int LastIndexOfOrdinal(string source, string value, int regionStart, int count, bool ignoreCase)
        {
            int valueLength = value.Length;
            if (valueLength == 0)
                return regionStart + count;
            fixed (char* ps = source)
            fixed (char* pv = value)
            {
                for (int i = regionStart + count - valueLength; i >= regionStart; i--)
                {
                    int k = 0;
                    for (; k < valueLength; k++)
                    {
                        char a = ps[i + k], b = pv[k];
                        if (a != b && (!ignoreCase || CharUnicodeInfo.ToUpper(a) != CharUnicodeInfo.ToUpper(b)))
                            break;
                    }
                    if (k == valueLength)
                        return i;
                }
            }
            return -1;
        }

        private static CompareOptions GetCompareOptionsFromOrdinalStringComparison(StringComparison comparisonType)
        {
            return comparisonType == StringComparison.OrdinalIgnoreCase ? CompareOptions.OrdinalIgnoreCase : CompareOptions.Ordinal;
        }

        // ---- Contains ----

        public bool Contains(string value)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            return IndexOfOrdinal(this, value, 0, Length, false) >= 0;
        }

        public bool Contains(string value, StringComparison comparisonType)
        {
            return IndexOf(value, comparisonType) >= 0;
        }

        public bool Contains(char value)
        {
            return IndexOf(value) >= 0;
        }

        public bool Contains(char value, StringComparison comparisonType)
        {
            return IndexOf(value, comparisonType) >= 0;
        }

        // ---- IndexOf(char) ----

        public int IndexOf(char value)
        {
            return IndexOf(value, 0, Length);
        }

        public int IndexOf(char value, int startIndex)
        {
            return IndexOf(value, startIndex, Length - startIndex);
        }

        public unsafe int IndexOf(char value, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), IndexMustBeLessOrEqual);
            if ((uint)count > (uint)(Length - startIndex))
                throw new ArgumentOutOfRangeException(nameof(count), CountOutOfRange);
            fixed (char* p = this)
            {
                int end = startIndex + count;
                for (int i = startIndex; i < end; i++)
                {
                    if (p[i] == value)
                        return i;
                }
            }
            return -1;
        }

        public int IndexOf(char value, StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                    return CultureInfo.CurrentCulture.CompareInfo.IndexOf(this, value, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.InvariantCulture:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.IndexOf(this, value, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.Ordinal:
                    return IndexOf(value);
                case StringComparison.OrdinalIgnoreCase:
                    return IndexOfOrdinal(this, new string(value, 1), 0, Length, true);
                default:
                    throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
            }
        }

        // ---- IndexOf(string) ----

        public int IndexOf(string value)
        {
            return IndexOf(value, StringComparison.CurrentCulture);
        }

        public int IndexOf(string value, int startIndex)
        {
            return IndexOf(value, startIndex, StringComparison.CurrentCulture);
        }

        public int IndexOf(string value, int startIndex, int count)
        {
            return IndexOf(value, startIndex, count, StringComparison.CurrentCulture);
        }

        public int IndexOf(string value, StringComparison comparisonType)
        {
            return IndexOf(value, 0, Length, comparisonType);
        }

        public int IndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            return IndexOf(value, startIndex, Length - startIndex, comparisonType);
        }

        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                    return CultureInfo.CurrentCulture.CompareInfo.IndexOf(this, value, startIndex, count, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.InvariantCulture:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.IndexOf(this, value, startIndex, count, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.Ordinal:
                case StringComparison.OrdinalIgnoreCase:
                    return CompareInfo.Invariant.IndexOf(this, value, startIndex, count, GetCompareOptionsFromOrdinalStringComparison(comparisonType));
                default:
                    if (value == null)
                        throw new ArgumentNullException(nameof(value));
                    throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
            }
        }

        // ---- IndexOfAny ----

        public int IndexOfAny(char[] anyOf)
        {
            return IndexOfAny(anyOf, 0, Length);
        }

        public int IndexOfAny(char[] anyOf, int startIndex)
        {
            return IndexOfAny(anyOf, startIndex, Length - startIndex);
        }

        public unsafe int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null)
                throw new ArgumentNullException(nameof(anyOf));
            if ((uint)startIndex > (uint)Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), IndexMustBeLessOrEqual);
            if ((uint)count > (uint)(Length - startIndex))
                throw new ArgumentOutOfRangeException(nameof(count), CountOutOfRange);
            fixed (char* p = this)
            {
                int end = startIndex + count;
                for (int i = startIndex; i < end; i++)
                {
                    char c = p[i];
                    for (int k = 0; k < anyOf.Length; k++)
                    {
                        if (anyOf[k] == c)
                            return i;
                    }
                }
            }
            return -1;
        }

        // ---- LastIndexOf(char) ----

        public int LastIndexOf(char value)
        {
            return LastIndexOf(value, Length - 1, Length);
        }

        public int LastIndexOf(char value, int startIndex)
        {
            return LastIndexOf(value, startIndex, startIndex + 1);
        }

        // Searches backwards from startIndex through count characters.
        public unsafe int LastIndexOf(char value, int startIndex, int count)
        {
            if (Length == 0)
                return -1;
            if ((uint)startIndex >= (uint)Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), IndexMustBeLess);
            if ((uint)count > (uint)startIndex + 1)
                throw new ArgumentOutOfRangeException(nameof(count), CountOutOfRange);
            fixed (char* p = this)
            {
                int end = startIndex + 1 - count;
                for (int i = startIndex; i >= end; i--)
                {
                    if (p[i] == value)
                        return i;
                }
            }
            return -1;
        }

        // ---- LastIndexOf(string) ----

        public int LastIndexOf(string value)
        {
            return LastIndexOf(value, Length - 1, Length, StringComparison.CurrentCulture);
        }

        public int LastIndexOf(string value, int startIndex)
        {
            return LastIndexOf(value, startIndex, startIndex + 1, StringComparison.CurrentCulture);
        }

        public int LastIndexOf(string value, int startIndex, int count)
        {
            return LastIndexOf(value, startIndex, count, StringComparison.CurrentCulture);
        }

        public int LastIndexOf(string value, StringComparison comparisonType)
        {
            return LastIndexOf(value, Length - 1, Length, comparisonType);
        }

        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            return LastIndexOf(value, startIndex, startIndex + 1, comparisonType);
        }

        public int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                    return CultureInfo.CurrentCulture.CompareInfo.LastIndexOf(this, value, startIndex, count, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.InvariantCulture:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.LastIndexOf(this, value, startIndex, count, GetCaseCompareOfComparisonCulture(comparisonType));
                case StringComparison.Ordinal:
                case StringComparison.OrdinalIgnoreCase:
                    return CompareInfo.Invariant.LastIndexOf(this, value, startIndex, count, GetCompareOptionsFromOrdinalStringComparison(comparisonType));
                default:
                    if (value == null)
                        throw new ArgumentNullException(nameof(value));
                    throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
            }
        }

        // ---- LastIndexOfAny ----

        public int LastIndexOfAny(char[] anyOf)
        {
            return LastIndexOfAny(anyOf, Length - 1, Length);
        }

        public int LastIndexOfAny(char[] anyOf, int startIndex)
        {
            return LastIndexOfAny(anyOf, startIndex, startIndex + 1);
        }

        public unsafe int LastIndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null)
                throw new ArgumentNullException(nameof(anyOf));
            if (Length == 0)
                return -1;
            if ((uint)startIndex >= (uint)Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), IndexMustBeLess);
            if (count < 0 || count - 1 > startIndex)
                throw new ArgumentOutOfRangeException(nameof(count), CountOutOfRange);
            fixed (char* p = this)
            {
                int end = startIndex + 1 - count;
                for (int i = startIndex; i >= end; i--)
                {
                    char c = p[i];
                    for (int k = 0; k < anyOf.Length; k++)
                    {
                        if (anyOf[k] == c)
                            return i;
                    }
                }
            }
            return -1;
        }
    }
}
