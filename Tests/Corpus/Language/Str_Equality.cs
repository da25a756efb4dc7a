// String identity and equality: literals are interned (the same literal, and equal literals
// from different methods/classes, are one object), compile-time constant concatenation is a
// literal too, runtime-built strings are equal but not identical until string.Intern,
// == and Equals compare contents (ordinal), object == compares references, StringComparison
// Ordinal/OrdinalIgnoreCase, CompareOrdinal signs, null handling in static Equals/Compare and
// instance Equals, string.IsNullOrEmpty/IsNullOrWhiteSpace, and strings as dictionary keys.
// Culture-sensitive comparisons (CompareTo, Compare without StringComparison) are not used.
using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus
{
    static class Other { public const string Hello = "hello"; public static string Get() { return "hello"; } }

    static class Program
    {
        const string Prefix = "hel";
        static string Build(params string[] parts) { var sb = new StringBuilder(); foreach (var p in parts) sb.Append(p); return sb.ToString(); }
        static int Sign(int x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }

        static void Main()
        {
            Console.WriteLine("-- interning");
            string lit1 = "hello", lit2 = "hello";
            object o1 = lit1, o2 = lit2;
            Console.WriteLine("same literal: " + (o1 == o2));
            Console.WriteLine("literal from another class: " + ((object)Other.Get() == o1) + ", const from another class: " + ((object)Other.Hello == o1));
            string folded = Prefix + "lo";
            Console.WriteLine("constant concatenation is interned: " + ((object)folded == o1));
            string runtime = Build("hel", "lo");
            Console.WriteLine("runtime-built == literal: " + (runtime == lit1) + ", same object: " + ((object)runtime == o1) + ", Equals: " + runtime.Equals(lit1));
            string interned = string.Intern(runtime);
            Console.WriteLine("string.Intern returns the literal: " + ((object)interned == o1) + ", IsInterned(runtime) is literal: " + ((object)string.IsInterned(runtime) == o1));
            string unique = Build("zz-not-a-literal-", "9137");
            Console.WriteLine("IsInterned of a never-interned string: " + (string.IsInterned(unique) == null));
            string fromChars = new string(new[] { 'h', 'e', 'l', 'l', 'o' });
            Console.WriteLine("new string(chars) same object: " + ((object)fromChars == o1) + ", equal: " + (fromChars == lit1));
            Console.WriteLine("empty literal is string.Empty: " + ((object)"" == (object)string.Empty) + ", new string('x', 0) equals \"\": " + (new string('x', 0) == ""));
            string sub = "say hello".Substring(4);
            Console.WriteLine("Substring equal: " + (sub == "hello") + ", same object: " + ((object)sub == o1));
            Console.WriteLine("ToString() of a string returns itself: " + ReferenceEquals(runtime.ToString(), runtime));

            Console.WriteLine("-- equality and comparison (ordinal)");
            string a = "Apple", b = "apple", c = "Apple";
            Console.WriteLine("a == b " + (a == b) + ", a == c " + (a == c) + ", a.Equals(b, OrdinalIgnoreCase) " + a.Equals(b, StringComparison.OrdinalIgnoreCase) + ", Equals(a, b, Ordinal) " + string.Equals(a, b, StringComparison.Ordinal));
            Console.WriteLine("CompareOrdinal(\"Apple\", \"apple\") sign " + Sign(string.CompareOrdinal(a, b)) + ", (\"a\", \"b\") " + Sign(string.CompareOrdinal("a", "b")) + ", (\"ab\", \"a\") " + Sign(string.CompareOrdinal("ab", "a")) + ", (\"\", \"\") " + string.CompareOrdinal("", ""));
            Console.WriteLine("Compare Ordinal \"Z\" vs \"a\": " + Sign(string.Compare("Z", "a", StringComparison.Ordinal)) + ", OrdinalIgnoreCase \"Z\" vs \"a\": " + Sign(string.Compare("Z", "a", StringComparison.OrdinalIgnoreCase)));
            Console.WriteLine("CompareOrdinal with embedded NUL: " + Sign(string.CompareOrdinal("a\0b", "a\0c")) + ", \"a\\0\" vs \"a\": " + Sign(string.CompareOrdinal("a\0", "a")) + ", equal: " + ("a\0" == "a"));
            Console.WriteLine("case differs only beyond ASCII: " + "\u00e9".Equals("\u00c9", StringComparison.OrdinalIgnoreCase));

            Console.WriteLine("-- null handling");
            string n = null;
            Console.WriteLine("null == null " + (n == null) + ", \"x\" == null " + ("x" == n) + ", Equals(null, null) " + string.Equals(n, null) + ", \"x\".Equals(null) " + "x".Equals(n) + ", \"x\".Equals((object)5) " + "x".Equals((object)5));
            Console.WriteLine("CompareOrdinal(null, \"a\") " + Sign(string.CompareOrdinal(n, "a")) + ", (null, null) " + string.CompareOrdinal(n, null) + ", (\"a\", null) " + Sign(string.CompareOrdinal("a", n)));
            try { n.Equals("x"); } catch (NullReferenceException) { Console.WriteLine("null.Equals -> NullReferenceException"); }
            Console.WriteLine("IsNullOrEmpty: " + string.IsNullOrEmpty(n) + string.IsNullOrEmpty("") + string.IsNullOrEmpty(" ") + ", IsNullOrWhiteSpace: " + string.IsNullOrWhiteSpace(n) + string.IsNullOrWhiteSpace(" \t\n") + string.IsNullOrWhiteSpace(" x "));

            Console.WriteLine("-- as keys");
            var dict = new Dictionary<string, int>();
            dict["key"] = 1;
            dict[Build("k", "ey")] = 2;   // same key, different object
            dict["KEY"] = 3;
            Console.WriteLine("count " + dict.Count + ", [\"key\"] " + dict["key"]);
            var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            ci["Key"] = 1; ci["KEY"] = 2; ci["kEy"] = 3;
            Console.WriteLine("ignore-case dictionary count " + ci.Count + ", value " + ci["key"]);
            var set = new HashSet<string> { "a", "A", "a", Build("a") };
            Console.WriteLine("HashSet count " + set.Count);

            Console.WriteLine("-- switch and == on runtime strings");
            string r = Build("sw", "itch");
            Console.WriteLine(r == "switch" ? "matched by value" : "no match");
            object boxed = r;
            Console.WriteLine("(object)r == (object)\"switch\": " + (boxed == (object)"switch") + ", boxed.Equals(\"switch\"): " + boxed.Equals("switch"));
        }
    }
}
