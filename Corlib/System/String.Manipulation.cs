// String manipulation: composite formatting, Insert/Remove/Replace, Split, Substring,
// Trim, PadLeft/PadRight and casing. Methods that would not change the string return
// the same instance, as .NET does.
using System.Globalization;
using System.Text;

namespace System
{
    public sealed partial class String
    {
        // ---- Format ----

        public static string Format(string format, object arg0)
        {
            return FormatHelper(null, format, new object[] { arg0 });
        }

        public static string Format(string format, object arg0, object arg1)
        {
            return FormatHelper(null, format, new object[] { arg0, arg1 });
        }

        public static string Format(string format, object arg0, object arg1, object arg2)
        {
            return FormatHelper(null, format, new object[] { arg0, arg1, arg2 });
        }

        public static string Format(string format, params object[] args)
        {
            if (args == null)
                throw new ArgumentNullException(format == null ? nameof(format) : nameof(args));
            return FormatHelper(null, format, args);
        }

        public static string Format(IFormatProvider provider, string format, object arg0)
        {
            return FormatHelper(provider, format, new object[] { arg0 });
        }

        public static string Format(IFormatProvider provider, string format, object arg0, object arg1)
        {
            return FormatHelper(provider, format, new object[] { arg0, arg1 });
        }

        public static string Format(IFormatProvider provider, string format, object arg0, object arg1, object arg2)
        {
            return FormatHelper(provider, format, new object[] { arg0, arg1, arg2 });
        }

        public static string Format(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null)
                throw new ArgumentNullException(format == null ? nameof(format) : nameof(args));
            return FormatHelper(provider, format, args);
        }

        private static string FormatHelper(IFormatProvider provider, string format, object[] args)
        {
            if (format == null)
                throw new ArgumentNullException(nameof(format));
            StringBuilder sb = new StringBuilder(format.Length + args.Length * 8);
            sb.AppendFormatHelper(provider, format, args);
            return sb.ToString();
        }

        // ---- Insert / Remove ----

        public unsafe string Insert(int startIndex, string value)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            if ((uint)startIndex > (uint)Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), IndexMustBeLessOrEqual);

            int oldLength = Length;
            int insertLength = value.Length;
            if (oldLength == 0)
                return value;
            if (insertLength == 0)
                return this;

            string result = FastAllocateString(oldLength + insertLength);
            fixed (char* src = this)
            fixed (char* ins = value)
            fixed (char* dst = result)
            {
                wstrcpy(dst, src, startIndex);
                wstrcpy(dst + startIndex, ins, insertLength);
                wstrcpy(dst + startIndex + insertLength, src + startIndex, oldLength - startIndex);
            }
            return result;
        }

        public unsafe string Remove(int startIndex, int count)
        {
            if (startIndex < 0)
                throw NegativeError(nameof(startIndex), startIndex);
            if (count < 0)
                throw NegativeError(nameof(count), count);
            int oldLength = Length;
            if (count > oldLength - startIndex)
                throw new ArgumentOutOfRangeException(nameof(count), "Index and count must refer to a location within the string.");
            if (count == 0)
                return this;
            int newLength = oldLength - count;
            if (newLength == 0)
                return Empty;

            string result = FastAllocateString(newLength);
            fixed (char* src = this)
            fixed (char* dst = result)
            {
                wstrcpy(dst, src, startIndex);
                wstrcpy(dst + startIndex, src + startIndex + count, newLength - startIndex);
            }
            return result;
        }

        public string Remove(int startIndex)
        {
            if (startIndex < 0)
                throw NegativeError(nameof(startIndex), startIndex);
            if (startIndex >= Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex must be less than length of string.");
            return Substring(0, startIndex);
        }

        // ---- Replace ----

        public unsafe string Replace(char oldChar, char newChar)
        {
            if (oldChar == newChar)
                return this;
            int first = IndexOf(oldChar);
            if (first < 0)
                return this;

            int length = Length;
            string result = FastAllocateString(length);
            fixed (char* src = this)
            fixed (char* dst = result)
            {
                wstrcpy(dst, src, first);
                for (int i = first; i < length; i++)
                {
                    char c = src[i];
                    dst[i] = c == oldChar ? newChar : c;
                }
            }
            return result;
        }

        public string Replace(string oldValue, string newValue)
        {
            return ReplaceCore(oldValue, newValue, false);
        }

        public string Replace(string oldValue, string newValue, StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture:
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCulture:
                case StringComparison.InvariantCultureIgnoreCase:
                    // Culture-sensitive matching is ordinal in CILKit (see CompareInfo).
                    return ReplaceCore(oldValue, newValue, ((int)comparisonType & 1) != 0);
                case StringComparison.Ordinal:
                    return ReplaceCore(oldValue, newValue, false);
                case StringComparison.OrdinalIgnoreCase:
                    return ReplaceCore(oldValue, newValue, true);
                default:
                    throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
            }
        }

        public string Replace(string oldValue, string newValue, bool ignoreCase, CultureInfo culture)
        {
            return ReplaceCore(oldValue, newValue, ignoreCase);
        }

        private unsafe string ReplaceCore(string oldValue, string newValue, bool ignoreCase)
        {
            if (oldValue == null)
                throw new ArgumentNullException(nameof(oldValue));
            if (oldValue.Length == 0)
                throw new ArgumentException("The value cannot be an empty string.", nameof(oldValue));
            if (newValue == null)
                newValue = Empty;

            int length = Length;
            int oldLength = oldValue.Length;
            // Positions of the non-overlapping matches, left to right.
            int[] matches = null;
            int matchCount = 0;
            int pos = 0;
            while (pos <= length - oldLength)
            {
                int found = IndexOfOrdinal(this, oldValue, pos, length - pos, ignoreCase);
                if (found < 0)
                    break;
                if (matches == null)
                    matches = new int[8];
                else if (matchCount == matches.Length)
                {
                    int[] bigger = new int[matches.Length * 2];
                    for (int i = 0; i < matchCount; i++)
                        bigger[i] = matches[i];
                    matches = bigger;
                }
                matches[matchCount++] = found;
                pos = found + oldLength;
            }
            if (matchCount == 0)
                return this;

            long newLength = length + (long)(newValue.Length - oldLength) * matchCount;
            if (newLength > int.MaxValue)
                throw new OutOfMemoryException();
            if (newLength == 0)
                return Empty;

            string result = FastAllocateString((int)newLength);
            fixed (char* src = this)
            fixed (char* rep = newValue)
            fixed (char* dst = result)
            {
                int srcPos = 0, dstPos = 0;
                for (int m = 0; m < matchCount; m++)
                {
                    int at = matches[m];
                    wstrcpy(dst + dstPos, src + srcPos, at - srcPos);
                    dstPos += at - srcPos;
                    wstrcpy(dst + dstPos, rep, newValue.Length);
                    dstPos += newValue.Length;
                    srcPos = at + oldLength;
                }
                wstrcpy(dst + dstPos, src + srcPos, length - srcPos);
            }
            return result;
        }

        // ---- Substring ----

        public string Substring(int startIndex)
        {
            if (startIndex == 0)
                return this;
            int length = Length - startIndex;
            if (length == 0)
                return Empty;
            if ((uint)startIndex > (uint)Length)
                ThrowSubstringArgumentOutOfRange(startIndex, length);
            return InternalSubString(startIndex, length);
        }

        public string Substring(int startIndex, int length)
        {
            if ((ulong)(uint)startIndex + (ulong)(uint)length > (ulong)(uint)Length)
                ThrowSubstringArgumentOutOfRange(startIndex, length);
            if (length == 0)
                return Empty;
            if (startIndex == 0 && length == Length)
                return this;
            return InternalSubString(startIndex, length);
        }

        private void ThrowSubstringArgumentOutOfRange(int startIndex, int length)
        {
            if (startIndex < 0)
                throw NegativeError(nameof(startIndex), startIndex);
            if (startIndex > Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex cannot be larger than length of string.");
            if (length < 0)
                throw NegativeError(nameof(length), length);
            throw new ArgumentOutOfRangeException(nameof(length), "Index and length must refer to a location within the string.");
        }

        // ---- Split ----

        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None)
        {
            return SplitInternal(new char[] { separator }, int.MaxValue, options);
        }

        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None)
        {
            return SplitInternal(new char[] { separator }, count, options);
        }

        // No separators (null or empty) means whitespace.
        public string[] Split(params char[] separator)
        {
            return SplitInternal(separator, int.MaxValue, StringSplitOptions.None);
        }

        public string[] Split(char[] separator, int count)
        {
            return SplitInternal(separator, count, StringSplitOptions.None);
        }

        public string[] Split(char[] separator, StringSplitOptions options)
        {
            return SplitInternal(separator, int.MaxValue, options);
        }

        public string[] Split(char[] separator, int count, StringSplitOptions options)
        {
            return SplitInternal(separator, count, options);
        }

        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None)
        {
            return SplitInternal(separator ?? Empty, null, int.MaxValue, options);
        }

        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None)
        {
            return SplitInternal(separator ?? Empty, null, count, options);
        }

        public string[] Split(string[] separator, StringSplitOptions options)
        {
            return SplitInternal(null, separator, int.MaxValue, options);
        }

        public string[] Split(string[] separator, int count, StringSplitOptions options)
        {
            return SplitInternal(null, separator, count, options);
        }

        private static void CheckStringSplitOptions(StringSplitOptions options)
        {
            const StringSplitOptions AllValid = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
            if ((options & ~AllValid) != 0)
                throw new ArgumentException("Value of flags is invalid.", nameof(options));
        }

        // The result when no splitting happens: the (trimmed) string itself, or nothing.
        private string[] SplitShortCircuit(int count, StringSplitOptions options)
        {
            string candidate = this;
            if ((options & StringSplitOptions.TrimEntries) != 0 && count > 0)
                candidate = candidate.Trim();
            if ((options & StringSplitOptions.RemoveEmptyEntries) != 0 && candidate.Length == 0)
                count = 0;
            return count == 0 ? new string[0] : new string[] { candidate };
        }

        private string[] SplitInternal(char[] separators, int count, StringSplitOptions options)
        {
            if (count < 0)
                throw NegativeError(nameof(count), count);
            CheckStringSplitOptions(options);

            if (count <= 1 || Length == 0)
                return SplitShortCircuit(count, options);

            // Positions of the separator characters.
            int[] sepList = new int[8];
            int sepCount = 0;
            bool whitespace = separators == null || separators.Length == 0;
            for (int i = 0; i < Length; i++)
            {
                char c = this[i];
                bool isSeparator = false;
                if (whitespace)
                {
                    isSeparator = char.IsWhiteSpace(c);
                }
                else
                {
                    for (int k = 0; k < separators.Length; k++)
                    {
                        if (separators[k] == c)
                        {
                            isSeparator = true;
                            break;
                        }
                    }
                }
                if (isSeparator)
                    sepList = AddIndex(sepList, ref sepCount, i);
            }

            if (sepCount == 0)
                return SplitShortCircuit(1, options);

            return options != StringSplitOptions.None
                ? SplitWithPostProcessing(sepList, sepCount, null, 1, count, options)
                : SplitWithoutPostProcessing(sepList, sepCount, null, 1, count);
        }

        private string[] SplitInternal(string separator, string[] separators, int count, StringSplitOptions options)
        {
            if (count < 0)
                throw NegativeError(nameof(count), count);
            CheckStringSplitOptions(options);

            bool singleSeparator = separator != null;
            if (!singleSeparator && (separators == null || separators.Length == 0))
                return SplitInternal((char[])null, count, options);

            if (count <= 1 || Length == 0)
                return SplitShortCircuit(count, options);

            if (singleSeparator && separator.Length == 0)
                return SplitShortCircuit(1, options);

            int[] sepList = new int[8];
            int[] lengthList = singleSeparator ? null : new int[8];
            int sepCount = 0;
            int lengthCount = 0;
            int length = Length;
            for (int i = 0; i < length; i++)
            {
                if (singleSeparator)
                {
                    if (this[i] == separator[0] && separator.Length <= length - i &&
                        EqualsRange(this, i, separator, 0, separator.Length, false))
                    {
                        sepList = AddIndex(sepList, ref sepCount, i);
                        i += separator.Length - 1;
                    }
                    continue;
                }
                // The first separator (in array order) that matches here wins.
                for (int k = 0; k < separators.Length; k++)
                {
                    string s = separators[k];
                    if (string.IsNullOrEmpty(s))
                        continue;
                    if (this[i] == s[0] && s.Length <= length - i && EqualsRange(this, i, s, 0, s.Length, false))
                    {
                        sepList = AddIndex(sepList, ref sepCount, i);
                        lengthList = AddIndex(lengthList, ref lengthCount, s.Length);
                        i += s.Length - 1;
                        break;
                    }
                }
            }

            if (sepCount == 0)
                return SplitShortCircuit(1, options);

            int defaultLength = singleSeparator ? separator.Length : 0;
            return options != StringSplitOptions.None
                ? SplitWithPostProcessing(sepList, sepCount, lengthList, defaultLength, count, options)
                : SplitWithoutPostProcessing(sepList, sepCount, lengthList, defaultLength, count);
        }

        private static int[] AddIndex(int[] list, ref int count, int value)
        {
            if (count == list.Length)
            {
                int[] bigger = new int[list.Length * 2];
                for (int i = 0; i < count; i++)
                    bigger[i] = list[i];
                list = bigger;
            }
            list[count++] = value;
            return list;
        }

        private string[] SplitWithoutPostProcessing(int[] sepList, int sepCount, int[] lengthList, int defaultLength, int count)
        {
            int currIndex = 0;
            int arrIndex = 0;

            count--;
            int numActualReplaces = sepCount < count ? sepCount : count;

            // One more piece than separators used: the rest of the string.
            string[] splitStrings = new string[numActualReplaces + 1];

            for (int i = 0; i < numActualReplaces; i++)
            {
                splitStrings[arrIndex++] = Substring(currIndex, sepList[i] - currIndex);
                currIndex = sepList[i] + (lengthList == null ? defaultLength : lengthList[i]);
            }

            splitStrings[arrIndex] = Substring(currIndex);
            return splitStrings;
        }

        private string[] SplitWithPostProcessing(int[] sepList, int sepCount, int[] lengthList, int defaultLength, int count, StringSplitOptions options)
        {
            int numReplaces = sepCount;
            int maxItems = numReplaces < count ? numReplaces + 1 : count;
            string[] splitStrings = new string[maxItems];
            bool trim = (options & StringSplitOptions.TrimEntries) != 0;
            bool removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;

            int currIndex = 0;
            int arrIndex = 0;
            string thisEntry;

            for (int i = 0; i < numReplaces; i++)
            {
                thisEntry = Substring(currIndex, sepList[i] - currIndex);
                if (trim)
                    thisEntry = thisEntry.Trim();
                if (thisEntry.Length != 0 || !removeEmpty)
                    splitStrings[arrIndex++] = thisEntry;
                currIndex = sepList[i] + (lengthList == null ? defaultLength : lengthList[i]);
                if (arrIndex == count - 1)
                {
                    // The last entry is the rest of the string; skip empty entries before it.
                    if (removeEmpty)
                    {
                        while (++i < numReplaces)
                        {
                            thisEntry = Substring(currIndex, sepList[i] - currIndex);
                            if (trim)
                                thisEntry = thisEntry.Trim();
                            if (thisEntry.Length != 0)
                                break;
                            currIndex = sepList[i] + (lengthList == null ? defaultLength : lengthList[i]);
                        }
                    }
                    break;
                }
            }

            thisEntry = Substring(currIndex);
            if (trim)
                thisEntry = thisEntry.Trim();
            if (thisEntry.Length != 0 || !removeEmpty)
                splitStrings[arrIndex++] = thisEntry;

            if (arrIndex == splitStrings.Length)
                return splitStrings;
            string[] result = new string[arrIndex];
            for (int i = 0; i < arrIndex; i++)
                result[i] = splitStrings[i];
            return result;
        }

        // ---- Trim ----

        private const int TrimHead = 0;
        private const int TrimTail = 1;
        private const int TrimBoth = 2;

        public string Trim()
        {
            return TrimWhiteSpaceHelper(TrimBoth);
        }

        public string Trim(char trimChar)
        {
            return TrimHelper(new char[] { trimChar }, TrimBoth);
        }

        public string Trim(params char[] trimChars)
        {
            if (trimChars == null || trimChars.Length == 0)
                return TrimWhiteSpaceHelper(TrimBoth);
            return TrimHelper(trimChars, TrimBoth);
        }

        public string TrimStart()
        {
            return TrimWhiteSpaceHelper(TrimHead);
        }

        public string TrimStart(char trimChar)
        {
            return TrimHelper(new char[] { trimChar }, TrimHead);
        }

        public string TrimStart(params char[] trimChars)
        {
            if (trimChars == null || trimChars.Length == 0)
                return TrimWhiteSpaceHelper(TrimHead);
            return TrimHelper(trimChars, TrimHead);
        }

        public string TrimEnd()
        {
            return TrimWhiteSpaceHelper(TrimTail);
        }

        public string TrimEnd(char trimChar)
        {
            return TrimHelper(new char[] { trimChar }, TrimTail);
        }

        public string TrimEnd(params char[] trimChars)
        {
            if (trimChars == null || trimChars.Length == 0)
                return TrimWhiteSpaceHelper(TrimTail);
            return TrimHelper(trimChars, TrimTail);
        }

        private string TrimWhiteSpaceHelper(int trimType)
        {
            int end = Length - 1;
            int start = 0;
            if (trimType != TrimTail)
            {
                for (start = 0; start < Length; start++)
                {
                    if (!char.IsWhiteSpace(this[start]))
                        break;
                }
            }
            if (trimType != TrimHead)
            {
                for (end = Length - 1; end >= start; end--)
                {
                    if (!char.IsWhiteSpace(this[end]))
                        break;
                }
            }
            return CreateTrimmedString(start, end);
        }

        private string TrimHelper(char[] trimChars, int trimType)
        {
            int end = Length - 1;
            int start = 0;
            if (trimType != TrimTail)
            {
                for (start = 0; start < Length; start++)
                {
                    if (!Contains(trimChars, this[start]))
                        break;
                }
            }
            if (trimType != TrimHead)
            {
                for (end = Length - 1; end >= start; end--)
                {
                    if (!Contains(trimChars, this[end]))
                        break;
                }
            }
            return CreateTrimmedString(start, end);
        }

        private static bool Contains(char[] chars, char c)
        {
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] == c)
                    return true;
            }
            return false;
        }

        private string CreateTrimmedString(int start, int end)
        {
            int len = end - start + 1;
            return len == Length ? this : len == 0 ? Empty : InternalSubString(start, len);
        }

        // ---- Padding ----

        public string PadLeft(int totalWidth)
        {
            return PadLeft(totalWidth, ' ');
        }

        public unsafe string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0)
                throw NegativeError(nameof(totalWidth), totalWidth);
            int oldLength = Length;
            int count = totalWidth - oldLength;
            if (count <= 0)
                return this;
            string result = FastAllocateString(totalWidth);
            fixed (char* src = this)
            fixed (char* dst = result)
            {
                for (int i = 0; i < count; i++)
                    dst[i] = paddingChar;
                wstrcpy(dst + count, src, oldLength);
            }
            return result;
        }

        public string PadRight(int totalWidth)
        {
            return PadRight(totalWidth, ' ');
        }

        public unsafe string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0)
                throw NegativeError(nameof(totalWidth), totalWidth);
            int oldLength = Length;
            int count = totalWidth - oldLength;
            if (count <= 0)
                return this;
            string result = FastAllocateString(totalWidth);
            fixed (char* src = this)
            fixed (char* dst = result)
            {
                wstrcpy(dst, src, oldLength);
                for (int i = oldLength; i < totalWidth; i++)
                    dst[i] = paddingChar;
            }
            return result;
        }

        // ---- Casing (invariant simple case mappings for every culture CILKit knows) ----

        public string ToLower()
        {
            return ToLowerInvariant();
        }

        public string ToLower(CultureInfo culture)
        {
            if (culture == null)
                throw new ArgumentNullException(nameof(culture));
            return ToLowerInvariant();
        }

        public unsafe string ToLowerInvariant()
        {
            int length = Length;
            int i = 0;
            fixed (char* src = this)
            {
                while (i < length && CharUnicodeInfo.ToLower(src[i]) == src[i])
                    i++;
                if (i == length)
                    return this;
                string result = FastAllocateString(length);
                fixed (char* dst = result)
                {
                    wstrcpy(dst, src, i);
                    for (; i < length; i++)
                        dst[i] = CharUnicodeInfo.ToLower(src[i]);
                }
                return result;
            }
        }

        public string ToUpper()
        {
            return ToUpperInvariant();
        }

        public string ToUpper(CultureInfo culture)
        {
            if (culture == null)
                throw new ArgumentNullException(nameof(culture));
            return ToUpperInvariant();
        }

        public unsafe string ToUpperInvariant()
        {
            int length = Length;
            int i = 0;
            fixed (char* src = this)
            {
                while (i < length && CharUnicodeInfo.ToUpper(src[i]) == src[i])
                    i++;
                if (i == length)
                    return this;
                string result = FastAllocateString(length);
                fixed (char* dst = result)
                {
                    wstrcpy(dst, src, i);
                    for (; i < length; i++)
                        dst[i] = CharUnicodeInfo.ToUpper(src[i]);
                }
                return result;
            }
        }
    }
}
