// System.DateTimeFormat: DateTime.ToString, with .NET's InvariantCulture patterns and names
// (CILKit has no cultures: every IFormatProvider formats like CultureInfo.InvariantCulture).
// The custom-format token helpers are shared with TimeSpanFormat and the parsers.
using System.Text;

namespace System
{
    internal static class DateTimeFormat
    {
        internal const int MaxSecondsFractionDigits = 7;

        // InvariantCulture's DateTimeFormatInfo.
        internal static readonly string[] DayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        internal static readonly string[] AbbreviatedDayNames = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        internal static readonly string[] MonthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
        internal static readonly string[] AbbreviatedMonthNames = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        internal const string AMDesignator = "AM";
        internal const string PMDesignator = "PM";
        internal const string EraName = "A.D.";

        internal const string ShortDatePattern = "MM/dd/yyyy";
        internal const string LongDatePattern = "dddd, dd MMMM yyyy";
        internal const string ShortTimePattern = "HH:mm";
        internal const string LongTimePattern = "HH:mm:ss";
        internal const string FullDateTimePattern = "dddd, dd MMMM yyyy HH:mm:ss";
        internal const string MonthDayPattern = "MMMM dd";
        internal const string YearMonthPattern = "yyyy MMMM";
        internal const string RoundtripPattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
        internal const string RFC1123Pattern = "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
        internal const string SortableDateTimePattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
        internal const string UniversalSortableDateTimePattern = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";

        internal const string InvalidString = "Input string was not in a correct format.";

        // DateTime.ToString(format, provider).
        internal static string Format(DateTime dateTime, string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0)
                format = "G";
            if (format.Length == 1)
            {
                if (format[0] == 'U')
                    dateTime = dateTime.ToUniversalTime();
                format = ExpandStandardFormat(format[0]);
            }
            StringBuilder result = new StringBuilder();
            FormatCustomized(dateTime, format, result);
            return result.ToString();
        }

        // The pattern of a standard (one-character) format, or FormatException.
        internal static string ExpandStandardFormat(char format)
        {
            switch (format)
            {
                case 'd':
                    return ShortDatePattern;
                case 'D':
                    return LongDatePattern;
                case 'f':
                    return LongDatePattern + " " + ShortTimePattern;
                case 'F':
                    return FullDateTimePattern;
                case 'g':
                    return ShortDatePattern + " " + ShortTimePattern;
                case 'G':
                    return ShortDatePattern + " " + LongTimePattern;
                case 'm':
                case 'M':
                    return MonthDayPattern;
                case 'o':
                case 'O':
                    return RoundtripPattern;
                case 'r':
                case 'R':
                    return RFC1123Pattern;
                case 's':
                    return SortableDateTimePattern;
                case 't':
                    return ShortTimePattern;
                case 'T':
                    return LongTimePattern;
                case 'u':
                    return UniversalSortableDateTimePattern;
                case 'U':
                    return FullDateTimePattern;
                case 'y':
                case 'Y':
                    return YearMonthPattern;
                default:
                    throw new FormatException(InvalidString);
            }
        }

        // Custom format strings, as .NET's DateTimeFormat.FormatCustomized.
        private static void FormatCustomized(DateTime dateTime, string format, StringBuilder result)
        {
            int year, month, day;
            dateTime.GetDate(out year, out month, out day);
            int i = 0;
            while (i < format.Length)
            {
                char ch = format[i];
                int tokenLen;
                int nextChar;
                switch (ch)
                {
                    case 'g':
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        result.Append(EraName);
                        break;
                    case 'h':
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        int hour12 = dateTime.Hour % 12;
                        if (hour12 == 0)
                            hour12 = 12;
                        FormatDigits(result, hour12, tokenLen);
                        break;
                    case 'H':
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        FormatDigits(result, dateTime.Hour, tokenLen);
                        break;
                    case 'm':
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        FormatDigits(result, dateTime.Minute, tokenLen);
                        break;
                    case 's':
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        FormatDigits(result, dateTime.Second, tokenLen);
                        break;
                    case 'f':
                    case 'F':
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        if (tokenLen > MaxSecondsFractionDigits)
                            throw new FormatException(InvalidString);
                        long fraction = dateTime.Ticks % TimeSpan.TicksPerSecond;
                        fraction /= Pow10(MaxSecondsFractionDigits - tokenLen);
                        if (ch == 'f')
                        {
                            AppendNumber(result, fraction, tokenLen);
                        }
                        else
                        {
                            // 'F': drop trailing zeros; if nothing is left, drop a preceding '.' too.
                            int effectiveDigits = tokenLen;
                            while (effectiveDigits > 0 && fraction % 10 == 0)
                            {
                                fraction /= 10;
                                effectiveDigits--;
                            }
                            if (effectiveDigits > 0)
                                AppendNumber(result, fraction, effectiveDigits);
                            else if (result.Length > 0 && result[result.Length - 1] == '.')
                                result.Length = result.Length - 1;
                        }
                        break;
                    case 't':
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        string designator = dateTime.Hour < 12 ? AMDesignator : PMDesignator;
                        if (tokenLen == 1)
                            result.Append(designator[0]);
                        else
                            result.Append(designator);
                        break;
                    case 'd':
                        // d, dd: day of month; ddd: abbreviated day name; dddd...: full day name.
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        if (tokenLen <= 2)
                            FormatDigits(result, day, tokenLen);
                        else if (tokenLen == 3)
                            result.Append(AbbreviatedDayNames[(int)dateTime.DayOfWeek]);
                        else
                            result.Append(DayNames[(int)dateTime.DayOfWeek]);
                        break;
                    case 'M':
                        // M, MM: month number; MMM: abbreviated month name; MMMM...: full month name.
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        if (tokenLen <= 2)
                            FormatDigits(result, month, tokenLen);
                        else if (tokenLen == 3)
                            result.Append(AbbreviatedMonthNames[month - 1]);
                        else
                            result.Append(MonthNames[month - 1]);
                        break;
                    case 'y':
                        // y: year % 100 without a leading zero; yy: year % 100 with one;
                        // yyy...: the whole year, zero-padded to the token length.
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        if (tokenLen <= 2)
                            FormatDigits(result, year % 100, tokenLen);
                        else
                            AppendNumber(result, year, tokenLen);
                        break;
                    case 'z':
                        // The local offset, which is always zero in CILKit, even for UTC values:
                        // "+0", "+00", "+00:00".
                        tokenLen = ParseRepeatPattern(format, i, ch);
                        result.Append('+');
                        if (tokenLen <= 1)
                        {
                            result.Append('0');
                        }
                        else
                        {
                            result.Append("00");
                            if (tokenLen >= 3)
                                result.Append(":00");
                        }
                        break;
                    case 'K':
                        // Round-trips the Kind: nothing for Unspecified, "Z" for Utc, the local
                        // offset for Local.
                        tokenLen = 1;
                        DateTimeKind kind = dateTime.Kind;
                        if (kind == DateTimeKind.Utc)
                            result.Append('Z');
                        else if (kind == DateTimeKind.Local)
                            result.Append("+00:00");
                        break;
                    case ':':
                        result.Append(':');
                        tokenLen = 1;
                        break;
                    case '/':
                        result.Append('/');
                        tokenLen = 1;
                        break;
                    case '\'':
                    case '\"':
                        tokenLen = ParseQuoteString(format, i, result);
                        break;
                    case '%':
                        // "%d" formats the single character 'd' as a custom format; "%%" and a
                        // trailing '%' are invalid.
                        nextChar = ParseNextChar(format, i);
                        if (nextChar >= 0 && nextChar != '%')
                        {
                            FormatCustomized(dateTime, ((char)nextChar).ToString(), result);
                            tokenLen = 2;
                        }
                        else
                        {
                            throw new FormatException(InvalidString);
                        }
                        break;
                    case '\\':
                        // An escaped character is copied as is.
                        nextChar = ParseNextChar(format, i);
                        if (nextChar >= 0)
                        {
                            result.Append((char)nextChar);
                            tokenLen = 2;
                        }
                        else
                        {
                            throw new FormatException(InvalidString);
                        }
                        break;
                    default:
                        result.Append(ch);
                        tokenLen = 1;
                        break;
                }
                i += tokenLen;
            }
        }

        // The number of times the character at format[pos] repeats from pos on.
        internal static int ParseRepeatPattern(string format, int pos, char patternChar)
        {
            int len = format.Length;
            int index = pos + 1;
            while (index < len && format[index] == patternChar)
                index++;
            return index - pos;
        }

        // The character after format[pos], or -1 at the end.
        internal static int ParseNextChar(string format, int pos)
        {
            if (pos >= format.Length - 1)
                return -1;
            return format[pos + 1];
        }

        // Appends the quoted string starting at format[pos] (the quote character) without its
        // quotes, honouring '\' escapes; returns the length consumed including both quotes.
        internal static int ParseQuoteString(string format, int pos, StringBuilder result)
        {
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
                    if (pos < formatLen)
                        result.Append(format[pos++]);
                    else
                        throw new FormatException(InvalidString);
                }
                else
                {
                    result.Append(ch);
                }
            }
            if (!foundQuote)
                throw new FormatException("Cannot find a matching quote character for the character '" + quoteChar.ToString() + "'.");
            return pos - beginPos;
        }

        // value with at least `len` digits, but .NET caps the padding at two digits here
        // ("hhh" prints like "hh").
        internal static void FormatDigits(StringBuilder result, int value, int len)
        {
            AppendNumber(result, value, len > 2 ? 2 : len);
        }

        // A non-negative number, zero-padded to at least minDigits digits.
        internal static void AppendNumber(StringBuilder result, long value, int minDigits)
        {
            char[] digits = new char[20];
            int n = 0;
            do
            {
                digits[n++] = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            while (value != 0);
            for (int i = n; i < minDigits; i++)
                result.Append('0');
            while (n > 0)
                result.Append(digits[--n]);
        }

        internal static long Pow10(int pow)
        {
            long result = 1;
            while (pow-- > 0)
                result *= 10;
            return result;
        }
    }
}
