// Replace (char and string, overlapping matches, empty/null arguments,
// growing and shrinking replacements), Trim/TrimStart/TrimEnd (default
// Unicode whitespace set, explicit chars, empty char array), PadLeft /
// PadRight (shorter total width, custom char, negative width).
using System;

namespace Corpus.Library.String_ReplaceTrimPad
{
    public static class Program
    {
        static string Q(string s)
        {
            if (s == null) return "null";
            string r = "\"";
            foreach (char c in s)
            {
                if (c < ' ' || c > '~') r += "\\u" + ((int)c).ToString("X4");
                else r += c;
            }
            return r + "\"";
        }

        static void Try(string label, Func<string> f)
        {
            try { Console.WriteLine(label + " = " + Q(f())); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            string s = "banana bandana";
            Console.WriteLine("-- Replace");
            Try("Replace('a','o')", () => s.Replace('a', 'o'));
            Try("Replace('z','o')", () => s.Replace('z', 'o'));
            Try("Replace('a','a')", () => s.Replace('a', 'a'));
            Try("Replace(\"an\",\"AN\")", () => s.Replace("an", "AN"));
            Try("Replace(\"ana\",\"_\") non-overlapping", () => s.Replace("ana", "_"));
            Try("Replace(\"a\",\"\")", () => s.Replace("a", ""));
            Try("Replace(\"a\",null)", () => s.Replace("a", null));
            Try("Replace(\"na\",\"nana\") growing", () => s.Replace("na", "nana"));
            Try("Replace(\"banana bandana\",\"x\") whole", () => s.Replace("banana bandana", "x"));
            Try("Replace(\"banana bandanaX\",\"x\") longer", () => s.Replace("banana bandanaX", "x"));
            Try("Replace(\"\",\"x\")", () => s.Replace("", "x"));
            Try("Replace(null,\"x\")", () => s.Replace(null, "x"));
            Try("Replace(\"AN\",\"x\") case", () => s.Replace("AN", "x"));
            Try("Replace(\"aa\",\"a\") in aaaaa", () => "aaaaa".Replace("aa", "a"));
            Try("Replace(\"\\0\",\"0\")", () => "a\0b\0".Replace("\0", "0"));
            Try("Replace('\\0','-')", () => "a\0b\0".Replace('\0', '-'));
            Try("Replace(\"\\r\\n\",\"\\n\")", () => "l1\r\nl2\r\n\r\nl3".Replace("\r\n", "\n"));
            Try("Replace surrogate pair", () => "x\U0001F600y\U0001F600".Replace("\U0001F600", ":)"));
            Try("Replace Ordinal", () => "aAaA".Replace("a", "b", StringComparison.Ordinal));
            Try("Replace OrdinalIgnoreCase", () => "aAaA".Replace("a", "b", StringComparison.OrdinalIgnoreCase));
            Try("Replace OrdinalIgnoreCase empty new", () => "xAxaX".Replace("X", "", StringComparison.OrdinalIgnoreCase));
            string unchanged = "nothing to do";
            Console.WriteLine("same instance when nothing replaced (string) " + ((object)unchanged.Replace("zz", "y") == (object)unchanged));

            Console.WriteLine("-- Trim");
            string padded = " \t\r\n\v\f\u00A0\u2000\u3000\u0085 core text \u2028\u2029\u200B ";
            Try("Trim()", () => padded.Trim());
            Try("TrimStart()", () => padded.TrimStart());
            Try("TrimEnd()", () => padded.TrimEnd());
            Try("Trim(null)", () => padded.Trim(null));
            Try("Trim(new char[0])", () => padded.Trim(new char[0]));
            Try("\"\\u200B x\\u200B\".Trim() (ZWSP is not whitespace)", () => "\u200B x\u200B".Trim());
            Try("\"\\uFEFF x\".Trim() (BOM is not whitespace)", () => "\uFEFF x".Trim());
            string stars = "**--abc--**";
            Try("Trim('*')", () => stars.Trim('*'));
            Try("Trim('*','-')", () => stars.Trim('*', '-'));
            Try("Trim('-')", () => stars.Trim('-'));
            Try("TrimStart('*')", () => stars.TrimStart('*'));
            Try("TrimEnd('*','-')", () => stars.TrimEnd('*', '-'));
            Try("TrimEnd('c','-','*')", () => stars.TrimEnd('c', '-', '*'));
            Try("Trim all chars", () => "aaaa".Trim('a'));
            Try("TrimStart all chars", () => "aaaa".TrimStart('a'));
            Try("TrimEnd all chars", () => "aaaa".TrimEnd('a'));
            Try("\"\".Trim()", () => "".Trim());
            Try("\"   \".Trim()", () => "   ".Trim());
            Try("Trim('x') inner x kept", () => "xaxbx".Trim('x'));
            Console.WriteLine("same instance when nothing trimmed " + ((object)unchanged.Trim() == (object)unchanged));

            Console.WriteLine("-- Pad");
            string w = "42";
            for (int width = -1; width <= 5; width++)
            {
                int wd = width;
                Try("PadLeft(" + wd + ")", () => w.PadLeft(wd));
                Try("PadRight(" + wd + ",'.')", () => w.PadRight(wd, '.'));
            }
            Try("PadLeft(6,'0')", () => "-42".PadLeft(6, '0'));
            Try("PadLeft(3,'\\0')", () => "x".PadLeft(3, '\0'));
            Try("\"\".PadRight(3)", () => "".PadRight(3));
            Console.WriteLine("same instance when width <= length " + ((object)w.PadLeft(2) == (object)w));
            Console.WriteLine("-- table");
            string[] names = { "id", "description", "x" };
            int[] vals = { 7, 12345, -3 };
            for (int i = 0; i < names.Length; i++)
                Console.WriteLine("|" + names[i].PadRight(12) + "|" + vals[i].ToString().PadLeft(7) + "|" + names[i].PadLeft(4, '_') + "|");
            return 0;
        }
    }
}
