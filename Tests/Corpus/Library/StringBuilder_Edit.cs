// Editing a StringBuilder in place: Insert (every position, repeat count,
// objects and value types), Remove (ranges, bounds), Replace (string and
// char, whole and ranged, empty/null arguments, growing and shrinking,
// overlapping matches), the indexer (get/set and bounds), Length setter
// (truncate and extend with '\0'), Clear, ToString(start, length),
// CopyTo, Equals(StringBuilder), and a buffer that spans many chunks.
using System;
using System.Text;

namespace Corpus.Library.StringBuilder_Edit
{
    public static class Program
    {
        static string Q(StringBuilder sb) { return "\"" + sb.ToString().Replace("\0", "\\0") + "\" (" + sb.Length + ")"; }

        static void Try(string label, Func<object> f)
        {
            try
            {
                object r = f();
                Console.WriteLine(label + " -> " + (r is StringBuilder ? Q((StringBuilder)r) : r));
            }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- Insert");
            for (int i = 0; i <= 3; i++)
            {
                int p = i;
                Try("Insert(" + p + ", \"XY\")", () => new StringBuilder("abc").Insert(p, "XY"));
            }
            Try("Insert(4, ...)", () => new StringBuilder("abc").Insert(4, "XY"));
            Try("Insert(-1, ...)", () => new StringBuilder("abc").Insert(-1, "XY"));
            Try("Insert(1, \"-\", 3)", () => new StringBuilder("ab").Insert(1, "-", 3));
            Try("Insert(1, \"-\", 0)", () => new StringBuilder("ab").Insert(1, "-", 0));
            Try("Insert(1, \"-\", -1)", () => new StringBuilder("ab").Insert(1, "-", -1));
            Try("Insert(1, null)", () => new StringBuilder("ab").Insert(1, (string)null));
            Try("Insert values", () => new StringBuilder("|").Insert(0, 42).Insert(0, true).Insert(0, 'c').Insert(0, 2.5m).Insert(0, (object)null).Insert(0, new[] { 'x', 'y' }));
            Try("Insert(char[], 1, 1)", () => new StringBuilder("ab").Insert(1, new[] { 'p', 'q', 'r' }, 1, 1));

            Console.WriteLine("-- Remove");
            Try("Remove(1, 2)", () => new StringBuilder("abcdef").Remove(1, 2));
            Try("Remove(0, 6)", () => new StringBuilder("abcdef").Remove(0, 6));
            Try("Remove(6, 0)", () => new StringBuilder("abcdef").Remove(6, 0));
            Try("Remove(5, 2)", () => new StringBuilder("abcdef").Remove(5, 2));
            Try("Remove(-1, 1)", () => new StringBuilder("abcdef").Remove(-1, 1));
            Try("Remove(1, -1)", () => new StringBuilder("abcdef").Remove(1, -1));

            Console.WriteLine("-- Replace");
            Try("Replace(\"an\", \"AN\")", () => new StringBuilder("banana bandana").Replace("an", "AN"));
            Try("Replace(\"a\", \"\")", () => new StringBuilder("banana").Replace("a", ""));
            Try("Replace(\"a\", null)", () => new StringBuilder("banana").Replace("a", null));
            Try("Replace(\"na\", \"nana\")", () => new StringBuilder("banana").Replace("na", "nana"));
            Try("Replace(\"aa\", \"a\") in aaaaa", () => new StringBuilder("aaaaa").Replace("aa", "a"));
            Try("Replace(\"\", \"x\")", () => new StringBuilder("ab").Replace("", "x"));
            Try("Replace(null, \"x\")", () => new StringBuilder("ab").Replace(null, "x"));
            Try("Replace('a', 'o')", () => new StringBuilder("banana").Replace('a', 'o'));
            Try("Replace('a', 'o', 2, 3)", () => new StringBuilder("banana").Replace('a', 'o', 2, 3));
            Try("Replace(\"an\", \"_\", 2, 4)", () => new StringBuilder("banana").Replace("an", "_", 2, 4));
            Try("Replace(\"an\", \"_\", 2, 2)", () => new StringBuilder("banana").Replace("an", "_", 2, 2));
            Try("Replace(\"an\", \"_\", 4, 5)", () => new StringBuilder("banana").Replace("an", "_", 4, 5));
            Try("Replace case-sensitive", () => new StringBuilder("Banana").Replace("b", "c"));

            Console.WriteLine("-- indexer / Length / Clear");
            StringBuilder sb = new StringBuilder("hello");
            sb[0] = 'J';
            sb[4] = '!';
            Console.WriteLine("after set: " + Q(sb) + " sb[1] " + sb[1]);
            Try("sb[5]", () => sb[5]);
            Try("sb[5] = 'x'", () => { sb[5] = 'x'; return sb; });
            Try("sb[-1]", () => sb[-1]);
            sb.Length = 3;
            Console.WriteLine("Length = 3: " + Q(sb));
            sb.Length = 6;
            Console.WriteLine("Length = 6: " + Q(sb) + " codes " + (int)sb[3] + "," + (int)sb[5]);
            sb.Append('Z');
            Console.WriteLine("append after extend: " + Q(sb));
            Try("Length = -1", () => { sb.Length = -1; return sb; });
            sb.Clear();
            Console.WriteLine("Clear: " + Q(sb) + " reuse: " + Q(sb.Append("again")));
            sb.Length = 0;
            Console.WriteLine("Length = 0: " + Q(sb));

            Console.WriteLine("-- ToString(start, length) / CopyTo / Equals");
            StringBuilder t = new StringBuilder("0123456789");
            Try("ToString(2, 3)", () => t.ToString(2, 3));
            Try("ToString(10, 0)", () => "[" + t.ToString(10, 0) + "]");
            Try("ToString(8, 3)", () => t.ToString(8, 3));
            Try("ToString(-1, 1)", () => t.ToString(-1, 1));
            char[] dest = "..........".ToCharArray();
            t.CopyTo(3, dest, 1, 4);
            Console.WriteLine("CopyTo " + new string(dest));
            Try("CopyTo overflow", () => { t.CopyTo(8, dest, 0, 4); return new string(dest); });
            Console.WriteLine("Equals same content " + new StringBuilder("x").Equals(new StringBuilder("x")) + " different " + new StringBuilder("x").Equals(new StringBuilder("y")) + " null " + new StringBuilder("x").Equals((StringBuilder)null));

            Console.WriteLine("-- many chunks");
            StringBuilder chunks = new StringBuilder(4);
            for (int i = 0; i < 300; i++) chunks.Append((char)('A' + i % 26));
            chunks.Insert(150, "<mid>");
            chunks.Remove(10, 100);
            chunks.Replace("ABC", "abc");
            chunks[0] = '#';
            string s = chunks.ToString();
            Console.WriteLine("length " + s.Length + " start " + s.Substring(0, 20) + " around mid " + s.Substring(35, 20) + " end " + s.Substring(s.Length - 15));
            int lower = 0;
            for (int i = 0; i < chunks.Length; i++) if (char.IsLower(chunks[i])) lower++;
            Console.WriteLine("lower-case letters " + lower + " ToString(40, 10) " + chunks.ToString(40, 10));
            return 0;
        }
    }
}
