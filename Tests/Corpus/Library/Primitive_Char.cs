// System.Char classification and conversion on characters whose Unicode
// properties have been stable for decades (ASCII, Latin-1, Greek,
// Cyrillic, CJK, Arabic-Indic digits, fractions, Roman numerals,
// surrogates): IsDigit / IsLetter / IsWhiteSpace / IsUpper / IsLower /
// IsPunctuation / IsSymbol / IsControl / IsSeparator / IsNumber /
// IsLetterOrDigit, GetUnicodeCategory, GetNumericValue, invariant case
// mapping, string-index overloads, Parse / TryParse, arithmetic on chars.
using System;
using System.Globalization;

namespace Corpus.Library.Primitive_Char
{
    public static class Program
    {
        static string B(bool b) { return b ? "1" : "0"; }

        public static int Main()
        {
            string chars = "\0\t\n\r \u0085\u00A0\u2028\u3000aZ09_-+$<^`~!?.,;:'\"()[]{}/\\|@#%&*=\u00B2\u00BC\u00BD\u00C0\u00D7\u00DF\u00E9\u00F7\u00FF"
                + "\u0391\u03B1\u0416\u0436\u05D0\u0661\u0669\u06F5\u0966\u4E00\u4E8C\u3042\uFF21\uFF41\uFF10\u2160\u216B\u2166\u2153\u20AC\u00A9\u2122\u0300\u200B\uFEFF\uE000";
            Console.WriteLine("code  cat                        Dg Lt LD Nm Up Lo Ws Pu Sy Ct Sp Sg  num   upper lower");
            foreach (char c in chars)
            {
                Console.WriteLine(((int)c).ToString("X4") + "  " + char.GetUnicodeCategory(c).ToString().PadRight(26)
                    + " " + B(char.IsDigit(c)) + "  " + B(char.IsLetter(c)) + "  " + B(char.IsLetterOrDigit(c)) + "  " + B(char.IsNumber(c))
                    + "  " + B(char.IsUpper(c)) + "  " + B(char.IsLower(c)) + "  " + B(char.IsWhiteSpace(c)) + "  " + B(char.IsPunctuation(c))
                    + "  " + B(char.IsSymbol(c)) + "  " + B(char.IsControl(c)) + "  " + B(char.IsSeparator(c)) + "  " + B(char.IsSurrogate(c))
                    + "  " + char.GetNumericValue(c).ToString("0.####", CultureInfo.InvariantCulture).PadLeft(5)
                    + " " + ((int)char.ToUpperInvariant(c)).ToString("X4") + "  " + ((int)char.ToLowerInvariant(c)).ToString("X4"));
            }

            Console.WriteLine("-- string overloads and surrogates");
            string s = "a1 \U0001F600\U0001D7D8x";
            for (int i = 0; i < s.Length; i++)
                Console.WriteLine(i + ": IsLetter " + char.IsLetter(s, i) + " IsDigit " + char.IsDigit(s, i) + " IsSurrogate " + char.IsSurrogate(s, i)
                    + " IsHigh " + char.IsHighSurrogate(s, i) + " IsLow " + char.IsLowSurrogate(s, i) + " pair " + char.IsSurrogatePair(s, i)
                    + " category " + char.GetUnicodeCategory(s[i]) + " numeric " + char.GetNumericValue(s, i));
            Console.WriteLine("IsSurrogatePair(hi,lo) " + char.IsSurrogatePair('\uD83D', '\uDE00') + " (lo,hi) " + char.IsSurrogatePair('\uDE00', '\uD83D'));
            Console.WriteLine("ConvertToUtf32(hi,lo) " + char.ConvertToUtf32('\uD83D', '\uDE00').ToString("X"));
            try { char.ConvertToUtf32('a', '\uDE00'); }
            catch (Exception e) { Console.WriteLine("ConvertToUtf32('a', lo) threw " + e.GetType().FullName); }
            try { char.IsLetter(s, s.Length); }
            catch (Exception e) { Console.WriteLine("IsLetter(s, Length) threw " + e.GetType().FullName); }
            try { char.IsLetter(null, 0); }
            catch (Exception e) { Console.WriteLine("IsLetter(null, 0) threw " + e.GetType().FullName); }

            Console.WriteLine("-- Parse / ToString / arithmetic");
            Console.WriteLine("Parse(\"x\") " + char.Parse("x"));
            foreach (string p in new[] { "", "ab", null, " " })
            {
                char r;
                bool ok = char.TryParse(p, out r);
                string parsed;
                try { parsed = ((int)char.Parse(p)).ToString(); } catch (Exception e) { parsed = e.GetType().Name; }
                Console.WriteLine((p == null ? "null" : "\"" + p + "\"") + " TryParse " + ok + " " + (int)r + " Parse " + parsed);
            }
            char c1 = 'a';
            c1++;
            c1 += (char)2;
            Console.WriteLine("a++ then += 2 -> " + c1 + " (" + (int)c1 + ")");
            Console.WriteLine("'a' + 1 = " + ('a' + 1) + ", (char)('a' + 1) = " + (char)('a' + 1) + ", 'z' - 'a' = " + ('z' - 'a'));
            Console.WriteLine("'7' - '0' = " + ('7' - '0') + ", ToString " + 'q'.ToString() + ", char.ToString('r') " + char.ToString('r'));
            Console.WriteLine("CompareTo " + Math.Sign('a'.CompareTo('b')) + " " + 'b'.CompareTo('b') + " Equals " + 'a'.Equals('a') + " " + 'a'.Equals((object)"a") + " " + 'a'.Equals((object)97));
            string letters = "";
            for (char ch = 'A'; ch <= 'Z'; ch += (char)5) letters += ch;
            Console.WriteLine("stepping " + letters);
            Console.WriteLine("switch on char: " + Classify('x') + Classify('5') + Classify(' ') + Classify('#'));
            return 0;
        }

        static string Classify(char c)
        {
            switch (c)
            {
                case ' ': return "[space]";
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return "[digit]";
                default: return char.IsLetter(c) ? "[letter]" : "[other]";
            }
        }
    }
}
