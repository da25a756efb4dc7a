// Number formatting: standard format strings (C, D, E, F, G, N, P, R, X, B with an
// optional precision) and custom ones ("#,##0.00", "0.###E+0", "pos;neg;zero", ...),
// following .NET (Core 3.0+) exactly, including its rounding rules:
//   - integers and decimals round their digit strings half away from zero;
//   - doubles and floats are formatted from correctly rounded digits (round-half-even on
//     the exact binary value) for standard formats; custom formats start from 15 (double)
//     or 7 (float) significant digits and round those half away from zero, as .NET does.
using System.Globalization;
using System.Text;

namespace System
{
    internal static partial class Number
    {
        // The most digits any double (float) needs to round-trip. The shortest round-trip
        // output of "G"/"R"/ToString() keeps fixed-point notation up to this many integral
        // digits: 1E+16 prints "10000000000000000", 1E+17 "1E+17" (.NET Core 3.0+; Mono and
        // .NET Framework switch at 15).
        private const int DoublePrecision = 17;
        private const int SinglePrecision = 9;
        private const int DoublePrecisionCustomFormat = 15;
        private const int SinglePrecisionCustomFormat = 7;
        private const int DefaultPrecisionExponentialFormat = 6;

        // The most significant digits DoubleToDigits is asked for (the exact decimal
        // expansion of a double never has more than 767); the rest are zeros.
        private const int MaxFloatingDigits = 800;

        private const int Int32NumberBufferLength = 10 + 1;
        private const int UInt32NumberBufferLength = 10 + 1;
        private const int Int64NumberBufferLength = 19 + 1;
        private const int UInt64NumberBufferLength = 20 + 1;
        private const int DecimalNumberBufferLength = 29 + 1 + 1;
        private const int FloatingNumberBufferLength = MaxFloatingDigits + 1 + 1; // for parsing

        private static readonly string[] s_posCurrencyFormats =
        {
            "$#", "#$", "$ #", "# $"
        };

        private static readonly string[] s_negCurrencyFormats =
        {
            "($#)", "-$#", "$-#", "$#-",
            "(#$)", "-#$", "#-$", "#$-",
            "-# $", "-$ #", "# $-", "$ #-",
            "$ -#", "#- $", "($ #)", "(# $)",
            "$- #"
        };

        private static readonly string[] s_posPercentFormats =
        {
            "# %", "#%", "%#", "% #"
        };

        private static readonly string[] s_negPercentFormats =
        {
            "-# %", "-#%", "-%#",
            "%-#", "%#-",
            "#-%", "#%-",
            "-% #", "# %-", "% #-",
            "% -#", "#- %"
        };

        private static readonly string[] s_negNumberFormats =
        {
            "(#)", "-#", "- #", "#-", "# -",
        };

        private const string PosNumberFormat = "#";

        internal const string BadFormatSpecifier = "Format specifier was invalid.";

        // ---------------------------------------------------------------- integers

        // hexMask limits "X" output to the type's width (0xFF for sbyte, 0xFFFF for short).
        public static string FormatInt32(int value, int hexMask, string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format))
            {
                return value >= 0
                    ? UInt32ToDecStr((uint)value, -1)
                    : NegativeInt32ToDecStr(value, -1, NumberFormatInfo.GetInstance(provider).NegativeSign);
            }

            int digits;
            char fmt = ParseFormatSpecifier(format, out digits);
            char fmtUpper = (char)(fmt & 0xFFDF);
            if (fmtUpper == 'G' ? digits < 1 : fmtUpper == 'D')
            {
                return value >= 0
                    ? UInt32ToDecStr((uint)value, digits)
                    : NegativeInt32ToDecStr(value, digits, NumberFormatInfo.GetInstance(provider).NegativeSign);
            }
            if (fmtUpper == 'X')
                return UInt64ToHexStr((uint)(value & hexMask), fmt == 'X' ? 'A' : 'a', digits);
            if (fmtUpper == 'B')
                return UInt64ToBinaryStr((uint)(value & hexMask), digits);

            NumberFormatInfo info = NumberFormatInfo.GetInstance(provider);
            NumberBuffer number = new NumberBuffer(NumberBufferKind.Integer, Int32NumberBufferLength);
            UInt64ToNumber(value < 0 ? (ulong)(-(long)value) : (ulong)value, value < 0, number);
            return FinishFormat(number, fmt, digits, format, info);
        }

        public static string FormatUInt32(uint value, string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format))
                return UInt32ToDecStr(value, -1);

            int digits;
            char fmt = ParseFormatSpecifier(format, out digits);
            char fmtUpper = (char)(fmt & 0xFFDF);
            if (fmtUpper == 'G' ? digits < 1 : fmtUpper == 'D')
                return UInt32ToDecStr(value, digits);
            if (fmtUpper == 'X')
                return UInt64ToHexStr(value, fmt == 'X' ? 'A' : 'a', digits);
            if (fmtUpper == 'B')
                return UInt64ToBinaryStr(value, digits);

            NumberFormatInfo info = NumberFormatInfo.GetInstance(provider);
            NumberBuffer number = new NumberBuffer(NumberBufferKind.Integer, UInt32NumberBufferLength);
            UInt64ToNumber(value, false, number);
            return FinishFormat(number, fmt, digits, format, info);
        }

        public static string FormatInt64(long value, string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format))
            {
                return value >= 0
                    ? UInt64ToDecStr((ulong)value, -1)
                    : NegativeInt64ToDecStr(value, -1, NumberFormatInfo.GetInstance(provider).NegativeSign);
            }

            int digits;
            char fmt = ParseFormatSpecifier(format, out digits);
            char fmtUpper = (char)(fmt & 0xFFDF);
            if (fmtUpper == 'G' ? digits < 1 : fmtUpper == 'D')
            {
                return value >= 0
                    ? UInt64ToDecStr((ulong)value, digits)
                    : NegativeInt64ToDecStr(value, digits, NumberFormatInfo.GetInstance(provider).NegativeSign);
            }
            if (fmtUpper == 'X')
                return UInt64ToHexStr((ulong)value, fmt == 'X' ? 'A' : 'a', digits);
            if (fmtUpper == 'B')
                return UInt64ToBinaryStr((ulong)value, digits);

            NumberFormatInfo info = NumberFormatInfo.GetInstance(provider);
            NumberBuffer number = new NumberBuffer(NumberBufferKind.Integer, Int64NumberBufferLength);
            UInt64ToNumber(value < 0 ? unchecked((ulong)(-value)) : (ulong)value, value < 0, number);
            return FinishFormat(number, fmt, digits, format, info);
        }

        public static string FormatUInt64(ulong value, string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format))
                return UInt64ToDecStr(value, -1);

            int digits;
            char fmt = ParseFormatSpecifier(format, out digits);
            char fmtUpper = (char)(fmt & 0xFFDF);
            if (fmtUpper == 'G' ? digits < 1 : fmtUpper == 'D')
                return UInt64ToDecStr(value, digits);
            if (fmtUpper == 'X')
                return UInt64ToHexStr(value, fmt == 'X' ? 'A' : 'a', digits);
            if (fmtUpper == 'B')
                return UInt64ToBinaryStr(value, digits);

            NumberFormatInfo info = NumberFormatInfo.GetInstance(provider);
            NumberBuffer number = new NumberBuffer(NumberBufferKind.Integer, UInt64NumberBufferLength);
            UInt64ToNumber(value, false, number);
            return FinishFormat(number, fmt, digits, format, info);
        }

        private static string FinishFormat(NumberBuffer number, char fmt, int digits, string format, NumberFormatInfo info)
        {
            StringBuilder sb = new StringBuilder();
            if (fmt != 0)
                NumberToString(sb, number, fmt, digits, info);
            else
                NumberToStringFormat(sb, number, format, info);
            return sb.ToString();
        }

        private static void UInt64ToNumber(ulong value, bool isNegative, NumberBuffer number)
        {
            number.IsNegative = isNegative;
            char[] d = number.Digits;
            int count = CountDigits(value);
            for (int i = count - 1; i >= 0; i--)
            {
                d[i] = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            number.Scale = count;
            // Integers keep no trailing zeros.
            while (count > 0 && d[count - 1] == '0')
                count--;
            if (count == 0)
                number.Scale = 0;
            d[count] = '\0';
            number.DigitsCount = count;
        }

        internal static int CountDigits(ulong value)
        {
            int digits = 1;
            while (value >= 10)
            {
                value /= 10;
                digits++;
            }
            return digits;
        }

        internal static unsafe string UInt32ToDecStr(uint value, int digits)
        {
            return UInt64ToDecStr(value, digits);
        }

        internal static unsafe string UInt64ToDecStr(ulong value, int digits)
        {
            if (digits <= 1 && value < 10)
                return SingleDigitString((int)value);
            int count = CountDigits(value);
            int length = count > digits ? count : digits;
            string result = string.FastAllocateString(length);
            fixed (char* buffer = result)
            {
                char* p = buffer + length;
                for (int i = 0; i < length; i++)
                {
                    *--p = (char)('0' + (int)(value % 10));
                    value /= 10;
                }
            }
            return result;
        }

        private static readonly string[] s_singleDigitStrings = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };

        private static string SingleDigitString(int value)
        {
            return s_singleDigitStrings[value];
        }

        private static string NegativeInt32ToDecStr(int value, int digits, string sNegative)
        {
            return NegativeInt64ToDecStr(value, digits, sNegative);
        }

        private static unsafe string NegativeInt64ToDecStr(long value, int digits, string sNegative)
        {
            ulong abs = unchecked((ulong)(-value));
            int count = CountDigits(abs);
            int digitsLength = count > digits ? count : digits;
            int length = digitsLength + sNegative.Length;
            string result = string.FastAllocateString(length);
            fixed (char* buffer = result)
            {
                char* p = buffer + length;
                for (int i = 0; i < digitsLength; i++)
                {
                    *--p = (char)('0' + (int)(abs % 10));
                    abs /= 10;
                }
                for (int i = sNegative.Length - 1; i >= 0; i--)
                    *--p = sNegative[i];
            }
            return result;
        }

        private static unsafe string UInt64ToHexStr(ulong value, char hexBase, int digits)
        {
            int count = 1;
            for (ulong v = value >> 4; v != 0; v >>= 4)
                count++;
            int length = count > digits ? count : digits;
            string result = string.FastAllocateString(length);
            fixed (char* buffer = result)
            {
                char* p = buffer + length;
                for (int i = 0; i < length; i++)
                {
                    int nibble = (int)(value & 0xF);
                    *--p = (char)(nibble < 10 ? '0' + nibble : hexBase + nibble - 10);
                    value >>= 4;
                }
            }
            return result;
        }

        private static unsafe string UInt64ToBinaryStr(ulong value, int digits)
        {
            int count = 1;
            for (ulong v = value >> 1; v != 0; v >>= 1)
                count++;
            int length = count > digits ? count : digits;
            string result = string.FastAllocateString(length);
            fixed (char* buffer = result)
            {
                char* p = buffer + length;
                for (int i = 0; i < length; i++)
                {
                    *--p = (char)('0' + (int)(value & 1));
                    value >>= 1;
                }
            }
            return result;
        }

        // ---------------------------------------------------------------- floating point

        public static string FormatDouble(double value, string format, NumberFormatInfo info)
        {
            return FormatFloating(value, false, format, info);
        }

        public static string FormatSingle(float value, string format, NumberFormatInfo info)
        {
            return FormatFloating(value, true, format, info);
        }

        private static string FormatFloating(double value, bool isSingle, string format, NumberFormatInfo info)
        {
            if (double.IsNaN(value))
                return info.NaNSymbol;
            if (double.IsInfinity(value))
                return value < 0 ? info.NegativeInfinitySymbol : info.PositiveInfinitySymbol;

            int precision;
            char fmt = ParseFormatSpecifier(format, out precision);
            if (fmt == '\0')
                precision = isSingle ? SinglePrecisionCustomFormat : DoublePrecisionCustomFormat;

            bool isSignificantDigits;
            int nMaxDigits = GetFloatingPointMaxDigitsAndPrecision(fmt, ref precision, info, out isSignificantDigits);

            NumberBuffer number = FloatingToNumber(value, isSingle, precision, isSignificantDigits);

            StringBuilder sb = new StringBuilder();
            if (fmt != 0)
            {
                if (precision == -1)
                {
                    // Shortest round-trippable digits ("R", "G", ToString()): keep fixed-point
                    // notation up to 17 (float: 9) integral digits, or as many as there are.
                    int minimum = isSingle ? SinglePrecision : DoublePrecision;
                    nMaxDigits = number.DigitsCount > minimum ? number.DigitsCount : minimum;
                }
                NumberToString(sb, number, fmt, nMaxDigits, info);
            }
            else
            {
                NumberToStringFormat(sb, number, format, info);
            }
            return sb.ToString();
        }

        private static int GetFloatingPointMaxDigitsAndPrecision(char fmt, ref int precision, NumberFormatInfo info, out bool isSignificantDigits)
        {
            if (fmt == 0)
            {
                isSignificantDigits = true;
                return precision;
            }

            int maxDigits = precision;

            switch (fmt)
            {
                case 'C':
                case 'c':
                    // Precision = decimal places (default CurrencyDecimalDigits).
                    if (precision == -1)
                        precision = info.CurrencyDecimalDigits;
                    isSignificantDigits = false;
                    break;

                case 'E':
                case 'e':
                    // Precision = digits after the point; one more significant digit before it.
                    if (precision == -1)
                        precision = DefaultPrecisionExponentialFormat;
                    precision++;
                    isSignificantDigits = true;
                    break;

                case 'F':
                case 'f':
                case 'N':
                case 'n':
                    if (precision == -1)
                        precision = info.NumberDecimalDigits;
                    isSignificantDigits = false;
                    break;

                case 'P':
                case 'p':
                    // The value is multiplied by 100, so two more decimal places are needed.
                    if (precision == -1)
                        precision = info.PercentDecimalDigits;
                    precision += 2;
                    isSignificantDigits = false;
                    break;

                case 'G':
                case 'g':
                    // Precision = significant digits; default (and 0) = shortest round-trippable.
                    if (precision == 0)
                        precision = -1;
                    isSignificantDigits = true;
                    break;

                case 'R':
                case 'r':
                    // Always the shortest round-trippable digits.
                    precision = -1;
                    isSignificantDigits = true;
                    break;

                default:
                    throw new FormatException(BadFormatSpecifier);
            }

            return maxDigits;
        }

        private static string ToDigits(double value, bool isSingle, int precision, out int exponent)
        {
            if (precision > MaxFloatingDigits)
                precision = MaxFloatingDigits;
            return isSingle ? SingleToDigits((float)value, precision, out exponent) : DoubleToDigits(value, precision, out exponent);
        }

        // Fills number with the digits of the finite, non-zero value: precision significant
        // digits (-1: the shortest round-trippable ones) when isSignificantDigits, else the
        // digits up to precision places after the decimal point. The digits are correctly
        // rounded (half-to-even on the exact binary value), as .NET's Dragon4 produces them.
        private static NumberBuffer FloatingToNumber(double value, bool isSingle, int precision, bool isSignificantDigits)
        {
            bool isNegative = double.IsNegative(value);
            if (value == 0)
            {
                NumberBuffer zero = new NumberBuffer(NumberBufferKind.FloatingPoint, 1);
                zero.IsNegative = isNegative;
                return zero;
            }
            if (value < 0)
                value = -value;
            int exponent;
            string digits;
            if (isSignificantDigits)
            {
                digits = ToDigits(value, isSingle, precision < 0 ? 0 : precision, out exponent);
            }
            else
            {
                // The shortest digits give the exponent of the first digit; it may be one too
                // high when the shortest representation rounds up to a power of ten.
                digits = ToDigits(value, isSingle, 0, out exponent);
                long count = (long)exponent + 1 + precision;
                if (count >= 1)
                {
                    int firstExponent = exponent;
                    digits = ToDigits(value, isSingle, (int)Math.Min(count, MaxFloatingDigits), out exponent);
                    if (exponent < firstExponent)
                    {
                        count = (long)exponent + 1 + precision;
                        if (count >= 1)
                            digits = ToDigits(value, isSingle, (int)Math.Min(count, MaxFloatingDigits), out exponent);
                    }
                }
                if (count == 0)
                {
                    // value < 10^-precision: it rounds to 10^-precision when above half of it.
                    if (IsAboveHalfUnit(value, isSingle, precision))
                    {
                        digits = "1";
                        exponent = -precision;
                    }
                    else
                    {
                        digits = "";
                    }
                }
                else if (count < 0)
                {
                    digits = "";
                }
            }

            int n = digits.Length;
            while (n > 0 && digits[n - 1] == '0')
                n--;
            // Sized to the digits: they are never more, rounding only shortens them.
            NumberBuffer number = new NumberBuffer(NumberBufferKind.FloatingPoint, n + 1);
            number.IsNegative = isNegative;
            char[] d = number.Digits;
            for (int i = 0; i < n; i++)
                d[i] = digits[i];
            d[n] = '\0';
            number.DigitsCount = n;
            number.Scale = n == 0 ? 0 : exponent + 1;
            return number;
        }

        // Whether value (finite, positive) is greater than 0.5 x 10^-places, exactly.
        private static bool IsAboveHalfUnit(double value, bool isSingle, int places)
        {
            if (places == 0)
                return value > 0.5;
            // value = m x 2^k exactly, so the question is whether m x 10^places > 2^-(k+1),
            // compared as integers. (They are never equal for places > 0: m x 10^places is
            // divisible by 5, a power of two is not.)
            long bits = BitConverter.DoubleToInt64Bits(value);
            int biasedExponent = (int)((bits >> 52) & 0x7FF);
            long m = bits & 0xFFFFFFFFFFFFFL;
            int k;
            if (biasedExponent == 0)
            {
                k = -1074;
            }
            else
            {
                m |= 1L << 52;
                k = biasedExponent - 1075;
            }
            int shift = -(k + 1);
            if (shift <= 0)
                return true;
            // big = m x 10^places, little-endian 32-bit words.
            uint[] big = new uint[2 + (places * 4 + 31) / 32 + 2];
            big[0] = (uint)m;
            big[1] = (uint)((ulong)m >> 32);
            int used = 2;
            for (int i = 0; i < places; i++)
            {
                ulong carry = 0;
                for (int w = 0; w < used; w++)
                {
                    ulong t = (ulong)big[w] * 10 + carry;
                    big[w] = (uint)t;
                    carry = t >> 32;
                }
                if (carry != 0)
                    big[used++] = (uint)carry;
            }
            while (used > 0 && big[used - 1] == 0)
                used--;
            // Bit length of big versus 2^shift (bit length shift + 1).
            int bitLength = (used - 1) * 32;
            for (uint top = big[used - 1]; top != 0; top >>= 1)
                bitLength++;
            return bitLength >= shift + 1;
        }

        // ---------------------------------------------------------------- decimal

        public static string FormatDecimal(decimal value, string format, NumberFormatInfo info)
        {
            int digits;
            char fmt = ParseFormatSpecifier(format, out digits);
            NumberBuffer number = new NumberBuffer(NumberBufferKind.Decimal, DecimalNumberBufferLength);
            DecimalToNumber(value, number);
            StringBuilder sb = new StringBuilder();
            if (fmt != 0)
                NumberToString(sb, number, fmt, digits, info);
            else
                NumberToStringFormat(sb, number, format, info);
            return sb.ToString();
        }

        internal static void DecimalToNumber(decimal d, NumberBuffer number)
        {
            number.IsNegative = d.IsNegative;
            string digits = d.UnscaledToString();
            int count = digits == "0" ? 0 : digits.Length;
            char[] dst = number.Digits;
            for (int i = 0; i < count; i++)
                dst[i] = digits[i];
            dst[count] = '\0';
            number.DigitsCount = count;
            number.Scale = count - d.Scale;
        }

        // ---------------------------------------------------------------- format specifiers

        // A standard format is a letter followed by up to 9 digits of precision ("X8", "F2");
        // anything else is a custom format ('\0'). Null or empty means "G".
        internal static char ParseFormatSpecifier(string format, out int digits)
        {
            char c = '\0';
            if (format != null && format.Length > 0)
            {
                c = format[0];
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    if (format.Length == 1)
                    {
                        digits = -1;
                        return c;
                    }

                    int n = 0;
                    int i = 1;
                    while (i < format.Length && (uint)(format[i] - '0') <= 9)
                    {
                        if (n >= 100000000)
                            throw new FormatException(BadFormatSpecifier);
                        n = n * 10 + format[i++] - '0';
                    }

                    // The precision must reach the end (a '\0' also ends the specifier).
                    if (i >= format.Length || format[i] == '\0')
                    {
                        digits = n;
                        return c;
                    }
                }
            }

            digits = -1;
            return (format == null || format.Length == 0 || c == '\0') ? 'G' : '\0';
        }

        // ---------------------------------------------------------------- standard formats

        internal static void NumberToString(StringBuilder sb, NumberBuffer number, char format, int nMaxDigits, NumberFormatInfo info)
        {
            bool isCorrectlyRounded = number.Kind == NumberBufferKind.FloatingPoint;

            switch (format)
            {
                case 'C':
                case 'c':
                    if (nMaxDigits < 0)
                        nMaxDigits = info.CurrencyDecimalDigits;
                    RoundNumber(number, number.Scale + nMaxDigits, isCorrectlyRounded);
                    FormatCurrency(sb, number, nMaxDigits, info);
                    break;

                case 'F':
                case 'f':
                    if (nMaxDigits < 0)
                        nMaxDigits = info.NumberDecimalDigits;
                    RoundNumber(number, number.Scale + nMaxDigits, isCorrectlyRounded);
                    if (number.IsNegative)
                        sb.Append(info.NegativeSign);
                    FormatFixed(sb, number, nMaxDigits, null, info.NumberDecimalSeparator, null);
                    break;

                case 'N':
                case 'n':
                    if (nMaxDigits < 0)
                        nMaxDigits = info.NumberDecimalDigits;
                    RoundNumber(number, number.Scale + nMaxDigits, isCorrectlyRounded);
                    FormatNumber(sb, number, nMaxDigits, info);
                    break;

                case 'E':
                case 'e':
                    if (nMaxDigits < 0)
                        nMaxDigits = DefaultPrecisionExponentialFormat;
                    nMaxDigits++;
                    RoundNumber(number, nMaxDigits, isCorrectlyRounded);
                    if (number.IsNegative)
                        sb.Append(info.NegativeSign);
                    FormatScientific(sb, number, nMaxDigits, info, format);
                    break;

                case 'G':
                case 'g':
                case 'R':
                case 'r':
                {
                    if (format == 'R' || format == 'r')
                    {
                        // Round-trip is a floating-point format: integers and decimal reject it.
                        if (number.Kind != NumberBufferKind.FloatingPoint)
                            throw new FormatException(BadFormatSpecifier);
                        format = (char)(format - ('R' - 'G'));
                    }
                    bool noRounding = false;
                    bool skipSign = false;
                    if (nMaxDigits < 1)
                    {
                        if (number.Kind == NumberBufferKind.Decimal && nMaxDigits == -1)
                        {
                            // Decimal "G" keeps every digit, trailing zeros included, and
                            // never switches to exponential notation; -0 prints as 0.
                            noRounding = true;
                            if (number.Digits[0] == 0)
                                skipSign = true;
                        }
                        else
                        {
                            nMaxDigits = number.DigitsCount;
                        }
                    }
                    if (!noRounding)
                        RoundNumber(number, nMaxDigits, isCorrectlyRounded);
                    if (number.IsNegative && !skipSign)
                        sb.Append(info.NegativeSign);
                    FormatGeneral(sb, number, nMaxDigits, info, (char)(format - ('G' - 'E')), noRounding);
                    break;
                }

                case 'P':
                case 'p':
                    if (nMaxDigits < 0)
                        nMaxDigits = info.PercentDecimalDigits;
                    number.Scale += 2;
                    RoundNumber(number, number.Scale + nMaxDigits, isCorrectlyRounded);
                    FormatPercent(sb, number, nMaxDigits, info);
                    break;

                default:
                    throw new FormatException(BadFormatSpecifier);
            }
        }

        private static void FormatCurrency(StringBuilder sb, NumberBuffer number, int nMaxDigits, NumberFormatInfo info)
        {
            string fmt = number.IsNegative
                ? s_negCurrencyFormats[info.CurrencyNegativePattern]
                : s_posCurrencyFormats[info.CurrencyPositivePattern];

            for (int i = 0; i < fmt.Length; i++)
            {
                char ch = fmt[i];
                switch (ch)
                {
                    case '#':
                        FormatFixed(sb, number, nMaxDigits, info._currencyGroupSizes, info.CurrencyDecimalSeparator, info.CurrencyGroupSeparator);
                        break;
                    case '-':
                        sb.Append(info.NegativeSign);
                        break;
                    case '$':
                        sb.Append(info.CurrencySymbol);
                        break;
                    default:
                        sb.Append(ch);
                        break;
                }
            }
        }

        private static void FormatNumber(StringBuilder sb, NumberBuffer number, int nMaxDigits, NumberFormatInfo info)
        {
            string fmt = number.IsNegative ? s_negNumberFormats[info.NumberNegativePattern] : PosNumberFormat;

            for (int i = 0; i < fmt.Length; i++)
            {
                char ch = fmt[i];
                switch (ch)
                {
                    case '#':
                        FormatFixed(sb, number, nMaxDigits, info._numberGroupSizes, info.NumberDecimalSeparator, info.NumberGroupSeparator);
                        break;
                    case '-':
                        sb.Append(info.NegativeSign);
                        break;
                    default:
                        sb.Append(ch);
                        break;
                }
            }
        }

        private static void FormatPercent(StringBuilder sb, NumberBuffer number, int nMaxDigits, NumberFormatInfo info)
        {
            string fmt = number.IsNegative
                ? s_negPercentFormats[info.PercentNegativePattern]
                : s_posPercentFormats[info.PercentPositivePattern];

            for (int i = 0; i < fmt.Length; i++)
            {
                char ch = fmt[i];
                switch (ch)
                {
                    case '#':
                        FormatFixed(sb, number, nMaxDigits, info._percentGroupSizes, info.PercentDecimalSeparator, info.PercentGroupSeparator);
                        break;
                    case '-':
                        sb.Append(info.NegativeSign);
                        break;
                    case '%':
                        sb.Append(info.PercentSymbol);
                        break;
                    default:
                        sb.Append(ch);
                        break;
                }
            }
        }

        // The integral digits (grouped when groupDigits is given), then nMaxDigits decimals.
        private static void FormatFixed(StringBuilder sb, NumberBuffer number, int nMaxDigits, int[] groupDigits, string sDecimal, string sGroup)
        {
            int digPos = number.Scale;
            char[] dig = number.Digits;
            int di = 0;

            if (digPos > 0)
            {
                if (groupDigits != null)
                {
                    int groupSizeIndex = 0;
                    int bufferSize = digPos;
                    int groupSize = 0;

                    // The length of the grouped integral part.
                    if (groupDigits.Length != 0)
                    {
                        int groupSizeCount = groupDigits[groupSizeIndex];

                        while (digPos > groupSizeCount)
                        {
                            groupSize = groupDigits[groupSizeIndex];
                            if (groupSize == 0)
                                break;

                            bufferSize += sGroup.Length;
                            if (groupSizeIndex < groupDigits.Length - 1)
                                groupSizeIndex++;

                            groupSizeCount += groupDigits[groupSizeIndex];
                            if (groupSizeCount < 0 || bufferSize < 0)
                                throw new ArgumentOutOfRangeException();
                        }

                        groupSize = groupSizeCount == 0 ? 0 : groupDigits[0];
                    }

                    groupSizeIndex = 0;
                    int digitCount = 0;
                    int digLength = number.DigitsCount;
                    int digStart = (digPos < digLength) ? digPos : digLength;
                    char[] buffer = new char[bufferSize];
                    int p = bufferSize - 1;
                    for (int i = digPos - 1; i >= 0; i--)
                    {
                        buffer[p--] = (i < digStart) ? dig[i] : '0';

                        if (groupSize > 0)
                        {
                            digitCount++;
                            if ((digitCount == groupSize) && (i != 0))
                            {
                                for (int j = sGroup.Length - 1; j >= 0; j--)
                                    buffer[p--] = sGroup[j];

                                if (groupSizeIndex < groupDigits.Length - 1)
                                {
                                    groupSizeIndex++;
                                    groupSize = groupDigits[groupSizeIndex];
                                }
                                digitCount = 0;
                            }
                        }
                    }
                    sb.Append(buffer, p + 1, bufferSize - (p + 1));
                    di = digStart;
                }
                else
                {
                    do
                    {
                        sb.Append(dig[di] != 0 ? dig[di++] : '0');
                    }
                    while (--digPos > 0);
                }
            }
            else
            {
                sb.Append('0');
            }

            if (nMaxDigits > 0)
            {
                sb.Append(sDecimal);
                if ((digPos < 0) && (nMaxDigits > 0))
                {
                    int zeroes = -digPos < nMaxDigits ? -digPos : nMaxDigits;
                    sb.Append('0', zeroes);
                    digPos += zeroes;
                    nMaxDigits -= zeroes;
                }

                while (nMaxDigits > 0)
                {
                    sb.Append(dig[di] != 0 ? dig[di++] : '0');
                    nMaxDigits--;
                }
            }
        }

        private static void FormatScientific(StringBuilder sb, NumberBuffer number, int nMaxDigits, NumberFormatInfo info, char expChar)
        {
            char[] dig = number.Digits;
            int di = 0;

            sb.Append(dig[di] != 0 ? dig[di++] : '0');

            if (nMaxDigits != 1) // "E0" has no decimal point
                sb.Append(info.NumberDecimalSeparator);

            while (--nMaxDigits > 0)
                sb.Append(dig[di] != 0 ? dig[di++] : '0');

            int e = number.Digits[0] == 0 ? 0 : number.Scale - 1;
            FormatExponent(sb, info, e, expChar, 3, true);
        }

        private static void FormatExponent(StringBuilder sb, NumberFormatInfo info, int value, char expChar, int minDigits, bool positiveSign)
        {
            sb.Append(expChar);

            if (value < 0)
            {
                sb.Append(info.NegativeSign);
                value = -value;
            }
            else if (positiveSign)
            {
                sb.Append(info.PositiveSign);
            }

            sb.Append(UInt32ToDecStr((uint)value, minDigits));
        }

        private static void FormatGeneral(StringBuilder sb, NumberBuffer number, int nMaxDigits, NumberFormatInfo info, char expChar, bool suppressScientific)
        {
            int digPos = number.Scale;
            bool scientific = false;

            if (!suppressScientific)
            {
                // Exponential notation when the exponent is >= the precision or < -4.
                if (digPos > nMaxDigits || digPos < -3)
                {
                    digPos = 1;
                    scientific = true;
                }
            }

            char[] dig = number.Digits;
            int di = 0;

            if (digPos > 0)
            {
                do
                {
                    sb.Append(dig[di] != 0 ? dig[di++] : '0');
                }
                while (--digPos > 0);
            }
            else
            {
                sb.Append('0');
            }

            if (dig[di] != 0 || digPos < 0)
            {
                sb.Append(info.NumberDecimalSeparator);

                while (digPos < 0)
                {
                    sb.Append('0');
                    digPos++;
                }

                while (dig[di] != 0)
                    sb.Append(dig[di++]);
            }

            if (scientific)
                FormatExponent(sb, info, number.Scale - 1, expChar, 2, true);
        }

        // Keeps the first pos digits. Rounds half away from zero on the digit string, except
        // for correctly rounded (floating-point) digits, which are only truncated.
        internal static void RoundNumber(NumberBuffer number, int pos, bool isCorrectlyRounded)
        {
            char[] dig = number.Digits;

            int i = 0;
            while (i < pos && dig[i] != '\0')
                i++;

            if ((i == pos) && ShouldRoundUp(dig, i, isCorrectlyRounded))
            {
                while (i > 0 && dig[i - 1] == '9')
                    i--;

                if (i > 0)
                {
                    dig[i - 1]++;
                }
                else
                {
                    number.Scale++;
                    dig[0] = '1';
                    i = 1;
                }
            }
            else
            {
                while (i > 0 && dig[i - 1] == '0')
                    i--;
            }

            if (i == 0)
            {
                if (number.Kind != NumberBufferKind.FloatingPoint)
                {
                    // Integers have no -0, and decimals format -0 as 0.
                    number.IsNegative = false;
                }
                number.Scale = 0;
            }

            dig[i] = '\0';
            number.DigitsCount = i;
        }

        private static bool ShouldRoundUp(char[] dig, int i, bool isCorrectlyRounded)
        {
            char digit = dig[i];
            if (digit == '\0' || isCorrectlyRounded)
                return false;
            return digit >= '5';
        }

        // ---------------------------------------------------------------- custom formats

        internal static void NumberToStringFormat(StringBuilder sb, NumberBuffer number, string format, NumberFormatInfo info)
        {
            int digitCount;
            int decimalPos;
            int firstDigit;
            int lastDigit;
            int digPos;
            bool scientific;
            int thousandPos;
            int thousandCount = 0;
            bool thousandSeps;
            int scaleAdjust;
            int adjust;

            int section;
            int src;
            char[] dig = number.Digits;
            char ch;
            int formatLength = format.Length;

            // Sections: "positive;negative;zero".
            section = FindSection(format, dig[0] == 0 ? 2 : number.IsNegative ? 1 : 0);

            while (true)
            {
                digitCount = 0;
                decimalPos = -1;
                firstDigit = 0x7FFFFFFF;
                lastDigit = 0;
                scientific = false;
                thousandPos = -1;
                thousandSeps = false;
                scaleAdjust = 0;
                src = section;

                while (src < formatLength && (ch = format[src++]) != 0 && ch != ';')
                {
                    switch (ch)
                    {
                        case '#':
                            digitCount++;
                            break;

                        case '0':
                            if (firstDigit == 0x7FFFFFFF)
                                firstDigit = digitCount;
                            digitCount++;
                            lastDigit = digitCount;
                            break;

                        case '.':
                            if (decimalPos < 0)
                                decimalPos = digitCount;
                            break;

                        case ',':
                            if (digitCount > 0 && decimalPos < 0)
                            {
                                if (thousandPos >= 0)
                                {
                                    if (thousandPos == digitCount)
                                    {
                                        thousandCount++;
                                        break;
                                    }
                                    thousandSeps = true;
                                }
                                thousandPos = digitCount;
                                thousandCount = 1;
                            }
                            break;

                        case '%':
                            scaleAdjust += 2;
                            break;

                        case '\x2030':
                            scaleAdjust += 3;
                            break;

                        case '\'':
                        case '"':
                            while (src < formatLength && format[src] != 0 && format[src++] != ch)
                            {
                            }
                            break;

                        case '\\':
                            if (src < formatLength && format[src] != 0)
                                src++;
                            break;

                        case 'E':
                        case 'e':
                            if ((src < formatLength && format[src] == '0') ||
                                (src + 1 < formatLength && (format[src] == '+' || format[src] == '-') && format[src + 1] == '0'))
                            {
                                while (++src < formatLength && format[src] == '0')
                                {
                                }
                                scientific = true;
                            }
                            break;
                    }
                }

                if (decimalPos < 0)
                    decimalPos = digitCount;

                if (thousandPos >= 0)
                {
                    if (thousandPos == decimalPos)
                        scaleAdjust -= thousandCount * 3; // "0," divides by 1000
                    else
                        thousandSeps = true;
                }

                if (dig[0] != 0)
                {
                    number.Scale += scaleAdjust;
                    int pos = scientific ? digitCount : number.Scale + digitCount - decimalPos;
                    RoundNumber(number, pos, false);
                    if (dig[0] == 0)
                    {
                        // Rounded to zero: use the zero section if there is one.
                        src = FindSection(format, 2);
                        if (src != section)
                        {
                            section = src;
                            continue;
                        }
                    }
                }
                else
                {
                    if (number.Kind != NumberBufferKind.FloatingPoint)
                    {
                        // Integers have no -0, and decimals format -0 as 0.
                        number.IsNegative = false;
                    }
                    number.Scale = 0;
                }

                break;
            }

            firstDigit = firstDigit < decimalPos ? decimalPos - firstDigit : 0;
            lastDigit = lastDigit > decimalPos ? decimalPos - lastDigit : 0;
            if (scientific)
            {
                digPos = decimalPos;
                adjust = 0;
            }
            else
            {
                digPos = number.Scale > decimalPos ? number.Scale : decimalPos;
                adjust = number.Scale - decimalPos;
            }
            src = section;

            // Positions (counted from the decimal point) after which a group separator goes.
            int[] thousandsSepPos = new int[4];
            int thousandsSepCtr = -1;

            if (thousandSeps)
            {
                if (info.NumberGroupSeparator.Length > 0)
                {
                    int[] groupDigits = info._numberGroupSizes;

                    int groupSizeIndex = 0;
                    int groupTotalSizeCount = 0;
                    int groupSizeLen = groupDigits.Length;
                    if (groupSizeLen != 0)
                        groupTotalSizeCount = groupDigits[groupSizeIndex];
                    int groupSize = groupTotalSizeCount;

                    int totalDigits = digPos + ((adjust < 0) ? adjust : 0);
                    int numDigits = (firstDigit > totalDigits) ? firstDigit : totalDigits;
                    while (numDigits > groupTotalSizeCount)
                    {
                        if (groupSize == 0)
                            break;

                        ++thousandsSepCtr;
                        if (thousandsSepCtr >= thousandsSepPos.Length)
                        {
                            int[] bigger = new int[thousandsSepPos.Length * 2];
                            for (int k = 0; k < thousandsSepPos.Length; k++)
                                bigger[k] = thousandsSepPos[k];
                            thousandsSepPos = bigger;
                        }

                        thousandsSepPos[thousandsSepCtr] = groupTotalSizeCount;
                        if (groupSizeIndex < groupSizeLen - 1)
                        {
                            groupSizeIndex++;
                            groupSize = groupDigits[groupSizeIndex];
                        }
                        groupTotalSizeCount += groupSize;
                    }
                }
            }

            if (number.IsNegative && (section == 0) && (number.Scale != 0))
                sb.Append(info.NegativeSign);

            bool decimalWritten = false;
            int cur = 0;

            while (src < formatLength && (ch = format[src++]) != 0 && ch != ';')
            {
                if (adjust > 0)
                {
                    switch (ch)
                    {
                        case '#':
                        case '0':
                        case '.':
                            // More integral digits than placeholders: the extra ones go first.
                            while (adjust > 0)
                            {
                                sb.Append(dig[cur] != 0 ? dig[cur++] : '0');
                                if (thousandSeps && digPos > 1 && thousandsSepCtr >= 0)
                                {
                                    if (digPos == thousandsSepPos[thousandsSepCtr] + 1)
                                    {
                                        sb.Append(info.NumberGroupSeparator);
                                        thousandsSepCtr--;
                                    }
                                }
                                digPos--;
                                adjust--;
                            }
                            break;
                    }
                }

                switch (ch)
                {
                    case '#':
                    case '0':
                    {
                        if (adjust < 0)
                        {
                            adjust++;
                            ch = digPos <= firstDigit ? '0' : '\0';
                        }
                        else
                        {
                            ch = dig[cur] != 0 ? dig[cur++] : digPos > lastDigit ? '0' : '\0';
                        }

                        if (ch != 0)
                        {
                            sb.Append(ch);
                            if (thousandSeps && digPos > 1 && thousandsSepCtr >= 0)
                            {
                                if (digPos == thousandsSepPos[thousandsSepCtr] + 1)
                                {
                                    sb.Append(info.NumberGroupSeparator);
                                    thousandsSepCtr--;
                                }
                            }
                        }

                        digPos--;
                        break;
                    }

                    case '.':
                    {
                        if (digPos != 0 || decimalWritten)
                        {
                            // Repeated decimal points are not echoed.
                            break;
                        }

                        // Only when there are required decimals or decimal digits remain.
                        if (lastDigit < 0 || (decimalPos < digitCount && dig[cur] != 0))
                        {
                            sb.Append(info.NumberDecimalSeparator);
                            decimalWritten = true;
                        }
                        break;
                    }

                    case '\x2030':
                        sb.Append(info.PerMilleSymbol);
                        break;

                    case '%':
                        sb.Append(info.PercentSymbol);
                        break;

                    case ',':
                        break;

                    case '\'':
                    case '"':
                        while (src < formatLength && format[src] != 0 && format[src] != ch)
                            sb.Append(format[src++]);
                        if (src < formatLength && format[src] != 0)
                            src++;
                        break;

                    case '\\':
                        if (src < formatLength && format[src] != 0)
                            sb.Append(format[src++]);
                        break;

                    case 'E':
                    case 'e':
                    {
                        bool positiveSign = false;
                        int i = 0;
                        if (scientific)
                        {
                            if (src < formatLength && format[src] == '0')
                            {
                                // "E0" formats like "E-0".
                                i++;
                            }
                            else if (src + 1 < formatLength && format[src] == '+' && format[src + 1] == '0')
                            {
                                positiveSign = true;
                            }
                            else if (src + 1 < formatLength && format[src] == '-' && format[src + 1] == '0')
                            {
                                // "E-0": the sign only when negative.
                            }
                            else
                            {
                                sb.Append(ch);
                                break;
                            }

                            while (++src < formatLength && format[src] == '0')
                                i++;

                            if (i > 10)
                                i = 10;

                            int exp = dig[0] == 0 ? 0 : number.Scale - decimalPos;
                            FormatExponent(sb, info, exp, ch, i, positiveSign);
                            scientific = false;
                        }
                        else
                        {
                            sb.Append(ch);
                            if (src < formatLength)
                            {
                                if (format[src] == '+' || format[src] == '-')
                                    sb.Append(format[src++]);

                                while (src < formatLength && format[src] == '0')
                                    sb.Append(format[src++]);
                            }
                        }
                        break;
                    }

                    default:
                        sb.Append(ch);
                        break;
                }
            }

            if (number.IsNegative && (section == 0) && (number.Scale == 0) && (sb.Length > 0))
                sb.Insert(0, info.NegativeSign);
        }

        // The start of section 0 (positive), 1 (negative) or 2 (zero) of a custom format;
        // 0 when that section is missing or empty.
        private static int FindSection(string format, int section)
        {
            int src;
            char ch;

            if (section == 0)
                return 0;

            src = 0;
            while (true)
            {
                if (src >= format.Length)
                    return 0;

                switch (ch = format[src++])
                {
                    case '\'':
                    case '"':
                        while (src < format.Length && format[src] != 0 && format[src++] != ch)
                        {
                        }
                        break;

                    case '\\':
                        if (src < format.Length && format[src] != 0)
                            src++;
                        break;

                    case ';':
                        if (--section != 0)
                            break;
                        if (src < format.Length && format[src] != 0 && format[src] != ';')
                            return src;
                        return 0;

                    case '\0':
                        return 0;
                }
            }
        }
    }
}
