// System.Globalization.CompareInfo: culture-sensitive string comparison.
//
// .NET compares with ICU's collation (CLDR root order for the invariant culture and the
// cultures CILKit knows). Without ICU, Compare implements a three-level approximation
// of it that is exact for typical text:
//   1. primary: the base characters - whitespace < punctuation < symbols < digits <
//      letters (a < b < ... regardless of case and accents); control and format
//      characters are ignored;
//   2. secondary: accents (canonical decompositions of accented letters, combining marks);
//   3. tertiary: case (lowercase before uppercase: "a" < "A" < "b").
// Culture-sensitive searches (IndexOf, IsPrefix, ...) are performed ordinally (with
// IgnoreCase: ordinally ignoring case); ignorable characters are not skipped by them.
namespace System.Globalization
{
    public sealed class CompareInfo
    {
        internal static readonly CompareInfo Invariant = new CompareInfo("");

        private const CompareOptions ValidIndexMaskOffFlags =
            ~(CompareOptions.IgnoreCase | CompareOptions.IgnoreSymbols | CompareOptions.IgnoreNonSpace |
              CompareOptions.IgnoreWidth | CompareOptions.IgnoreKanaType);
        private const CompareOptions ValidCompareMaskOffFlags = ValidIndexMaskOffFlags & ~CompareOptions.StringSort;

        private readonly string _name;

        internal CompareInfo(string name)
        {
            _name = name;
        }

        public static CompareInfo GetCompareInfo(string name)
        {
            if (name == null)
                throw new ArgumentNullException(nameof(name));
            return CultureInfo.GetCultureInfo(name).CompareInfo;
        }

        public string Name
        {
            get { return _name; }
        }

        public override bool Equals(object value)
        {
            CompareInfo that = value as CompareInfo;
            return that != null && _name == that._name;
        }

        public override int GetHashCode()
        {
            return _name.GetHashCode();
        }

        public override string ToString()
        {
            return "CompareInfo - " + _name;
        }

        // ---- Compare ----

        public int Compare(string string1, string string2)
        {
            return Compare(string1, string2, CompareOptions.None);
        }

        public int Compare(string string1, string string2, CompareOptions options)
        {
            if (string1 == null)
            {
                CheckCompareOptions(options);
                return string2 == null ? 0 : -1;
            }
            if (string2 == null)
            {
                CheckCompareOptions(options);
                return 1;
            }
            return Compare(string1, 0, string1.Length, string2, 0, string2.Length, options);
        }

        public int Compare(string string1, int offset1, string string2, int offset2)
        {
            return Compare(string1, offset1, string2, offset2, CompareOptions.None);
        }

        public int Compare(string string1, int offset1, string string2, int offset2, CompareOptions options)
        {
            return Compare(string1, offset1, string1 == null ? 0 : string1.Length - offset1,
                           string2, offset2, string2 == null ? 0 : string2.Length - offset2, options);
        }

        public int Compare(string string1, int offset1, int length1, string string2, int offset2, int length2)
        {
            return Compare(string1, offset1, length1, string2, offset2, length2, CompareOptions.None);
        }

        public int Compare(string string1, int offset1, int length1, string string2, int offset2, int length2, CompareOptions options)
        {
            if (string1 == null || string2 == null)
            {
                if (string1 == null && string2 == null)
                    return 0;
                return string1 == null ? -1 : 1;
            }
            if (length1 < 0 || length2 < 0)
                throw new ArgumentOutOfRangeException(length1 < 0 ? "length1" : "length2", "Positive number required.");
            if (offset1 < 0 || offset2 < 0)
                throw new ArgumentOutOfRangeException(offset1 < 0 ? "offset1" : "offset2", "Positive number required.");
            if (offset1 > string1.Length - length1)
                throw new ArgumentOutOfRangeException("string1", "Offset and length were greater than the size of the string.");
            if (offset2 > string2.Length - length2)
                throw new ArgumentOutOfRangeException("string2", "Offset and length were greater than the size of the string.");

            if (options == CompareOptions.Ordinal)
                return string.CompareOrdinalHelper(string1, offset1, length1, string2, offset2, length2);
            if (options == CompareOptions.OrdinalIgnoreCase)
                return string.CompareOrdinalIgnoreCaseHelper(string1, offset1, length1, string2, offset2, length2);
            CheckCompareOptions(options);
            return CollationCompare(string1, offset1, length1, string2, offset2, length2, options);
        }

        private static void CheckCompareOptions(CompareOptions options)
        {
            if ((options & ValidCompareMaskOffFlags) != 0 &&
                options != CompareOptions.Ordinal && options != CompareOptions.OrdinalIgnoreCase)
                throw new ArgumentException("Value of flags is invalid.", nameof(options));
        }

        private static void CheckIndexOptions(CompareOptions options)
        {
            if ((options & ValidIndexMaskOffFlags) != 0 &&
                options != CompareOptions.Ordinal && options != CompareOptions.OrdinalIgnoreCase)
                throw new ArgumentException("Value of flags is invalid.", nameof(options));
        }

        // True when the search should ignore case (culture searches are ordinal otherwise).
        private static bool SearchIgnoresCase(CompareOptions options)
        {
            if (options == CompareOptions.Ordinal)
                return false;
            if (options == CompareOptions.OrdinalIgnoreCase)
                return true;
            CheckIndexOptions(options);
            return (options & CompareOptions.IgnoreCase) != 0;
        }

        // ---- Prefix / suffix / search ----

        public bool IsPrefix(string source, string prefix)
        {
            return IsPrefix(source, prefix, CompareOptions.None);
        }

        public bool IsPrefix(string source, string prefix, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            if (prefix == null)
                throw new ArgumentNullException(nameof(prefix));
            bool ignoreCase = SearchIgnoresCase(options);
            if (prefix.Length > source.Length)
                return false;
            return string.EqualsRange(source, 0, prefix, 0, prefix.Length, ignoreCase);
        }

        public bool IsSuffix(string source, string suffix)
        {
            return IsSuffix(source, suffix, CompareOptions.None);
        }

        public bool IsSuffix(string source, string suffix, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            if (suffix == null)
                throw new ArgumentNullException(nameof(suffix));
            bool ignoreCase = SearchIgnoresCase(options);
            if (suffix.Length > source.Length)
                return false;
            return string.EqualsRange(source, source.Length - suffix.Length, suffix, 0, suffix.Length, ignoreCase);
        }

        public int IndexOf(string source, char value)
        {
            return IndexOf(source, value, CompareOptions.None);
        }

        public int IndexOf(string source, char value, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            return IndexOf(source, value, 0, source.Length, options);
        }

        public int IndexOf(string source, char value, int startIndex)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            return IndexOf(source, value, startIndex, source.Length - startIndex, CompareOptions.None);
        }

        public int IndexOf(string source, char value, int startIndex, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            return IndexOf(source, value, startIndex, source.Length - startIndex, options);
        }

        public int IndexOf(string source, char value, int startIndex, int count)
        {
            return IndexOf(source, value, startIndex, count, CompareOptions.None);
        }

        public int IndexOf(string source, char value, int startIndex, int count, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            return IndexOf(source, new string(value, 1), startIndex, count, options);
        }

        public int IndexOf(string source, string value)
        {
            return IndexOf(source, value, CompareOptions.None);
        }

        public int IndexOf(string source, string value, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            return IndexOf(source, value, 0, source.Length, options);
        }

        public int IndexOf(string source, string value, int startIndex)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            return IndexOf(source, value, startIndex, source.Length - startIndex, CompareOptions.None);
        }

        public int IndexOf(string source, string value, int startIndex, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            return IndexOf(source, value, startIndex, source.Length - startIndex, options);
        }

        public int IndexOf(string source, string value, int startIndex, int count)
        {
            return IndexOf(source, value, startIndex, count, CompareOptions.None);
        }

        public int IndexOf(string source, string value, int startIndex, int count, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            if ((uint)startIndex > (uint)source.Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > source.Length - count)
                throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
            return string.IndexOfOrdinal(source, value, startIndex, count, SearchIgnoresCase(options));
        }

        public int LastIndexOf(string source, char value)
        {
            return LastIndexOf(source, value, CompareOptions.None);
        }

        public int LastIndexOf(string source, char value, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            return LastIndexOf(source, new string(value, 1), source.Length - 1, source.Length, options);
        }

        public int LastIndexOf(string source, char value, int startIndex, int count, CompareOptions options)
        {
            return LastIndexOf(source, new string(value, 1), startIndex, count, options);
        }

        public int LastIndexOf(string source, string value)
        {
            return LastIndexOf(source, value, CompareOptions.None);
        }

        public int LastIndexOf(string source, string value, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            return LastIndexOf(source, value, source.Length - 1, source.Length, options);
        }

        public int LastIndexOf(string source, string value, int startIndex, int count)
        {
            return LastIndexOf(source, value, startIndex, count, CompareOptions.None);
        }

        // startIndex is the last character searched; the match lies within
        // [startIndex - count + 1, startIndex].
        public int LastIndexOf(string source, string value, int startIndex, int count, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            bool ignoreCase = SearchIgnoresCase(options);

            if (source.Length == 0 && (startIndex == -1 || startIndex == 0))
                return value.Length == 0 ? 0 : -1;
            if (startIndex < 0 || startIndex > source.Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex == source.Length)
            {
                startIndex--;
                if (count > 0)
                    count--;
            }
            if (count < 0 || startIndex - count + 1 < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");

            int regionStart = startIndex - count + 1;
            return string.LastIndexOfOrdinal(source, value, regionStart, count, ignoreCase);
        }

        public int GetHashCode(string source, CompareOptions options)
        {
            if (source == null)
                throw new ArgumentNullException(nameof(source));
            if (options == CompareOptions.Ordinal)
                return source.GetHashCode();
            if (options == CompareOptions.OrdinalIgnoreCase)
                return source.ToUpperInvariant().GetHashCode();
            CheckCompareOptions(options);
            int[] elements = GetElements(source, 0, source.Length);
            int count = elements[0];
            int hash = 5381;
            for (int i = 1; i <= count; i++)
            {
                int e = Filter(elements[i], options);
                if (e != 0)
                    hash = unchecked(hash * 33 + e);
            }
            return hash;
        }

        // ---- The collation approximation ----

        // Collation elements are packed as (primary << 8) | (secondary << 2) | tertiary.
        private const int PrimaryVariableTable = 1;            // 1..: whitespace, punctuation, symbols (ordered table)
        private const int PrimaryVariableOther = 0x1000;       // + code point: other punctuation and symbols
        private const int PrimaryDigit = 0x20000;              // + digit value
        private const int PrimaryLatin = 0x20100;              // + 16 * (letter - 'a') (+ 8 for a letter sorting after it)
        private const int PrimaryLetterOther = 0x21000;        // + lowercase code point
        private const int PrimaryOther = 0x31000;              // + code point: unassigned, private use, surrogates
        private const int SecondaryBase = 1;
        private const int TertiaryUpper = 1;
        private const int TertiaryVariant = 2;

        // Whitespace, punctuation and symbols in CLDR root order.
        private const string VariableOrder =
            "\t\n\u000B\u000C\r\u0085\u2028\u2029 \u00A0\u2002\u2003\u2009" +
            "_\u203E-\u2010\u2011\u2012\u2013\u2014\u2015,;:!\u00A1?\u00BF.\u2026\u00B7'\u2018\u2019\u201A\u201B\"\u201C\u201D\u201E\u00AB\u00BB" +
            "()[]{}\u00A7\u00B6@*/\\&#%\u2030\u2020\u2021\u2022`\u00B4\u02DC^\u00AF\u00A8\u00B8\u00B0\u00A9\u00AE" +
            "+\u00B1\u00F7\u00D7<=>\u00AC|\u00A6~\u00A4\u00A2$\u00A3\u00A5\u20AC";

        // Combining marks in the order of their secondary weights (DUCET's order for the
        // common accents); other marks sort after these.
        private const string MarkOrder = "\u0301\u0300\u0306\u0302\u030C\u030A\u0308\u030B\u0303\u0307\u0338\u0327\u0328\u0304";
        private const char Stroke = '\u0338';

        private static int[] s_asciiPrimary;

        private static int[] AsciiPrimary
        {
            get
            {
                if (s_asciiPrimary == null)
                {
                    int[] t = new int[128];
                    for (int c = 0; c < 128; c++)
                    {
                        int e = SimpleElement((char)c);
                        t[c] = e >> 8;
                    }
                    s_asciiPrimary = t;
                }
                return s_asciiPrimary;
            }
        }

        private static int MarkWeight(char mark)
        {
            int i = MarkOrder.IndexOf(mark);
            if (i >= 0)
                return 2 + i;
            return 20 + (mark % 40);
        }

        private static int Pack(int primary, int secondary, int tertiary)
        {
            return (primary << 8) | (secondary << 2) | tertiary;
        }

        // The single element of a character that is not decomposed or expanded.
        private static int SimpleElement(char c)
        {
            if ((uint)(c - 'a') <= 'z' - 'a')
                return Pack(PrimaryLatin + 16 * (c - 'a'), SecondaryBase, 0);
            if ((uint)(c - 'A') <= 'Z' - 'A')
                return Pack(PrimaryLatin + 16 * (c - 'A'), SecondaryBase, TertiaryUpper);
            if ((uint)(c - '0') <= 9)
                return Pack(PrimaryDigit + (c - '0'), SecondaryBase, 0);
            int v = VariableOrder.IndexOf(c);
            if (v >= 0)
                return Pack(PrimaryVariableTable + v, SecondaryBase, 0);

            switch (c)
            {
                case '\u00AA': return Pack(PrimaryLatin + 16 * ('a' - 'a'), SecondaryBase, TertiaryVariant);
                case '\u00BA': return Pack(PrimaryLatin + 16 * ('o' - 'a'), SecondaryBase, TertiaryVariant);
                case '\u00B9': return Pack(PrimaryDigit + 1, SecondaryBase, TertiaryVariant);
                case '\u00B2': return Pack(PrimaryDigit + 2, SecondaryBase, TertiaryVariant);
                case '\u00B3': return Pack(PrimaryDigit + 3, SecondaryBase, TertiaryVariant);
                case '\u00FE': return Pack(PrimaryLatin + 16 * 26, SecondaryBase, 0);           // thorn after z
                case '\u00DE': return Pack(PrimaryLatin + 16 * 26, SecondaryBase, TertiaryUpper);
                case '\u0131': return Pack(PrimaryLatin + 16 * ('i' - 'a') + 8, SecondaryBase, 0); // dotless i after i
                case '\u014B': return Pack(PrimaryLatin + 16 * ('n' - 'a') + 8, SecondaryBase, 0); // eng after n
                case '\u014A': return Pack(PrimaryLatin + 16 * ('n' - 'a') + 8, SecondaryBase, TertiaryUpper);
                case '\u017F': return Pack(PrimaryLatin + 16 * ('s' - 'a'), SecondaryBase, TertiaryVariant); // long s
            }

            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
            switch (cat)
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                    return Pack(PrimaryLetterOther + CharUnicodeInfo.ToLower(c), SecondaryBase, TertiaryUpper);
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                    return Pack(PrimaryLetterOther + c, SecondaryBase, 0);
                case UnicodeCategory.DecimalDigitNumber:
                    return Pack(PrimaryDigit + CharUnicodeInfo.GetDecimalDigitValue(c), SecondaryBase, TertiaryVariant);
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.SpacingCombiningMark:
                    return Pack(0, MarkWeight(c), 0);
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                    return 0; // completely ignorable
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.Surrogate:
                    return Pack(PrimaryOther + c, SecondaryBase, 0);
            }
            // Punctuation, symbols, separators, other numbers.
            return Pack(PrimaryVariableOther + c, SecondaryBase, 0);
        }

        // Appends the elements of c to list (list[0] is the count).
        private static int[] AddElements(int[] list, char c)
        {
            // Letters with a canonical decomposition: the base letter's element, then the marks.
            if (c >= 0xC0)
            {
                int entry = FindDecomposition(c);
                if (entry >= 0)
                {
                    string d = CharUnicodeInfo.s_decompositions;
                    list = AddElements(list, d[entry + 1]);
                    for (int k = 2; k < DecompositionEntryLength && d[entry + k] != '\0'; k++)
                        list = Add(list, Pack(0, MarkWeight(d[entry + k]), 0));
                    return list;
                }
                switch (c)
                {
                    case '\u00DF': // sharp s: "ss"
                        list = Add(list, Pack(PrimaryLatin + 16 * ('s' - 'a'), SecondaryBase, TertiaryVariant));
                        return Add(list, Pack(PrimaryLatin + 16 * ('s' - 'a'), SecondaryBase, TertiaryVariant));
                    case '\u00E6':
                    case '\u00C6': // ae
                    case '\u0153':
                    case '\u0152': // oe
                    {
                        int t = c == '\u00C6' || c == '\u0152' ? TertiaryUpper : 0;
                        char first = c == '\u00E6' || c == '\u00C6' ? 'a' : 'o';
                        list = Add(list, Pack(PrimaryLatin + 16 * (first - 'a'), SecondaryBase, t));
                        list = Add(list, Pack(0, MarkWeight('\u0365'), 0));
                        return Add(list, Pack(PrimaryLatin + 16 * ('e' - 'a'), SecondaryBase, t));
                    }
                    case '\u00F8': case '\u00D8': // o, d, h, l with stroke
                    case '\u0111': case '\u0110':
                    case '\u0127': case '\u0126':
                    case '\u0142': case '\u0141':
                    case '\u00F0': case '\u00D0': // eth as d with a stroke
                    {
                        char lower = CharUnicodeInfo.ToLower(c);
                        char b = lower == '\u00F8' ? 'o' : lower == '\u0127' ? 'h' : lower == '\u0142' ? 'l' : 'd';
                        list = Add(list, Pack(PrimaryLatin + 16 * (b - 'a'), SecondaryBase, lower != c ? TertiaryUpper : 0));
                        return Add(list, Pack(0, MarkWeight(Stroke), 0));
                    }
                    case '\u0132': case '\u0133': // ij
                    {
                        int t = c == '\u0132' ? TertiaryUpper : 0;
                        list = Add(list, Pack(PrimaryLatin + 16 * ('i' - 'a'), SecondaryBase, t));
                        return Add(list, Pack(PrimaryLatin + 16 * ('j' - 'a'), SecondaryBase, t));
                    }
                }
            }
            int e = SimpleElement(c);
            return e == 0 ? list : Add(list, e);
        }

        // Entries of CharUnicodeInfo.s_decompositions: letter, base letter, three marks.
        private const int DecompositionEntryLength = 5;

        private static int FindDecomposition(char c)
        {
            string d = CharUnicodeInfo.s_decompositions;
            int lo = 0, hi = d.Length / DecompositionEntryLength - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                char m = d[mid * DecompositionEntryLength];
                if (m == c)
                    return mid * DecompositionEntryLength;
                if (m < c)
                    lo = mid + 1;
                else
                    hi = mid - 1;
            }
            return -1;
        }

        private static int[] Add(int[] list, int element)
        {
            int n = list[0] + 1;
            if (n >= list.Length)
            {
                int[] bigger = new int[list.Length * 2];
                for (int i = 0; i < list.Length; i++)
                    bigger[i] = list[i];
                list = bigger;
            }
            list[n] = element;
            list[0] = n;
            return list;
        }

        private static int[] GetElements(string s, int offset, int length)
        {
            int[] list = new int[length + 8];
            for (int i = 0; i < length; i++)
                list = AddElements(list, s[offset + i]);
            return list;
        }

        private static bool IsVariable(int primary)
        {
            return primary > 0 && primary < PrimaryDigit;
        }

        // The element with the levels that options ignore cleared (0: ignorable).
        private static int Filter(int e, CompareOptions options)
        {
            int primary = e >> 8;
            if ((options & CompareOptions.IgnoreSymbols) != 0 && IsVariable(primary))
                return 0;
            if ((options & CompareOptions.IgnoreNonSpace) != 0)
            {
                if (primary == 0)
                    return 0;
                e = (e & ~(0x3F << 2)) | (SecondaryBase << 2);
            }
            if ((options & CompareOptions.IgnoreCase) != 0)
                e &= ~3;
            return e;
        }

        private static int CollationCompare(string s1, int o1, int n1, string s2, int o2, int n2, CompareOptions options)
        {
            const CompareOptions Relevant = CompareOptions.IgnoreCase | CompareOptions.IgnoreSymbols | CompareOptions.IgnoreNonSpace;
            options &= Relevant;

            bool ascii = (options & ~CompareOptions.IgnoreCase) == 0;
            for (int i = 0; ascii && i < n1; i++)
                ascii = s1[o1 + i] < 0x80;
            for (int i = 0; ascii && i < n2; i++)
                ascii = s2[o2 + i] < 0x80;
            if (ascii)
                return AsciiCompare(s1, o1, n1, s2, o2, n2, (options & CompareOptions.IgnoreCase) != 0);

            int[] e1 = GetElements(s1, o1, n1);
            int[] e2 = GetElements(s2, o2, n2);
            int c = CompareLevel(e1, e2, options, 8, -1);
            if (c != 0)
                return c;
            c = CompareLevel(e1, e2, options, 2, 0x3F);
            if (c != 0)
                return c;
            return CompareLevel(e1, e2, options, 0, 3);
        }

        // Compares one level: primary (shift 8, all bits above), secondary or tertiary.
        // Elements that are ignorable at the level (primary 0 for the primary level,
        // fully ignorable for the others) are skipped.
        private static int CompareLevel(int[] e1, int[] e2, CompareOptions options, int shift, int mask)
        {
            int n1 = e1[0], n2 = e2[0];
            int i = 1, j = 1;
            while (true)
            {
                int w1 = 0, w2 = 0;
                while (i <= n1)
                {
                    int e = Filter(e1[i++], options);
                    w1 = mask < 0 ? e >> shift : e == 0 ? 0 : ((e >> shift) & mask) + 1;
                    if (w1 != 0)
                        break;
                }
                while (j <= n2)
                {
                    int e = Filter(e2[j++], options);
                    w2 = mask < 0 ? e >> shift : e == 0 ? 0 : ((e >> shift) & mask) + 1;
                    if (w2 != 0)
                        break;
                }
                if (w1 != w2)
                    return w1 < w2 ? -1 : 1;
                if (w1 == 0)
                    return 0;
            }
        }

        private static int AsciiCompare(string s1, int o1, int n1, string s2, int o2, int n2, bool ignoreCase)
        {
            int[] primary = AsciiPrimary;
            int i = 0, j = 0;
            // Primary level.
            while (true)
            {
                int p1 = 0, p2 = 0;
                while (i < n1 && (p1 = primary[s1[o1 + i++]]) == 0)
                {
                }
                while (j < n2 && (p2 = primary[s2[o2 + j++]]) == 0)
                {
                }
                if (p1 != p2)
                    return p1 < p2 ? -1 : 1;
                if (p1 == 0)
                    break;
            }
            if (ignoreCase)
                return 0;
            // Tertiary level: lowercase before uppercase.
            i = 0;
            j = 0;
            while (true)
            {
                int t1 = -1, t2 = -1;
                while (i < n1)
                {
                    char c = s1[o1 + i++];
                    if (primary[c] != 0)
                    {
                        t1 = (uint)(c - 'A') <= 'Z' - 'A' ? 1 : 0;
                        break;
                    }
                }
                while (j < n2)
                {
                    char c = s2[o2 + j++];
                    if (primary[c] != 0)
                    {
                        t2 = (uint)(c - 'A') <= 'Z' - 'A' ? 1 : 0;
                        break;
                    }
                }
                if (t1 != t2)
                    return t1 < t2 ? -1 : 1;
                if (t1 < 0)
                    return 0;
            }
        }
    }
}
