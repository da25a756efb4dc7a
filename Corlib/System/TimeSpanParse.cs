// System.TimeSpanParse: TimeSpan.Parse/ParseExact and their Try forms, as .NET's
// TimeSpanParse with InvariantCulture.
//
// Parse accepts "[ws][-]{ d | [d.]hh:mm[:ss[.ff]] | [d:]h:mm:ss[.ff] }[ws]": the input is cut
// into numbers and the literals between them, and the literals must match one of the
// invariant patterns ("-d.hh:mm:ss.fffffff", and the "g" form with ':' after the days) for
// the number of numbers found. Hours over 23, minutes or seconds over 59, days over
// 10675199 or a result out of range are OverflowExceptions; anything else wrong is a
// FormatException.
using System.Globalization;
using System.Text;

namespace System
{
    internal static class TimeSpanParse
    {
        private const int MaxFractionDigits = 7;
        private const int MaxFraction = 9999999;
        private const int MaxDays = 10675199;
        private const long MaxMilliseconds = long.MaxValue / TimeSpan.TicksPerMillisecond;

        // Parse outcomes; Ok is success, the others select the exception.
        private const int Ok = 0;
        private const int BadTimeSpan = 1;           // FormatException naming the input
        private const int Overflow = 2;              // OverflowException naming the input
        private const int InvalidString = 3;         // FormatException "Input string was not in a correct format."
        private const int BadFormatSpecifier = 4;    // FormatException naming the format
        private const int NoFormatSpecifier = 5;     // FormatException
        private const int BadQuote = 6;              // FormatException naming the quote

        // Which patterns Parse tries: the invariant ones ("d.hh"), the culture's ("d:h"), and
        // whether all five components are required ("G").
        private const int StyleInvariant = 1;
        private const int StyleLocalized = 2;
        private const int StyleAny = StyleInvariant | StyleLocalized;
        private const int StyleRequireFull = 4;

        // The literals of a full pattern: Start d DayHourSep h HourMinuteSep m MinuteSecondSep s
        // SecondFractionSep f End.
        private sealed class Literals
        {
            internal readonly string Start;
            internal readonly string DayHourSep;
            internal readonly string HourMinuteSep;
            internal readonly string MinuteSecondSep;
            internal readonly string SecondFractionSep;
            internal readonly string End;

            internal Literals(string start, string dayHourSep)
            {
                Start = start;
                DayHourSep = dayHourSep;
                HourMinuteSep = ":";
                MinuteSecondSep = ":";
                SecondFractionSep = ".";
                End = "";
            }

            // "h:m:.f" was accepted by .NET Framework; .NET keeps it.
            internal string AppCompatLiteral
            {
                get { return MinuteSecondSep + SecondFractionSep; }
            }
        }

        private static readonly Literals PositiveInvariant = new Literals("", ".");
        private static readonly Literals NegativeInvariant = new Literals("-", ".");
        // InvariantCulture's FullTimeSpanPositivePattern is "d':'h':'mm':'ss'.'FFFFFFF".
        private static readonly Literals PositiveLocalized = new Literals("", ":");
        private static readonly Literals NegativeLocalized = new Literals("-", ":");

        // A number of the input: its value and how many leading zeros it had (which matters
        // for fractions: ".05" is 5 with one zero).
        private struct Number
        {
            internal int Value;
            internal int Zeroes;

            internal Number(int value, int zeroes)
            {
                Value = value;
                Zeroes = zeroes;
            }
        }

        // The input cut into up to 5 numbers and the 6 literals around them.
        private sealed class RawInfo
        {
            private const int MaxLiteralTokens = 6;
            private const int MaxNumericTokens = 5;
            private const int MaxTokens = 11;

            private readonly string _input;
            private readonly int[] _literalStart = new int[MaxLiteralTokens];
            private readonly int[] _literalLength = new int[MaxLiteralTokens];
            internal readonly Number[] Numbers = new Number[MaxNumericTokens];
            internal int SepCount;
            internal int NumCount;
            private int _tokenCount;
            internal bool LastWasNumber;

            internal RawInfo(string input)
            {
                _input = input;
            }

            internal bool AddSep(int start, int length)
            {
                if (SepCount >= MaxLiteralTokens || _tokenCount >= MaxTokens)
                    return false;
                _literalStart[SepCount] = start;
                _literalLength[SepCount] = length;
                SepCount++;
                _tokenCount++;
                LastWasNumber = false;
                return true;
            }

            internal bool AddNum(Number number)
            {
                if (NumCount >= MaxNumericTokens || _tokenCount >= MaxTokens)
                    return false;
                Numbers[NumCount++] = number;
                _tokenCount++;
                LastWasNumber = true;
                return true;
            }

            private bool Lit(int index, string expected)
            {
                int length = _literalLength[index];
                if (length != expected.Length)
                    return false;
                int start = _literalStart[index];
                for (int i = 0; i < length; i++)
                {
                    if (_input[start + i] != expected[i])
                        return false;
                }
                return true;
            }

            // d.h:m:s.f
            internal bool FullMatch(Literals p)
            {
                return SepCount == 6 && NumCount == 5 && Lit(0, p.Start) && Lit(1, p.DayHourSep) && Lit(2, p.HourMinuteSep) &&
                    Lit(3, p.MinuteSecondSep) && Lit(4, p.SecondFractionSep) && Lit(5, p.End);
            }

            // d.h:m:.f
            internal bool FullAppCompatMatch(Literals p)
            {
                return SepCount == 5 && NumCount == 4 && Lit(0, p.Start) && Lit(1, p.DayHourSep) && Lit(2, p.HourMinuteSep) &&
                    Lit(3, p.AppCompatLiteral) && Lit(4, p.End);
            }

            // h:m:.f
            internal bool PartialAppCompatMatch(Literals p)
            {
                return SepCount == 4 && NumCount == 3 && Lit(0, p.Start) && Lit(1, p.HourMinuteSep) && Lit(2, p.AppCompatLiteral) && Lit(3, p.End);
            }

            // d
            internal bool FullDMatch(Literals p)
            {
                return SepCount == 2 && NumCount == 1 && Lit(0, p.Start) && Lit(1, p.End);
            }

            // h:m
            internal bool FullHMMatch(Literals p)
            {
                return SepCount == 3 && NumCount == 2 && Lit(0, p.Start) && Lit(1, p.HourMinuteSep) && Lit(2, p.End);
            }

            // d.h:m
            internal bool FullDHMMatch(Literals p)
            {
                return SepCount == 4 && NumCount == 3 && Lit(0, p.Start) && Lit(1, p.DayHourSep) && Lit(2, p.HourMinuteSep) && Lit(3, p.End);
            }

            // h:m:s
            internal bool FullHMSMatch(Literals p)
            {
                return SepCount == 4 && NumCount == 3 && Lit(0, p.Start) && Lit(1, p.HourMinuteSep) && Lit(2, p.MinuteSecondSep) && Lit(3, p.End);
            }

            // d.h:m:s
            internal bool FullDHMSMatch(Literals p)
            {
                return SepCount == 5 && NumCount == 4 && Lit(0, p.Start) && Lit(1, p.DayHourSep) && Lit(2, p.HourMinuteSep) &&
                    Lit(3, p.MinuteSecondSep) && Lit(4, p.End);
            }

            // h:m:s.f
            internal bool FullHMSFMatch(Literals p)
            {
                return SepCount == 5 && NumCount == 4 && Lit(0, p.Start) && Lit(1, p.HourMinuteSep) && Lit(2, p.MinuteSecondSep) &&
                    Lit(3, p.SecondFractionSep) && Lit(4, p.End);
            }
        }

        internal static void ValidateStyles(TimeSpanStyles style)
        {
            if (style != TimeSpanStyles.None && style != TimeSpanStyles.AssumeNegative)
                throw new ArgumentException("An undefined TimeSpanStyles value is being used.", "styles");
        }

        internal static TimeSpan Parse(string input, IFormatProvider formatProvider)
        {
            long ticks;
            int status = TryParseTimeSpan(input, StyleAny, out ticks);
            if (status != Ok)
                throw GetException(status, input, null);
            return new TimeSpan(ticks);
        }

        internal static bool TryParse(string input, IFormatProvider formatProvider, out TimeSpan result)
        {
            long ticks;
            if (TryParseTimeSpan(input, StyleAny, out ticks) != Ok)
            {
                result = default(TimeSpan);
                return false;
            }
            result = new TimeSpan(ticks);
            return true;
        }

        internal static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider, TimeSpanStyles styles)
        {
            long ticks;
            string detail;
            int status = TryParseExactTimeSpan(input, format, styles, out ticks, out detail);
            if (status != Ok)
                throw GetException(status, input, detail);
            return new TimeSpan(ticks);
        }

        internal static bool TryParseExact(string input, string format, IFormatProvider formatProvider, TimeSpanStyles styles, out TimeSpan result)
        {
            long ticks;
            string detail;
            if (TryParseExactTimeSpan(input, format, styles, out ticks, out detail) != Ok)
            {
                result = default(TimeSpan);
                return false;
            }
            result = new TimeSpan(ticks);
            return true;
        }

        internal static TimeSpan ParseExactMultiple(string input, string[] formats, IFormatProvider formatProvider, TimeSpanStyles styles)
        {
            if (formats == null)
                throw new ArgumentNullException(nameof(formats));
            long ticks;
            int status = TryParseExactMultipleTimeSpan(input, formats, styles, out ticks);
            if (status != Ok)
                throw GetException(status, input, "");
            return new TimeSpan(ticks);
        }

        internal static bool TryParseExactMultiple(string input, string[] formats, IFormatProvider formatProvider, TimeSpanStyles styles, out TimeSpan result)
        {
            long ticks;
            if (formats == null || TryParseExactMultipleTimeSpan(input, formats, styles, out ticks) != Ok)
            {
                result = default(TimeSpan);
                return false;
            }
            result = new TimeSpan(ticks);
            return true;
        }

        private static Exception GetException(int status, string input, string detail)
        {
            switch (status)
            {
                case Overflow:
                    return new OverflowException("The TimeSpan string '" + input + "' could not be parsed because at least one of the numeric components is out of range or contains too many digits.");
                case InvalidString:
                    return new FormatException(DateTimeFormat.InvalidString);
                case BadFormatSpecifier:
                    return new FormatException("Format specifier '" + detail + "' was invalid.");
                case NoFormatSpecifier:
                    return new FormatException("No format specifiers were provided.");
                case BadQuote:
                    return new FormatException("Cannot find a matching quote character for the character '" + detail + "'.");
                default:
                    return new FormatException("String '" + input + "' was not recognized as a valid TimeSpan.");
            }
        }

        // The general parser (Parse, and ParseExact's "g"/"G").
        private static int TryParseTimeSpan(string input, int style, out long ticks)
        {
            ticks = 0;
            int start = 0;
            int end = input.Length;
            while (start < end && DateTimeParse.IsWhiteSpace(input[start]))
                start++;
            while (end > start && DateTimeParse.IsWhiteSpace(input[end - 1]))
                end--;
            if (start == end)
                return BadTimeSpan;

            RawInfo raw = new RawInfo(input);
            int pos = start;
            while (pos < end)
            {
                if (IsDigit(input[pos]))
                {
                    // A number: count its leading zeros, then read the rest; more than
                    // 0x0FFFFFFF is an overflow.
                    int num = 0;
                    int zeroes = 0;
                    while (pos < end && input[pos] == '0')
                    {
                        zeroes++;
                        pos++;
                    }
                    while (pos < end && IsDigit(input[pos]))
                    {
                        num = num * 10 + (input[pos] - '0');
                        if ((num & 0xF0000000) != 0)
                            return Overflow;
                        pos++;
                    }
                    // A number first is preceded by an empty literal.
                    if (raw.NumCount == 0 && raw.SepCount == 0 && !raw.AddSep(start, 0))
                        return BadTimeSpan;
                    if (!raw.AddNum(new Number(num, zeroes)))
                        return BadTimeSpan;
                }
                else
                {
                    // A literal: everything up to the next digit.
                    int sepStart = pos;
                    while (pos < end && !IsDigit(input[pos]))
                        pos++;
                    if (!raw.AddSep(sepStart, pos - sepStart))
                        return BadTimeSpan;
                }
            }
            // A number last is followed by an empty literal.
            if (raw.LastWasNumber && !raw.AddSep(end, 0))
                return BadTimeSpan;

            switch (raw.NumCount)
            {
                case 1:
                    return ProcessTerminal_D(raw, style, out ticks);
                case 2:
                    return ProcessTerminal_HM(raw, style, out ticks);
                case 3:
                    return ProcessTerminal_HM_S_D(raw, style, out ticks);
                case 4:
                    return ProcessTerminal_HMS_F_D(raw, style, out ticks);
                case 5:
                    return ProcessTerminal_DHMSF(raw, style, out ticks);
                default:
                    return BadTimeSpan;
            }
        }

        // Five numbers: d.h:m:s.f
        private static int ProcessTerminal_DHMSF(RawInfo raw, int style, out long ticks)
        {
            ticks = 0;
            bool inv = (style & StyleInvariant) != 0;
            bool loc = (style & StyleLocalized) != 0;
            bool positive = false;
            bool match = false;
            if (inv)
            {
                if (raw.FullMatch(PositiveInvariant))
                {
                    match = true;
                    positive = true;
                }
                if (!match && raw.FullMatch(NegativeInvariant))
                    match = true;
            }
            if (loc)
            {
                if (!match && raw.FullMatch(PositiveLocalized))
                {
                    match = true;
                    positive = true;
                }
                if (!match && raw.FullMatch(NegativeLocalized))
                    match = true;
            }
            if (!match)
                return BadTimeSpan;
            Number[] n = raw.Numbers;
            if (!TryTimeToTicks(positive, n[0], n[1], n[2], n[3], n[4], out ticks))
                return Overflow;
            return Finish(positive, ref ticks);
        }

        // Four numbers: h:m:s.f, d.h:m:s, or d.h:m:.f
        private static int ProcessTerminal_HMS_F_D(RawInfo raw, int style, out long ticks)
        {
            ticks = 0;
            if ((style & StyleRequireFull) != 0)
                return BadTimeSpan;
            Number zero = new Number(0, 0);
            Number[] n = raw.Numbers;
            bool positive = false;
            bool match = false;
            bool overflow = false;
            for (int pass = 0; pass < 4 && !match; pass++)
            {
                // Passes: positive invariant, negative invariant, positive localized, negative localized.
                bool localized = pass >= 2;
                if ((style & (localized ? StyleLocalized : StyleInvariant)) == 0)
                    continue;
                Literals p = pass == 0 ? PositiveInvariant : pass == 1 ? NegativeInvariant : pass == 2 ? PositiveLocalized : NegativeLocalized;
                positive = (pass & 1) == 0;
                if (raw.FullHMSFMatch(p))
                {
                    match = TryTimeToTicks(positive, zero, n[0], n[1], n[2], n[3], out ticks);
                    overflow = overflow || !match;
                }
                if (!match && raw.FullDHMSMatch(p))
                {
                    match = TryTimeToTicks(positive, n[0], n[1], n[2], n[3], zero, out ticks);
                    overflow = overflow || !match;
                }
                if (!match && raw.FullAppCompatMatch(p))
                {
                    match = TryTimeToTicks(positive, n[0], n[1], n[2], zero, n[3], out ticks);
                    overflow = overflow || !match;
                }
            }
            if (match)
                return Finish(positive, ref ticks);
            // A pattern matched but its numbers were out of range: overflow, not format.
            return overflow ? Overflow : BadTimeSpan;
        }

        // Three numbers: h:m:s, d.h:m, or h:m:.f
        private static int ProcessTerminal_HM_S_D(RawInfo raw, int style, out long ticks)
        {
            ticks = 0;
            if ((style & StyleRequireFull) != 0)
                return BadTimeSpan;
            Number zero = new Number(0, 0);
            Number[] n = raw.Numbers;
            bool positive = false;
            bool match = false;
            bool overflow = false;
            for (int pass = 0; pass < 4 && !match; pass++)
            {
                bool localized = pass >= 2;
                if ((style & (localized ? StyleLocalized : StyleInvariant)) == 0)
                    continue;
                Literals p = pass == 0 ? PositiveInvariant : pass == 1 ? NegativeInvariant : pass == 2 ? PositiveLocalized : NegativeLocalized;
                positive = (pass & 1) == 0;
                if (raw.FullHMSMatch(p))
                {
                    match = TryTimeToTicks(positive, zero, n[0], n[1], n[2], zero, out ticks);
                    overflow = overflow || !match;
                }
                if (!match && raw.FullDHMMatch(p))
                {
                    match = TryTimeToTicks(positive, n[0], n[1], n[2], zero, zero, out ticks);
                    overflow = overflow || !match;
                }
                if (!match && raw.PartialAppCompatMatch(p))
                {
                    match = TryTimeToTicks(positive, zero, n[0], n[1], zero, n[2], out ticks);
                    overflow = overflow || !match;
                }
            }
            if (match)
                return Finish(positive, ref ticks);
            return overflow ? Overflow : BadTimeSpan;
        }

        // Two numbers: h:m
        private static int ProcessTerminal_HM(RawInfo raw, int style, out long ticks)
        {
            ticks = 0;
            if ((style & StyleRequireFull) != 0)
                return BadTimeSpan;
            bool inv = (style & StyleInvariant) != 0;
            bool loc = (style & StyleLocalized) != 0;
            bool positive = false;
            bool match = false;
            if (inv)
            {
                if (raw.FullHMMatch(PositiveInvariant))
                {
                    match = true;
                    positive = true;
                }
                if (!match && raw.FullHMMatch(NegativeInvariant))
                    match = true;
            }
            if (loc)
            {
                if (!match && raw.FullHMMatch(PositiveLocalized))
                {
                    match = true;
                    positive = true;
                }
                if (!match && raw.FullHMMatch(NegativeLocalized))
                    match = true;
            }
            if (!match)
                return BadTimeSpan;
            Number zero = new Number(0, 0);
            if (!TryTimeToTicks(positive, zero, raw.Numbers[0], raw.Numbers[1], zero, zero, out ticks))
                return Overflow;
            return Finish(positive, ref ticks);
        }

        // One number: d
        private static int ProcessTerminal_D(RawInfo raw, int style, out long ticks)
        {
            ticks = 0;
            if ((style & StyleRequireFull) != 0)
                return BadTimeSpan;
            bool inv = (style & StyleInvariant) != 0;
            bool loc = (style & StyleLocalized) != 0;
            bool positive = false;
            bool match = false;
            if (inv)
            {
                if (raw.FullDMatch(PositiveInvariant))
                {
                    match = true;
                    positive = true;
                }
                if (!match && raw.FullDMatch(NegativeInvariant))
                    match = true;
            }
            if (loc)
            {
                if (!match && raw.FullDMatch(PositiveLocalized))
                {
                    match = true;
                    positive = true;
                }
                if (!match && raw.FullDMatch(NegativeLocalized))
                    match = true;
            }
            if (!match)
                return BadTimeSpan;
            Number zero = new Number(0, 0);
            if (!TryTimeToTicks(positive, raw.Numbers[0], zero, zero, zero, zero, out ticks))
                return Overflow;
            return Finish(positive, ref ticks);
        }

        private static int Finish(bool positive, ref long ticks)
        {
            if (!positive)
            {
                ticks = -ticks;
                if (ticks > 0)
                    return Overflow;
            }
            return Ok;
        }

        private static bool TryTimeToTicks(bool positive, Number days, Number hours, Number minutes, Number seconds, Number fraction, out long result)
        {
            result = 0;
            int fractionTicks;
            if (days.Value > MaxDays || hours.Value > 23 || minutes.Value > 59 || seconds.Value > 59 ||
                !NormalizeFraction(fraction, out fractionTicks))
                return false;
            long ms = ((long)days.Value * 3600 * 24 + (long)hours.Value * 3600 + (long)minutes.Value * 60 + seconds.Value) * 1000;
            if (ms > MaxMilliseconds || ms < 0)
                return false;
            result = ms * TimeSpan.TicksPerMillisecond + fractionTicks;
            if (positive && result < 0)
            {
                result = 0;
                return false;
            }
            return true;
        }

        // The fraction digits as ticks: ".5" is 5000000, ".05" 500000; more than 7 digits are
        // rounded (half away from zero), but only when they start with a zero: a fraction
        // whose significant digits exceed 9999999 is an overflow.
        private static bool NormalizeFraction(Number fraction, out int ticks)
        {
            int num = fraction.Value;
            ticks = num;
            if (num == 0)
                return true;
            if (fraction.Zeroes == 0 && num > MaxFraction)
                return false;
            int totalDigits = DigitCount(num) + fraction.Zeroes;
            if (totalDigits == MaxFractionDigits)
                return true;
            if (totalDigits < MaxFractionDigits)
            {
                ticks = num * (int)DateTimeFormat.Pow10(MaxFractionDigits - totalDigits);
                return true;
            }
            long divisor = DateTimeFormat.Pow10(totalDigits - MaxFractionDigits);
            long q = num / divisor;
            if ((num % divisor) * 2 >= divisor)
                q++;
            ticks = (int)q;
            return true;
        }

        private static int DigitCount(int value)
        {
            int n = 1;
            while (value >= 10)
            {
                value /= 10;
                n++;
            }
            return n;
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        private static int TryParseExactTimeSpan(string input, string format, TimeSpanStyles styles, out long ticks, out string detail)
        {
            ticks = 0;
            detail = format;
            if (format.Length == 0)
                return BadFormatSpecifier;
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'c':
                    case 't':
                    case 'T':
                        return TryParseTimeSpanConstant(input, out ticks);
                    case 'g':
                        return TryParseTimeSpan(input, StyleLocalized, out ticks);
                    case 'G':
                        return TryParseTimeSpan(input, StyleLocalized | StyleRequireFull, out ticks);
                    default:
                        return BadFormatSpecifier;
                }
            }
            return TryParseByFormat(input, format, styles, out ticks, out detail);
        }

        private static int TryParseExactMultipleTimeSpan(string input, string[] formats, TimeSpanStyles styles, out long ticks)
        {
            ticks = 0;
            if (input.Length == 0)
                return BadTimeSpan;
            if (formats.Length == 0)
                return NoFormatSpecifier;
            for (int i = 0; i < formats.Length; i++)
            {
                if (formats[i] == null || formats[i].Length == 0)
                    return BadFormatSpecifier;
                string detail;
                if (TryParseExactTimeSpan(input, formats[i], styles, out ticks, out detail) == Ok)
                    return Ok;
            }
            ticks = 0;
            return BadTimeSpan;
        }

        // The "c" format, parsed leniently as .NET does: [ws][-]{ d | [d.]h:m[:[s][.f]] }[ws]
        // where ws is only spaces and tabs, and the fraction may have up to 7 digits.
        private static int TryParseTimeSpanConstant(string input, out long ticks)
        {
            ticks = 0;
            int pos = 0;
            int len = input.Length;
            while (pos < len && (input[pos] == ' ' || input[pos] == '\t'))
                pos++;
            bool negative = false;
            if (pos < len && input[pos] == '-')
            {
                negative = true;
                pos++;
            }

            // Is the first number hours (followed by ':') or days?
            int look = pos;
            while (look < len && IsDigit(input[look]))
                look++;
            long time;
            int status;
            if (look < len && input[look] == ':')
            {
                status = ParseConstantTime(input, ref pos, out time);
                if (status != Ok)
                    return status;
            }
            else
            {
                int days;
                status = ParseConstantInt(input, ref pos, (int)(long.MaxValue / TimeSpan.TicksPerDay), out days);
                if (status != Ok)
                    return status;
                time = days * TimeSpan.TicksPerDay;
                if (pos < len && input[pos] == '.')
                {
                    pos++;
                    long remainingTime;
                    status = ParseConstantTime(input, ref pos, out remainingTime);
                    if (status != Ok)
                        return status;
                    time += remainingTime;
                }
            }

            if (negative)
            {
                time = -time;
                if (time > 0)
                    return Overflow;
            }
            else if (time < 0)
            {
                return Overflow;
            }

            while (pos < len && (input[pos] == ' ' || input[pos] == '\t'))
                pos++;
            if (pos < len)
                return BadTimeSpan;
            ticks = time;
            return Ok;
        }

        private static int ParseConstantInt(string input, ref int pos, int max, out int value)
        {
            value = 0;
            int start = pos;
            while (pos < input.Length && IsDigit(input[pos]))
            {
                if ((value & 0xF0000000) != 0)
                    return Overflow;
                value = value * 10 + (input[pos] - '0');
                if (value < 0)
                    return Overflow;
                pos++;
            }
            if (pos == start)
                return BadTimeSpan;
            if (value > max)
                return Overflow;
            return Ok;
        }

        // h:m[:[s][.f]]
        private static int ParseConstantTime(string input, ref int pos, out long time)
        {
            time = 0;
            int unit;
            int status = ParseConstantInt(input, ref pos, 23, out unit);
            if (status != Ok)
                return status;
            time = unit * TimeSpan.TicksPerHour;
            if (pos >= input.Length || input[pos] != ':')
                return BadTimeSpan;
            pos++;
            status = ParseConstantInt(input, ref pos, 59, out unit);
            if (status != Ok)
                return status;
            time += unit * TimeSpan.TicksPerMinute;
            if (pos < input.Length && input[pos] == ':')
            {
                pos++;
                // The seconds may be omitted before a fraction ("1:2:.5").
                if (pos >= input.Length || input[pos] != '.')
                {
                    status = ParseConstantInt(input, ref pos, 59, out unit);
                    if (status != Ok)
                        return status;
                    time += unit * TimeSpan.TicksPerSecond;
                }
                if (pos < input.Length && input[pos] == '.')
                {
                    pos++;
                    int f = (int)TimeSpan.TicksPerSecond;
                    while (f > 1 && pos < input.Length && IsDigit(input[pos]))
                    {
                        f /= 10;
                        time += (input[pos] - '0') * f;
                        pos++;
                    }
                }
            }
            return Ok;
        }

        // A custom format: d (1-8 digits), dd..dddddddd (exactly that many), h/m/s (1-2 digits),
        // hh/mm/ss (2), f..fffffff (exactly), F..FFFFFFF (up to), quoted literals, '\' escapes,
        // '%'. The sign is never parsed: TimeSpanStyles.AssumeNegative makes the result negative.
        private static int TryParseByFormat(string input, string format, TimeSpanStyles styles, out long ticks, out string detail)
        {
            ticks = 0;
            detail = format;
            bool seenDD = false, seenHH = false, seenMM = false, seenSS = false, seenFF = false;
            int dd = 0, hh = 0, mm = 0, ss = 0, ff = 0, leadingZeroes = 0;
            int pos = 0;
            int i = 0;
            while (i < format.Length)
            {
                char ch = format[i];
                int tokenLen;
                int nextFormatChar;
                int zeroes;
                switch (ch)
                {
                    case 'h':
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > 2 || seenHH || !ParseExactDigits(input, ref pos, tokenLen, out hh))
                            return InvalidString;
                        seenHH = true;
                        break;
                    case 'm':
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > 2 || seenMM || !ParseExactDigits(input, ref pos, tokenLen, out mm))
                            return InvalidString;
                        seenMM = true;
                        break;
                    case 's':
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > 2 || seenSS || !ParseExactDigits(input, ref pos, tokenLen, out ss))
                            return InvalidString;
                        seenSS = true;
                        break;
                    case 'f':
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > MaxFractionDigits || seenFF || !ParseExactDigits(input, ref pos, tokenLen, tokenLen, out leadingZeroes, out ff))
                            return InvalidString;
                        seenFF = true;
                        break;
                    case 'F':
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > MaxFractionDigits || seenFF)
                            return InvalidString;
                        // Any number of digits up to tokenLen, even none.
                        ParseExactDigits(input, ref pos, tokenLen, tokenLen, out leadingZeroes, out ff);
                        seenFF = true;
                        break;
                    case 'd':
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > 8 || seenDD ||
                            !ParseExactDigits(input, ref pos, tokenLen < 2 ? 1 : tokenLen, tokenLen < 2 ? 8 : tokenLen, out zeroes, out dd))
                            return InvalidString;
                        seenDD = true;
                        break;
                    case '\'':
                    case '\"':
                        StringBuilder enquotedString = new StringBuilder();
                        if (!DateTimeParse.TryParseQuoteString(format, i, enquotedString, out tokenLen))
                        {
                            detail = ch.ToString();
                            return BadQuote;
                        }
                        for (int k = 0; k < enquotedString.Length; k++)
                        {
                            if (pos >= input.Length || input[pos] != enquotedString[k])
                                return InvalidString;
                            pos++;
                        }
                        break;
                    case '%':
                        // "%h" is the one-character format "h": skip the '%'.
                        nextFormatChar = DateTimeFormat.ParseNextChar(format, i);
                        if (nextFormatChar >= 0 && nextFormatChar != '%')
                            tokenLen = 1;
                        else
                            return InvalidString;
                        break;
                    case '\\':
                        nextFormatChar = DateTimeFormat.ParseNextChar(format, i);
                        if (nextFormatChar >= 0 && pos < input.Length && input[pos] == (char)nextFormatChar)
                        {
                            pos++;
                            tokenLen = 2;
                        }
                        else
                        {
                            return InvalidString;
                        }
                        break;
                    default:
                        return InvalidString;
                }
                i += tokenLen;
            }

            if (pos < input.Length)
                return BadTimeSpan;

            bool positive = (styles & TimeSpanStyles.AssumeNegative) == 0;
            if (!TryTimeToTicks(positive, new Number(dd, 0), new Number(hh, 0), new Number(mm, 0), new Number(ss, 0), new Number(ff, leadingZeroes), out ticks))
                return Overflow;
            if (!positive)
                ticks = -ticks;
            return Ok;
        }

        // One or two digits for a one-letter token, exactly two for a two-letter one.
        private static bool ParseExactDigits(string input, ref int pos, int minDigitLength, out int result)
        {
            int zeroes;
            int maxDigitLength = minDigitLength == 1 ? 2 : minDigitLength;
            return ParseExactDigits(input, ref pos, minDigitLength, maxDigitLength, out zeroes, out result);
        }

        private static bool ParseExactDigits(string input, ref int pos, int minDigitLength, int maxDigitLength, out int zeroes, out int result)
        {
            int tmpResult = 0, tmpZeroes = 0;
            int tokenLength = 0;
            while (tokenLength < maxDigitLength && pos < input.Length && IsDigit(input[pos]))
            {
                tmpResult = tmpResult * 10 + (input[pos] - '0');
                if (tmpResult == 0)
                    tmpZeroes++;
                tokenLength++;
                pos++;
            }
            zeroes = tmpZeroes;
            result = tmpResult;
            return tokenLength >= minDigitLength;
        }
    }
}
