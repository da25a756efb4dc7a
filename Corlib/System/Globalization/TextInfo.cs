// System.Globalization.TextInfo: casing and other writing-system properties of a culture.
// Every culture CILKit knows uses the invariant (simple Unicode) case mappings.
namespace System.Globalization
{
    public sealed class TextInfo
    {
        internal static readonly TextInfo Invariant = new TextInfo("");

        private readonly string _cultureName;

        internal TextInfo(string cultureName)
        {
            _cultureName = cultureName;
        }

        public string CultureName
        {
            get { return _cultureName; }
        }

        public bool IsReadOnly
        {
            get { return true; }
        }

        public bool IsRightToLeft
        {
            get { return false; }
        }

        public string ListSeparator
        {
            get { return _cultureName.StartsWith("de", StringComparison.Ordinal) || _cultureName.StartsWith("fr", StringComparison.Ordinal) ? ";" : ","; }
        }

        public char ToLower(char c)
        {
            return CharUnicodeInfo.ToLower(c);
        }

        public string ToLower(string str)
        {
            if (str == null)
                throw new ArgumentNullException(nameof(str));
            return str.ToLowerInvariant();
        }

        public char ToUpper(char c)
        {
            return CharUnicodeInfo.ToUpper(c);
        }

        public string ToUpper(string str)
        {
            if (str == null)
                throw new ArgumentNullException(nameof(str));
            return str.ToUpperInvariant();
        }

        // Capitalises the first letter of every word and lowercases the rest, except
        // that words written entirely in uppercase (acronyms) are left as they are.
        public string ToTitleCase(string str)
        {
            if (str == null)
                throw new ArgumentNullException(nameof(str));
            if (str.Length == 0)
                return str;
            char[] result = new char[str.Length];
            int i = 0;
            while (i < str.Length)
            {
                char c = str[i];
                if (!char.IsLetter(c))
                {
                    result[i] = c;
                    i++;
                    continue;
                }
                // A word: letters, plus apostrophes and marks inside it.
                int start = i;
                bool allUpper = true;
                while (i < str.Length && IsWordChar(str[i]))
                {
                    if (char.IsLower(str[i]))
                        allUpper = false;
                    i++;
                }
                for (int k = start; k < i; k++)
                {
                    char w = str[k];
                    if (allUpper)
                        result[k] = w;
                    else if (k == start)
                        result[k] = ToTitle(w);
                    else
                        result[k] = CharUnicodeInfo.ToLower(w);
                }
            }
            return new string(result);
        }

        private static bool IsWordChar(char c)
        {
            if (char.IsLetterOrDigit(c) || c == '\'' || c == '\u2019')
                return true;
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
            return cat == UnicodeCategory.NonSpacingMark || cat == UnicodeCategory.SpacingCombiningMark;
        }

        private static char ToTitle(char c)
        {
            // The digraphs have a separate titlecase form.
            switch (c)
            {
                case '\u01C4': case '\u01C5': case '\u01C6': return '\u01C5';
                case '\u01C7': case '\u01C8': case '\u01C9': return '\u01C8';
                case '\u01CA': case '\u01CB': case '\u01CC': return '\u01CB';
                case '\u01F1': case '\u01F2': case '\u01F3': return '\u01F2';
            }
            return CharUnicodeInfo.ToUpper(c);
        }

        public override bool Equals(object obj)
        {
            TextInfo that = obj as TextInfo;
            return that != null && _cultureName == that._cultureName;
        }

        public override int GetHashCode()
        {
            return _cultureName.GetHashCode();
        }

        public override string ToString()
        {
            return "TextInfo - " + _cultureName;
        }
    }
}
