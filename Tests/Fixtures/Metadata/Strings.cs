// String literals and the #US / #Strings heaps: empty and duplicated literals,
// every simple escape, \x, \u and \U escapes, surrogate pairs and a lone
// surrogate, characters that set the #US "needs special handling" trailing
// byte (0x01-0x08, 0x0E-0x1F, 0x27, 0x2D, 0x7F, > 0xFF), verbatim strings,
// literals needing 1-, 2- and 4-byte blob length prefixes (the last one is a
// single 8208-character literal), interpolated strings (mcs lowers them to
// string.Format), format specifiers and alignment, and identifiers with
// non-ASCII characters (UTF-8 in #Strings).
using System;
using System.Text;

namespace Fixtures.Strings
{
    public class Caf\u00e9
    {
        public string Na\u00efve = "na\u00efve";
        public int \u03a9mega = 937;
        public static string \u65e5\u672c() { return "\u65e5\u672c\u8a9e"; }
    }

    public class Program
    {
        const string Empty = "";
        const string Escapes = "quote\" apostrophe\' backslash\\ nul\0 alert\a backspace\b formfeed\f newline\n return\r tab\t vtab\v";
        const string Hex = "\x41\x4A\x7e\x0001\x00e9\xFFFD";
        const string Unicode = "caf\u00e9 \u00e9\t\"\0 \u4e2d\u6587 \u0391\u03b2\u03b3";
        const string Surrogates = "\U0001F600 \U0001D11E \uD83D\uDE00 \U00010000\U0010FFFF";
        const string LoneSurrogate = "\uD800 alone";
        const string SpecialLow = "\x01\x02\x08\x0E\x1F it's a-b \x7F";
        const string PlainAscii = "plain ascii, no flag needed";
        const string Verbatim = @"C:\path\to\file.txt ""quoted"" {braces}
second line";
        const string Mid = "The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog. ";
        const string Long = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

        static string Hexdump(string s, int max)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < s.Length && i < max; i++) sb.Append(((int)s[i]).ToString("X4")).Append(' ');
            return sb.ToString().TrimEnd();
        }

        static int Checksum(string s)
        {
            int h = 17;
            foreach (char c in s) h = unchecked(h * 31 + c);
            return h;
        }

        public static int Main()
        {
            Console.WriteLine("empty: " + Empty.Length + " " + (Empty == string.Empty) + " " + ReferenceEquals("", Empty));
            Console.WriteLine("escapes: " + Escapes.Length + " " + Checksum(Escapes));
            Console.WriteLine("hex: " + Hexdump(Hex, 10));
            Console.WriteLine("unicode: " + Hexdump(Unicode, 32));
            Console.WriteLine("surrogates: " + Surrogates.Length + " " + char.IsSurrogatePair(Surrogates[0], Surrogates[1]) + " " + char.ConvertToUtf32(Surrogates, 0).ToString("X") + " " + Hexdump(Surrogates, 20));
            Console.WriteLine("lone: " + Hexdump(LoneSurrogate, 3) + " " + char.IsHighSurrogate(LoneSurrogate[0]));
            Console.WriteLine("special: " + Hexdump(SpecialLow, 20));
            Console.WriteLine("plain: " + PlainAscii.Length);
            Console.WriteLine("verbatim: " + Verbatim.Length + " " + Verbatim.Replace("\r", "").Split('\n').Length);
            Console.WriteLine("mid: " + Mid.Length + " " + Checksum(Mid));
            Console.WriteLine("long: " + Long.Length + " " + Checksum(Long) + " " + Long.Substring(8190, 4));
            Console.WriteLine("same literal: " + ReferenceEquals(PlainAscii, "plain ascii, no flag needed"));

            var cafe = new Caf\u00e9();
            Console.WriteLine("identifiers: " + typeof(Caf\u00e9).Name + " " + cafe.Na\u00efve + " " + cafe.\u03a9mega + " " + Caf\u00e9.\u65e5\u672c().Length);

            int n = 42;
            double pi = Math.PI;
            string name = "world";
            DateTime when = new DateTime(2020, 1, 2, 3, 4, 5);
            Console.WriteLine($"interpolated: hello {name}, n={n}, hex={n:X4}, pi={pi:F3}, [{n,6}] [{name,-8}] {{braces}}");
            Console.WriteLine($"nested: {$"inner {n + 1}"} {(n > 40 ? "big" : "small")} {when:yyyy-MM-dd HH:mm:ss} {name.Length}");
            Console.WriteLine($@"verbatim interpolated: C:\{name}\{n}");
            FormattableString fs = $"formattable {n} {name}";
            Console.WriteLine("formattable: " + fs.Format + " " + fs.ArgumentCount + " " + fs.GetArgument(1));
            IFormattable f = $"{pi:F2}";
            Console.WriteLine("iformattable: " + f.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine(string.Format("format: {0} {1:N2} {2,5}|{3,-5}|", "a", 1234.5, 7, 8));
            Console.WriteLine("concat: " + string.Concat("a", 'b', 3, 4.5, null, true));
            Console.WriteLine("builder: " + new StringBuilder().Append('x', 3).Append("yz").Insert(0, "<").Append('>').ToString());
            return 0;
        }
    }
}
