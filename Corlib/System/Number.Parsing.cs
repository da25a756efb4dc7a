// Number parsing: integers (fast path for NumberStyles.Integer, hex and binary
// specifiers, and the general NumberStyles grammar), double/float and decimal,
// following .NET (Core 3.0+): whitespace is [\t\n\v\f\r ], trailing '\0's are ignored,
// an out-of-range integer with valid syntax is an overflow (not a format error), and a
// double that overflows becomes +-Infinity.
using System.Globalization;

namespace System
{
    internal static partial class Number
    {
        internal enum ParsingStatus
        {
            OK,
            Failed,
            Overflow,
        }

        private const NumberStyles InvalidNumberStyles =
            ~(NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite |
              NumberStyles.AllowLeadingSign | NumberStyles.AllowTrailingSign |
              NumberStyles.AllowParentheses | NumberStyles.AllowDecimalPoint |
              NumberStyles.AllowThousands | NumberStyles.AllowExponent |
              NumberStyles.AllowCurrencySymbol | NumberStyles.AllowHexSpecifier |
              NumberStyles.AllowBinarySpecifier);

        internal static void ValidateParseStyleInteger(NumberStyles style)
        {
            if ((style & InvalidNumberStyles) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0 &&
                (style & ~NumberStyles.HexNumber & ~NumberStyles.AllowBinarySpecifier) != 0)
                throw new ArgumentException("With the AllowHexSpecifier or AllowBinarySpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber or BinaryNumber.", "style");
        }

        internal static void ValidateParseStyleFloatingPoint(NumberStyles style)
        {
            if ((style & InvalidNumberStyles) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
                throw new ArgumentException("The number styles AllowHexSpecifier and AllowBinarySpecifier are not supported on floating point data types.", "style");
        }

        internal static FormatException FormatError(string value)
        {
            return new FormatException("The input string '" + value + "' was not in a correct format.");
        }

        // Throws the exception for a failed parse: null input, bad format or overflow.
        internal static Exception ParseError(ParsingStatus status, string value, string typeName)
        {
            if (status == ParsingStatus.Overflow)
                return new OverflowException("Value was either too large or too small for " + typeName + ".");
            return FormatError(value);
        }

        internal static bool IsWhite(int ch)
        {
            return ch == 0x20 || (uint)(ch - 0x09) <= (0x0D - 0x09);
        }

        private static bool IsDigit(int ch)
        {
            return (uint)(ch - '0') <= 9;
        }

        // ---------------------------------------------------------------- integers

        // Parses an integer whose magnitude may not exceed maxPositive (or maxNegative when
        // negative; 0 for unsigned types). bits is the type's width, for hex and binary
        // (whose result is the bit pattern, returned in magnitude with isNegative false).
        internal static ParsingStatus TryParseBinaryInteger(string value, NumberStyles styles, NumberFormatInfo info,
            ulong maxPositive, ulong maxNegative, int bits, out ulong magnitude, out bool isNegative)
        {
            magnitude = 0;
            isNegative = false;
            if ((styles & ~NumberStyles.Integer) == 0)
                return TryParseIntegerStyle(value, styles, info, maxPositive, maxNegative, out magnitude, out isNegative);
            if ((styles & NumberStyles.AllowHexSpecifier) != 0)
                return TryParseBitsStyle(value, styles, 4, bits, out magnitude);
            if ((styles & NumberStyles.AllowBinarySpecifier) != 0)
                return TryParseBitsStyle(value, styles, 1, bits, out magnitude);

            int maxDigits = CountDigits(maxPositive > maxNegative ? maxPositive : maxNegative);
            NumberBuffer number = new NumberBuffer(NumberBufferKind.Integer, maxDigits + 1);
            if (!TryStringToNumber(value, styles, number, info))
                return ParsingStatus.Failed;

            // The value must be integral: every stored digit before the decimal point.
            int i = number.Scale;
            if (i > maxDigits || i < number.DigitsCount)
                return ParsingStatus.Overflow;
            ulong n = 0;
            int p = 0;
            char[] dig = number.Digits;
            while (--i >= 0)
            {
                if (n > ulong.MaxValue / 10)
                    return ParsingStatus.Overflow;
                n *= 10;
                if (dig[p] != '\0')
                {
                    ulong d = (ulong)(dig[p++] - '0');
                    if (n > ulong.MaxValue - d)
                        return ParsingStatus.Overflow;
                    n += d;
                }
            }
            isNegative = number.IsNegative;
            if (n > (isNegative ? maxNegative : maxPositive))
                return ParsingStatus.Overflow;
            if (n == 0)
                isNegative = false;
            magnitude = n;
            return ParsingStatus.OK;
        }

        private static ParsingStatus TryParseIntegerStyle(string value, NumberStyles styles, NumberFormatInfo info,
            ulong maxPositive, ulong maxNegative, out ulong magnitude, out bool isNegative)
        {
            magnitude = 0;
            isNegative = false;
            int length = value.Length;
            if (length == 0)
                return ParsingStatus.Failed;

            int index = 0;
            int num = value[0];

            // Leading whitespace.
            if ((styles & NumberStyles.AllowLeadingWhite) != 0 && IsWhite(num))
            {
                do
                {
                    index++;
                    if (index >= length)
                        return ParsingStatus.Failed;
                    num = value[index];
                }
                while (IsWhite(num));
            }

            // Leading sign.
            if ((styles & NumberStyles.AllowLeadingSign) != 0)
            {
                if (info.HasInvariantNumberSigns)
                {
                    if (num == '-' || num == '+')
                    {
                        isNegative = num == '-';
                        index++;
                        if (index >= length)
                            return ParsingStatus.Failed;
                        num = value[index];
                    }
                }
                else if (info.AllowHyphenDuringParsing && num == '-')
                {
                    isNegative = true;
                    index++;
                    if (index >= length)
                        return ParsingStatus.Failed;
                    num = value[index];
                }
                else
                {
                    string positiveSign = info.PositiveSign, negativeSign = info.NegativeSign;
                    if (positiveSign.Length > 0 && string.CompareOrdinal(value, index, positiveSign, 0, positiveSign.Length) == 0)
                    {
                        index += positiveSign.Length;
                        if (index >= length)
                            return ParsingStatus.Failed;
                        num = value[index];
                    }
                    else if (negativeSign.Length > 0 && string.CompareOrdinal(value, index, negativeSign, 0, negativeSign.Length) == 0)
                    {
                        isNegative = true;
                        index += negativeSign.Length;
                        if (index >= length)
                            return ParsingStatus.Failed;
                        num = value[index];
                    }
                }
            }

            if (!IsDigit(num))
                return ParsingStatus.Failed;

            bool overflow = false;
            ulong answer = 0;

            // Leading zeros do not count.
            while (num == '0')
            {
                index++;
                if (index >= length)
                    goto DoneAtEnd;
                num = value[index];
            }

            while (IsDigit(num))
            {
                uint d = (uint)(num - '0');
                if (!overflow)
                {
                    if (answer > (ulong.MaxValue - d) / 10)
                        overflow = true;
                    else
                        answer = answer * 10 + d;
                }
                index++;
                if (index >= length)
                    goto DoneAtEnd;
                num = value[index];
            }

            // Trailing characters: whitespace (if allowed), then only '\0's.
            if (IsWhite(num))
            {
                if ((styles & NumberStyles.AllowTrailingWhite) == 0)
                    return ParsingStatus.Failed;
                for (index++; index < length; index++)
                {
                    if (!IsWhite(value[index]))
                        break;
                }
                if (index >= length)
                    goto DoneAtEnd;
            }
            if (!TrailingZeros(value, index))
                return ParsingStatus.Failed;

        DoneAtEnd:
            if (overflow || answer > (isNegative ? maxNegative : maxPositive))
                return ParsingStatus.Overflow;
            if (answer == 0)
                isNegative = false;
            magnitude = answer;
            return ParsingStatus.OK;
        }

        // Hex (bitsPerDigit 4) or binary (1) digits, optionally surrounded by whitespace.
        private static ParsingStatus TryParseBitsStyle(string value, NumberStyles styles, int bitsPerDigit, int bits, out ulong result)
        {
            result = 0;
            int length = value.Length;
            int index = 0;
            if ((styles & NumberStyles.AllowLeadingWhite) != 0)
            {
                while (index < length && IsWhite(value[index]))
                    index++;
            }
            if (index >= length || DigitValue(value[index], bitsPerDigit) < 0)
                return ParsingStatus.Failed;

            bool overflow = false;
            int significant = 0;
            ulong answer = 0;
            int d;
            while (index < length && (d = DigitValue(value[index], bitsPerDigit)) >= 0)
            {
                if (answer != 0 || d != 0)
                {
                    significant++;
                    if (significant * bitsPerDigit > bits)
                        overflow = true;
                    else
                        answer = (answer << bitsPerDigit) | (uint)d;
                }
                index++;
            }
            if (index < length)
            {
                if (IsWhite(value[index]))
                {
                    if ((styles & NumberStyles.AllowTrailingWhite) == 0)
                        return ParsingStatus.Failed;
                    while (index < length && IsWhite(value[index]))
                        index++;
                }
                if (!TrailingZeros(value, index))
                    return ParsingStatus.Failed;
            }
            if (overflow)
                return ParsingStatus.Overflow;
            result = answer;
            return ParsingStatus.OK;
        }

        private static int DigitValue(char c, int bitsPerDigit)
        {
            if (bitsPerDigit == 1)
                return c == '0' ? 0 : c == '1' ? 1 : -1;
            if ((uint)(c - '0') <= 9)
                return c - '0';
            if ((uint)((c | 0x20) - 'a') <= 5)
                return (c | 0x20) - 'a' + 10;
            return -1;
        }

        // Only '\0' characters from index on.
        private static bool TrailingZeros(string value, int index)
        {
            for (int i = index; i < value.Length; i++)
            {
                if (value[i] != '\0')
                    return false;
            }
            return true;
        }

        // ---------------------------------------------------------------- general grammar

        internal static bool TryStringToNumber(string value, NumberStyles styles, NumberBuffer number, NumberFormatInfo info)
        {
            int p = 0;
            if (!TryParseNumber(value, ref p, styles, number, info) ||
                (p < value.Length && !TrailingZeros(value, p)))
                return false;
            return true;
        }

        // Matches value at position p (a space in the input also matches the no-break spaces
        // some cultures use as group separators); returns the position after it, or -1.
        private static int MatchChars(string s, int p, string value)
        {
            if (value.Length == 0 || value[0] == '\0')
                return -1;
            int i = 0;
            while (true)
            {
                char cp = p < s.Length ? s[p] : '\0';
                char val = value[i];
                if (cp != val && !((val == '\u00a0' || val == '\u202f') && cp == '\u0020'))
                    return -1;
                p++;
                i++;
                if (i >= value.Length || value[i] == '\0')
                    return p;
            }
        }

        private static int MatchNegativeSignChars(string s, int p, NumberFormatInfo info)
        {
            int ret = MatchChars(s, p, info.NegativeSign);
            if (ret < 0 && info.AllowHyphenDuringParsing && p < s.Length && s[p] == '-')
                ret = p + 1;
            return ret;
        }

        private static bool TryParseNumber(string s, ref int str, NumberStyles styles, NumberBuffer number, NumberFormatInfo info)
        {
            const int StateSign = 0x0001;
            const int StateParens = 0x0002;
            const int StateDigits = 0x0004;
            const int StateNonZero = 0x0008;
            const int StateDecimal = 0x0010;
            const int StateCurrency = 0x0020;

            int strEnd = s.Length;
            string decSep;
            string groupSep;
            string currSymbol = null;

            bool parsingCurrency = false;
            if ((styles & NumberStyles.AllowCurrencySymbol) != 0)
            {
                currSymbol = info.CurrencySymbol;
                // Match the currency separators first, then the number ones.
                decSep = info.CurrencyDecimalSeparator;
                groupSep = info.CurrencyGroupSeparator;
                parsingCurrency = true;
            }
            else
            {
                decSep = info.NumberDecimalSeparator;
                groupSep = info.NumberGroupSeparator;
            }

            int state = 0;
            int p = str;
            char ch = p < strEnd ? s[p] : '\0';
            int next;

            while (true)
            {
                // Whitespace is skipped unless a sign was found that is not followed by a
                // currency symbol: "-$ 1" is valid, "- 1" is not.
                if (!IsWhite(ch) || (styles & NumberStyles.AllowLeadingWhite) == 0 ||
                    ((state & StateSign) != 0 && ((state & StateCurrency) == 0 && info.NumberNegativePattern != 2)))
                {
                    if (((styles & NumberStyles.AllowLeadingSign) != 0) && (state & StateSign) == 0 &&
                        ((next = MatchChars(s, p, info.PositiveSign)) >= 0 ||
                         ((next = MatchNegativeSignChars(s, p, info)) >= 0 && (number.IsNegative = true))))
                    {
                        state |= StateSign;
                        p = next - 1;
                    }
                    else if (ch == '(' && ((styles & NumberStyles.AllowParentheses) != 0) && ((state & StateSign) == 0))
                    {
                        state |= StateSign | StateParens;
                        number.IsNegative = true;
                    }
                    else if (currSymbol != null && (next = MatchChars(s, p, currSymbol)) >= 0)
                    {
                        state |= StateCurrency;
                        currSymbol = null;
                        p = next - 1;
                    }
                    else
                    {
                        break;
                    }
                }
                ch = ++p < strEnd ? s[p] : '\0';
            }

            int digCount = 0;
            int digEnd = 0;
            int maxDigCount = number.Digits.Length - 1;
            int numberOfTrailingZeros = 0;

            while (true)
            {
                if (IsDigit(ch))
                {
                    state |= StateDigits;

                    if (ch != '0' || (state & StateNonZero) != 0)
                    {
                        if (digCount < maxDigCount)
                        {
                            number.Digits[digCount] = ch;
                            if ((ch != '0') || (number.Kind != NumberBufferKind.Integer))
                                digEnd = digCount + 1;
                        }
                        else if (ch != '0')
                        {
                            // Digits past the buffer only matter for rounding.
                            number.HasNonZeroTail = true;
                        }

                        if ((state & StateDecimal) == 0)
                            number.Scale++;

                        if (digCount < maxDigCount)
                        {
                            // Trailing zeros of the fraction are dropped for floating point.
                            if (ch == '0')
                                numberOfTrailingZeros++;
                            else
                                numberOfTrailingZeros = 0;
                        }
                        digCount++;
                        state |= StateNonZero;
                    }
                    else if ((state & StateDecimal) != 0)
                    {
                        number.Scale--;
                    }
                }
                else if (((styles & NumberStyles.AllowDecimalPoint) != 0) && ((state & StateDecimal) == 0) &&
                         ((next = MatchChars(s, p, decSep)) >= 0 ||
                          (parsingCurrency && (state & StateCurrency) == 0 && (next = MatchChars(s, p, info.NumberDecimalSeparator)) >= 0)))
                {
                    state |= StateDecimal;
                    p = next - 1;
                }
                else if (((styles & NumberStyles.AllowThousands) != 0) && ((state & StateDigits) != 0) && ((state & StateDecimal) == 0) &&
                         ((next = MatchChars(s, p, groupSep)) >= 0 ||
                          (parsingCurrency && (state & StateCurrency) == 0 && (next = MatchChars(s, p, info.NumberGroupSeparator)) >= 0)))
                {
                    p = next - 1;
                }
                else
                {
                    break;
                }
                ch = ++p < strEnd ? s[p] : '\0';
            }

            bool negExp = false;
            number.DigitsCount = digEnd;
            number.Digits[digEnd] = '\0';
            if ((state & StateDigits) != 0)
            {
                if ((ch == 'E' || ch == 'e') && ((styles & NumberStyles.AllowExponent) != 0))
                {
                    int temp = p;
                    ch = ++p < strEnd ? s[p] : '\0';
                    if ((next = MatchChars(s, p, info.PositiveSign)) >= 0)
                    {
                        ch = (p = next) < strEnd ? s[p] : '\0';
                    }
                    else if ((next = MatchNegativeSignChars(s, p, info)) >= 0)
                    {
                        ch = (p = next) < strEnd ? s[p] : '\0';
                        negExp = true;
                    }
                    if (IsDigit(ch))
                    {
                        int exp = 0;
                        do
                        {
                            if (exp >= 100000000)
                            {
                                // Too large an exponent: infinity/zero (or overflow) later.
                                exp = int.MaxValue;
                                number.Scale = 0;
                                while (p < strEnd && IsDigit(s[p]))
                                    p++;
                                ch = p < strEnd ? s[p] : '\0';
                                break;
                            }
                            exp = (exp * 10) + (ch - '0');
                            ch = ++p < strEnd ? s[p] : '\0';
                        }
                        while (IsDigit(ch));
                        if (negExp)
                            exp = -exp;
                        number.Scale += exp;
                    }
                    else
                    {
                        p = temp;
                        ch = p < strEnd ? s[p] : '\0';
                    }
                }

                if (number.Kind == NumberBufferKind.FloatingPoint && !number.HasNonZeroTail)
                {
                    int numberOfFractionalDigits = digEnd - number.Scale;
                    if (numberOfFractionalDigits > 0)
                    {
                        numberOfTrailingZeros = Math.Min(numberOfTrailingZeros, numberOfFractionalDigits);
                        number.DigitsCount = digEnd - numberOfTrailingZeros;
                        number.Digits[number.DigitsCount] = '\0';
                    }
                }

                while (true)
                {
                    if (!IsWhite(ch) || (styles & NumberStyles.AllowTrailingWhite) == 0)
                    {
                        if ((styles & NumberStyles.AllowTrailingSign) != 0 && ((state & StateSign) == 0) &&
                            ((next = MatchChars(s, p, info.PositiveSign)) >= 0 ||
                             ((next = MatchNegativeSignChars(s, p, info)) >= 0 && (number.IsNegative = true))))
                        {
                            state |= StateSign;
                            p = next - 1;
                        }
                        else if (ch == ')' && ((state & StateParens) != 0))
                        {
                            state &= ~StateParens;
                        }
                        else if (currSymbol != null && (next = MatchChars(s, p, currSymbol)) >= 0)
                        {
                            currSymbol = null;
                            p = next - 1;
                        }
                        else
                        {
                            break;
                        }
                    }
                    ch = ++p < strEnd ? s[p] : '\0';
                }
                if ((state & StateParens) == 0)
                {
                    if ((state & StateNonZero) == 0)
                    {
                        if (number.Kind != NumberBufferKind.Decimal)
                            number.Scale = 0;
                        if ((number.Kind == NumberBufferKind.Integer) && (state & StateDecimal) == 0)
                            number.IsNegative = false;
                    }
                    str = p;
                    return true;
                }
            }
            str = p;
            return false;
        }

        // ---------------------------------------------------------------- floating point

        internal static bool TryParseFloat(string value, NumberStyles styles, NumberFormatInfo info, bool isSingle, out double result)
        {
            // A number has no more digits than characters (the buffer keeps at most 800).
            int length = value.Length < FloatingNumberBufferLength - 1 ? value.Length + 1 : FloatingNumberBufferLength;
            NumberBuffer number = new NumberBuffer(NumberBufferKind.FloatingPoint, length);
            if (!TryStringToNumber(value, styles, number, info))
            {
                // Not a number: maybe one of the symbols (case-insensitively).
                string trimmed = value.Trim();
                if (EqualsIgnoreCase(trimmed, info.PositiveInfinitySymbol))
                {
                    result = double.PositiveInfinity;
                }
                else if (EqualsIgnoreCase(trimmed, info.NegativeInfinitySymbol))
                {
                    result = double.NegativeInfinity;
                }
                else if (EqualsIgnoreCase(trimmed, info.NaNSymbol))
                {
                    result = double.NaN;
                }
                else if (trimmed.StartsWith(info.PositiveSign, StringComparison.OrdinalIgnoreCase))
                {
                    trimmed = trimmed.Substring(info.PositiveSign.Length);
                    if (EqualsIgnoreCase(trimmed, info.PositiveInfinitySymbol))
                    {
                        result = double.PositiveInfinity;
                    }
                    else if (EqualsIgnoreCase(trimmed, info.NaNSymbol))
                    {
                        result = double.NaN;
                    }
                    else
                    {
                        result = 0;
                        return false;
                    }
                }
                else if ((trimmed.StartsWith(info.NegativeSign, StringComparison.OrdinalIgnoreCase) &&
                          EqualsIgnoreCase(trimmed.Substring(info.NegativeSign.Length), info.NaNSymbol)) ||
                         (info.AllowHyphenDuringParsing && trimmed.Length > 0 && trimmed[0] == '-' &&
                          EqualsIgnoreCase(trimmed.Substring(1), info.NaNSymbol)))
                {
                    result = double.NaN;
                }
                else
                {
                    result = 0;
                    return false;
                }
                return true;
            }

            result = NumberToFloating(number, isSingle);
            return true;
        }

        private static bool EqualsIgnoreCase(string a, string b)
        {
            return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        }

        // The double (or float, returned as a double) nearest to the number.
        private static double NumberToFloating(NumberBuffer number, bool isSingle)
        {
            double result;
            if (number.DigitsCount == 0)
            {
                result = 0.0;
            }
            else
            {
                string text = DigitsForParsing(number);
                if (!TryParseDouble(text, out result))
                    result = 0.0; // cannot happen: text is well-formed
                if (isSingle)
                    result = RoundToSingle(result, number);
            }
            return number.IsNegative ? -result : result;
        }

        // "ddd...E<exp>" for the native parser. A non-zero tail beyond the buffer is kept
        // as a final '1' so that halfway cases still round correctly.
        private static string DigitsForParsing(NumberBuffer number)
        {
            int count = number.DigitsCount;
            char[] chars = new char[count + 1];
            for (int i = 0; i < count; i++)
                chars[i] = number.Digits[i];
            int n = count;
            if (number.HasNonZeroTail)
                chars[n++] = '1';
            long exponent = (long)number.Scale - n;
            if (exponent > int.MaxValue)
                exponent = int.MaxValue;
            else if (exponent < int.MinValue)
                exponent = int.MinValue;
            return new string(chars, 0, n) + "E" + ((int)exponent).ToString();
        }

        // Rounds the correctly rounded double d of a decimal number to float. (float)d alone
        // could round twice wrongly when d falls exactly halfway between two floats; then the
        // decimal digits are compared with that midpoint's exact expansion.
        private static double RoundToSingle(double d, NumberBuffer number)
        {
            float f = (float)d;
            if (float.IsInfinity(f) || (double)f == d)
                return f;
            // Neighbouring float on the other side of d.
            float other = d > f ? BitIncrement(f) : BitDecrement(f);
            double mid = ((double)f + (double)other) / 2;
            if (mid != d)
                return f;
            int exponent;
            string midDigits = DoubleToDigits(mid, MaxFloatingDigits, out exponent);
            int cmp = CompareDigits(number, midDigits, exponent + 1);
            if (cmp == 0)
                return f; // exactly halfway: the cast rounded to even
            bool above = cmp > 0;
            float lower = f < other ? f : other, upper = f < other ? other : f;
            return above ? upper : lower;
        }

        private static float BitIncrement(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x);
            return BitConverter.Int32BitsToSingle(bits + 1); // x is positive and finite
        }

        private static float BitDecrement(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x);
            return BitConverter.Int32BitsToSingle(bits - 1);
        }

        // Compares the number's magnitude 0.d1d2... x 10^Scale with 0.m1m2... x 10^midScale.
        private static int CompareDigits(NumberBuffer number, string midDigits, int midScale)
        {
            if (number.Scale != midScale)
                return number.Scale > midScale ? 1 : -1;
            int n = number.DigitsCount, m = midDigits.Length;
            int len = n > m ? n : m;
            for (int i = 0; i < len; i++)
            {
                char a = i < n ? number.Digits[i] : '0';
                char b = i < m ? midDigits[i] : '0';
                if (a != b)
                    return a > b ? 1 : -1;
            }
            return number.HasNonZeroTail ? 1 : 0;
        }

        // ---------------------------------------------------------------- decimal

        internal static ParsingStatus TryParseDecimal(string value, NumberStyles styles, NumberFormatInfo info, out decimal result)
        {
            result = 0m;
            NumberBuffer number = new NumberBuffer(NumberBufferKind.Decimal, DecimalNumberBufferLength);
            if (!TryStringToNumber(value, styles, number, info))
                return ParsingStatus.Failed;
            if (!TryNumberToDecimal(number, ref result))
                return ParsingStatus.Overflow;
            return ParsingStatus.OK;
        }

        private const int DecimalPrecision = 29;

        private static bool TryNumberToDecimal(NumberBuffer number, ref decimal value)
        {
            char[] digits = number.Digits;
            int p = 0;
            int e = number.Scale;
            bool sign = number.IsNegative;
            uint c = digits[p];
            if (c == 0)
            {
                // A zero keeps the scale it was written with ("0.00"), up to 28.
                int zeroScale = -e;
                if (zeroScale < 0)
                    zeroScale = 0;
                if (zeroScale > 28)
                    zeroScale = 28;
                value = new decimal(0, 0, 0, sign, (byte)zeroScale);
                return true;
            }

            if (e > DecimalPrecision)
                return false;

            ulong low64 = 0;
            while (e > -28)
            {
                e--;
                low64 *= 10;
                low64 += c - '0';
                c = digits[++p];
                if (low64 >= ulong.MaxValue / 10)
                    break;
                if (c == 0)
                {
                    while (e > 0)
                    {
                        e--;
                        low64 *= 10;
                        if (low64 >= ulong.MaxValue / 10)
                            break;
                    }
                    break;
                }
            }

            uint high = 0;
            while ((e > 0 || (c != 0 && e > -28)) &&
                   (high < uint.MaxValue / 10 || (high == uint.MaxValue / 10 && (low64 < 0x9999999999999999UL || (low64 == 0x9999999999999999UL && c <= '5')))))
            {
                // Multiply by 10.
                ulong tmpLow = (uint)low64 * 10UL;
                ulong tmp64 = (uint)(low64 >> 32) * 10UL + (tmpLow >> 32);
                low64 = (uint)tmpLow + (tmp64 << 32);
                high = (uint)(tmp64 >> 32) + high * 10;

                if (c != 0)
                {
                    c -= '0';
                    low64 += c;
                    if (low64 < c)
                        high++;
                    c = digits[++p];
                }
                e--;
            }

            if (c >= '5')
            {
                if (c == '5' && (low64 & 1) == 0)
                {
                    c = digits[++p];

                    bool hasZeroTail = !number.HasNonZeroTail;

                    // Remaining digits count towards the tail too.
                    while ((c != 0) && hasZeroTail)
                    {
                        hasZeroTail &= (c == '0');
                        c = digits[++p];
                    }

                    // Exactly halfway with an even last digit: no rounding.
                    if (hasZeroTail)
                        goto NoRounding;
                }

                if (++low64 == 0 && ++high == 0)
                {
                    // Rounding overflowed 96 bits: one digit less.
                    low64 = 0x999999999999999AUL;
                    high = uint.MaxValue / 10;
                    e++;
                }
            }
        NoRounding:

            if (e > 0)
                return false;

            if (e <= -DecimalPrecision)
            {
                // A large-scale zero (or a value that rounds to zero).
                value = new decimal(0, 0, 0, sign, DecimalPrecision - 1);
            }
            else
            {
                value = new decimal((int)low64, (int)(low64 >> 32), (int)high, sign, (byte)-e);
            }
            return true;
        }
    }
}
