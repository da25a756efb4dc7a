// String equality: == / != operators, instance and static Equals (with and
// without StringComparison), Equals(object) against non-strings, null
// handling, IsNullOrEmpty / IsNullOrWhiteSpace over many whitespace kinds,
// literal interning, equality of strings built at run time, and
// string-keyed lookups that depend on Equals/GetHashCode agreeing.
using System;
using System.Collections.Generic;

namespace Corpus.Library.String_Equality
{
    public static class Program
    {
        static string Lit() { return "literal"; }

        public static int Main()
        {
            string a = "hello";
            string b = new string(new[] { 'h', 'e', 'l', 'l', 'o' });
            string c = "Hello";
            string n = null;
            object boxedA = a;
            object boxedB = b;

            Console.WriteLine("-- operators");
            Console.WriteLine("a == b " + (a == b) + ", a != b " + (a != b) + ", a == c " + (a == c));
            Console.WriteLine("object a == object b (reference) " + (boxedA == boxedB));
            Console.WriteLine("n == null " + (n == null) + ", a == null " + (a == null) + ", null == n " + (null == n));
            Console.WriteLine("\"\" == string.Empty " + ("" == string.Empty) + ", \"\" == null " + ("" == n));

            Console.WriteLine("-- Equals");
            Console.WriteLine("a.Equals(b) " + a.Equals(b));
            Console.WriteLine("a.Equals(boxedB) " + a.Equals(boxedB));
            Console.WriteLine("a.Equals((object)5) " + a.Equals((object)5));
            Console.WriteLine("a.Equals((string)null) " + a.Equals(n));
            Console.WriteLine("a.Equals((object)null) " + a.Equals((object)null));
            Console.WriteLine("a.Equals(c) " + a.Equals(c));
            Console.WriteLine("a.Equals(c, Ordinal) " + a.Equals(c, StringComparison.Ordinal));
            Console.WriteLine("a.Equals(c, OrdinalIgnoreCase) " + a.Equals(c, StringComparison.OrdinalIgnoreCase));
            Console.WriteLine("string.Equals(a, b) " + string.Equals(a, b));
            Console.WriteLine("string.Equals(null, null) " + string.Equals(n, n));
            Console.WriteLine("string.Equals(a, null) " + string.Equals(a, n));
            Console.WriteLine("string.Equals(null, null, OIC) " + string.Equals(n, n, StringComparison.OrdinalIgnoreCase));
            Console.WriteLine("string.Equals(null, \"\", OIC) " + string.Equals(n, "", StringComparison.OrdinalIgnoreCase));
            Console.WriteLine("object.Equals(boxedA, boxedB) " + object.Equals(boxedA, boxedB));
            Console.WriteLine("\"a\\0\" vs \"a\" " + "a\0".Equals("a") + ", lengths " + "a\0".Length + " " + "a".Length);
            Console.WriteLine("\"\\u00E9\" precomposed vs decomposed ordinal equal " + "\u00E9".Equals("e\u0301") + " (lengths " + "\u00E9".Length + "," + "e\u0301".Length + ")");
            try { Console.WriteLine(n.Equals(a)); }
            catch (Exception e) { Console.WriteLine("null.Equals threw " + e.GetType().FullName); }
            try { Console.WriteLine(a.Equals(b, (StringComparison)42)); }
            catch (Exception e) { Console.WriteLine("bad StringComparison threw " + e.GetType().FullName); }

            Console.WriteLine("-- interning");
            string lit1 = "literal";
            string lit2 = Lit();
            string built = new string("literal".ToCharArray());
            Console.WriteLine("two literals same reference " + ReferenceEquals(lit1, lit2));
            Console.WriteLine("built same reference " + ReferenceEquals(lit1, built) + " equal " + (lit1 == built));
            Console.WriteLine("Intern(built) same as literal " + ReferenceEquals(string.Intern(built), lit1));
            Console.WriteLine("IsInterned(built) same as literal " + ReferenceEquals(string.IsInterned(built), lit1));
            Console.WriteLine("string.Empty same reference as \"\" " + ReferenceEquals(string.Empty, ""));
            Console.WriteLine("concat of literals is interned " + ReferenceEquals("lit" + "eral", lit1));
            string part = "lit";
            Console.WriteLine("runtime concat same reference " + ReferenceEquals(part + "eral", lit1));

            Console.WriteLine("-- IsNullOrEmpty / IsNullOrWhiteSpace");
            string[] tests = { null, "", " ", "\t", "\r\n", "\u00A0", "\u2000\u3000", "\u200B", "\0", " x ", "x", "\u0085", "\u1680", "\uFEFF" };
            foreach (string t in tests)
            {
                string label = t == null ? "null" : "[" + string.Join(",", Array.ConvertAll(t.ToCharArray(), ch => ((int)ch).ToString("X4"))) + "]";
                Console.WriteLine(label + " empty " + string.IsNullOrEmpty(t) + " white " + string.IsNullOrWhiteSpace(t));
            }

            Console.WriteLine("-- hashing agrees with equality");
            Console.WriteLine("hash(a) == hash(b) " + (a.GetHashCode() == b.GetHashCode()));
            Console.WriteLine("OIC hash(a) == OIC hash(c) " + (StringComparer.OrdinalIgnoreCase.GetHashCode(a) == StringComparer.OrdinalIgnoreCase.GetHashCode(c)));
            Dictionary<string, int> d = new Dictionary<string, int>();
            d[a] = 1;
            d[b] = 2;
            d[c] = 3;
            Console.WriteLine("dictionary count " + d.Count + " d[\"hello\"]=" + d["hello"] + " d[\"Hello\"]=" + d["Hello"]);
            HashSet<string> set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Apple", "APPLE", "apple", "Banana" };
            Console.WriteLine("ignore-case set count " + set.Count + " contains aPPle " + set.Contains("aPPle") + " first kept " + (set.Contains("Apple")));
            List<string> list = new List<string> { "x", null, "y", b };
            Console.WriteLine("list IndexOf(\"hello\") " + list.IndexOf("hello") + " Contains(null) " + list.Contains(null) + " IndexOf(null) " + list.IndexOf(null));
            Console.WriteLine("Array.IndexOf " + Array.IndexOf(new[] { "p", "q", "hello" }, a));
            return 0;
        }
    }
}
