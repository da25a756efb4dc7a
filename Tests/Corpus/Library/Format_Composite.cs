// Composite formatting: string.Format with 1/2/3/params arguments,
// alignment (positive, negative, wider and narrower than the value),
// alignment combined with format strings, brace escaping, repeated and
// out-of-order indices, null arguments, IFormattable arguments, malformed
// format strings (FormatException), and string interpolation (which mcs
// lowers to string.Format).
using System;
using System.Globalization;

namespace Corpus.Library.Format_Composite
{
    public class Temp : IFormattable
    {
        public double Celsius;
        public Temp(double c) { Celsius = c; }
        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format == "" || format == "C") return Celsius.ToString("0.0", CultureInfo.InvariantCulture) + "C";
            if (format == "F") return (Celsius * 9 / 5 + 32).ToString("0.0", CultureInfo.InvariantCulture) + "F";
            throw new FormatException("unknown format '" + format + "'");
        }
        public override string ToString() { return "Temp(" + Celsius.ToString(CultureInfo.InvariantCulture) + ")"; }
    }

    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static void Try(string fmt, params object[] args)
        {
            try { Console.WriteLine("[" + fmt + "] -> [" + string.Format(Inv, fmt, args) + "]"); }
            catch (Exception e) { Console.WriteLine("[" + fmt + "] threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- alignment");
            Try("{0,8}|", "abc");
            Try("{0,-8}|", "abc");
            Try("{0,2}|", "abcdef");
            Try("{0,-2}|", "abcdef");
            Try("{0,0}|", "x");
            Try("{0,8:D4}|", 42);
            Try("{0,-8:X}|", 255);
            Try("{0,10:F3}|{1,-10:F1}|", 3.14159, -2.5);
            Try("{0,6}|{0,-6}|{0}", 7);
            Try("{0, 5}|", 1);
            Try("{0 ,5}|", 1);
            Try("{0,  -5}|", 1);
            Try("{0,5 }|", 1);
            Try("{0,5:000}|", 1);
            Try("{0,-30}|{1,30}|", "x", "y");

            Console.WriteLine("-- escaping");
            Try("{{}}");
            Try("{{{0}}}", 5);
            Try("{{0}}", 5);
            Try("a{{b}}c{0}d}}e", 1);
            Try("}}{{", 1);

            Console.WriteLine("-- indices and arguments");
            Try("{1}{0}{1}{2}", "a", "b", "c");
            Try("{0}{0}{0}", "x");
            Try("[{0}] [{1}]", null, "n");
            Try("{0}", new object[] { null });
            Try("{0:D3}", (object)null);
            Try("{10}", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            Try("{0}{1}{2}{3}{4}", 1, 2L, 3.5m, 'c', true);

            Console.WriteLine("-- IFormattable");
            Temp t = new Temp(21.5);
            Try("{0}", t);
            Try("{0:C}", t);
            Try("{0:F}", t);
            Try("{0,10:F}|", t);
            Try("{0:K}", t);
            Console.WriteLine("ToString() " + t.ToString() + ", interpolation " + $"{t} {t:F}");

            Console.WriteLine("-- malformed");
            Try("{0", 1);
            Try("{0}}", 1);
            Try("{{0}", 1);
            Try("}", 1);
            Try("{", 1);
            Try("{1}", 1);
            Try("{-1}", 1);
            Try("{a}", 1);
            Try("{0,}", 1);
            Try("{0,x}", 1);
            Try("{0:}", 1);
            Try("{}", 1);
            Try("{ 0}", 1);
            Try("{0 }", 1);

            Console.WriteLine("-- overloads");
            Console.WriteLine(string.Format(Inv, "{0}", 1));
            Console.WriteLine(string.Format(Inv, "{0}{1}", 1, 2));
            Console.WriteLine(string.Format(Inv, "{0}{1}{2}", 1, 2, 3));
            Console.WriteLine(string.Format(Inv, "{0}{1}{2}{3}", 1, 2, 3, 4));
            Console.WriteLine(string.Format("{0}-{1}", "no", "provider"));
            try { string.Format(Inv, null, 1); }
            catch (Exception e) { Console.WriteLine("null format threw " + e.GetType().FullName); }
            try { string.Format(Inv, "{0}", (object[])null); }
            catch (Exception e) { Console.WriteLine("null args threw " + e.GetType().FullName); }

            Console.WriteLine("-- interpolation");
            int i = 42; string s = "str"; string ns = null; double d = 1.5;
            Console.WriteLine($"plain {i} {s} [{ns}] {d.ToString(Inv)}");
            Console.WriteLine($"aligned [{i,5}] [{i,-5}] [{s,6}] [{s,-6}]");
            Console.WriteLine($"formatted [{i:X4}] [{i:D6}] [{i,8:N0}]");
            Console.WriteLine($"braces {{{i}}} {{i}}");
            Console.WriteLine($"nested {$"<{i}>"} cond {(i > 40 ? "big" : "small")}");
            Console.WriteLine($"{i}{i}{i}{i}{i}{i}{i}{i}{i}{i}");
            FormattableString fs = $"fs {i:D3} and {s}";
            Console.WriteLine("FormattableString format [" + fs.Format + "] count " + fs.ArgumentCount + " arg0 " + fs.GetArgument(0) + " -> " + fs.ToString(Inv));
            Console.WriteLine(FormattableString.Invariant($"inv {d:F2} {1234567:N0}"));
            return 0;
        }
    }
}
