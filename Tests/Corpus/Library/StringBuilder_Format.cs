// StringBuilder formatting helpers: AppendFormat (1/2/3/params args,
// IFormatProvider, alignment and format strings, escaped braces, errors),
// AppendLine (with and without text; Environment.NewLine, printed as
// code points), AppendJoin (string and char separators, objects,
// IEnumerable<T>), a report table built from chained calls, and
// StringBuilder as the target of string.Join-like loops.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Library.StringBuilder_Format
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static string Codes(string s)
        {
            StringBuilder r = new StringBuilder();
            foreach (char c in s) r.Append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c.ToString());
            return r.ToString();
        }

        static void Try(string label, Func<StringBuilder> f)
        {
            try { Console.WriteLine(label + " -> \"" + Codes(f().ToString()) + "\""); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- AppendFormat");
            Try("one arg", () => new StringBuilder("x=").AppendFormat(Inv, "{0}", 5));
            Try("two args", () => new StringBuilder().AppendFormat(Inv, "{1}-{0}", "a", "b"));
            Try("three args", () => new StringBuilder().AppendFormat(Inv, "{0}{1}{2}{0}", 1, 2, 3));
            Try("params", () => new StringBuilder().AppendFormat(Inv, "{3}{2}{1}{0}", 'a', 'b', 'c', 'd'));
            Try("alignment", () => new StringBuilder().AppendFormat(Inv, "[{0,6}][{0,-6}][{1,4:X}]", "ab", 255));
            Try("formats", () => new StringBuilder().AppendFormat(Inv, "{0:F2} {1:N0} {2:P1} {3:D5} {4:E2}", 3.14159, 1234567, 0.256, 42, 12345.678));
            Try("escaped braces", () => new StringBuilder().AppendFormat(Inv, "{{{0}}} {{literal}}", 7));
            Try("null arg", () => new StringBuilder().AppendFormat(Inv, "[{0}]", (object)null));
            Try("missing arg", () => new StringBuilder().AppendFormat(Inv, "{1}", 1));
            Try("bad format", () => new StringBuilder().AppendFormat(Inv, "{0", 1));
            Try("null format", () => new StringBuilder().AppendFormat(Inv, null, 1));
            Try("partial output on error is kept?", () => { StringBuilder sb = new StringBuilder("pre:"); try { sb.AppendFormat(Inv, "ok {0} then {5}", 1); } catch (FormatException) { sb.Append("|caught"); } return sb; });
            Try("custom provider", () => new StringBuilder().AppendFormat(new UpperProvider(), "{0} and {1:x}", "word", "Thing"));

            Console.WriteLine("-- AppendLine");
            Console.WriteLine("Environment.NewLine length " + Environment.NewLine.Length);
            StringBuilder l = new StringBuilder();
            l.AppendLine("first").AppendLine().AppendLine((string)null).Append("last");
            Console.WriteLine("lines: \"" + Codes(l.ToString()) + "\" line count " + l.ToString().Split('\n').Length);
            string nl = new StringBuilder().AppendLine().ToString();
            Console.WriteLine("AppendLine() == Environment.NewLine " + (nl == Environment.NewLine));

            Console.WriteLine("-- AppendJoin");
            Try("AppendJoin string sep", () => new StringBuilder("<").AppendJoin(", ", "a", "b", "c").Append('>'));
            Try("AppendJoin char sep", () => new StringBuilder().AppendJoin('|', 1, 2, 3));
            Try("AppendJoin IEnumerable<int>", () => new StringBuilder().AppendJoin("+", new List<int> { 4, 5, 6 }));
            Try("AppendJoin with nulls", () => new StringBuilder().AppendJoin("-", new object[] { null, "x", null }));
            Try("AppendJoin empty", () => new StringBuilder("e").AppendJoin(",", new string[0]));
            Try("AppendJoin single", () => new StringBuilder().AppendJoin(",", new[] { "solo" }));

            Console.WriteLine("-- report");
            var rows = new[] { new { Item = "Widget", Qty = 3, Price = 4.5m }, new { Item = "Gadget, large", Qty = 12, Price = 19.99m }, new { Item = "Nut", Qty = 1000, Price = 0.015m } };
            StringBuilder r = new StringBuilder();
            r.AppendFormat(Inv, "{0,-15}|{1,6}|{2,10}", "Item", "Qty", "Total").Append('\n');
            r.Append('-', 33).Append('\n');
            decimal grand = 0;
            foreach (var row in rows)
            {
                decimal total = row.Qty * row.Price;
                grand += total;
                r.AppendFormat(Inv, "{0,-15}|{1,6:N0}|{2,10:F2}", row.Item, row.Qty, total).Append('\n');
            }
            r.Append('=', 33).Append('\n').AppendFormat(Inv, "{0,-15}|{1,6}|{2,10:F2}", "TOTAL", "", grand);
            Console.WriteLine(r.ToString());
            Console.WriteLine("report length " + r.Length + " lines " + r.ToString().Split('\n').Length);
            return 0;
        }
    }

    public class UpperProvider : IFormatProvider, ICustomFormatter
    {
        public object GetFormat(Type t) { return t == typeof(ICustomFormatter) ? this : null; }
        public string Format(string format, object arg, IFormatProvider p)
        {
            string s = arg == null ? "" : arg.ToString();
            return format == "x" ? "<" + s.ToLowerInvariant() + ">" : s.ToUpperInvariant();
        }
    }
}
