// Unicode in strings, printed as numbers only (the console output stays ASCII): escape
// sequences (\n \t \\ \" \' \0 \a \b \f \r \v \x \u \U), verbatim strings ("" and embedded
// line breaks), BMP and supplementary characters (surrogate pairs: Length counts UTF-16 code
// units), char.IsSurrogate/IsHighSurrogate/IsLowSurrogate, char.ConvertFromUtf32/ConvertToUtf32
// and their failures, lone surrogates, UTF-8 and UTF-16 byte counts via System.Text.Encoding,
// ordinal comparison order of non-ASCII code units, and Substring cutting a pair in half.
using System;
using System.Text;

namespace Corpus
{
    static class Program
    {
        static string Units(string s)
        {
            var sb = new StringBuilder();
            foreach (char c in s) sb.Append(((int)c).ToString("X4")).Append(' ');
            return s.Length + ": " + sb.ToString().TrimEnd();
        }

        static void Main()
        {
            Console.WriteLine("-- escapes");
            Console.WriteLine(Units("\n\t\\\"\'\0"));
            Console.WriteLine(Units("\a\b\f\r\v"));
            Console.WriteLine(Units("\x41\x4142\u00e9\U0001F600"));
            Console.WriteLine(Units("\x7\x07\x007\x0007"));
            Console.WriteLine(Units('\u0041'.ToString() + '\x20' + '\''));

            Console.WriteLine("-- verbatim strings");
            string v = @"C:\path\n ""quoted""";
            Console.WriteLine(v.Length + " chars, contains backslash-n: " + v.Contains(@"\n") + ", quotes: " + (v.Split('"').Length - 1));
            string multi = @"line1
line2";
            Console.WriteLine("multi-line verbatim: " + Units(multi.Replace("line", "")));

            Console.WriteLine("-- surrogate pairs");
            string smile = "\U0001F600";
            string mixed = "a\U0001D11Eb\u00e9";
            Console.WriteLine("smile " + Units(smile) + ", high " + char.IsHighSurrogate(smile[0]) + ", low " + char.IsLowSurrogate(smile[1]) + ", IsSurrogatePair " + char.IsSurrogatePair(smile[0], smile[1]));
            Console.WriteLine("mixed " + Units(mixed));
            Console.WriteLine("ConvertToUtf32(smile, 0) = " + char.ConvertToUtf32(smile, 0).ToString("X") + ", from pair = " + char.ConvertToUtf32(smile[0], smile[1]).ToString("X"));
            Console.WriteLine("ConvertFromUtf32(0x10FFFF) " + Units(char.ConvertFromUtf32(0x10FFFF)) + ", (0x10000) " + Units(char.ConvertFromUtf32(0x10000)) + ", (0xFFFF) " + Units(char.ConvertFromUtf32(0xFFFF)));
            try { char.ConvertFromUtf32(0xD800); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("ConvertFromUtf32(0xD800) -> " + e.GetType().Name); }
            try { char.ConvertFromUtf32(0x110000); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("ConvertFromUtf32(0x110000) -> " + e.GetType().Name); }
            try { char.ConvertToUtf32(smile, 1); } catch (ArgumentException e) { Console.WriteLine("ConvertToUtf32 at low surrogate -> " + e.GetType().Name); }
            int codePoints = 0;
            for (int i = 0; i < mixed.Length; i++) { if (char.IsHighSurrogate(mixed[i]) && i + 1 < mixed.Length && char.IsLowSurrogate(mixed[i + 1])) i++; codePoints++; }
            Console.WriteLine("code points in mixed: " + codePoints + " (Length " + mixed.Length + ")");
            string half = smile.Substring(0, 1);
            Console.WriteLine("half a pair: " + Units(half) + ", IsSurrogate " + char.IsSurrogate(half, 0) + ", reversed pair " + Units(new string(new[] { smile[1], smile[0] })));

            Console.WriteLine("-- encodings");
            string sample = "A\u00e9\u4e2d\U0001F600";
            byte[] utf8 = Encoding.UTF8.GetBytes(sample);
            Console.WriteLine("UTF-8 bytes " + utf8.Length + ": " + BitConverter.ToString(utf8));
            Console.WriteLine("UTF-16LE bytes " + Encoding.Unicode.GetByteCount(sample) + ": " + BitConverter.ToString(Encoding.Unicode.GetBytes("A\u00e9")));
            string back = Encoding.UTF8.GetString(utf8);
            Console.WriteLine("round trip equal: " + (back == sample) + ", " + Units(back));
            Console.WriteLine("UTF-8 of lone surrogate -> " + BitConverter.ToString(Encoding.UTF8.GetBytes("\ud800")) + " (replacement character)");
            Console.WriteLine("decode invalid UTF-8 C3 28 -> " + Units(Encoding.UTF8.GetString(new byte[] { 0xC3, 0x28 })));
            Console.WriteLine("ASCII of non-ASCII -> " + BitConverter.ToString(Encoding.ASCII.GetBytes("a\u00e9")));

            Console.WriteLine("-- ordinal order of code units");
            string[] words = { "\u00e9", "z", "\U0001F600", "\uFFFD", "E", "e", "\u4e2d" };
            Array.Sort(words, string.CompareOrdinal);
            foreach (string w in words) Console.Write(((int)w[0]).ToString("X4") + " ");
            Console.WriteLine();
            Console.WriteLine("CompareOrdinal(surrogate pair, U+FFFD) sign " + Math.Sign(string.CompareOrdinal("\U0001F600", "\uFFFD")) + " (UTF-16 order, not code point order)");
            Console.WriteLine("ToUpperInvariant keeps pairs: " + Units("\U0001F600x".ToUpperInvariant()));
        }
    }
}
