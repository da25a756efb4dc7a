// DateTime without the clock: constructors (date, date+time, with
// milliseconds, ticks, DateTimeKind), invalid components
// (ArgumentOutOfRangeException), MinValue / MaxValue, properties (Year ..
// Millisecond, Ticks, Date, TimeOfDay, DayOfWeek, DayOfYear, Kind),
// IsLeapYear and DaysInMonth over century rules, Equals / CompareTo /
// operators (Kind is ignored in comparisons), SpecifyKind, ToBinary /
// FromBinary round trip, and the proleptic Gregorian calendar back to
// year 1.
using System;
using System.Globalization;

namespace Corpus.Library.DateTime_Construction
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static string F(DateTime d) { return d.ToString("yyyy-MM-dd HH:mm:ss.fffffff", Inv) + " " + d.Kind; }

        static void Try(string label, Func<object> f)
        {
            try { object r = f(); Console.WriteLine(label + " = " + (r is DateTime ? F((DateTime)r) : r)); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Try("new DateTime(2024, 2, 29)", () => new DateTime(2024, 2, 29));
            Try("new DateTime(2023, 2, 29)", () => new DateTime(2023, 2, 29));
            Try("new DateTime(1999, 12, 31, 23, 59, 59)", () => new DateTime(1999, 12, 31, 23, 59, 59));
            Try("with milliseconds", () => new DateTime(2000, 1, 1, 0, 0, 0, 999));
            Try("with kind Utc", () => new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc));
            Try("month 13", () => new DateTime(2000, 13, 1));
            Try("day 0", () => new DateTime(2000, 1, 0));
            Try("year 0", () => new DateTime(0, 1, 1));
            Try("year 10000", () => new DateTime(10000, 1, 1));
            Try("hour 24", () => new DateTime(2000, 1, 1, 24, 0, 0));
            Try("millisecond 1000", () => new DateTime(2000, 1, 1, 0, 0, 0, 1000));
            Try("ticks 0", () => new DateTime(0));
            Try("ticks -1", () => new DateTime(-1));
            Try("ticks = MaxValue.Ticks + 1", () => new DateTime(DateTime.MaxValue.Ticks + 1));
            Try("default(DateTime)", () => default(DateTime));
            Try("MinValue", () => DateTime.MinValue);
            Try("MaxValue", () => DateTime.MaxValue);
            Console.WriteLine("MaxValue.Ticks " + DateTime.MaxValue.Ticks + " ticks per day " + TimeSpan.TicksPerDay);

            Console.WriteLine("-- properties");
            DateTime d = new DateTime(2021, 7, 4, 15, 30, 45, 123).AddTicks(4567);
            Console.WriteLine(F(d));
            Console.WriteLine("Year " + d.Year + " Month " + d.Month + " Day " + d.Day + " Hour " + d.Hour + " Minute " + d.Minute + " Second " + d.Second + " Millisecond " + d.Millisecond);
            Console.WriteLine("Ticks " + d.Ticks + " DayOfWeek " + d.DayOfWeek + " (" + (int)d.DayOfWeek + ") DayOfYear " + d.DayOfYear + " Kind " + d.Kind);
            Console.WriteLine("Date " + F(d.Date) + " TimeOfDay " + d.TimeOfDay);
            string[] dates = { "0001-01-01", "1900-03-01", "1970-01-01", "2000-02-29", "2000-12-31", "2001-12-31", "2024-01-01", "9999-12-31" };
            foreach (string s in dates)
            {
                DateTime x = DateTime.ParseExact(s, "yyyy-MM-dd", Inv);
                Console.WriteLine(s + ": " + x.DayOfWeek + " day " + x.DayOfYear + " ticks " + x.Ticks);
            }

            Console.WriteLine("-- leap years");
            foreach (int y in new[] { 1, 4, 100, 400, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 9996, 9999 })
                Console.Write(y + ":" + (DateTime.IsLeapYear(y) ? "L" : "-") + DateTime.DaysInMonth(y, 2) + " ");
            Console.WriteLine();
            for (int m = 1; m <= 12; m++) Console.Write(DateTime.DaysInMonth(2023, m) + " ");
            Console.WriteLine();
            Try("IsLeapYear(0)", () => DateTime.IsLeapYear(0));
            Try("DaysInMonth(2000, 13)", () => DateTime.DaysInMonth(2000, 13));

            Console.WriteLine("-- comparison");
            DateTime a = new DateTime(2020, 5, 5, 10, 0, 0, DateTimeKind.Local);
            DateTime b = new DateTime(2020, 5, 5, 10, 0, 0, DateTimeKind.Utc);
            DateTime c = new DateTime(2020, 5, 5, 10, 0, 1);
            Console.WriteLine("Local vs Utc same ticks: == " + (a == b) + " Equals " + a.Equals(b) + " CompareTo " + a.CompareTo(b));
            Console.WriteLine("a < c " + (a < c) + " c > b " + (c > b) + " Compare(c, a) " + DateTime.Compare(c, a) + " Equals(object) " + a.Equals((object)b) + " Equals(null) " + a.Equals(null));
            Try("CompareTo(non-DateTime)", () => a.CompareTo("x"));
            Console.WriteLine("CompareTo(null) " + a.CompareTo(null));
            DateTime spec = DateTime.SpecifyKind(c, DateTimeKind.Utc);
            Console.WriteLine("SpecifyKind keeps ticks " + (spec.Ticks == c.Ticks) + " kind " + spec.Kind);
            DateTime unspec = new DateTime(2010, 10, 10, 10, 10, 10, DateTimeKind.Unspecified);
            Console.WriteLine("ToBinary/FromBinary Unspecified " + F(DateTime.FromBinary(unspec.ToBinary())) + " Utc " + F(DateTime.FromBinary(spec.ToBinary())) + " binary " + unspec.ToBinary() + " " + spec.ToBinary());
            Console.WriteLine("hash equal for equal values " + (a.GetHashCode() == b.GetHashCode()));
            return 0;
        }
    }
}
