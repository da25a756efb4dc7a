// TimeSpan: constructors (h/m/s, d/h/m/s, d/h/m/s/ms, ticks) incl.
// normalisation of out-of-range parts and negative parts, components vs
// Total* properties, FromDays/Hours/Minutes/Seconds/Milliseconds/Ticks with
// whole-millisecond values, arithmetic (+, -, unary -, Duration, Negate,
// multiplication/division through ticks), overflow (MaxValue + 1 tick,
// Negate(MinValue)), comparisons, ToString() ("c"), "g", "G" and custom
// formats (invariant), Parse / TryParse / ParseExact, and Zero/MinValue/
// MaxValue. Sub-millisecond From* inputs are in TimeSpan_FromDouble.
using System;
using System.Globalization;

namespace Corpus.Library.TimeSpan_Basics
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static void Try(string label, Func<object> f)
        {
            try
            {
                object r = f();
                Console.WriteLine(label + " = " + (r is TimeSpan ? ((TimeSpan)r).ToString() + " (" + ((TimeSpan)r).Ticks + " ticks)" : Convert.ToString(r, Inv)));
            }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- construction");
            Try("new TimeSpan(1, 2, 3)", () => new TimeSpan(1, 2, 3));
            Try("new TimeSpan(1, 2, 3, 4)", () => new TimeSpan(1, 2, 3, 4));
            Try("new TimeSpan(1, 2, 3, 4, 500)", () => new TimeSpan(1, 2, 3, 4, 500));
            Try("new TimeSpan(0, 0, 90)", () => new TimeSpan(0, 0, 90));
            Try("new TimeSpan(0, 25, 61, 61)", () => new TimeSpan(0, 25, 61, 61));
            Try("new TimeSpan(1, -1, 0, 0)", () => new TimeSpan(1, -1, 0, 0));
            Try("new TimeSpan(0, 0, -1)", () => new TimeSpan(0, 0, -1));
            Try("new TimeSpan(-1, 2, 3, 4, 5)", () => new TimeSpan(-1, 2, 3, 4, 5));
            Try("new TimeSpan(12345)", () => new TimeSpan(12345));
            Try("new TimeSpan(int.MaxValue, 0, 0)", () => new TimeSpan(int.MaxValue, 0, 0));
            Try("new TimeSpan(10675199, 2, 48, 5, 477)", () => new TimeSpan(10675199, 2, 48, 5, 477));
            Try("new TimeSpan(10675199, 2, 48, 5, 478)", () => new TimeSpan(10675199, 2, 48, 5, 478));
            Try("Zero", () => TimeSpan.Zero);
            Try("MaxValue", () => TimeSpan.MaxValue);
            Try("MinValue", () => TimeSpan.MinValue);

            Console.WriteLine("-- components and totals");
            TimeSpan t = new TimeSpan(1, 2, 3, 4, 567);
            Console.WriteLine(t + ": Days " + t.Days + " Hours " + t.Hours + " Minutes " + t.Minutes + " Seconds " + t.Seconds + " Milliseconds " + t.Milliseconds + " Ticks " + t.Ticks);
            Console.WriteLine("TotalDays " + t.TotalDays.ToString("G17", Inv) + " TotalHours " + t.TotalHours.ToString("F6", Inv) + " TotalMinutes " + t.TotalMinutes.ToString("F4", Inv)
                + " TotalSeconds " + t.TotalSeconds.ToString("F3", Inv) + " TotalMilliseconds " + t.TotalMilliseconds.ToString("F1", Inv));
            TimeSpan n = -t;
            Console.WriteLine(n + ": Days " + n.Days + " Hours " + n.Hours + " Minutes " + n.Minutes + " Seconds " + n.Seconds + " Milliseconds " + n.Milliseconds + " TotalMinutes " + n.TotalMinutes.ToString("F4", Inv));

            Console.WriteLine("-- From*");
            Try("FromDays(1.5)", () => TimeSpan.FromDays(1.5));
            Try("FromHours(-2.25)", () => TimeSpan.FromHours(-2.25));
            Try("FromMinutes(90)", () => TimeSpan.FromMinutes(90));
            Try("FromSeconds(3661.5)", () => TimeSpan.FromSeconds(3661.5));
            Try("FromMilliseconds(1234)", () => TimeSpan.FromMilliseconds(1234));
            Try("FromTicks(10)", () => TimeSpan.FromTicks(10));
            Try("FromDays(NaN)", () => TimeSpan.FromDays(double.NaN));
            Try("FromDays(1e10)", () => TimeSpan.FromDays(1e10));
            Try("FromSeconds(double.PositiveInfinity)", () => TimeSpan.FromSeconds(double.PositiveInfinity));

            Console.WriteLine("-- arithmetic");
            TimeSpan a = TimeSpan.FromHours(5), b = TimeSpan.FromMinutes(-30);
            Try("a + b", () => a + b);
            Try("a - b", () => a - b);
            Try("-a", () => -a);
            Try("b.Duration()", () => b.Duration());
            Try("b.Negate()", () => b.Negate());
            Try("a.Add(b)", () => a.Add(b));
            Try("a.Subtract(b)", () => a.Subtract(b));
            Try("MaxValue + 1 tick", () => TimeSpan.MaxValue + TimeSpan.FromTicks(1));
            Try("MinValue - 1 tick", () => TimeSpan.MinValue - TimeSpan.FromTicks(1));
            Try("-MinValue", () => -TimeSpan.MinValue);
            Try("MinValue.Duration()", () => TimeSpan.MinValue.Duration());
            Try("a * 3 via ticks", () => TimeSpan.FromTicks(a.Ticks * 3));
            Try("a / 4 via ticks", () => TimeSpan.FromTicks(a.Ticks / 4));
            Try("a / b (ratio via ticks)", () => (double)a.Ticks / b.Ticks);

            Console.WriteLine("-- comparison");
            Console.WriteLine("a > b " + (a > b) + " a == 300 min " + (a == TimeSpan.FromMinutes(300)) + " CompareTo " + a.CompareTo(b) + " Compare(b, a) " + TimeSpan.Compare(b, a) + " Equals(object) " + a.Equals((object)TimeSpan.FromHours(5)) + " Equals(5) " + a.Equals((object)5));
            Try("CompareTo(\"x\")", () => a.CompareTo("x"));

            Console.WriteLine("-- formatting");
            TimeSpan[] samples = { TimeSpan.Zero, new TimeSpan(0, 0, 5), new TimeSpan(1, 2, 3, 4, 500), new TimeSpan(-1, -2, -3, -4, -500), new TimeSpan(1), new TimeSpan(0, 23, 59, 59, 999), TimeSpan.MaxValue, TimeSpan.MinValue };
            foreach (TimeSpan s in samples)
                Console.WriteLine("c [" + s.ToString("c", Inv) + "] g [" + s.ToString("g", Inv) + "] G [" + s.ToString("G", Inv) + "] custom [" + s.ToString(@"d\.hh\:mm\:ss\.fff", Inv) + "] [" + s.ToString(@"%d' days'", Inv) + "]");
            Console.WriteLine("more custom: " + t.ToString(@"hh\:mm", Inv) + " | " + t.ToString(@"h\h\ m\m", Inv) + " | " + t.ToString(@"ss\.FFFFFFF", Inv) + " | " + t.ToString(@"dddddd", Inv) + " | " + t.ToString(@"ff", Inv));
            Try("bad format \"hh:mm\" (unescaped colon)", () => t.ToString("hh:mm", Inv));
            Try("bad format \"x\"", () => t.ToString("x", Inv));
            Console.WriteLine("string.Format " + string.Format(Inv, "[{0}] [{0:c}] [{0,15}] [{1:g}]", t, n));

            Console.WriteLine("-- parsing");
            foreach (string s in new[] { "1.02:03:04.5000000", "02:03", "02:03:04", "1:2:3", "-1.00:00:01", "10", "10.", "0:0:0.1", "23:59:59.9999999", "24:00:00", "1.24:00:00", "00:60:00", "  05:06  ", "5:6:7:8", "abc", "", "10675199.02:48:05.4775807", "10675200.00:00:00" })
            {
                TimeSpan r;
                bool ok = TimeSpan.TryParse(s, Inv, out r);
                string strict;
                try { strict = TimeSpan.Parse(s, Inv).ToString(); } catch (Exception e) { strict = e.GetType().Name; }
                Console.WriteLine("\"" + s + "\": Parse " + strict + " TryParse " + ok + " " + r);
            }
            Try("ParseExact(\"12:34\", @\"mm\\:ss\")", () => TimeSpan.ParseExact("12:34", @"mm\:ss", Inv));
            Try("ParseExact(\"3d 04h\", @\"d\\d\\ hh\\h\")", () => TimeSpan.ParseExact("3d 04h", @"d\d\ hh\h", Inv));
            Try("ParseExact(\"-01:00\", \"c\")", () => TimeSpan.ParseExact("-01:00", "c", Inv));
            Try("ParseExact(\"01:00\", @\"hh\\:mm\", AssumeNegative)", () => TimeSpan.ParseExact("01:00", @"hh\:mm", Inv, TimeSpanStyles.AssumeNegative));
            Try("ParseExact(\"1:00\", @\"hh\\:mm\")", () => TimeSpan.ParseExact("1:00", @"hh\:mm", Inv));
            return 0;
        }
    }
}
