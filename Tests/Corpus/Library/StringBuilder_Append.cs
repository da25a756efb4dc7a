// StringBuilder.Append overloads: string (null, empty), string with start
// and count, char, char repeated, char[] (null, range), bool, every integer
// type, float/double/decimal (invariant culture set for the thread so the
// result does not depend on the machine), object (null, user ToString
// returning null), StringBuilder, chaining, Length/Capacity relation, and
// building a large string in many small appends.
using System;
using System.Globalization;
using System.Text;

namespace Corpus.Library.StringBuilder_Append
{
    public class Thing { public override string ToString() { return "Thing!"; } }
    public class NullThing { public override string ToString() { return null; } }

    public static class Program
    {
        static string Q(StringBuilder sb) { return "\"" + sb.ToString().Replace("\0", "\\0").Replace("\n", "\\n") + "\" (" + sb.Length + ")"; }

        static void Try(string label, Func<StringBuilder> f)
        {
            try { Console.WriteLine(label + " -> " + Q(f())); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            StringBuilder sb = new StringBuilder();
            Console.WriteLine("new: " + Q(sb) + " capacity >= 16 " + (sb.Capacity >= 16));
            sb.Append("abc").Append((string)null).Append("").Append('d').Append('e', 3).Append('f', 0);
            Console.WriteLine("strings and chars: " + Q(sb));
            Try("Append('x', -1)", () => new StringBuilder().Append('x', -1));
            Try("Append(\"hello world\", 6, 5)", () => new StringBuilder("[").Append("hello world", 6, 5).Append(']'));
            Try("Append(string, 6, 6)", () => new StringBuilder().Append("hello world", 6, 6));
            Try("Append(null string, 0, 0)", () => new StringBuilder("x").Append((string)null, 0, 0));
            Try("Append(null string, 0, 1)", () => new StringBuilder("x").Append((string)null, 0, 1));
            char[] chars = { 'p', 'q', 'r', 's' };
            Try("Append(char[])", () => new StringBuilder().Append(chars));
            Try("Append(char[], 1, 2)", () => new StringBuilder().Append(chars, 1, 2));
            Try("Append(char[], 3, 2)", () => new StringBuilder().Append(chars, 3, 2));
            Try("Append((char[])null)", () => new StringBuilder("n").Append((char[])null));
            Try("Append('\\0')", () => new StringBuilder("a").Append('\0').Append('b'));

            Console.WriteLine("-- value types");
            StringBuilder v = new StringBuilder();
            v.Append(true).Append('|').Append(false).Append('|')
             .Append((byte)255).Append('|').Append((sbyte)-128).Append('|').Append((short)-32768).Append('|').Append((ushort)65535).Append('|')
             .Append(int.MinValue).Append('|').Append(uint.MaxValue).Append('|').Append(long.MinValue).Append('|').Append(ulong.MaxValue).Append('|')
             .Append(1.5f).Append('|').Append(-0.25).Append('|').Append(1e21).Append('|').Append(123.4500m).Append('|').Append(-0.0001m);
            Console.WriteLine(Q(v));

            Console.WriteLine("-- objects");
            StringBuilder o = new StringBuilder();
            o.Append((object)null).Append("<").Append(new Thing()).Append(">").Append(new NullThing()).Append("<").Append((object)42).Append(">")
             .Append(DayOfWeek.Tuesday).Append(new StringBuilder("nested")).Append((StringBuilder)null).Append(new int[0].Length);
            Console.WriteLine(Q(o));
            StringBuilder self = new StringBuilder("ab");
            self.Append(self);
            Console.WriteLine("append itself " + Q(self));
            self.Append(self.ToString(), 1, 2);
            Console.WriteLine("append part of itself " + Q(self));

            Console.WriteLine("-- constructors");
            Console.WriteLine(Q(new StringBuilder("init")) + " " + Q(new StringBuilder(100)) + " " + Q(new StringBuilder("abcdef", 2, 3, 10)) + " " + Q(new StringBuilder((string)null)));
            Console.WriteLine("capacity ctor: " + (new StringBuilder(100).Capacity >= 100) + " max capacity " + new StringBuilder(10, 20).MaxCapacity);
            Try("exceeding MaxCapacity", () => new StringBuilder(2, 5).Append("123456"));
            Try("negative capacity", () => new StringBuilder(-1));
            Try("substring ctor out of range", () => new StringBuilder("abc", 2, 2, 10));

            Console.WriteLine("-- many appends");
            StringBuilder big = new StringBuilder();
            for (int i = 0; i < 10000; i++) big.Append(i % 10);
            string s = big.ToString();
            Console.WriteLine("length " + s.Length + " head " + s.Substring(0, 12) + " tail " + s.Substring(s.Length - 12) + " char 5555 = " + big[5555] + " capacity >= length " + (big.Capacity >= big.Length));
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 3; i++) lines.Append("line ").Append(i).Append('\n');
            Console.Write(lines);
            Console.WriteLine("ToString twice equal " + (lines.ToString() == lines.ToString()) + " different instances " + !ReferenceEquals(lines.ToString(), lines.ToString()));
            return 0;
        }
    }
}
