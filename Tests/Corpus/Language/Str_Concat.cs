// String concatenation: null operands become "", concatenating values of every primitive
// type (their invariant ToString), chars, bools, enums, objects with and without ToString
// overrides, a ToString that returns null, string.Concat overloads (2, 3, 4, many, object[],
// IEnumerable), compound += in loops, StringBuilder (Append of every type, Insert, Remove,
// Replace, indexer, Length changes), string.Join variants and composite formatting with
// alignment and integer format specifiers. Floating values are limited to exactly
// representable short decimals.
using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus
{
    enum Mood { Happy, Sad }
    class Named { public override string ToString() { return "Named!"; } }
    class NullToString { public override string ToString() { return null; } }
    class Plain { }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("-- null operands");
            string n = null;
            object on = null;
            Console.WriteLine("[" + ("a" + n) + "] [" + (n + "b") + "] [" + (n + n) + "] [" + (n + on) + "] length " + (n + n).Length);
            Console.WriteLine("Concat(null, null) is empty: " + (string.Concat(n, n) == "") + ", Concat((object)null) '" + string.Concat(on) + "'");

            Console.WriteLine("-- values");
            Console.WriteLine("int " + 42 + " neg " + -7 + " long " + long.MinValue + " uint " + uint.MaxValue + " ulong " + ulong.MaxValue + " byte " + (byte)255 + " sbyte " + (sbyte)-128 + " short " + short.MinValue);
            Console.WriteLine("char " + 'c' + " bool " + true + "/" + false + " decimal " + 1.50m + " double " + 0.5 + " " + 2.25 + " float " + 0.25f + " enum " + Mood.Sad);
            Console.WriteLine("char + char is int: " + ('a' + 'b') + ", \"\" + 'a' + 'b' = " + ("" + 'a' + 'b') + ", 1 + 2 + \"x\" = " + (1 + 2 + "x") + ", \"x\" + 1 + 2 = " + ("x" + 1 + 2));
            Console.WriteLine("objects: " + new Named() + " | " + new Plain() + " | [" + new NullToString() + "] | " + new int[0].GetType().Name);
            Console.WriteLine("nullable: [" + (int?)null + "] [" + (int?)5 + "]");

            Console.WriteLine("-- Concat overloads");
            Console.WriteLine(string.Concat("a", "b") + " " + string.Concat("a", "b", "c") + " " + string.Concat("a", "b", "c", "d") + " " + string.Concat("a", "b", "c", "d", "e", "f"));
            Console.WriteLine(string.Concat(1, 'x', 2.5m) + " " + string.Concat(new object[] { 1, null, "z" }) + " " + string.Concat(new List<string> { "l", "i", "s", "t" }) + " " + string.Concat(new List<int> { 1, 2, 3 }));
            Console.WriteLine(string.Concat(new string[] { "x", null, "y" }) + " " + string.Concat(new string[0]).Length);

            Console.WriteLine("-- += in a loop");
            string acc = "";
            for (int i = 0; i < 10; i++) acc += i % 3 == 0 ? i.ToString() : "-";
            Console.WriteLine(acc + " length " + acc.Length);
            string big = "";
            for (int i = 0; i < 500; i++) big += (char)('a' + i % 26);
            Console.WriteLine("500 chars, [499] = " + big[499] + ", count of 'z' = " + (big.Length - big.Replace("z", "").Length));

            Console.WriteLine("-- StringBuilder");
            var sb = new StringBuilder();
            sb.Append("x").Append(1).Append('c').Append(true).Append(2.5m).Append((object)null).Append(Mood.Happy).Append(-3L).Append(new char[] { 'h', 'i' }).Append("abcdef", 2, 3);
            Console.WriteLine(sb.ToString() + " length " + sb.Length);
            sb.Insert(0, "[").Append(']');
            sb.Replace("True", "T");
            sb.Remove(1, 2);
            Console.WriteLine(sb + " length " + sb.Length);
            sb[0] = '{';
            sb[sb.Length - 1] = '}';
            Console.WriteLine(sb + ", sb[2] = " + sb[2]);
            sb.Length = 4;
            Console.WriteLine("truncated: " + sb);
            sb.Length = 6;
            Console.WriteLine("extended with NULs: length " + sb.Length + ", last char code " + (int)sb[5]);
            sb.Clear();
            sb.Append('-', 5).AppendLine().Append("end");
            Console.WriteLine("Append(char, count) + AppendLine: " + sb.ToString().Replace(Environment.NewLine, "<NL>"));
            var sb2 = new StringBuilder("abc");
            sb2.Insert(1, "XY", 2);
            Console.WriteLine("Insert(1, \"XY\", 2): " + sb2 + ", ToString(1, 3): " + sb2.ToString(1, 3));

            Console.WriteLine("-- Join");
            Console.WriteLine(string.Join(",", new[] { "a", "b", "c" }) + " | " + string.Join(" - ", new object[] { 1, null, 'z' }) + " | " + string.Join("", new List<int> { 4, 5 }) + " | [" + string.Join(",", new string[0]) + "] | " + string.Join(", ", new[] { "only" }));
            Console.WriteLine(string.Join("/", new[] { "a", "b", "c", "d" }, 1, 2) + " | " + string.Join(",", new string[] { null, "", null }) + " | " + string.Join(null, new[] { "x", "y" }));

            Console.WriteLine("-- composite formatting");
            Console.WriteLine(string.Format("[{0}] [{1}] [{0}]", "a", 7));
            Console.WriteLine(string.Format("[{0,5}] [{0,-5}] [{1,3}] [{1,-3}]", "ab", 7));
            Console.WriteLine(string.Format("[{0:D5}] [{0:X}] [{0:x8}] [{1:N0}] [{2:D}] [{3:X4}]", 255, 1234567, -42, (byte)171));
            Console.WriteLine(string.Format("{{literal braces}} {0}", "x"));
            Console.WriteLine(string.Format("[{0}] [{1}]", null, new Named()));
            Console.WriteLine($"interpolated {1 + 1} {"s",3}|{'c',-2}|{255:X} {Mood.Sad}");
            try { Console.WriteLine(string.Format("{1}", "only one")); }
            catch (FormatException e) { Console.WriteLine("bad index -> " + e.GetType().Name); }
        }
    }
}
