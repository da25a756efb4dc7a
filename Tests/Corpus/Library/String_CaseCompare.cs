// Invariant case mapping (ASCII, Latin-1, Greek, Cyrillic, characters
// without a simple mapping), ordinal comparisons: string.CompareOrdinal
// (with and without substrings), string.Compare with Ordinal /
// OrdinalIgnoreCase, CompareTo-free sorting with StringComparer.Ordinal,
// sign-only checks where .NET only promises the sign. Characters whose
// invariant mapping Mono gets wrong are in String_InvariantCasing.
using System;
using System.Collections.Generic;

namespace Corpus.Library.String_CaseCompare
{
    public static class Program
    {
        // Non-ASCII characters are printed as \uXXXX so stdout stays ASCII.
        static string A(string s)
        {
            if (s == null) return null;
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            foreach (char ch in s) { if (ch < 128) sb.Append(ch); else sb.Append("\\u").Append(((int)ch).ToString("X4")); }
            return sb.ToString();
        }

        static string Codes(string s)
        {
            string r = "";
            foreach (char c in s) r += ((int)c).ToString("X4") + " ";
            return r.TrimEnd();
        }

        static int Sign(int x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- invariant case mapping");
            string[] samples = {
                "Hello, World! 123", "ÀÉÎÕÜ àéîõü ÿ", "straße", "ΑΒΓ αβγ", "Привет МИР", "İı", "ﬁ", "[\\]^_`{|}~@"
            };
            foreach (string s in samples)
            {
                string up = s.ToUpperInvariant(), low = s.ToLowerInvariant();
                Console.WriteLine(Codes(s));
                Console.WriteLine("  upper " + Codes(up) + " len " + up.Length);
                Console.WriteLine("  lower " + Codes(low) + " len " + low.Length);
            }
            foreach (char c in "aZ9 éÉßÿ\u0130\u0131")
                Console.WriteLine("char " + ((int)c).ToString("X4") + " upper " + ((int)char.ToUpperInvariant(c)).ToString("X4") + " lower " + ((int)char.ToLowerInvariant(c)).ToString("X4"));
            string lowerAlready = "abc";
            Console.WriteLine("ToLowerInvariant on lower-case input equal " + (lowerAlready.ToLowerInvariant() == lowerAlready));

            Console.WriteLine("-- CompareOrdinal (sign)");
            string[][] pairs = {
                new[] { "a", "b" }, new[] { "b", "a" }, new[] { "a", "a" }, new[] { "a", "A" }, new[] { "A", "a" },
                new[] { "abc", "ab" }, new[] { "ab", "abc" }, new[] { "", "a" }, new[] { "", "" }, new string[] { null, "" },
                new string[] { null, null }, new string[] { "a", null }, new[] { "Z", "a" }, new[] { "é", "z" }, new[] { "\uFFFF", "\uFFFE" },
                new[] { "a\0", "a" }, new[] { "co-op", "coop" }, new[] { "10", "9" }
            };
            foreach (string[] p in pairs)
            {
                string a = p[0], b = p[1];
                Console.WriteLine(A(a ?? "null") + " vs " + A(b ?? "null") + ": ordinal " + Sign(string.CompareOrdinal(a, b))
                    + " Compare(Ordinal) " + Sign(string.Compare(a, b, StringComparison.Ordinal))
                    + " Compare(OrdinalIgnoreCase) " + Sign(string.Compare(a, b, StringComparison.OrdinalIgnoreCase))
                    + " comparer " + Sign(StringComparer.Ordinal.Compare(a, b))
                    + " comparerIC " + Sign(StringComparer.OrdinalIgnoreCase.Compare(a, b)));
            }
            Console.WriteLine("exact CompareOrdinal(\"a\",\"b\") is negative " + (string.CompareOrdinal("a", "b") < 0));

            Console.WriteLine("-- substring comparisons");
            Try("CompareOrdinal(\"xxabc\",2,\"abc\",0,3)", () => Sign(string.CompareOrdinal("xxabc", 2, "abc", 0, 3)));
            Try("CompareOrdinal(\"xxabd\",2,\"abc\",0,3)", () => Sign(string.CompareOrdinal("xxabd", 2, "abc", 0, 3)));
            Try("CompareOrdinal(\"ab\",0,\"abc\",0,5)", () => Sign(string.CompareOrdinal("ab", 0, "abc", 0, 5)));
            Try("CompareOrdinal(\"abc\",1,\"xbc\",1,10)", () => Sign(string.CompareOrdinal("abc", 1, "xbc", 1, 10)));
            Try("CompareOrdinal(\"abc\",0,\"abd\",0,2)", () => Sign(string.CompareOrdinal("abc", 0, "abd", 0, 2)));
            Try("CompareOrdinal(\"abc\",-1,\"abd\",0,2)", () => Sign(string.CompareOrdinal("abc", -1, "abd", 0, 2)));
            Try("CompareOrdinal(\"abc\",0,\"abd\",0,-1)", () => Sign(string.CompareOrdinal("abc", 0, "abd", 0, -1)));
            Try("Compare(\"HELLO\",1,\"jello\",1,4,OrdinalIgnoreCase)", () => Sign(string.Compare("HELLO", 1, "jello", 1, 4, StringComparison.OrdinalIgnoreCase)));
            Try("Compare(\"HELLO\",0,\"jello\",0,4,OrdinalIgnoreCase)", () => Sign(string.Compare("HELLO", 0, "jello", 0, 4, StringComparison.OrdinalIgnoreCase)));
            Try("Compare(\"abc\",1,\"bcd\",0,2,Ordinal)", () => Sign(string.Compare("abc", 1, "bcd", 0, 2, StringComparison.Ordinal)));

            Console.WriteLine("-- ordinal sort");
            List<string> list = new List<string> { "banana", "Apple", "apple", "Banana", "_x", "a", "", "Ä", "z", "10", "9", "ab", "aB", "AB" };
            list.Sort(StringComparer.Ordinal);
            Console.WriteLine("Ordinal: " + A(string.Join(",", list)));
            list.Sort(string.CompareOrdinal);
            Console.WriteLine("CompareOrdinal delegate: " + A(string.Join(",", list)));
            list.Sort((a, b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase) != 0 ? string.Compare(a, b, StringComparison.OrdinalIgnoreCase) : string.CompareOrdinal(a, b));
            Console.WriteLine("OrdinalIgnoreCase then Ordinal: " + A(string.Join(",", list)));
            string[] arr = { "b", "B", "a", "A", "c" };
            Array.Sort(arr, StringComparer.Ordinal);
            Console.WriteLine("Array.Sort Ordinal: " + string.Join(",", arr));

            Console.WriteLine("-- OrdinalIgnoreCase equality");
            Console.WriteLine("Equals(\"HeLLo\",\"hEllO\",OIC) " + string.Equals("HeLLo", "hEllO", StringComparison.OrdinalIgnoreCase));
            Console.WriteLine("Equals(\"\\u00E9\",\"\\u00C9\",OIC) " + string.Equals("é", "É", StringComparison.OrdinalIgnoreCase));
            Console.WriteLine("Equals(\"\\u00DF\",\"SS\",OIC) " + string.Equals("ß", "SS", StringComparison.OrdinalIgnoreCase));
            Console.WriteLine("Equals(\"\\u03C3\",\"\\u03A3\",OIC) " + string.Equals("σ", "Σ", StringComparison.OrdinalIgnoreCase));
            Console.WriteLine("comparer equals " + StringComparer.OrdinalIgnoreCase.Equals("ABC", "abc") + " " + StringComparer.Ordinal.Equals("ABC", "abc"));
            Console.WriteLine("comparer hash equal (ignore case) " + (StringComparer.OrdinalIgnoreCase.GetHashCode("ABC") == StringComparer.OrdinalIgnoreCase.GetHashCode("abc")));
            return 0;
        }
    }
}
