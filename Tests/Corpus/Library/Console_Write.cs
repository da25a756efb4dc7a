// Console.Write / Console.WriteLine overloads: bool ("True"), char,
// char[] (whole and range), every numeric type, decimal, string, null
// string and null object (print nothing), objects with ToString (incl. one
// returning null), composite format overloads with 1/2/3/4+ arguments and
// params arrays, Write without newline followed by WriteLine(), and
// Environment.NewLine (its length, not its bytes, since programs should
// not depend on it beyond "\n" on Linux). Returns exit code 3 on purpose.
using System;
using System.Globalization;

namespace Corpus.Library.Console_Write
{
    public class Named { public override string ToString() { return "Named!"; } }
    public class NullString { public override string ToString() { return null; } }

    public static class Program
    {
        public static int Main()
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Console.WriteLine("NewLine length " + Environment.NewLine.Length + " is \\n " + (Environment.NewLine == "\n"));
            Console.WriteLine(true);
            Console.WriteLine(false);
            Console.WriteLine('c');
            Console.WriteLine(new[] { 'a', 'b', 'c', 'd' });
            Console.WriteLine(new[] { 'a', 'b', 'c', 'd' }, 1, 2);
            Console.WriteLine(42);
            Console.WriteLine(-42L);
            Console.WriteLine(42u);
            Console.WriteLine(ulong.MaxValue);
            Console.WriteLine(1.5);
            Console.WriteLine(-0.25f);
            Console.WriteLine(10.50m);
            Console.WriteLine("string");
            Console.WriteLine((string)null);
            Console.WriteLine((object)null);
            Console.WriteLine(new Named());
            Console.WriteLine(new NullString());
            Console.WriteLine((object)7);
            Console.WriteLine(DayOfWeek.Friday);
            Console.WriteLine();
            Console.WriteLine("-- Write without newline");
            Console.Write(true); Console.Write(' '); Console.Write(1); Console.Write(' '); Console.Write(2L); Console.Write(' '); Console.Write(3.5); Console.Write(' ');
            Console.Write(4.5f); Console.Write(' '); Console.Write(5.5m); Console.Write(' '); Console.Write('x'); Console.Write(' '); Console.Write(new[] { 'y', 'z' });
            Console.Write(' '); Console.Write(new[] { 'p', 'q', 'r' }, 2, 1); Console.Write(' '); Console.Write((string)null); Console.Write((object)null); Console.Write(new Named());
            Console.Write(6u); Console.Write(' '); Console.Write(7ul);
            Console.WriteLine();
            Console.WriteLine("-- composite formats");
            Console.WriteLine("{0}", 1);
            Console.WriteLine("{0} {1}", "a", 2);
            Console.WriteLine("{0} {1} {2}", 'x', 3.5, true);
            Console.WriteLine("{0} {1} {2} {3}", 1, 2, 3, 4);
            Console.WriteLine("{0}-{1}-{2}-{3}-{4}", 1, 2, 3, 4, 5);
            Console.WriteLine("{1}{0}", new object[] { "b", "a" });
            Console.WriteLine("[{0,5}] [{0,-5}] [{1:X4}] [{2:F3}]", "ab", 255, 2.5);
            Console.WriteLine("null arg: [{0}]", (object)null);
            Console.WriteLine("{{escaped}} {0}", 9);
            Console.Write("{0}+{1}=", 2, 3);
            Console.Write("{0}", 5);
            Console.Write("{0}{1}{2}", '!', '!', '\n');
            Console.Write("{0}{1}{2}{3}\n", "four", " ", "args", ".");
            try { Console.WriteLine("{1}", 1); } catch (Exception e) { Console.WriteLine("bad index: " + e.GetType().FullName); }
            try { Console.WriteLine("{0", 1); } catch (Exception e) { Console.WriteLine("bad format: " + e.GetType().FullName); }
            Console.WriteLine("no format items {0} placeholder-free", (object)"ignored?");
            Console.WriteLine("literal braces without args {0}");
            Console.WriteLine("unicode: \u00e9\u4e2d\U0001F600 tab:\tend");
            Console.WriteLine("embedded\nnewline (no CR is printed anywhere, so the files survive line-ending normalisation)");
            Console.WriteLine("exit code follows");
            return 3;
        }
    }
}
