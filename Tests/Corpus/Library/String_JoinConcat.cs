// string.Join (string[]/object[]/IEnumerable<T>, start/count, char
// separator, null elements and null separator), string.Concat (2/3/4/many
// parts, objects, null handling, IEnumerable<string>), the + operator on
// mixed types, and long concatenations.
using System;
using System.Collections.Generic;

namespace Corpus.Library.String_JoinConcat
{
    public class Named
    {
        public string Name;
        public Named(string n) { Name = n; }
        public override string ToString() { return "Named(" + Name + ")"; }
    }

    public class NullToString
    {
        public override string ToString() { return null; }
    }

    public static class Program
    {
        static string Q(string s) { return s == null ? "null" : "\"" + s + "\""; }

        static void Try(string label, Func<string> f)
        {
            try { Console.WriteLine(label + " = " + Q(f())); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        static IEnumerable<int> Numbers(int n)
        {
            for (int i = 1; i <= n; i++) yield return i * i;
        }

        public static int Main()
        {
            string[] words = { "alpha", "beta", null, "", "delta" };
            Console.WriteLine("-- Join");
            Try("Join(\", \", words)", () => string.Join(", ", words));
            Try("Join(null, words)", () => string.Join(null, words));
            Try("Join(\"\", words)", () => string.Join("", words));
            Try("Join(',', words)", () => string.Join(',', words));
            Try("Join(\"-\", words, 1, 3)", () => string.Join("-", words, 1, 3));
            Try("Join(\"-\", words, 5, 0)", () => string.Join("-", words, 5, 0));
            Try("Join(\"-\", words, 4, 2)", () => string.Join("-", words, 4, 2));
            Try("Join(\"-\", words, -1, 1)", () => string.Join("-", words, -1, 1));
            Try("Join(\"-\", (string[])null)", () => string.Join("-", (string[])null));
            Try("Join(\"-\", new string[0])", () => string.Join("-", new string[0]));
            Try("Join(\"-\", single)", () => string.Join("-", new[] { "only" }));
            Try("Join(\"-\", single null)", () => string.Join("-", new string[] { null }));
            Try("Join objects", () => string.Join("/", new object[] { 1, 'c', true, null, 2.5m, new Named("n") }));
            Try("Join objects first null", () => string.Join("/", new object[] { null, "x" }));
            Try("Join object with null ToString", () => string.Join("/", new object[] { "a", new NullToString(), "b" }));
            Try("Join IEnumerable<int>", () => string.Join("+", Numbers(5)));
            Try("Join IEnumerable<int> empty", () => string.Join("+", Numbers(0)));
            Try("Join List<string>", () => string.Join(" ", new List<string> { "x", null, "z" }));
            Try("Join params", () => string.Join("|", "a", "b", "c"));
            Try("Join char params objects", () => string.Join(';', 1, 2, 3));
            Try("Join multi-char separator", () => string.Join("<=>", "L", "R"));

            Console.WriteLine("-- Concat");
            string n = null;
            object on = null;
            Try("Concat(a,b)", () => string.Concat("a", "b"));
            Try("Concat(null,null)", () => string.Concat(n, n));
            Try("Concat(null,b)", () => string.Concat(n, "b"));
            Try("Concat(a,b,c)", () => string.Concat("a", "b", "c"));
            Try("Concat(a,b,c,d)", () => string.Concat("a", "b", "c", "d"));
            Try("Concat(5 strings)", () => string.Concat(new[] { "a", "b", null, "d", "e" }));
            Try("Concat(object)", () => string.Concat(on));
            Try("Concat(object 42)", () => string.Concat((object)42));
            Try("Concat(objects)", () => string.Concat(1, 2.5, 'x', true, on));
            Try("Concat(object[] with NullToString)", () => string.Concat(new object[] { "a", new NullToString(), "b" }));
            Try("Concat(IEnumerable<string>)", () => string.Concat(new List<string> { "p", "q", null, "r" }));
            Try("Concat(IEnumerable<int>)", () => string.Concat(Numbers(4)));
            Try("Concat(string[] null)", () => string.Concat((string[])null));
            Try("Concat(empty array)", () => string.Concat(new string[0]));

            Console.WriteLine("-- operator +");
            int i = 7; long l = -8; char c = 'Z'; bool b = false; double d = 0.5; decimal m = 1.50m;
            Named named = new Named("x"); Named nullNamed = null;
            Try("mixed +", () => "i=" + i + " l=" + l + " c=" + c + " b=" + b + " d=" + d + " m=" + m);
            Try("numbers first", () => i + l + "|" + i + l);
            Try("char + char", () => (c + c) + "|" + c + c);
            Try("null + null string", () => n + n);
            Try("object +", () => named + "/" + nullNamed + "/" + new NullToString());
            Try("+= loop", () => { string acc = ""; for (int k = 0; k < 10; k++) acc += k; return acc; });
            string many = "";
            for (int k = 0; k < 1000; k++) many += (char)('a' + k % 26);
            Console.WriteLine("1000-char string length " + many.Length + " head " + many.Substring(0, 30) + " tail " + many.Substring(970));
            string parts = "a" + "b" + n + "c" + i + "d" + c + "e" + b + "f" + named + "g" + m + "h";
            Console.WriteLine("many parts " + Q(parts) + " length " + parts.Length);
            const string folded = "con" + "stant" + " " + "fold";
            Console.WriteLine("folded " + folded + " interned same " + ((object)folded == (object)"constant fold"));
            string built = string.Concat("constant", " ", "fold");
            Console.WriteLine("built equal " + (built == folded) + " same ref " + ((object)built == (object)folded) + " interned ref " + ((object)string.Intern(built) == (object)folded));
            Console.WriteLine("IsInterned(new) " + Q(string.IsInterned(new string('q', 17) + "#unique#")));
            return 0;
        }
    }
}
