// IndexOf / LastIndexOf / IndexOfAny / LastIndexOfAny (char and string, with
// start and count, StringComparison.Ordinal / OrdinalIgnoreCase) and the
// ordinal Contains / StartsWith / EndsWith, including empty needles, needles
// at the very ends, out-of-range arguments and null arguments.
using System;

namespace Corpus.Library.String_IndexOf
{
    public static class Program
    {
        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            string s = "abracadabra";
            const StringComparison O = StringComparison.Ordinal;
            const StringComparison OI = StringComparison.OrdinalIgnoreCase;

            Console.WriteLine("-- IndexOf(char)");
            foreach (char c in "abcdrz")
                Console.WriteLine(c + ": first " + s.IndexOf(c) + " last " + s.LastIndexOf(c));
            for (int start = 0; start <= s.Length; start++)
                Console.Write(s.IndexOf('a', start) + (start < s.Length ? " " : "\n"));
            for (int start = s.Length - 1; start >= 0; start--)
                Console.Write(s.LastIndexOf('a', start) + (start > 0 ? " " : "\n"));
            Try("IndexOf('a',1,3)", () => s.IndexOf('a', 1, 3));
            Try("IndexOf('a',1,2)", () => s.IndexOf('a', 1, 2));
            Try("IndexOf('a',11,0)", () => s.IndexOf('a', 11, 0));
            Try("IndexOf('a',12)", () => s.IndexOf('a', 12));
            Try("IndexOf('a',-1)", () => s.IndexOf('a', -1));
            Try("IndexOf('a',5,7)", () => s.IndexOf('a', 5, 7));
            Try("LastIndexOf('a',10,3)", () => s.LastIndexOf('a', 10, 3));
            Try("LastIndexOf('a',9,3)", () => s.LastIndexOf('a', 9, 3));
            Try("LastIndexOf('a',6,2)", () => s.LastIndexOf('a', 6, 2));
            Try("LastIndexOf('a',11)", () => s.LastIndexOf('a', 11));
            Try("LastIndexOf('a',3,5)", () => s.LastIndexOf('a', 3, 5));
            Try("\"\".IndexOf('a')", () => "".IndexOf('a'));
            Try("\"\".LastIndexOf('a')", () => "".LastIndexOf('a'));
            Try("IndexOf('\\0')", () => "ab\0cd".IndexOf('\0'));

            Console.WriteLine("-- IndexOf(string, Ordinal)");
            string[] needles = { "a", "abra", "bra", "cad", "ra", "abracadabra", "abracadabraX", "", "A", "dab", "x" };
            foreach (string n in needles)
                // LastIndexOf("") is left out: it changed in .NET 5 (see String_EmptyNeedle).
                Console.WriteLine("'" + n + "': " + s.IndexOf(n, O) + " " + (n.Length == 0 ? "-" : s.LastIndexOf(n, O).ToString()) + " ignorecase " + s.IndexOf(n, OI) + " " + (n.Length == 0 ? "-" : s.LastIndexOf(n, OI).ToString()));
            Try("IndexOf(\"bra\",2,O)", () => s.IndexOf("bra", 2, O));
            Try("IndexOf(\"bra\",1,O)", () => s.IndexOf("bra", 1, O));
            Try("IndexOf(\"bra\",1,3,O)", () => s.IndexOf("bra", 1, 3, O));
            Try("IndexOf(\"bra\",1,2,O)", () => s.IndexOf("bra", 1, 2, O));
            Try("IndexOf(\"bra\",9,O)", () => s.IndexOf("bra", 9, O));
            Try("IndexOf(\"\",5,O)", () => s.IndexOf("", 5, O));
            Try("IndexOf(\"\",11,O)", () => s.IndexOf("", 11, O));
            Try("IndexOf(\"\",12,O)", () => s.IndexOf("", 12, O));
            Try("LastIndexOf(\"abra\",6,O)", () => s.LastIndexOf("abra", 6, O));
            Try("LastIndexOf(\"abra\",3,O)", () => s.LastIndexOf("abra", 3, O));
            Try("LastIndexOf(\"abra\",2,O)", () => s.LastIndexOf("abra", 2, O));
            Try("LastIndexOf(\"ra\",10,3,O)", () => s.LastIndexOf("ra", 10, 3, O));
            Try("LastIndexOf(\"ra\",10,1,O)", () => s.LastIndexOf("ra", 10, 1, O));
            Try("IndexOf(null,O)", () => s.IndexOf((string)null, O));
            Try("IndexOf(\"a\",-2,O)", () => s.IndexOf("a", -2, O));
            Try("IndexOf(\"\\u00DF\",O) in \"strasse\"", () => "strasse".IndexOf("ß", O));
            Try("IndexOf(\"\\u00C9\",OI) in \"caf\\u00E9\"", () => "café".IndexOf("É", OI));
            Try("IndexOf(\"\\uDC00\",O) in surrogate pair", () => "x\uD83D\uDE00y\uDC00".IndexOf("\uDC00", O));
            Try("IndexOf(\"\\uDE00\",O) in surrogate pair", () => "x\uD83D\uDE00y".IndexOf("\uDE00", O));

            Console.WriteLine("-- IndexOfAny / LastIndexOfAny");
            char[] any = { 'c', 'd' };
            Try("IndexOfAny(cd)", () => s.IndexOfAny(any));
            Try("LastIndexOfAny(cd)", () => s.LastIndexOfAny(any));
            Try("IndexOfAny(cd,5)", () => s.IndexOfAny(any, 5));
            Try("IndexOfAny(cd,7)", () => s.IndexOfAny(any, 7));
            Try("IndexOfAny(cd,2,2)", () => s.IndexOfAny(any, 2, 2));
            Try("IndexOfAny(cd,2,3)", () => s.IndexOfAny(any, 2, 3));
            Try("LastIndexOfAny(cd,5)", () => s.LastIndexOfAny(any, 5));
            Try("LastIndexOfAny(cd,5,1)", () => s.LastIndexOfAny(any, 5, 1));
            Try("IndexOfAny(empty)", () => s.IndexOfAny(new char[0]));
            Try("IndexOfAny(null)", () => s.IndexOfAny(null));
            Try("IndexOfAny(xyz)", () => s.IndexOfAny("xyz".ToCharArray()));
            Try("IndexOfAny(rba)", () => s.IndexOfAny("rba".ToCharArray()));

            Console.WriteLine("-- Contains / StartsWith / EndsWith");
            foreach (string n in needles)
                Console.WriteLine("'" + n + "': contains " + s.Contains(n) + " starts " + s.StartsWith(n, O) + " ends " + s.EndsWith(n, O)
                    + " startsIC " + s.StartsWith(n, OI) + " endsIC " + s.EndsWith(n, OI));
            Try("\"\".Contains(\"\")", () => "".Contains(""));
            Try("\"\".StartsWith(\"\",O)", () => "".StartsWith("", O));
            Try("\"\".EndsWith(\"a\",O)", () => "".EndsWith("a", O));
            Try("Contains(null)", () => s.Contains((string)null));
            Try("StartsWith(null,O)", () => s.StartsWith(null, O));
            Try("EndsWith(null,O)", () => s.EndsWith(null, O));
            Try("Contains('d')", () => s.Contains('d'));
            Try("Contains('z')", () => s.Contains('z'));
            Try("\"Hello\".StartsWith(\"hello\",O)", () => "Hello".StartsWith("hello", O));
            Try("\"Hello\".StartsWith(\"hello\",OI)", () => "Hello".StartsWith("hello", OI));
            Try("\"a\\0b\".EndsWith(\"\\0b\",O)", () => "a\0b".EndsWith("\0b", O));
            Try("\"r\\u00E9sum\\u00E9\".EndsWith(\"M\\u00C9\",OI)", () => "résumé".EndsWith("MÉ", OI));

            Console.WriteLine("-- counting occurrences with a loop");
            string text = "the cat sat on the mat with the hat";
            int count = 0, pos = 0;
            while ((pos = text.IndexOf("the", pos, O)) >= 0) { Console.Write(pos + " "); count++; pos += 1; }
            Console.WriteLine("count=" + count);
            count = 0; pos = text.Length - 1;
            while (pos >= 0 && (pos = text.LastIndexOf("at", pos, O)) >= 0) { Console.Write(pos + " "); count++; pos -= 1; }
            Console.WriteLine("count=" + count);
            string overl = "aaaa";
            count = 0; pos = 0;
            while ((pos = overl.IndexOf("aa", pos, O)) >= 0) { count++; pos++; }
            Console.WriteLine("overlapping aa in aaaa = " + count);
            return 0;
        }
    }
}
