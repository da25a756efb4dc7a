// DateTime formatting and parsing with CultureInfo.InvariantCulture and no
// time zone involvement (only Unspecified and Utc kinds, no "z"/"U"
// specifiers): standard formats d D f F g G m o r s t T u y, custom
// specifiers (y/yy/yyy/yyyy/yyyyy, M..MMMM, d..dddd, h/hh/H/HH, m, s,
// f..fffffff, F..FFFFFFF, t/tt, K, g), literals and escaping, single
// custom specifiers with %, ParseExact / TryParseExact with several
// formats and styles, Parse of round-trip strings, and errors. Two-digit
// years are only parsed where the old (2029) and newer (2049)
// TwoDigitYearMax cutoffs agree.
using System;
using System.Globalization;

namespace Corpus.Library.DateTime_Format
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static string F(DateTime d, string f)
        {
            try { return d.ToString(f, Inv); }
            catch (Exception e) { return "<" + e.GetType().Name + ">"; }
        }

        public static int Main()
        {
            DateTime d = new DateTime(2009, 6, 15, 13, 45, 30, 0).AddTicks(1230500);
            DateTime m = new DateTime(2021, 1, 3, 7, 5, 9, DateTimeKind.Utc);
            DateTime early = new DateTime(5, 2, 1, 0, 0, 0);
            Console.WriteLine("-- standard formats");
            foreach (string f in new[] { "d", "D", "f", "F", "g", "G", "m", "M", "o", "O", "r", "R", "s", "t", "T", "u", "y", "Y" })
                Console.WriteLine(f + ": [" + F(d, f) + "] [" + F(m, f) + "] [" + F(early, f) + "]");
            Console.WriteLine("ToString(Inv) " + d.ToString(Inv) + " | " + m.ToString(Inv));

            Console.WriteLine("-- custom specifiers");
            string[] customs = {
                "yyyy-MM-dd HH:mm:ss", "y yy yyy yyyy yyyyy", "M MM MMM MMMM", "d dd ddd dddd", "h hh H HH", "m mm s ss", "t tt",
                "f ff fff ffff fffff ffffff fffffff", "F FF FFF FFFF FFFFF FFFFFF FFFFFFF", "%d", "%M", "%y", "%h", "%f", "K", "%K", "HH:mm K", "g gg",
                "'lit' \"lit\" \\d \\\\", "dd/MM/yyyy", "MMM d, yyyy 'at' h:mm tt", "yyyyMMddTHHmmssfff", "HH:mm:ss.FFF", "ddd, MMM d"
            };
            foreach (string f in customs)
                Console.WriteLine("[" + f + "] -> [" + F(d, f) + "] [" + F(m, f) + "] [" + F(early, f) + "]");
            Console.WriteLine("bad: [" + F(d, "%") + "] [" + F(d, "\\") + "] [" + F(d, "'unterminated") + "] [" + F(d, "Q") + "] [" + F(d, "dddddd") + "]");
            Console.WriteLine("midnight/noon 12-hour: " + F(new DateTime(2000, 1, 1, 0, 5, 0), "h:mm tt") + " " + F(new DateTime(2000, 1, 1, 12, 5, 0), "h:mm tt") + " " + F(new DateTime(2000, 1, 1, 23, 5, 0), "hh:mm t"));
            Console.WriteLine("interpolation with format " + string.Format(Inv, "{0:yyyy/MM/dd}|{0,12:HH:mm}|", d));

            Console.WriteLine("-- ParseExact / TryParseExact");
            string[][] cases = {
                new[] { "2024-02-29", "yyyy-MM-dd" }, new[] { "2023-02-29", "yyyy-MM-dd" }, new[] { "29/02/2024 23:59", "dd/MM/yyyy HH:mm" },
                new[] { "20240229T235959", "yyyyMMddTHHmmss" }, new[] { "Feb 3, 2020", "MMM d, yyyy" }, new[] { "Thursday, 3 September 2020", "dddd, d MMMM yyyy" },
                new[] { "Friday, 3 September 2020", "dddd, d MMMM yyyy" }, new[] { "2020-01-01 7:05 PM", "yyyy-MM-dd h:mm tt" }, new[] { "2020-01-01 12:00:00.1234567", "yyyy-MM-dd HH:mm:ss.fffffff" },
                new[] { " 2020-01-01", "yyyy-MM-dd" }, new[] { "2020-1-1", "yyyy-M-d" }, new[] { "2020-1-1", "yyyy-MM-dd" }, new[] { "99-12-31", "yy-MM-dd" },
                new[] { "2020-01-01 24:00", "yyyy-MM-dd HH:mm" }, new[] { "", "yyyy" }, new[] { "2020", "" }
            };
            foreach (string[] c in cases)
            {
                DateTime r;
                bool ok = DateTime.TryParseExact(c[0], c[1], Inv, DateTimeStyles.None, out r);
                string strict;
                try { strict = DateTime.ParseExact(c[0], c[1], Inv).ToString("yyyy-MM-dd HH:mm:ss.fffffff", Inv) + " " + DateTime.ParseExact(c[0], c[1], Inv).Kind; }
                catch (Exception e) { strict = e.GetType().Name; }
                Console.WriteLine("\"" + c[0] + "\" as \"" + c[1] + "\": " + strict + " | TryParseExact " + ok + (ok ? "" : " " + r.Ticks));
            }
            DateTime lead;
            Console.WriteLine("AllowWhiteSpaces: " + DateTime.TryParseExact("  2020-05-06  ", "yyyy-MM-dd", Inv, DateTimeStyles.AllowWhiteSpaces, out lead) + " " + lead.ToString("yyyy-MM-dd", Inv));
            DateTime multi;
            string[] formats = { "yyyy-MM-dd", "dd.MM.yyyy", "MM/dd/yyyy" };
            foreach (string s in new[] { "06.05.2020", "05/06/2020", "2020-05-06", "2020.05.06" })
                Console.WriteLine("multi-format \"" + s + "\" " + DateTime.TryParseExact(s, formats, Inv, DateTimeStyles.None, out multi) + " " + multi.ToString("yyyy-MM-dd", Inv));
            Console.WriteLine("NoCurrentDateDefault time only: " + DateTime.ParseExact("10:30", "HH:mm", Inv, DateTimeStyles.NoCurrentDateDefault).ToString("yyyy-MM-dd HH:mm", Inv));

            Console.WriteLine("-- Parse (invariant, round-trip strings)");
            foreach (string s in new[] { "2009-06-15T13:45:30.1230500", "2009-06-15 13:45:30", "06/15/2009 13:45:30", "2009-06-15", "15 June 2009", "June 15, 2009 1:45 PM" })
            {
                DateTime p;
                bool ok = DateTime.TryParse(s, Inv, DateTimeStyles.None, out p);
                Console.WriteLine("\"" + s + "\" -> " + ok + " " + p.ToString("o", Inv) + " " + p.Kind);
            }
            DateTime rt = DateTime.ParseExact(d.ToString("o", Inv), "o", Inv, DateTimeStyles.RoundtripKind);
            DateTime rtu = DateTime.ParseExact(m.ToString("o", Inv), "o", Inv, DateTimeStyles.RoundtripKind);
            Console.WriteLine("round trip o: " + (rt == d) + " " + rt.Kind + " / " + (rtu == m) + " " + rtu.Kind);
            DateTime bad;
            Console.WriteLine("TryParse garbage " + DateTime.TryParse("not a date", Inv, DateTimeStyles.None, out bad) + " " + bad.Ticks);
            try { DateTime.ParseExact(null, "d", Inv); } catch (Exception e) { Console.WriteLine("ParseExact(null) " + e.GetType().FullName); }
            try { DateTime.Parse("2020-13-01", Inv); } catch (Exception e) { Console.WriteLine("Parse(month 13) " + e.GetType().FullName); }
            return 0;
        }
    }
}
