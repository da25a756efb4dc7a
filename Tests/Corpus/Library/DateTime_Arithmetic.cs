// DateTime arithmetic: AddDays/AddHours/AddMinutes/AddSeconds/
// AddMilliseconds with fractions that are whole milliseconds (sub-
// millisecond fractions were rounded by older runtimes and are not used),
// AddTicks, AddMonths and AddYears with month-end clamping
// (Jan 31 + 1 month, Feb 29 + 1 year), negative amounts, crossing year and
// century boundaries, overflow past MinValue/MaxValue, subtraction of two
// DateTimes and of a TimeSpan, operators + and -, and calendar
// computations (days between dates, age, next weekday, last day of month,
// ISO-like week number by hand).
using System;
using System.Globalization;

namespace Corpus.Library.DateTime_Arithmetic
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static string F(DateTime d) { return d.ToString("yyyy-MM-dd HH:mm:ss.fffffff", Inv); }

        static void Try(string label, Func<object> f)
        {
            try { object r = f(); Console.WriteLine(label + " = " + (r is DateTime ? F((DateTime)r) : r)); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            DateTime jan31 = new DateTime(2023, 1, 31, 8, 0, 0);
            Console.WriteLine("-- AddMonths / AddYears clamping");
            for (int m = -2; m <= 13; m++)
            {
                int mm = m;
                Try("Jan 31 2023 AddMonths(" + mm + ")", () => jan31.AddMonths(mm));
            }
            DateTime leap = new DateTime(2024, 2, 29);
            Try("Feb 29 2024 AddYears(1)", () => leap.AddYears(1));
            Try("Feb 29 2024 AddYears(4)", () => leap.AddYears(4));
            Try("Feb 29 2024 AddYears(-1)", () => leap.AddYears(-1));
            Try("Feb 29 2024 AddMonths(12)", () => leap.AddMonths(12));
            Try("Mar 31 AddMonths(-1)", () => new DateTime(2024, 3, 31).AddMonths(-1));
            Try("AddMonths(1).AddMonths(1) vs AddMonths(2)", () => F(jan31.AddMonths(1).AddMonths(1)) + " vs " + F(jan31.AddMonths(2)));
            Try("AddMonths(120001)", () => jan31.AddMonths(120001));
            Try("AddYears(10000)", () => jan31.AddYears(10000));
            Try("MaxValue.AddMonths(1)", () => DateTime.MaxValue.AddMonths(1));

            Console.WriteLine("-- fractional adds");
            DateTime baseTime = new DateTime(2000, 1, 1);
            Try("AddDays(1.5)", () => baseTime.AddDays(1.5));
            Try("AddDays(-0.25)", () => baseTime.AddDays(-0.25));
            Try("AddHours(36)", () => baseTime.AddHours(36));
            Try("AddMinutes(90.5)", () => baseTime.AddMinutes(90.5));
            Try("AddSeconds(3661.25)", () => baseTime.AddSeconds(3661.25));
            Try("AddMilliseconds(1500)", () => baseTime.AddMilliseconds(1500));
            Try("AddMilliseconds(-1)", () => baseTime.AddMilliseconds(-1));
            Try("AddTicks(1)", () => baseTime.AddTicks(1));
            Try("AddDays(1e10)", () => baseTime.AddDays(1e10));
            Try("MinValue.AddTicks(-1)", () => DateTime.MinValue.AddTicks(-1));
            Try("MaxValue.AddTicks(0)", () => DateTime.MaxValue.AddTicks(0));
            Try("Dec 31 23:59:59 + 1s", () => new DateTime(1999, 12, 31, 23, 59, 59).AddSeconds(1));

            Console.WriteLine("-- subtraction and operators");
            DateTime start = new DateTime(2020, 3, 1, 6, 30, 0), end = new DateTime(2021, 3, 1, 18, 45, 30);
            TimeSpan span = end - start;
            Console.WriteLine("end - start = " + span + " days " + span.Days + " total hours " + span.TotalHours.ToString("F4", Inv));
            Console.WriteLine("start - end = " + (start - end) + " Subtract " + end.Subtract(start));
            Console.WriteLine("start + span == end " + (start + span == end) + " end - span " + F(end - span) + " Add " + F(start.Add(TimeSpan.FromMinutes(15))) + " Subtract(TimeSpan) " + F(start.Subtract(TimeSpan.FromDays(1))));
            Try("MinValue - 1 tick", () => DateTime.MinValue - TimeSpan.FromTicks(1));
            Try("MaxValue - MinValue", () => (DateTime.MaxValue - DateTime.MinValue).Ticks);

            Console.WriteLine("-- calendar helpers");
            DateTime[] ds = { new DateTime(2024, 1, 1), new DateTime(2024, 2, 14), new DateTime(2024, 12, 31), new DateTime(2021, 1, 3), new DateTime(2020, 12, 31) };
            foreach (DateTime x in ds)
            {
                DateTime monthEnd = new DateTime(x.Year, x.Month, DateTime.DaysInMonth(x.Year, x.Month));
                int daysToMonday = ((int)DayOfWeek.Monday - (int)x.DayOfWeek + 7) % 7;
                Console.WriteLine(x.ToString("yyyy-MM-dd ddd", Inv) + ": month end " + monthEnd.ToString("MM-dd", Inv) + " next Monday " + x.AddDays(daysToMonday == 0 ? 7 : daysToMonday).ToString("MM-dd", Inv)
                    + " week " + IsoWeek(x) + " quarter " + ((x.Month - 1) / 3 + 1) + " days left in year " + (new DateTime(x.Year, 12, 31) - x).Days);
            }
            DateTime birth = new DateTime(1990, 2, 28), today = new DateTime(2024, 2, 27);
            int age = today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
            Console.WriteLine("age on 2024-02-27 of someone born 1990-02-28: " + age);
            Console.WriteLine("days from 1970-01-01 to 2000-01-01: " + (new DateTime(2000, 1, 1) - new DateTime(1970, 1, 1)).TotalDays);
            Console.WriteLine("unix seconds of 2024-01-01: " + (long)(new DateTime(2024, 1, 1) - new DateTime(1970, 1, 1)).TotalSeconds);
            int fridays13 = 0;
            for (DateTime m = new DateTime(2000, 1, 13); m.Year < 2030; m = m.AddMonths(1)) if (m.DayOfWeek == DayOfWeek.Friday) fridays13++;
            Console.WriteLine("Friday the 13ths 2000-2029: " + fridays13);
            return 0;
        }

        static int IsoWeek(DateTime d)
        {
            int dow = ((int)d.DayOfWeek + 6) % 7;          // Monday = 0
            DateTime thursday = d.AddDays(3 - dow);
            return (thursday.DayOfYear - 1) / 7 + 1;
        }
    }
}
