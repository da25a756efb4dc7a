// char arithmetic and classification: char + int is int, (char) casts wrap at 16 bits,
// ++/-- and compound assignment on char, comparisons, char.IsDigit/IsLetter/IsWhiteSpace/
// IsUpper/IsLower/IsPunctuation/IsControl/IsLetterOrDigit on ASCII and a few BMP code points
// (code points printed as numbers), char.ToUpperInvariant/ToLowerInvariant,
// char.GetNumericValue, digit parsing by arithmetic, Caesar/ROT13 transforms, char in
// switch, string indexing (IndexOutOfRangeException), and char.MinValue/MaxValue.
using System;

namespace Corpus
{
    static class Program
    {
        static string Flags(char c)
        {
            return (char.IsDigit(c) ? "D" : "-") + (char.IsLetter(c) ? "L" : "-") + (char.IsWhiteSpace(c) ? "W" : "-") + (char.IsUpper(c) ? "U" : "-") + (char.IsLower(c) ? "l" : "-") + (char.IsPunctuation(c) ? "P" : "-") + (char.IsControl(c) ? "C" : "-") + (char.IsLetterOrDigit(c) ? "A" : "-") + (char.IsSymbol(c) ? "S" : "-") + (char.IsSeparator(c) ? "s" : "-") + (char.IsNumber(c) ? "N" : "-");
        }

        static string Rot13(string s)
        {
            char[] r = new char[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c >= 'a' && c <= 'z') c = (char)('a' + (c - 'a' + 13) % 26);
                else if (c >= 'A' && c <= 'Z') c = (char)('A' + (c - 'A' + 13) % 26);
                r[i] = c;
            }
            return new string(r);
        }

        static int ParseDigits(string s)
        {
            int v = 0;
            foreach (char c in s) { if (c < '0' || c > '9') break; v = v * 10 + (c - '0'); }
            return v;
        }

        static string Kind(char c)
        {
            switch (c)
            {
                case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
                case '\t': case ' ': case '\n': return "space";
                case '\u00e9': return "e-acute";
                default: return c >= '0' && c <= '9' ? "digit" : "other";
            }
        }

        static void Main()
        {
            Console.WriteLine("-- arithmetic");
            char a = 'a';
            Console.WriteLine("'a' + 1 = " + (a + 1) + " (" + (a + 1).GetType().Name + "), (char)('a' + 1) = " + (char)(a + 1) + ", 'z' - 'a' = " + ('z' - a) + ", 'a' * 2 = " + (a * 2));
            a++;
            a += (char)2;
            Console.WriteLine("after ++ and += 2: " + a + " (" + (int)a + ")");
            char max = char.MaxValue;
            max++;
            Console.WriteLine("MaxValue++ = " + (int)max + ", (char)65601 = " + unchecked((char)65601) + ", (char)-1 code " + (int)unchecked((char)-1) + ", MinValue code " + (int)char.MinValue);
            char d = '7';
            Console.WriteLine("'7' - '0' = " + (d - '0') + ", GetNumericValue('7') = " + char.GetNumericValue(d) + ", GetNumericValue('x') = " + char.GetNumericValue('x') + ", ParseDigits(\"1234x5\") = " + ParseDigits("1234x5"));
            Console.WriteLine("comparisons: 'a' < 'b' " + ('a' < 'b') + ", 'Z' < 'a' " + ('Z' < 'a') + ", 'a' == 97 " + ('a' == 97) + ", '\\uFFFF' > 'a' " + ('\uFFFF' > 'a'));
            string alphabet = "";
            for (char c = 'A'; c <= 'Z'; c += (char)5) alphabet += c;
            Console.WriteLine("every 5th letter: " + alphabet);

            Console.WriteLine("-- classification (D L W U l P C A S s N)");
            char[] probes = { 'a', 'Z', '5', ' ', '\t', '\n', '\0', '!', ',', '$', '+', '_', '\u00e9', '\u00c9', '\u00a0', '\u00bd', '\u0660', '\u4e2d', '\u2028', '\u007f' };
            foreach (char c in probes) Console.WriteLine("U+" + ((int)c).ToString("X4") + " " + Flags(c));

            Console.WriteLine("-- case mapping");
            Console.WriteLine("ToUpperInvariant: a->" + char.ToUpperInvariant('a') + " z->" + char.ToUpperInvariant('z') + " 5->" + char.ToUpperInvariant('5') + " U+00E9->U+" + ((int)char.ToUpperInvariant('\u00e9')).ToString("X4") + " U+00FF->U+" + ((int)char.ToUpperInvariant('\u00ff')).ToString("X4"));
            Console.WriteLine("ToLowerInvariant: A->" + char.ToLowerInvariant('A') + " U+00C9->U+" + ((int)char.ToLowerInvariant('\u00c9')).ToString("X4"));
            Console.WriteLine("manual case flip: " + Flip("Hello World 42"));

            Console.WriteLine("-- transforms");
            Console.WriteLine("ROT13: " + Rot13("Hello, World!") + " -> " + Rot13(Rot13("Hello, World!")));
            int checksum = 0;
            foreach (char c in "checksum me") checksum = checksum * 31 + c;
            Console.WriteLine("string hash by hand: " + checksum);

            Console.WriteLine("-- switch and indexing");
            foreach (char c in "a1 \u00e9x") Console.Write(Kind(c) + " ");
            Console.WriteLine();
            string s = "abc";
            Console.WriteLine("s[0] " + s[0] + ", s[2] " + s[2] + ", s[s.Length - 1] " + s[s.Length - 1]);
            try { char bad = s[3]; }
            catch (IndexOutOfRangeException e) { Console.WriteLine("s[3] -> " + e.GetType().FullName); }
            try { char bad = s[-1]; }
            catch (IndexOutOfRangeException e) { Console.WriteLine("s[-1] -> " + e.GetType().FullName); }
            Console.WriteLine("char.ToString " + 'q'.ToString() + ", char.Parse(\"x\") " + char.Parse("x") + ", new string('c', 3) " + new string('c', 3));
            Console.WriteLine("char.CompareTo: " + 'a'.CompareTo('b') + " " + 'b'.CompareTo('a') + " " + 'a'.CompareTo('a') + ", Equals " + 'a'.Equals('a') + " " + 'a'.Equals((object)97));
        }

        static string Flip(string s)
        {
            char[] r = s.ToCharArray();
            for (int i = 0; i < r.Length; i++)
            {
                if (r[i] >= 'a' && r[i] <= 'z') r[i] = (char)(r[i] - 32);
                else if (r[i] >= 'A' && r[i] <= 'Z') r[i] = (char)(r[i] | 0x20);
            }
            return new string(r);
        }
    }
}
