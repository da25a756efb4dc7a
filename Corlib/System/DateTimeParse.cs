// System.DateTimeParse: DateTime.Parse/ParseExact and their Try forms, for InvariantCulture.
//
// ParseExact follows .NET's DateTimeParse.ParseByFormat token by token (the custom format
// specifiers of DateTimeFormat, the standard formats expanded to their invariant patterns,
// and the "r"/"o" fast paths).
//
// Parse is not .NET's full lexer state machine: it recognizes the common shapes -- ISO 8601
// ("2020-01-15", "2020-01-15T10:30:00.5+02:00", "...Z"), invariant short dates ("1/15/2020",
// month first), month and day names ("Wed, 15 Jan 2020 10:30:00 GMT", "January 15, 2020"),
// times with optional seconds, fraction and AM/PM, and time zone offsets ("Z", "GMT",
// "+hh:mm", "+hhmm", "+hh").
//
// As in .NET, a value with a time zone is converted to local time (Kind Local) unless
// DateTimeStyles say otherwise; local time is UTC in CILKit.
using System.Globalization;
using System.Text;

namespace System
{
    internal static class DateTimeParse
    {
        // Outcomes; Ok is success, the others select the exception.
        private const int Ok = 0;
        private const int BadDateTime = 1;
        private const int BadDateTimeCalendar = 2;
        private const int BadDayOfWeek = 3;
        private const int DateOutOfRange = 4;
        private const int RepeatPattern = 5;
        private const int BadFormatSpecifier = 6;
        private const int BadQuote = 7;
        private const int NoFormatSpecifier = 8;
        private const int OffsetOutOfRange = 9;
        private const int UnknownWord = 10;

        // GregorianCalendar.TwoDigitYearMax: "49" is 2049, "50" is 1950.
        private const int TwoDigitYearMax = 2049;
        private const long MaxOffsetTicks = 14 * TimeSpan.TicksPerHour;

        private const int TimeMarkNotSet = 0;
        private const int TimeMarkAM = 1;
        private const int TimeMarkPM = 2;

        // The fields found so far (-1 when absent) and the result.
        private sealed class Parsed
        {
            internal int Year = -1;
            internal int Month = -1;
            internal int Day = -1;
            internal int Hour = -1;
            internal int Minute = -1;
            internal int Second = -1;
            internal long FractionTicks = -1;
            internal int DayOfWeek = -1;
            internal int TimeMark = TimeMarkNotSet;
            internal bool UseHour12;
            internal bool UseTwoDigitYear;
            internal bool TimeZoneUsed;
            internal bool TimeZoneUtc;
            internal long OffsetTicks;
            internal DateTime Result;
            // Extra text for the exception message (the format, a pattern character, ...).
            internal string Detail;
        }

        // ---- Entry points --------------------------------------------------------------

        internal static void ValidateStyles(DateTimeStyles style, string parameterName)
        {
            const DateTimeStyles valid = DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite |
                DateTimeStyles.AllowInnerWhite | DateTimeStyles.NoCurrentDateDefault | DateTimeStyles.AdjustToUniversal |
                DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal | DateTimeStyles.RoundtripKind;
            const DateTimeStyles localUniversal = DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal;
            if ((style & ~valid) != 0)
                throw new ArgumentException("An undefined DateTimeStyles value is being used.", parameterName);
            if ((style & localUniversal) == localUniversal)
                throw new ArgumentException("The DateTimeStyles values AssumeLocal and AssumeUniversal cannot be used together.", parameterName);
            if ((style & DateTimeStyles.RoundtripKind) != 0 && (style & (localUniversal | DateTimeStyles.AdjustToUniversal)) != 0)
                throw new ArgumentException("The DateTimeStyles value RoundtripKind cannot be used with the values AssumeLocal, AssumeUniversal or AdjustToUniversal.", parameterName);
        }

        internal static DateTime Parse(string s, DateTimeStyles styles)
        {
            Parsed result = new Parsed();
            int status = TryParseLenient(s, styles, result);
            if (status != Ok)
                throw GetException(status, s, result.Detail);
            return result.Result;
        }

        internal static bool TryParse(string s, DateTimeStyles styles, out DateTime value)
        {
            Parsed result = new Parsed();
            if (TryParseLenient(s, styles, result) != Ok)
            {
                value = default(DateTime);
                return false;
            }
            value = result.Result;
            return true;
        }

        internal static DateTime ParseExact(string s, string format, DateTimeStyles styles)
        {
            Parsed result = new Parsed();
            int status = TryParseExactCore(s, format, styles, result);
            if (status != Ok)
                throw GetException(status, s, result.Detail);
            return result.Result;
        }

        internal static bool TryParseExact(string s, string format, DateTimeStyles styles, out DateTime value)
        {
            Parsed result = new Parsed();
            if (TryParseExactCore(s, format, styles, result) != Ok)
            {
                value = default(DateTime);
                return false;
            }
            value = result.Result;
            return true;
        }

        internal static DateTime ParseExactMultiple(string s, string[] formats, DateTimeStyles styles)
        {
            if (formats == null)
                throw new ArgumentNullException(nameof(formats));
            DateTime value;
            string detail;
            int status = TryParseExactMultipleCore(s, formats, styles, out value, out detail);
            if (status != Ok)
                throw GetException(status, s, detail);
            return value;
        }

        internal static bool TryParseExactMultiple(string s, string[] formats, DateTimeStyles styles, out DateTime value)
        {
            string detail;
            if (formats == null || TryParseExactMultipleCore(s, formats, styles, out value, out detail) != Ok)
            {
                value = default(DateTime);
                return false;
            }
            return true;
        }

        private static int TryParseExactMultipleCore(string s, string[] formats, DateTimeStyles styles, out DateTime value, out string detail)
        {
            value = default(DateTime);
            detail = null;
            if (s.Length == 0)
                return BadDateTime;
            if (formats.Length == 0)
                return NoFormatSpecifier;
            for (int i = 0; i < formats.Length; i++)
            {
                if (formats[i] == null || formats[i].Length == 0)
                {
                    detail = "";
                    return BadFormatSpecifier;
                }
                // Each format gets a fresh result so that the attempts are independent.
                Parsed result = new Parsed();
                if (TryParseExactCore(s, formats[i], styles, result) == Ok)
                {
                    value = result.Result;
                    return Ok;
                }
            }
            return BadDateTime;
        }

        private static Exception GetException(int status, string s, string detail)
        {
            switch (status)
            {
                case BadDateTimeCalendar:
                    return new FormatException("The DateTime represented by the string '" + s + "' is not supported in calendar 'System.Globalization.GregorianCalendar'.");
                case BadDayOfWeek:
                    return new FormatException("String '" + s + "' was not recognized as a valid DateTime because the day of week was incorrect.");
                case DateOutOfRange:
                    return new FormatException("The DateTime represented by the string '" + s + "' is out of range.");
                case RepeatPattern:
                    return new FormatException("DateTime pattern '" + detail + "' appears more than once with different values.");
                case BadFormatSpecifier:
                    return new FormatException("Format specifier '" + detail + "' was invalid.");
                case BadQuote:
                    return new FormatException("Cannot find a matching quote character for the character '" + detail + "'.");
                case NoFormatSpecifier:
                    return new FormatException("No format specifiers were provided.");
                case OffsetOutOfRange:
                    return new FormatException("The time zone offset of string '" + s + "' must be within plus or minus 14 hours.");
                case UnknownWord:
                    return new FormatException("The string '" + s + "' was not recognized as a valid DateTime. There is an unknown word starting at index '" + detail + "'.");
                default:
                    return new FormatException("String '" + s + "' was not recognized as a valid DateTime.");
            }
        }

        // ---- ParseExact ----------------------------------------------------------------

        private static int TryParseExactCore(string s, string format, DateTimeStyles styles, Parsed result)
        {
            if (s.Length == 0)
                return BadDateTime;
            if (format.Length == 0)
            {
                result.Detail = "";
                return BadFormatSpecifier;
            }

            if (format.Length == 1)
            {
                char formatChar = format[0];
                // Fast paths, which are also stricter than the patterns (exact lengths).
                if (styles == DateTimeStyles.None)
                {
                    if (formatChar == 'r' || formatChar == 'R')
                        return ParseFormatR(s, result);
                    if (formatChar == 'o' || formatChar == 'O')
                        return ParseFormatO(s, result);
                }
                if (formatChar == 'U')
                {
                    // Universal full date/time: the value is UTC.
                    result.TimeZoneUsed = true;
                    result.TimeZoneUtc = true;
                    result.OffsetTicks = 0;
                }
                string pattern = ExpandPredefinedFormat(formatChar);
                if (pattern == null)
                {
                    result.Detail = format;
                    return BadFormatSpecifier;
                }
                format = pattern;
            }

            bool allowInnerWhite = (styles & DateTimeStyles.AllowInnerWhite) != 0;
            bool allowTrailingWhite = (styles & DateTimeStyles.AllowTrailingWhite) != 0;

            int pos = 0;
            int end = s.Length;
            int fpos = 0;
            int fend = format.Length;
            if ((styles & DateTimeStyles.AllowLeadingWhite) != 0)
            {
                while (fpos < fend && IsWhiteSpace(format[fpos]))
                    fpos++;
                while (pos < end && IsWhiteSpace(s[pos]))
                    pos++;
            }
            if (allowTrailingWhite)
            {
                while (fend > fpos && IsWhiteSpace(format[fend - 1]))
                    fend--;
                while (end > pos && IsWhiteSpace(s[end - 1]))
                    end--;
            }
            if (fend < format.Length)
                format = Slice(format, 0, fend);

            while (fpos < fend)
            {
                if (allowInnerWhite)
                {
                    while (pos < end && IsWhiteSpace(s[pos]))
                        pos++;
                }
                int status = ParseByFormat(s, ref pos, end, format, ref fpos, allowInnerWhite, allowTrailingWhite, result);
                if (status != Ok)
                    return status;
            }

            // Everything must have been consumed.
            if (pos < end)
                return BadDateTime;

            if (result.UseHour12)
            {
                // 'h' without 't' means AM.
                if (result.TimeMark == TimeMarkNotSet)
                    result.TimeMark = TimeMarkAM;
                if (result.Hour > 12)
                    return BadDateTime;
                if (result.TimeMark == TimeMarkAM)
                {
                    if (result.Hour == 12)
                        result.Hour = 0;
                }
                else
                {
                    result.Hour = result.Hour == 12 ? 12 : result.Hour + 12;
                }
            }
            else if ((result.TimeMark == TimeMarkAM && result.Hour >= 12) || (result.TimeMark == TimeMarkPM && result.Hour < 12))
            {
                // AM with 17:15 or PM with 03:15.
                return BadDateTime;
            }

            if (result.UseTwoDigitYear && result.Year >= 0)
                result.Year = ToFourDigitYear(result.Year);

            CheckDefaultDateTime(result, styles);

            long dateTicks, timeTicks;
            if (!DateTime.TryDateToTicks(result.Year, result.Month, result.Day, out dateTicks) ||
                !DateTime.TryTimeToTicks(result.Hour, result.Minute, result.Second, out timeTicks))
                return BadDateTimeCalendar;
            long ticks = dateTicks + timeTicks;
            if (result.FractionTicks > 0)
                ticks += result.FractionTicks;
            result.Result = new DateTime(ticks);

            // The day of week is checked before any time zone adjustment.
            if (result.DayOfWeek != -1 && result.DayOfWeek != (int)result.Result.DayOfWeek)
                return BadDayOfWeek;

            return DetermineTimeZoneAdjustments(result, styles);
        }

        // The invariant pattern of a standard format, or null if there is none.
        private static string ExpandPredefinedFormat(char format)
        {
            switch (format)
            {
                case 'd':
                case 'D':
                case 'f':
                case 'F':
                case 'g':
                case 'G':
                case 'm':
                case 'M':
                case 'o':
                case 'O':
                case 'r':
                case 'R':
                case 's':
                case 't':
                case 'T':
                case 'u':
                case 'U':
                case 'y':
                case 'Y':
                    return DateTimeFormat.ExpandStandardFormat(format);
                default:
                    return null;
            }
        }

        // Parses the input for one format token at format[fpos] and moves both positions on.
        private static int ParseByFormat(string s, ref int pos, int end, string format, ref int fpos,
            bool allowInnerWhite, bool allowTrailingWhite, Parsed result)
        {
            char ch = format[fpos];
            int tokenLen = 1;
            int value;
            switch (ch)
            {
                case 'y':
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    if (tokenLen <= 2)
                        result.UseTwoDigitYear = true;
                    if (!ParseDigits(s, ref pos, end, tokenLen, out value))
                        return BadDateTime;
                    if (!CheckNewValue(ref result.Year, value, ch, result))
                        return RepeatPattern;
                    break;
                case 'M':
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    if (tokenLen <= 2)
                    {
                        if (!ParseDigits(s, ref pos, end, tokenLen, out value))
                            return BadDateTime;
                    }
                    else
                    {
                        value = MatchName(s, ref pos, end, tokenLen == 3 ? DateTimeFormat.AbbreviatedMonthNames : DateTimeFormat.MonthNames);
                        if (value < 0)
                            return BadDateTime;
                        value++;
                    }
                    if (!CheckNewValue(ref result.Month, value, ch, result))
                        return RepeatPattern;
                    break;
                case 'd':
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    if (tokenLen <= 2)
                    {
                        if (!ParseDigits(s, ref pos, end, tokenLen, out value))
                            return BadDateTime;
                        if (!CheckNewValue(ref result.Day, value, ch, result))
                            return RepeatPattern;
                    }
                    else
                    {
                        value = MatchName(s, ref pos, end, tokenLen == 3 ? DateTimeFormat.AbbreviatedDayNames : DateTimeFormat.DayNames);
                        if (value < 0)
                            return BadDateTime;
                        if (!CheckNewValue(ref result.DayOfWeek, value, ch, result))
                            return RepeatPattern;
                    }
                    break;
                case 'g':
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    // The era: "A.D." or "AD".
                    if (!MatchWord(s, ref pos, end, DateTimeFormat.EraName) && !MatchWord(s, ref pos, end, "AD"))
                        return BadDateTime;
                    break;
                case 'h':
                    result.UseHour12 = true;
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    if (!ParseDigits(s, ref pos, end, tokenLen < 2 ? 1 : 2, out value))
                        return BadDateTime;
                    if (!CheckNewValue(ref result.Hour, value, ch, result))
                        return RepeatPattern;
                    break;
                case 'H':
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    if (!ParseDigits(s, ref pos, end, tokenLen < 2 ? 1 : 2, out value))
                        return BadDateTime;
                    if (!CheckNewValue(ref result.Hour, value, ch, result))
                        return RepeatPattern;
                    break;
                case 'm':
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    if (!ParseDigits(s, ref pos, end, tokenLen < 2 ? 1 : 2, out value))
                        return BadDateTime;
                    if (!CheckNewValue(ref result.Minute, value, ch, result))
                        return RepeatPattern;
                    break;
                case 's':
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    if (!ParseDigits(s, ref pos, end, tokenLen < 2 ? 1 : 2, out value))
                        return BadDateTime;
                    if (!CheckNewValue(ref result.Second, value, ch, result))
                        return RepeatPattern;
                    break;
                case 'f':
                case 'F':
                    // 'f': exactly tokenLen digits; 'F': up to tokenLen digits, possibly none.
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    if (tokenLen > DateTimeFormat.MaxSecondsFractionDigits)
                        return BadDateTime;
                    long fraction;
                    if (!ParseFractionExact(s, ref pos, end, tokenLen, out fraction) && ch == 'f')
                        return BadDateTime;
                    if (result.FractionTicks < 0)
                    {
                        result.FractionTicks = fraction;
                    }
                    else if (fraction != result.FractionTicks)
                    {
                        result.Detail = ch.ToString();
                        return RepeatPattern;
                    }
                    break;
                case 't':
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    int timeMark;
                    if (tokenLen == 1)
                    {
                        // The first letter of the designator, case-sensitively.
                        if (pos >= end)
                            return BadDateTime;
                        if (s[pos] == DateTimeFormat.AMDesignator[0])
                            timeMark = TimeMarkAM;
                        else if (s[pos] == DateTimeFormat.PMDesignator[0])
                            timeMark = TimeMarkPM;
                        else
                            return BadDateTime;
                        pos++;
                    }
                    else
                    {
                        if (MatchWord(s, ref pos, end, DateTimeFormat.AMDesignator))
                            timeMark = TimeMarkAM;
                        else if (MatchWord(s, ref pos, end, DateTimeFormat.PMDesignator))
                            timeMark = TimeMarkPM;
                        else
                            return BadDateTime;
                    }
                    if (result.TimeMark == TimeMarkNotSet)
                    {
                        result.TimeMark = timeMark;
                    }
                    else if (result.TimeMark != timeMark)
                    {
                        result.Detail = "t";
                        return RepeatPattern;
                    }
                    break;
                case 'z':
                    // 'z': [+-]h or hh; 'zz': [+-]hh; 'zzz': [+-]hh:mm (the colon is optional).
                    tokenLen = DateTimeFormat.ParseRepeatPattern(format, fpos, ch);
                    long offset;
                    if (!ParseTimeZoneOffset(s, ref pos, end, tokenLen, out offset))
                        return BadDateTime;
                    if (result.TimeZoneUsed && offset != result.OffsetTicks)
                    {
                        result.Detail = "z";
                        return RepeatPattern;
                    }
                    result.OffsetTicks = offset;
                    result.TimeZoneUsed = true;
                    break;
                case 'Z':
                    if (result.TimeZoneUsed && result.OffsetTicks != 0)
                    {
                        result.Detail = "Z";
                        return RepeatPattern;
                    }
                    result.TimeZoneUsed = true;
                    result.OffsetTicks = 0;
                    result.TimeZoneUtc = true;
                    // The input must say "GMT" or "Z" here, not followed by a letter.
                    if (!MatchZoneName(s, ref pos, end, "GMT") && !MatchZoneName(s, ref pos, end, "Z"))
                        return BadDateTime;
                    break;
                case 'K':
                    // Nothing (unspecified), "Z" (UTC) or an offset.
                    if (pos < end && s[pos] == 'Z')
                    {
                        pos++;
                        if (result.TimeZoneUsed && result.OffsetTicks != 0)
                        {
                            result.Detail = "K";
                            return RepeatPattern;
                        }
                        result.TimeZoneUsed = true;
                        result.OffsetTicks = 0;
                        result.TimeZoneUtc = true;
                    }
                    else if (pos < end && (s[pos] == '+' || s[pos] == '-'))
                    {
                        long kOffset;
                        if (!ParseTimeZoneOffset(s, ref pos, end, 3, out kOffset))
                            return BadDateTime;
                        if (result.TimeZoneUsed && kOffset != result.OffsetTicks)
                        {
                            result.Detail = "K";
                            return RepeatPattern;
                        }
                        result.OffsetTicks = kOffset;
                        result.TimeZoneUsed = true;
                    }
                    break;
                case ':':
                case '/':
                    if (pos >= end || s[pos] != ch)
                        return BadDateTime;
                    pos++;
                    break;
                case '\"':
                case '\'':
                    StringBuilder enquotedString = new StringBuilder();
                    if (!TryParseQuoteString(format, fpos, enquotedString, out tokenLen))
                    {
                        result.Detail = ch.ToString();
                        return BadQuote;
                    }
                    for (int i = 0; i < enquotedString.Length; i++)
                    {
                        if (enquotedString[i] == ' ' && allowInnerWhite)
                        {
                            while (pos < end && IsWhiteSpace(s[pos]))
                                pos++;
                        }
                        else if (pos < end && s[pos] == enquotedString[i])
                        {
                            pos++;
                        }
                        else
                        {
                            return BadDateTime;
                        }
                    }
                    break;
                case '%':
                    // "%d" is the one-letter custom format "d": skip the '%'.
                    if (fpos >= format.Length - 1 || format[fpos + 1] == '%')
                    {
                        result.Detail = format;
                        return BadFormatSpecifier;
                    }
                    break;
                case '\\':
                    // An escaped character must match literally.
                    if (fpos >= format.Length - 1)
                    {
                        result.Detail = format;
                        return BadFormatSpecifier;
                    }
                    if (pos >= end || s[pos] != format[fpos + 1])
                        return BadDateTime;
                    pos++;
                    tokenLen = 2;
                    break;
                case '.':
                    if (pos < end && s[pos] == '.')
                    {
                        pos++;
                        break;
                    }
                    // A missing '.' before 'F' is fine: the optional fraction is absent.
                    if (fpos + 1 < format.Length && format[fpos + 1] == 'F')
                    {
                        tokenLen = 1 + DateTimeFormat.ParseRepeatPattern(format, fpos + 1, 'F');
                        break;
                    }
                    return BadDateTime;
                default:
                    if (ch == ' ')
                    {
                        if (allowInnerWhite)
                            break;
                        if (pos < end && s[pos] == ' ')
                        {
                            pos++;
                            break;
                        }
                        // With trailing white space trimmed, a space before the last token may
                        // have been removed: try the next token in its place.
                        if (allowTrailingWhite && fpos + 1 < format.Length)
                        {
                            fpos++;
                            return ParseByFormat(s, ref pos, end, format, ref fpos, allowInnerWhite, allowTrailingWhite, result);
                        }
                        return BadDateTime;
                    }
                    if (IsWordAt(format, fpos, "GMT"))
                    {
                        // An unquoted GMT in the format: the value is UTC.
                        tokenLen = 3;
                        result.TimeZoneUsed = true;
                        result.OffsetTicks = 0;
                        if (!MatchWord(s, ref pos, end, "GMT"))
                            return BadDateTime;
                        break;
                    }
                    if (pos >= end || s[pos] != ch)
                        return BadDateTime;
                    pos++;
                    break;
            }
            fpos += tokenLen;
            return Ok;
        }

        // A field seen twice must have the same value both times.
        private static bool CheckNewValue(ref int currentValue, int newValue, char patternChar, Parsed result)
        {
            if (currentValue == -1)
            {
                currentValue = newValue;
                return true;
            }
            if (newValue != currentValue)
            {
                result.Detail = patternChar.ToString();
                return false;
            }
            return true;
        }

        // digitLen 1 means one or two digits; otherwise exactly digitLen digits.
        private static bool ParseDigits(string s, ref int pos, int end, int digitLen, out int result)
        {
            int minDigits = digitLen;
            int maxDigits = digitLen == 1 ? 2 : digitLen;
            int value = 0;
            int count = 0;
            int start = pos;
            while (count < maxDigits && pos < end && IsDigit(s[pos]))
            {
                value = value * 10 + (s[pos] - '0');
                pos++;
                count++;
            }
            result = value;
            if (count < minDigits)
            {
                pos = start;
                return false;
            }
            return true;
        }

        // Up to maxDigitLen fraction digits as ticks (rounded to the nearest tick); true when
        // exactly maxDigitLen digits were read.
        private static bool ParseFractionExact(string s, ref int pos, int end, int maxDigitLen, out long ticks)
        {
            ticks = 0;
            long value = 0;
            int digitLen = 0;
            while (digitLen < maxDigitLen && pos < end && IsDigit(s[pos]))
            {
                value = value * 10 + (s[pos] - '0');
                pos++;
                digitLen++;
            }
            if (digitLen == 0)
                return false;
            ticks = value * DateTimeFormat.Pow10(DateTimeFormat.MaxSecondsFractionDigits - digitLen);
            return digitLen == maxDigitLen;
        }

        // [+-]h[h][[:]mm] as ticks: 'z' takes one or two hour digits, 'zz' two, 'zzz' two and
        // then minutes after an optional colon.
        private static bool ParseTimeZoneOffset(string s, ref int pos, int end, int len, out long offset)
        {
            offset = 0;
            if (pos >= end || (s[pos] != '+' && s[pos] != '-'))
                return false;
            bool negative = s[pos] == '-';
            int p = pos + 1;
            int hours;
            int minutes = 0;
            if (len <= 2)
            {
                if (!ParseDigits(s, ref p, end, len, out hours))
                    return false;
                // "+hh:mm" is also accepted for 'zz' when the minutes are there.
                if (len == 2 && p < end && s[p] == ':')
                {
                    int q = p + 1;
                    if (ParseDigits(s, ref q, end, 2, out minutes))
                        p = q;
                    else
                        minutes = 0;
                }
            }
            else
            {
                if (!ParseDigits(s, ref p, end, 1, out hours))
                    return false;
                if (p < end && s[p] == ':')
                    p++;
                if (!ParseDigits(s, ref p, end, 2, out minutes))
                    return false;
            }
            if (minutes >= 60 || hours >= 24)
                return false;
            offset = hours * TimeSpan.TicksPerHour + minutes * TimeSpan.TicksPerMinute;
            if (negative)
                offset = -offset;
            pos = p;
            return true;
        }

        // "Tue, 03 Jan 2017 08:08:05 GMT": exactly 29 characters; names in any case, "GMT" in
        // upper case. The result is Unspecified (not converted).
        private static int ParseFormatR(string s, Parsed result)
        {
            if (s.Length != 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' || s[11] != ' ' || s[16] != ' ' ||
                s[19] != ':' || s[22] != ':' || s[25] != ' ' || s[26] != 'G' || s[27] != 'M' || s[28] != 'T')
                return BadDateTime;
            int dayOfWeek = MatchNameAt(s, 0, 3, DateTimeFormat.AbbreviatedDayNames);
            int month = MatchNameAt(s, 8, 3, DateTimeFormat.AbbreviatedMonthNames);
            int day, year, hour, minute, second;
            if (dayOfWeek < 0 || month < 0 || !FixedDigits(s, 5, 2, out day) || !FixedDigits(s, 12, 4, out year) ||
                !FixedDigits(s, 17, 2, out hour) || !FixedDigits(s, 20, 2, out minute) || !FixedDigits(s, 23, 2, out second))
                return BadDateTime;
            long dateTicks, timeTicks;
            if (!DateTime.TryDateToTicks(year, month + 1, day, out dateTicks) || !DateTime.TryTimeToTicks(hour, minute, second, out timeTicks))
                return BadDateTimeCalendar;
            result.Result = new DateTime(dateTicks + timeTicks);
            if ((int)result.Result.DayOfWeek != dayOfWeek)
                return BadDayOfWeek;
            return Ok;
        }

        // "2017-06-12T05:30:45.7680000" then nothing, "Z", "+hh:mm" or "+h:mm".
        private static int ParseFormatO(string s, Parsed result)
        {
            if (s.Length < 27 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != '.')
                return BadDateTime;
            int year, month, day, hour, minute, second, fraction;
            if (!FixedDigits(s, 0, 4, out year) || !FixedDigits(s, 5, 2, out month) || !FixedDigits(s, 8, 2, out day) ||
                !FixedDigits(s, 11, 2, out hour) || !FixedDigits(s, 14, 2, out minute) || !FixedDigits(s, 17, 2, out second) ||
                !FixedDigits(s, 20, 7, out fraction))
                return BadDateTime;
            long dateTicks, timeTicks;
            if (!DateTime.TryDateToTicks(year, month, day, out dateTicks) || !DateTime.TryTimeToTicks(hour, minute, second, out timeTicks))
                return BadDateTime;
            result.Result = new DateTime(dateTicks + timeTicks + fraction);

            if (s.Length > 27)
            {
                char offsetChar = s[27];
                if (offsetChar == 'Z')
                {
                    if (s.Length != 28)
                        return BadDateTime;
                    result.TimeZoneUsed = true;
                    result.TimeZoneUtc = true;
                }
                else if (offsetChar == '+' || offsetChar == '-')
                {
                    int offsetHours, offsetMinutes, colonIndex;
                    if (s.Length == 33)
                    {
                        if (!FixedDigits(s, 28, 2, out offsetHours))
                            return BadDateTime;
                        colonIndex = 30;
                    }
                    else if (s.Length == 32)
                    {
                        // Compatibility: a single offset hour digit.
                        if (!FixedDigits(s, 28, 1, out offsetHours))
                            return BadDateTime;
                        colonIndex = 29;
                    }
                    else
                    {
                        return BadDateTime;
                    }
                    if (s[colonIndex] != ':' || !FixedDigits(s, colonIndex + 1, 2, out offsetMinutes))
                        return BadDateTime;
                    result.TimeZoneUsed = true;
                    result.OffsetTicks = offsetHours * TimeSpan.TicksPerHour + offsetMinutes * TimeSpan.TicksPerMinute;
                    if (offsetChar == '-')
                        result.OffsetTicks = -result.OffsetTicks;
                }
                else
                {
                    return BadDateTime;
                }
            }
            return DetermineTimeZoneAdjustments(result, DateTimeStyles.None);
        }

        private static bool FixedDigits(string s, int start, int count, out int value)
        {
            value = 0;
            for (int i = start; i < start + count; i++)
            {
                if (!IsDigit(s[i]))
                    return false;
                value = value * 10 + (s[i] - '0');
            }
            return true;
        }

        // Fills in a missing date: nothing at all is today (or 0001-01-01 with
        // NoCurrentDateDefault), a missing year is this year, a missing month or day is 1.
        private static void CheckDefaultDateTime(Parsed result, DateTimeStyles styles)
        {
            if (result.Year == -1 || result.Month == -1 || result.Day == -1)
            {
                DateTime now = DateTime.Now;
                if (result.Month == -1 && result.Day == -1)
                {
                    if (result.Year == -1)
                    {
                        if ((styles & DateTimeStyles.NoCurrentDateDefault) != 0)
                        {
                            result.Year = 1;
                            result.Month = 1;
                            result.Day = 1;
                        }
                        else
                        {
                            result.Year = now.Year;
                            result.Month = now.Month;
                            result.Day = now.Day;
                        }
                    }
                    else
                    {
                        result.Month = 1;
                        result.Day = 1;
                    }
                }
                else
                {
                    if (result.Year == -1)
                        result.Year = now.Year;
                    if (result.Month == -1)
                        result.Month = 1;
                    if (result.Day == -1)
                        result.Day = 1;
                }
            }
            if (result.Hour == -1)
                result.Hour = 0;
            if (result.Minute == -1)
                result.Minute = 0;
            if (result.Second == -1)
                result.Second = 0;
        }

        // Applies the time zone found in the input and the DateTimeStyles to result.Result,
        // whose ticks are the clock time as written.
        private static int DetermineTimeZoneAdjustments(Parsed result, DateTimeStyles styles)
        {
            if (result.OffsetTicks < -MaxOffsetTicks || result.OffsetTicks > MaxOffsetTicks)
                return OffsetOutOfRange;

            if (!result.TimeZoneUsed)
            {
                // AssumeLocal and AssumeUniversal only apply when there is no time zone.
                if ((styles & DateTimeStyles.AssumeLocal) != 0)
                {
                    if ((styles & DateTimeStyles.AdjustToUniversal) == 0)
                    {
                        result.Result = DateTime.SpecifyKind(result.Result, DateTimeKind.Local);
                        return Ok;
                    }
                    result.TimeZoneUsed = true;
                    result.OffsetTicks = 0; // the local offset
                }
                else if ((styles & DateTimeStyles.AssumeUniversal) != 0)
                {
                    if ((styles & DateTimeStyles.AdjustToUniversal) != 0)
                    {
                        result.Result = DateTime.SpecifyKind(result.Result, DateTimeKind.Utc);
                        return Ok;
                    }
                    result.TimeZoneUsed = true;
                    result.OffsetTicks = 0;
                }
                else
                {
                    // No time zone and no assumption: Unspecified.
                    return Ok;
                }
            }

            if ((styles & DateTimeStyles.RoundtripKind) != 0 && result.TimeZoneUtc)
            {
                result.Result = DateTime.SpecifyKind(result.Result, DateTimeKind.Utc);
                return Ok;
            }

            long ticks = result.Result.Ticks - result.OffsetTicks;
            if ((styles & DateTimeStyles.AdjustToUniversal) != 0)
            {
                if (ticks < 0)
                    ticks += TimeSpan.TicksPerDay;
                if (ticks < DateTime.MinTicks || ticks > DateTime.MaxTicks)
                    return DateOutOfRange;
                result.Result = new DateTime(ticks, DateTimeKind.Utc);
                return Ok;
            }

            // To local time; the local offset is zero. A time of day alone wraps around.
            if (result.Result.Ticks < TimeSpan.TicksPerDay && ticks < 0)
                ticks += TimeSpan.TicksPerDay;
            if (ticks < DateTime.MinTicks || ticks > DateTime.MaxTicks)
                return DateOutOfRange;
            result.Result = new DateTime(ticks, DateTimeKind.Local);
            return Ok;
        }

        // ---- Parse ---------------------------------------------------------------------

        private const int TokenNumber = 0;
        private const int TokenWord = 1;
        private const int TokenSeparator = 2;

        // A token of the input: a run of digits, a run of letters, or one separator character
        // (runs of white space collapse into one ' ').
        private struct Token
        {
            internal int Kind;
            internal int Start;
            internal int Length;
            internal int Value;      // numbers: the value (capped); separators: the character
        }

        private static Token[] Tokenize(string s)
        {
            Token[] tokens = new Token[8];
            int count = 0;
            int pos = 0;
            while (pos < s.Length)
            {
                char c = s[pos];
                Token t = new Token();
                t.Start = pos;
                if (IsDigit(c))
                {
                    t.Kind = TokenNumber;
                    int value = 0;
                    while (pos < s.Length && IsDigit(s[pos]))
                    {
                        if (value < 100000000)
                            value = value * 10 + (s[pos] - '0');
                        pos++;
                    }
                    t.Value = value;
                }
                else if (IsWhiteSpace(c))
                {
                    t.Kind = TokenSeparator;
                    t.Value = ' ';
                    while (pos < s.Length && IsWhiteSpace(s[pos]))
                        pos++;
                }
                else if (IsSeparator(c))
                {
                    t.Kind = TokenSeparator;
                    t.Value = c;
                    pos++;
                }
                else
                {
                    t.Kind = TokenWord;
                    while (pos < s.Length && !IsDigit(s[pos]) && !IsWhiteSpace(s[pos]) && !IsSeparator(s[pos]))
                        pos++;
                }
                t.Length = pos - t.Start;
                if (count == tokens.Length)
                {
                    Token[] larger = new Token[count * 2];
                    for (int i = 0; i < count; i++)
                        larger[i] = tokens[i];
                    tokens = larger;
                }
                tokens[count++] = t;
            }
            Token[] exact = new Token[count];
            for (int i = 0; i < count; i++)
                exact[i] = tokens[i];
            return exact;
        }

        private static bool IsSeparator(char c)
        {
            return c == ',' || c == '/' || c == '-' || c == ':' || c == '.' || c == '+';
        }

        private static bool IsSep(Token[] tokens, int i, char c)
        {
            return i < tokens.Length && tokens[i].Kind == TokenSeparator && tokens[i].Value == c;
        }

        private static bool IsNumber(Token[] tokens, int i)
        {
            return i < tokens.Length && tokens[i].Kind == TokenNumber;
        }

        // The index of the next token that is not white space.
        private static int SkipSpaces(Token[] tokens, int i)
        {
            while (i < tokens.Length && tokens[i].Kind == TokenSeparator && tokens[i].Value == ' ')
                i++;
            return i;
        }

        private static int TryParseLenient(string s, DateTimeStyles styles, Parsed result)
        {
            Token[] tokens = Tokenize(s);

            // The date's numbers, in order, with their digit counts.
            int[] dateNumbers = new int[3];
            int[] dateDigits = new int[3];
            int dateNumberCount = 0;
            bool monthFromName = false;
            // How many date numbers came before the month name ("5 Jan" vs "Jan 5").
            int numbersBeforeMonthName = 0;
            bool anyDateOrTime = false;
            // The token index just after the time (and its AM/PM), where an offset may start.
            int timeEnd = -1;

            int i = 0;
            while (i < tokens.Length)
            {
                Token t = tokens[i];
                if (t.Kind == TokenNumber)
                {
                    if (IsSep(tokens, i + 1, ':') && IsNumber(tokens, i + 2))
                    {
                        // A time: h:m[:s[.f]] [AM|PM]
                        if (result.Hour != -1)
                            return BadDateTime;
                        i = ParseTime(s, tokens, i, result);
                        if (i < 0)
                            return BadDateTime;
                        timeEnd = i;
                        anyDateOrTime = true;
                        continue;
                    }
                    int next = SkipSpaces(tokens, i + 1);
                    int mark = next < tokens.Length ? TimeMarkOf(s, tokens[next]) : TimeMarkNotSet;
                    if (mark != TimeMarkNotSet && t.Length <= 2)
                    {
                        // An hour alone: "5 PM".
                        if (result.Hour != -1)
                            return BadDateTime;
                        result.Hour = t.Value;
                        result.Minute = 0;
                        result.Second = 0;
                        result.TimeMark = mark;
                        i = next + 1;
                        timeEnd = i;
                        anyDateOrTime = true;
                        continue;
                    }
                    if (dateNumberCount == 3)
                        return BadDateTime;
                    dateNumbers[dateNumberCount] = t.Value;
                    dateDigits[dateNumberCount] = t.Length;
                    dateNumberCount++;
                    anyDateOrTime = true;
                    i++;
                    continue;
                }

                if (t.Kind == TokenWord)
                {
                    int month = MatchWholeName(s, t, DateTimeFormat.MonthNames);
                    if (month < 0)
                        month = MatchWholeName(s, t, DateTimeFormat.AbbreviatedMonthNames);
                    if (month >= 0)
                    {
                        if (monthFromName)
                            return BadDateTime;
                        monthFromName = true;
                        result.Month = month + 1;
                        numbersBeforeMonthName = dateNumberCount;
                        anyDateOrTime = true;
                        i++;
                        continue;
                    }
                    int dayOfWeek = MatchWholeName(s, t, DateTimeFormat.DayNames);
                    if (dayOfWeek < 0)
                        dayOfWeek = MatchWholeName(s, t, DateTimeFormat.AbbreviatedDayNames);
                    if (dayOfWeek >= 0)
                    {
                        if (result.DayOfWeek != -1 && result.DayOfWeek != dayOfWeek)
                            return BadDateTime;
                        result.DayOfWeek = dayOfWeek;
                        i++;
                        continue;
                    }
                    if (IsWord(s, t, "T") && (dateNumberCount > 0 || monthFromName) && IsNumber(tokens, i + 1) && IsSep(tokens, i + 2, ':'))
                    {
                        // The ISO 8601 date/time separator.
                        i++;
                        continue;
                    }
                    if (IsWord(s, t, "Z") || IsWord(s, t, "GMT"))
                    {
                        if (result.TimeZoneUsed)
                            return BadDateTime;
                        result.TimeZoneUsed = true;
                        result.TimeZoneUtc = true;
                        result.OffsetTicks = 0;
                        i++;
                        continue;
                    }
                    if (TimeMarkOf(s, t) != TimeMarkNotSet)
                    {
                        // A designator that does not follow a time ("AM 10:30").
                        return BadDateTime;
                    }
                    result.Detail = t.Start.ToString();
                    return UnknownWord;
                }

                // Separators between fields carry no meaning, except a sign that follows the
                // time: that starts an offset.
                if (IsOffsetSign(tokens, i) && timeEnd >= 0 && SkipSpaces(tokens, timeEnd) == i && !result.TimeZoneUsed && IsNumber(tokens, i + 1))
                {
                    i = ParseNumericOffset(tokens, i + 1, result);
                    if (i < 0)
                        return BadDateTime;
                    continue;
                }
                if (t.Value == '+')
                    return BadDateTime;
                i++;
            }

            if (!anyDateOrTime)
                return BadDateTime;

            // Assign the date numbers to year, month and day.
            if (!AssignDate(dateNumbers, dateDigits, dateNumberCount, monthFromName, numbersBeforeMonthName, result))
                return BadDateTime;

            // AM takes hours up to 12; PM also takes 13 to 23 as they are ("13:30 PM").
            if (result.TimeMark == TimeMarkAM)
            {
                if (result.Hour > 12)
                    return BadDateTime;
                if (result.Hour == 12)
                    result.Hour = 0;
            }
            else if (result.TimeMark == TimeMarkPM)
            {
                if (result.Hour > 23)
                    return BadDateTime;
                if (result.Hour < 12)
                    result.Hour += 12;
            }

            CheckDefaultDateTime(result, styles);
            long dateTicks, timeTicks;
            if (!DateTime.TryDateToTicks(result.Year, result.Month, result.Day, out dateTicks) ||
                !DateTime.TryTimeToTicks(result.Hour, result.Minute, result.Second, out timeTicks))
                return BadDateTime;
            long ticks = dateTicks + timeTicks;
            if (result.FractionTicks > 0)
            {
                ticks += result.FractionTicks;
                if (ticks > DateTime.MaxTicks)
                    return BadDateTime;
            }
            result.Result = new DateTime(ticks);

            if (result.DayOfWeek != -1 && result.DayOfWeek != (int)result.Result.DayOfWeek)
                return BadDayOfWeek;

            return DetermineTimeZoneAdjustments(result, styles);
        }

        private static bool IsOffsetSign(Token[] tokens, int i)
        {
            return IsSep(tokens, i, '+') || IsSep(tokens, i, '-');
        }

        // h:m[:s[.fffffff]] [AM|PM] starting at tokens[i]; returns the next token index or -1.
        private static int ParseTime(string s, Token[] tokens, int i, Parsed result)
        {
            if (tokens[i].Length > 2 || tokens[i + 2].Length > 2)
                return -1;
            result.Hour = tokens[i].Value;
            result.Minute = tokens[i + 2].Value;
            result.Second = 0;
            i += 3;
            if (IsSep(tokens, i, ':') && IsNumber(tokens, i + 1))
            {
                if (tokens[i + 1].Length > 2)
                    return -1;
                result.Second = tokens[i + 1].Value;
                i += 2;
                if (IsSep(tokens, i, '.') && IsNumber(tokens, i + 1))
                {
                    result.FractionTicks = FractionTicks(s, tokens[i + 1]);
                    i += 2;
                }
            }
            int next = SkipSpaces(tokens, i);
            if (next < tokens.Length)
            {
                int mark = TimeMarkOf(s, tokens[next]);
                if (mark != TimeMarkNotSet)
                {
                    result.TimeMark = mark;
                    i = next + 1;
                }
            }
            return i;
        }

        // The fraction digits of a number token as ticks, rounded to the nearest tick.
        private static long FractionTicks(string s, Token t)
        {
            long ticks = 0;
            int digits = 0;
            int pos = t.Start;
            int end = t.Start + t.Length;
            while (pos < end && digits < DateTimeFormat.MaxSecondsFractionDigits)
            {
                ticks = ticks * 10 + (s[pos] - '0');
                pos++;
                digits++;
            }
            ticks *= DateTimeFormat.Pow10(DateTimeFormat.MaxSecondsFractionDigits - digits);
            if (pos < end)
            {
                // Round on the remaining digits: above half rounds up, exactly half to even.
                int first = s[pos] - '0';
                bool restNonZero = false;
                for (int k = pos + 1; k < end; k++)
                {
                    if (s[k] != '0')
                        restNonZero = true;
                }
                if (first > 5 || (first == 5 && (restNonZero || (ticks & 1) != 0)))
                    ticks++;
            }
            return ticks;
        }

        // The offset whose sign is tokens[i - 1] and digits start at tokens[i]: hh, hhmm, h,
        // or hh:mm. Returns the next token index or -1.
        private static int ParseNumericOffset(Token[] tokens, int i, Parsed result)
        {
            bool negative = tokens[i - 1].Value == '-';
            Token t = tokens[i];
            int hours, minutes = 0;
            if (t.Length <= 2)
            {
                hours = t.Value;
                i++;
                if (IsSep(tokens, i, ':') && IsNumber(tokens, i + 1))
                {
                    if (tokens[i + 1].Length != 2)
                        return -1;
                    minutes = tokens[i + 1].Value;
                    i += 2;
                }
            }
            else if (t.Length == 4)
            {
                hours = t.Value / 100;
                minutes = t.Value % 100;
                i++;
            }
            else
            {
                return -1;
            }
            if (minutes >= 60)
                return -1;
            result.TimeZoneUsed = true;
            result.OffsetTicks = hours * TimeSpan.TicksPerHour + minutes * TimeSpan.TicksPerMinute;
            if (negative)
                result.OffsetTicks = -result.OffsetTicks;
            return i;
        }

        // Year, month and day from the date numbers. Without a month name the order is
        // year-month-day when the first number has 3 or more digits, else month/day/year
        // (InvariantCulture's short date). With a month name, a number of 3 or more digits is
        // the year and the other the day.
        private static bool AssignDate(int[] n, int[] digits, int count, bool monthFromName, int numbersBeforeMonthName, Parsed result)
        {
            if (!monthFromName)
            {
                if (count == 0)
                    return true; // time only
                if (count == 1)
                    return false;
                if (count == 2)
                {
                    if (digits[0] >= 3)
                    {
                        result.Year = n[0];
                        result.Month = n[1];
                        result.Day = 1;
                    }
                    else if (digits[1] >= 3)
                    {
                        result.Month = n[0];
                        result.Year = n[1];
                        result.Day = 1;
                    }
                    else
                    {
                        result.Month = n[0];
                        result.Day = n[1];
                        return true;
                    }
                    return true;
                }
                if (digits[0] >= 3)
                {
                    result.Year = n[0];
                    result.Month = n[1];
                    result.Day = n[2];
                    return true;
                }
                result.Month = n[0];
                result.Day = n[1];
                result.Year = digits[2] <= 2 ? ToFourDigitYear(n[2]) : n[2];
                return true;
            }

            if (count == 0)
                return false; // a month name alone
            if (count == 1)
            {
                // "Jan 2020" and "2020 Jan": the year. Otherwise InvariantCulture's patterns
                // ("MMMM dd", "yyyy MMMM") make "Jan 5" a day and "5 Jan" a year (2005).
                if (digits[0] >= 3)
                {
                    result.Year = n[0];
                    result.Day = 1;
                }
                else if (numbersBeforeMonthName == 1)
                {
                    result.Year = ToFourDigitYear(n[0]);
                    result.Day = 1;
                }
                else
                {
                    result.Day = n[0];
                }
                return true;
            }
            if (count == 2)
            {
                if (digits[0] >= 3)
                {
                    result.Year = n[0];
                    result.Day = n[1];
                }
                else if (digits[1] >= 3)
                {
                    result.Day = n[0];
                    result.Year = n[1];
                }
                else
                {
                    result.Day = n[0];
                    result.Year = ToFourDigitYear(n[1]);
                }
                return true;
            }
            return false;
        }

        private static int ToFourDigitYear(int year)
        {
            if (year < 100)
                return (TwoDigitYearMax / 100 - (year > TwoDigitYearMax % 100 ? 1 : 0)) * 100 + year;
            return year;
        }

        private static int TimeMarkOf(string s, Token t)
        {
            if (t.Kind != TokenWord)
                return TimeMarkNotSet;
            if (IsWord(s, t, DateTimeFormat.AMDesignator))
                return TimeMarkAM;
            if (IsWord(s, t, DateTimeFormat.PMDesignator))
                return TimeMarkPM;
            return TimeMarkNotSet;
        }

        // ---- Shared helpers ------------------------------------------------------------

        // The index in names of the word token t (whole word, case-insensitively), or -1.
        private static int MatchWholeName(string s, Token t, string[] names)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (IsWord(s, t, names[i]))
                    return i;
            }
            return -1;
        }

        private static bool IsWord(string s, Token t, string word)
        {
            return t.Kind == TokenWord && t.Length == word.Length && EqualsIgnoreCase(s, t.Start, word);
        }

        // The longest name that s continues with at pos (case-insensitively, a prefix match as
        // in .NET); moves pos past it. Returns its index or -1.
        private static int MatchName(string s, ref int pos, int end, string[] names)
        {
            int best = -1;
            int bestLength = 0;
            for (int i = 0; i < names.Length; i++)
            {
                string name = names[i];
                if (name.Length > bestLength && pos + name.Length <= end && EqualsIgnoreCase(s, pos, name))
                {
                    best = i;
                    bestLength = name.Length;
                }
            }
            if (best >= 0)
                pos += bestLength;
            return best;
        }

        private static int MatchNameAt(string s, int pos, int length, string[] names)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i].Length == length && EqualsIgnoreCase(s, pos, names[i]))
                    return i;
            }
            return -1;
        }

        // Whether s continues with word at pos (case-insensitively); if so moves pos past it.
        private static bool MatchWord(string s, ref int pos, int end, string word)
        {
            if (pos + word.Length > end || !EqualsIgnoreCase(s, pos, word))
                return false;
            pos += word.Length;
            return true;
        }

        // MatchWord, but only as a whole word (no letter may follow).
        private static bool MatchZoneName(string s, ref int pos, int end, string word)
        {
            int next = pos + word.Length;
            if (next < end && char.IsLetter(s[next]))
                return false;
            return MatchWord(s, ref pos, end, word);
        }

        private static bool IsWordAt(string s, int pos, string word)
        {
            if (pos + word.Length > s.Length)
                return false;
            for (int i = 0; i < word.Length; i++)
            {
                if (s[pos + i] != word[i])
                    return false;
            }
            return true;
        }

        // ASCII case-insensitive comparison of s[pos..] with the (ASCII) word.
        private static bool EqualsIgnoreCase(string s, int pos, string word)
        {
            if (pos + word.Length > s.Length)
                return false;
            for (int i = 0; i < word.Length; i++)
            {
                char a = s[pos + i];
                char b = word[i];
                if (a >= 'A' && a <= 'Z')
                    a = (char)(a + 32);
                if (b >= 'A' && b <= 'Z')
                    b = (char)(b + 32);
                if (a != b)
                    return false;
            }
            return true;
        }

        private static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        // char.IsWhiteSpace: the Unicode White_Space characters.
        internal static bool IsWhiteSpace(char c)
        {
            if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00A0')
                return true;
            if (c < '\u1680')
                return false;
            return c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' ||
                c == '\u202F' || c == '\u205F' || c == '\u3000';
        }

        // The quoted string at format[pos] (the quote character), unescaped, into result;
        // returnValue is its length including both quotes. False without a closing quote.
        internal static bool TryParseQuoteString(string format, int pos, StringBuilder result, out int returnValue)
        {
            returnValue = 0;
            int formatLen = format.Length;
            int beginPos = pos;
            char quoteChar = format[pos++];
            bool foundQuote = false;
            while (pos < formatLen)
            {
                char ch = format[pos++];
                if (ch == quoteChar)
                {
                    foundQuote = true;
                    break;
                }
                if (ch == '\\')
                {
                    // Escaped characters are allowed inside quotes too.
                    if (pos < formatLen)
                        result.Append(format[pos++]);
                    else
                        return false;
                }
                else
                {
                    result.Append(ch);
                }
            }
            if (!foundQuote)
                return false;
            returnValue = pos - beginPos;
            return true;
        }

        private static string Slice(string s, int start, int end)
        {
            char[] chars = new char[end - start];
            for (int i = start; i < end; i++)
                chars[i - start] = s[i];
            return new string(chars);
        }
    }
}
