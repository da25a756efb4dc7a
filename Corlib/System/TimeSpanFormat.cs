// System.TimeSpanFormat: TimeSpan.ToString, with InvariantCulture's separators.
//   "c" (also "t", "T", null, ""):  [-][d.]hh:mm:ss[.fffffff]
//   "g":                            [-][d:]h:mm:ss[.FFFFFFF]
//   "G":                            [-]d:hh:mm:ss.fffffff
// Custom formats use d..dddddddd, h, hh, m, mm, s, ss, f..fffffff, F..FFFFFFF, quoted
// literals, '\' escapes and '%'; every other character is a FormatException, and no sign is
// ever printed (a format must spell it out as a literal).
using System.Text;

namespace System
{
    internal static class TimeSpanFormat
    {
        internal static string Format(TimeSpan value, string format, IFormatProvider formatProvider)
        {
            if (format == null || format.Length == 0)
                return FormatStandard(value, 'c');
            if (format.Length == 1)
            {
                char c = format[0];
                if (c == 'c' || c == 't' || c == 'T')
                    return FormatStandard(value, 'c');
                if (c == 'g' || c == 'G')
                    return FormatStandard(value, c);
                throw new FormatException(DateTimeFormat.InvalidString);
            }
            StringBuilder result = new StringBuilder();
            FormatCustomized(value, format, result);
            return result.ToString();
        }

        private static string FormatStandard(TimeSpan value, char format)
        {
            long ticks = value.Ticks;
            // The magnitude as unsigned, which also covers TimeSpan.MinValue.
            ulong magnitude = ticks < 0 ? unchecked((ulong)(-ticks)) : (ulong)ticks;
            long days = (long)(magnitude / (ulong)TimeSpan.TicksPerDay);
            long time = (long)(magnitude % (ulong)TimeSpan.TicksPerDay);
            int hours = (int)(time / TimeSpan.TicksPerHour);
            int minutes = (int)(time / TimeSpan.TicksPerMinute % 60);
            int seconds = (int)(time / TimeSpan.TicksPerSecond % 60);
            long fraction = time % TimeSpan.TicksPerSecond;

            StringBuilder result = new StringBuilder();
            if (ticks < 0)
                result.Append('-');
            if (format == 'c')
            {
                if (days != 0)
                {
                    DateTimeFormat.AppendNumber(result, days, 1);
                    result.Append('.');
                }
                DateTimeFormat.AppendNumber(result, hours, 2);
            }
            else if (format == 'g')
            {
                if (days != 0)
                {
                    DateTimeFormat.AppendNumber(result, days, 1);
                    result.Append(':');
                }
                DateTimeFormat.AppendNumber(result, hours, 1);
            }
            else
            {
                DateTimeFormat.AppendNumber(result, days, 1);
                result.Append(':');
                DateTimeFormat.AppendNumber(result, hours, 2);
            }
            result.Append(':');
            DateTimeFormat.AppendNumber(result, minutes, 2);
            result.Append(':');
            DateTimeFormat.AppendNumber(result, seconds, 2);

            if (format == 'G' || fraction != 0)
            {
                result.Append('.');
                int digits = DateTimeFormat.MaxSecondsFractionDigits;
                if (format == 'g')
                {
                    // Trailing zeros are dropped (the fraction is non-zero here).
                    while (fraction % 10 == 0)
                    {
                        fraction /= 10;
                        digits--;
                    }
                }
                DateTimeFormat.AppendNumber(result, fraction, digits);
            }
            return result.ToString();
        }

        private static void FormatCustomized(TimeSpan value, string format, StringBuilder result)
        {
            long ticks = value.Ticks;
            long day = ticks / TimeSpan.TicksPerDay;
            long time = ticks % TimeSpan.TicksPerDay;
            if (ticks < 0)
            {
                day = -day;
                time = -time;
            }
            int hours = (int)(time / TimeSpan.TicksPerHour % 24);
            int minutes = (int)(time / TimeSpan.TicksPerMinute % 60);
            int seconds = (int)(time / TimeSpan.TicksPerSecond % 60);
            long fraction = time % TimeSpan.TicksPerSecond;

            int i = 0;
            while (i < format.Length)
            {
                char ch = format[i];
                int tokenLen;
                int nextChar;
                long tmp;
                switch (ch)
                {
                    case 'h':
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > 2)
                            throw new FormatException(DateTimeFormat.InvalidString);
                        DateTimeFormat.FormatDigits(result, hours, tokenLen);
                        break;
                    case 'm':
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > 2)
                            throw new FormatException(DateTimeFormat.InvalidString);
                        DateTimeFormat.FormatDigits(result, minutes, tokenLen);
                        break;
                    case 's':
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > 2)
                            throw new FormatException(DateTimeFormat.InvalidString);
                        DateTimeFormat.FormatDigits(result, seconds, tokenLen);
                        break;
                    case 'f':
                        // The first tokenLen digits of the fraction; the rest are truncated.
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > DateTimeFormat.MaxSecondsFractionDigits)
                            throw new FormatException(DateTimeFormat.InvalidString);
                        tmp = fraction / DateTimeFormat.Pow10(DateTimeFormat.MaxSecondsFractionDigits - tokenLen);
                        DateTimeFormat.AppendNumber(result, tmp, tokenLen);
                        break;
                    case 'F':
                        // Like 'f' without trailing zeros (nothing at all for a zero fraction).
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > DateTimeFormat.MaxSecondsFractionDigits)
                            throw new FormatException(DateTimeFormat.InvalidString);
                        tmp = fraction / DateTimeFormat.Pow10(DateTimeFormat.MaxSecondsFractionDigits - tokenLen);
                        int effectiveDigits = tokenLen;
                        while (effectiveDigits > 0 && tmp % 10 == 0)
                        {
                            tmp /= 10;
                            effectiveDigits--;
                        }
                        if (effectiveDigits > 0)
                            DateTimeFormat.AppendNumber(result, tmp, effectiveDigits);
                        break;
                    case 'd':
                        // The whole days, zero-padded to the token length (at most 8).
                        tokenLen = DateTimeFormat.ParseRepeatPattern(format, i, ch);
                        if (tokenLen > 8)
                            throw new FormatException(DateTimeFormat.InvalidString);
                        DateTimeFormat.AppendNumber(result, day, tokenLen);
                        break;
                    case '\'':
                    case '\"':
                        tokenLen = DateTimeFormat.ParseQuoteString(format, i, result);
                        break;
                    case '%':
                        nextChar = DateTimeFormat.ParseNextChar(format, i);
                        if (nextChar >= 0 && nextChar != '%')
                        {
                            FormatCustomized(value, ((char)nextChar).ToString(), result);
                            tokenLen = 2;
                        }
                        else
                        {
                            throw new FormatException(DateTimeFormat.InvalidString);
                        }
                        break;
                    case '\\':
                        nextChar = DateTimeFormat.ParseNextChar(format, i);
                        if (nextChar >= 0)
                        {
                            result.Append((char)nextChar);
                            tokenLen = 2;
                        }
                        else
                        {
                            throw new FormatException(DateTimeFormat.InvalidString);
                        }
                        break;
                    default:
                        throw new FormatException(DateTimeFormat.InvalidString);
                }
                i += tokenLen;
            }
        }
    }
}
