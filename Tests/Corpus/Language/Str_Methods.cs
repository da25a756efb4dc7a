// String methods with ordinal semantics: Substring, IndexOf/LastIndexOf (char, string with
// StringComparison.Ordinal, start index, IndexOfAny), Contains, StartsWith/EndsWith (ordinal),
// Replace (char and string, including removal via ""), Insert, Remove, Split (char[], count,
// RemoveEmptyEntries, string separators), Trim/TrimStart/TrimEnd (default whitespace and
// custom chars), PadLeft/PadRight, ToUpperInvariant/ToLowerInvariant, ToCharArray, new
// string(char, n), string.Copy-free constructors, Reverse via arrays, and argument errors
// (type names only).
using System;

namespace Corpus
{
    static class Program
    {
        static string Q(string s) { return s == null ? "null" : "[" + s + "]"; }
        static string Parts(string[] p) { string r = p.Length + ":"; foreach (var s in p) r += Q(s); return r; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().FullName); }
        }

        static void Main()
        {
            string s = "The quick brown fox jumps over the lazy dog";
            Console.WriteLine("-- search");
            Console.WriteLine("IndexOf('o') " + s.IndexOf('o') + ", LastIndexOf('o') " + s.LastIndexOf('o') + ", IndexOf('o', 20) " + s.IndexOf('o', 20) + ", IndexOf('Z') " + s.IndexOf('Z') + ", IndexOf('o', 13, 3) " + s.IndexOf('o', 13, 3));
            Console.WriteLine("IndexOf(\"the\", Ordinal) " + s.IndexOf("the", StringComparison.Ordinal) + ", OrdinalIgnoreCase " + s.IndexOf("the", StringComparison.OrdinalIgnoreCase) + ", LastIndexOf(\"o\", Ordinal) " + s.LastIndexOf("o", StringComparison.Ordinal) + ", IndexOf(\"\", Ordinal) " + s.IndexOf("", StringComparison.Ordinal));
            Console.WriteLine("IndexOfAny(xyz) " + s.IndexOfAny(new[] { 'x', 'y', 'z' }) + ", LastIndexOfAny(aeiou) " + s.LastIndexOfAny(new[] { 'a', 'e', 'i', 'o', 'u' }));
            Console.WriteLine("Contains(\"fox\") " + s.Contains("fox") + ", Contains(\"Fox\") " + s.Contains("Fox") + ", StartsWith(\"The\", Ordinal) " + s.StartsWith("The", StringComparison.Ordinal) + ", EndsWith(\"Dog\", OrdinalIgnoreCase) " + s.EndsWith("Dog", StringComparison.OrdinalIgnoreCase) + ", StartsWith('T')-like " + (s[0] == 'T'));
            Console.WriteLine("IndexOf with NUL: " + "ab\0cd".IndexOf('\0') + ", IndexOf(\"\\0c\", Ordinal) " + "ab\0cd".IndexOf("\0c", StringComparison.Ordinal));

            Console.WriteLine("-- slicing");
            Console.WriteLine("Substring(4) " + Q(s.Substring(40)) + ", Substring(4, 5) " + Q(s.Substring(4, 5)) + ", Substring(Length) " + Q(s.Substring(s.Length)) + ", Substring(0, 0) " + Q(s.Substring(0, 0)));
            Try("Substring(-1)", () => s.Substring(-1));
            Try("Substring(40, 10)", () => s.Substring(40, 10));
            Try("Substring(Length + 1)", () => s.Substring(s.Length + 1));
            Console.WriteLine("Insert " + Q("abc".Insert(1, "XYZ")) + ", Insert at end " + Q("abc".Insert(3, "!")) + ", Remove(1) " + Q("abcdef".Remove(1)) + ", Remove(1, 2) " + Q("abcdef".Remove(1, 2)));
            Try("Remove(10)", () => "abc".Remove(10));
            Try("Insert(null)", () => "abc".Insert(0, null));

            Console.WriteLine("-- replace");
            Console.WriteLine(Q("aaa".Replace("a", "bb")) + " " + Q("aaaa".Replace("aa", "a")) + " " + Q("banana".Replace("an", "")) + " " + Q("x.y.z".Replace('.', '/')) + " " + Q("abc".Replace("zz", "q")) + " " + Q("abc".Replace("b", null)));
            Try("Replace(\"\", \"x\")", () => "abc".Replace("", "x"));

            Console.WriteLine("-- split");
            Console.WriteLine(Parts("a,b,,c,".Split(',')));
            Console.WriteLine(Parts("a,b,,c,".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)));
            Console.WriteLine(Parts("a,b;c d".Split(',', ';', ' ')));
            Console.WriteLine(Parts("a,b,c,d".Split(new[] { ',' }, 2)));
            Console.WriteLine(Parts("one::two::::three".Split(new[] { "::" }, StringSplitOptions.None)));
            Console.WriteLine(Parts("one::two::::three".Split(new[] { "::" }, StringSplitOptions.RemoveEmptyEntries)));
            Console.WriteLine(Parts("".Split(',')) + " " + Parts("".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)) + " " + Parts("no-separator".Split(',')));
            Console.WriteLine(Parts("  lots   of   space ".Split(new char[0], StringSplitOptions.RemoveEmptyEntries)) + " " + Parts("a\tb\nc".Split(null)));

            Console.WriteLine("-- trim and pad");
            string padded = " \t\n hi there \r\n ";
            Console.WriteLine(Q(padded.Trim()) + " " + Q(padded.TrimStart()) .Replace("\r", "\\r").Replace("\n", "\\n") + " " + Q(padded.TrimEnd()).Replace("\t", "\\t").Replace("\n", "\\n"));
            Console.WriteLine(Q("xxhixx".Trim('x')) + " " + Q("xyhiyx".Trim('x', 'y')) + " " + Q("--a--".TrimStart('-')) + " " + Q("--a--".TrimEnd('-')) + " " + Q("aaaa".Trim('a')) + " " + Q("\u00a0nbsp\u00a0".Trim()));
            Console.WriteLine(Q("7".PadLeft(3)) + " " + Q("7".PadLeft(3, '0')) + " " + Q("7".PadRight(3, '.')) + " " + Q("long".PadLeft(2)) + " " + Q("".PadRight(2, '*')));
            Try("PadLeft(-1)", () => "x".PadLeft(-1));

            Console.WriteLine("-- case and chars");
            Console.WriteLine("ToUpperInvariant " + "Hello, World! 123 \u00e9".ToUpperInvariant().Substring(0, 17) + ", ToLowerInvariant " + "MiXeD".ToLowerInvariant() + ", e-acute upper-cased code " + (int)"\u00e9".ToUpperInvariant()[0]);
            char[] chars = "stressed".ToCharArray();
            Array.Reverse(chars);
            Console.WriteLine("reversed " + new string(chars) + ", new string('=', 5) " + new string('=', 5) + ", new string(chars, 1, 3) " + new string(chars, 1, 3));
            Console.WriteLine("ToCharArray(2, 3) " + new string("abcdef".ToCharArray(2, 3)) + ", CopyTo: " + CopyToDemo());
            Console.WriteLine("Length of escaped: " + "a\tb\\n".Length + ", empty Length " + string.Empty.Length);
            int vowels = 0;
            foreach (char ch in s.ToLowerInvariant()) if ("aeiou".IndexOf(ch) >= 0) vowels++;
            Console.WriteLine("vowels " + vowels + ", words " + s.Split(' ').Length + ", distinct letters " + Distinct(s));
        }

        static string CopyToDemo()
        {
            char[] dst = "..........".ToCharArray();
            "hello".CopyTo(1, dst, 3, 4);
            return new string(dst);
        }

        static int Distinct(string s)
        {
            bool[] seen = new bool[26];
            int n = 0;
            foreach (char c in s.ToLowerInvariant())
                if (c >= 'a' && c <= 'z' && !seen[c - 'a']) { seen[c - 'a'] = true; n++; }
            return n;
        }
    }
}
