// System.Convert, continued: rounding helpers, DateTime conversions, bases 2/8/16, Base64
// and hex strings, GetTypeCode and ChangeType.
using System.Globalization;

namespace System
{
    public static partial class Convert
    {
        // Round half to even, then range-check (Convert.ToInt32(2.5) is 2).
        private static int DoubleToInt32(double value)
        {
            if (value >= 0)
            {
                if (value < 2147483647.5)
                {
                    int result = (int)value;
                    double dif = value - result;
                    if (dif > 0.5 || (dif == 0.5 && (result & 1) != 0))
                        result++;
                    return result;
                }
            }
            else
            {
                if (value >= -2147483648.5)
                {
                    int result = (int)value;
                    double dif = value - result;
                    if (dif < -0.5 || (dif == -0.5 && (result & 1) != 0))
                        result--;
                    return result;
                }
            }
            throw new OverflowException("Value was either too large or too small for an Int32.");
        }

        private static uint DoubleToUInt32(double value)
        {
            if (value > -1.0 && value < 4294967295.5)
            {
                uint result = (uint)value;
                double dif = value - result;
                if (dif > 0.5 || (dif == 0.5 && (result & 1) != 0))
                    result++;
                return result;
            }
            throw new OverflowException("Value was either too large or too small for a UInt32.");
        }

        public static DateTime ToDateTime(string value)
        {
            if (value == null)
                return new DateTime(0);
            return DateTime.Parse(value, CultureInfo.CurrentCulture);
        }

        public static DateTime ToDateTime(string value, IFormatProvider provider)
        {
            if (value == null)
                return new DateTime(0);
            return DateTime.Parse(value, provider);
        }

        public static DateTime ToDateTime(object value)
        {
            return value == null ? DateTime.MinValue : ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(object value, IFormatProvider provider)
        {
            return value == null ? DateTime.MinValue : ((IConvertible)value).ToDateTime(provider);
        }

        public static DateTime ToDateTime(DateTime value)
        {
            return value;
        }

        public static DateTime ToDateTime(bool value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(char value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(sbyte value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(byte value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(short value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(ushort value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(int value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(uint value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(long value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(ulong value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(float value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(double value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static DateTime ToDateTime(decimal value)
        {
            return ((IConvertible)value).ToDateTime(null);
        }

        public static bool ToBoolean(DateTime value)
        {
            return ((IConvertible)value).ToBoolean(null);
        }

        public static char ToChar(DateTime value)
        {
            return ((IConvertible)value).ToChar(null);
        }

        public static sbyte ToSByte(DateTime value)
        {
            return ((IConvertible)value).ToSByte(null);
        }

        public static byte ToByte(DateTime value)
        {
            return ((IConvertible)value).ToByte(null);
        }

        public static short ToInt16(DateTime value)
        {
            return ((IConvertible)value).ToInt16(null);
        }

        public static ushort ToUInt16(DateTime value)
        {
            return ((IConvertible)value).ToUInt16(null);
        }

        public static int ToInt32(DateTime value)
        {
            return ((IConvertible)value).ToInt32(null);
        }

        public static uint ToUInt32(DateTime value)
        {
            return ((IConvertible)value).ToUInt32(null);
        }

        public static long ToInt64(DateTime value)
        {
            return ((IConvertible)value).ToInt64(null);
        }

        public static ulong ToUInt64(DateTime value)
        {
            return ((IConvertible)value).ToUInt64(null);
        }

        public static float ToSingle(DateTime value)
        {
            return ((IConvertible)value).ToSingle(null);
        }

        public static double ToDouble(DateTime value)
        {
            return ((IConvertible)value).ToDouble(null);
        }

        public static decimal ToDecimal(DateTime value)
        {
            return ((IConvertible)value).ToDecimal(null);
        }

        public static string ToString(DateTime value)
        {
            return value.ToString();
        }

        public static string ToString(DateTime value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        // ---- Other bases ----

        private static void CheckBase(int b)
        {
            if (b != 2 && b != 8 && b != 10 && b != 16)
                throw new ArgumentException("Invalid Base.");
        }

        // value's bits (a type of the given width) in base 2, 8 or 16; base 10 is signed.
        private static string ToStringInBase(long value, int toBase, int bits)
        {
            CheckBase(toBase);
            if (toBase == 10)
                return value.ToString(CultureInfo.InvariantCulture);
            ulong u = bits == 64 ? (ulong)value : (ulong)value & ((1UL << bits) - 1);
            if (u == 0)
                return "0";
            int shift = toBase == 2 ? 1 : toBase == 8 ? 3 : 4;
            char[] buffer = new char[64];
            int pos = buffer.Length;
            ulong mask = (ulong)toBase - 1;
            while (u != 0)
            {
                int d = (int)(u & mask);
                buffer[--pos] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
                u >>= shift;
            }
            return new string(buffer, pos, buffer.Length - pos);
        }

        // Convert.ToInt32("ff", 16) and friends: digits only ("0x" allowed for base 16, a
        // leading '-' only for base 10); other bases give the type's bit pattern.
        private static long ParseInBase(string s, int fromBase, int bits, bool isSigned, string typeName)
        {
            CheckBase(fromBase);
            if (s.Length == 0)
                throw new ArgumentOutOfRangeException("value", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int i = 0;
            bool negative = false;
            if (s[0] == '-')
            {
                if (fromBase != 10)
                    throw new ArgumentException("String cannot contain a minus sign if the base is not 10.");
                if (!isSigned)
                    throw new OverflowException("The string was being parsed as an unsigned number and could not have a negative sign.");
                negative = true;
                i++;
            }
            else if (s[0] == '+')
            {
                i++;
            }
            if (fromBase == 16 && i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
                i += 2;

            int start = i;
            ulong result = 0;
            bool overflow = false;
            ulong limit = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                int d;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (c >= 'a' && c <= 'z')
                    d = c - 'a' + 10;
                else if (c >= 'A' && c <= 'Z')
                    d = c - 'A' + 10;
                else
                    break;
                if (d >= fromBase)
                    break;
                ulong next = result * (ulong)fromBase + (ulong)d;
                if (result > (ulong.MaxValue - (ulong)d) / (ulong)fromBase || next > limit)
                    overflow = true;
                result = next;
            }
            if (i == start)
                throw new FormatException("Could not find any recognizable digits.");
            if (i < s.Length)
                throw new FormatException("Additional non-parsable characters are at the end of the string.");

            if (fromBase == 10)
            {
                ulong max = isSigned ? (1UL << (bits - 1)) - 1 : limit;
                if (overflow || (negative ? result > max + (isSigned ? 1UL : 0UL) : result > max) || (negative && !isSigned && result != 0))
                    throw new OverflowException("Value was either too large or too small for " + typeName + ".");
                return negative ? unchecked((long)(0UL - result)) : unchecked((long)result);
            }
            if (overflow)
                throw new OverflowException("Value was either too large or too small for " + typeName + ".");
            // Sign-extend the bit pattern for the signed types.
            if (isSigned && bits < 64 && (result & (1UL << (bits - 1))) != 0)
                return unchecked((long)(result | ~limit));
            return unchecked((long)result);
        }

        // ---- Base64 ----

        private const string Base64Table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        private const int Base64LineBreakPosition = 76;

        public static string ToBase64String(byte[] inArray)
        {
            if (inArray == null)
                throw new ArgumentNullException(nameof(inArray));
            return ToBase64String(inArray, 0, inArray.Length, Base64FormattingOptions.None);
        }

        public static string ToBase64String(byte[] inArray, Base64FormattingOptions options)
        {
            if (inArray == null)
                throw new ArgumentNullException(nameof(inArray));
            return ToBase64String(inArray, 0, inArray.Length, options);
        }

        public static string ToBase64String(byte[] inArray, int offset, int length)
        {
            return ToBase64String(inArray, offset, length, Base64FormattingOptions.None);
        }

        public static string ToBase64String(byte[] inArray, int offset, int length, Base64FormattingOptions options)
        {
            if (inArray == null)
                throw new ArgumentNullException(nameof(inArray));
            if (length < 0)
                throw new ArgumentOutOfRangeException(nameof(length), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0)
                throw new ArgumentOutOfRangeException(nameof(offset), "Value must be positive.");
            if (options < Base64FormattingOptions.None || options > Base64FormattingOptions.InsertLineBreaks)
                throw new ArgumentException("Illegal enum value: " + ((int)options).ToString() + ".", nameof(options));
            if (offset > inArray.Length - length)
                throw new ArgumentOutOfRangeException(nameof(offset), "Offset and length must refer to a position in the string.");
            if (length == 0)
                return string.Empty;
            char[] chars = new char[ToBase64Length(length, options == Base64FormattingOptions.InsertLineBreaks)];
            int n = ConvertToBase64Array(chars, 0, inArray, offset, length, options == Base64FormattingOptions.InsertLineBreaks);
            return new string(chars, 0, n);
        }

        public static int ToBase64CharArray(byte[] inArray, int offsetIn, int length, char[] outArray, int offsetOut)
        {
            return ToBase64CharArray(inArray, offsetIn, length, outArray, offsetOut, Base64FormattingOptions.None);
        }

        public static int ToBase64CharArray(byte[] inArray, int offsetIn, int length, char[] outArray, int offsetOut, Base64FormattingOptions options)
        {
            if (inArray == null)
                throw new ArgumentNullException(nameof(inArray));
            if (outArray == null)
                throw new ArgumentNullException(nameof(outArray));
            if (length < 0)
                throw new ArgumentOutOfRangeException(nameof(length), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offsetIn < 0)
                throw new ArgumentOutOfRangeException(nameof(offsetIn), "Value must be positive.");
            if (offsetOut < 0)
                throw new ArgumentOutOfRangeException(nameof(offsetOut), "Value must be positive.");
            if (offsetIn > inArray.Length - length)
                throw new ArgumentOutOfRangeException(nameof(offsetIn), "Offset and length must refer to a position in the string.");
            bool lineBreaks = options == Base64FormattingOptions.InsertLineBreaks;
            int needed = ToBase64Length(length, lineBreaks);
            if (offsetOut > outArray.Length - needed)
                throw new ArgumentOutOfRangeException(nameof(offsetOut), "Either offset did not refer to a position in the string, or there is an insufficient length of destination character array.");
            return ConvertToBase64Array(outArray, offsetOut, inArray, offsetIn, length, lineBreaks);
        }

        private static int ToBase64Length(int length, bool insertLineBreaks)
        {
            long outlen = ((long)length + 2) / 3 * 4;
            if (insertLineBreaks && outlen > 0)
            {
                long newLines = outlen / Base64LineBreakPosition;
                if (outlen % Base64LineBreakPosition == 0)
                    newLines--;
                outlen += newLines * 2; // "\r\n"
            }
            if (outlen > int.MaxValue)
                throw new OutOfMemoryException();
            return (int)outlen;
        }

        private static int ConvertToBase64Array(char[] outChars, int offsetOut, byte[] inData, int offset, int length, bool insertLineBreaks)
        {
            int lengthmod3 = length % 3;
            int calcLength = offset + (length - lengthmod3);
            int j = offsetOut;
            int charcount = 0;
            int i;
            for (i = offset; i < calcLength; i += 3)
            {
                if (insertLineBreaks)
                {
                    if (charcount == Base64LineBreakPosition)
                    {
                        outChars[j++] = '\r';
                        outChars[j++] = '\n';
                        charcount = 0;
                    }
                    charcount += 4;
                }
                outChars[j] = Base64Table[(inData[i] & 0xfc) >> 2];
                outChars[j + 1] = Base64Table[((inData[i] & 0x03) << 4) | ((inData[i + 1] & 0xf0) >> 4)];
                outChars[j + 2] = Base64Table[((inData[i + 1] & 0x0f) << 2) | ((inData[i + 2] & 0xc0) >> 6)];
                outChars[j + 3] = Base64Table[inData[i + 2] & 0x3f];
                j += 4;
            }

            i = calcLength;
            if (insertLineBreaks && lengthmod3 != 0 && charcount == Base64LineBreakPosition)
            {
                outChars[j++] = '\r';
                outChars[j++] = '\n';
            }

            switch (lengthmod3)
            {
                case 2:
                    outChars[j] = Base64Table[(inData[i] & 0xfc) >> 2];
                    outChars[j + 1] = Base64Table[((inData[i] & 0x03) << 4) | ((inData[i + 1] & 0xf0) >> 4)];
                    outChars[j + 2] = Base64Table[(inData[i + 1] & 0x0f) << 2];
                    outChars[j + 3] = '=';
                    j += 4;
                    break;
                case 1:
                    outChars[j] = Base64Table[(inData[i] & 0xfc) >> 2];
                    outChars[j + 1] = Base64Table[(inData[i] & 0x03) << 4];
                    outChars[j + 2] = '=';
                    outChars[j + 3] = '=';
                    j += 4;
                    break;
            }

            return j - offsetOut;
        }

        public static byte[] FromBase64String(string s)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            return FromBase64(s, 0, s.Length);
        }

        public static byte[] FromBase64CharArray(char[] inArray, int offset, int length)
        {
            if (inArray == null)
                throw new ArgumentNullException(nameof(inArray));
            if (length < 0)
                throw new ArgumentOutOfRangeException(nameof(length), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0)
                throw new ArgumentOutOfRangeException(nameof(offset), "Value must be positive.");
            if (offset > inArray.Length - length)
                throw new ArgumentOutOfRangeException(nameof(offset), "Offset and length must refer to a position in the string.");
            return FromBase64(new string(inArray, offset, length), 0, length);
        }

        private const string InvalidBase64 = "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.";

        // Whitespace (space, tab, CR, LF) is ignored; up to two '=' may end the input.
        private static byte[] FromBase64(string s, int offset, int length)
        {
            int end = offset + length;
            int significant = 0;
            int padding = 0;
            for (int i = offset; i < end; i++)
            {
                char c = s[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                    continue;
                if (c == '=')
                {
                    padding++;
                }
                else
                {
                    if (padding > 0 || Base64Value(c) < 0)
                        throw new FormatException(InvalidBase64);
                }
                significant++;
            }
            if (padding > 2)
                throw new FormatException(InvalidBase64);
            if (significant % 4 != 0)
                throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");

            byte[] result = new byte[significant / 4 * 3 - padding];
            int bits = 0, bitCount = 0, pos = 0;
            for (int i = offset; i < end; i++)
            {
                char c = s[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '=')
                    continue;
                bits = (bits << 6) | Base64Value(c);
                bitCount += 6;
                if (bitCount >= 8)
                {
                    bitCount -= 8;
                    if (pos < result.Length)
                        result[pos++] = (byte)(bits >> bitCount);
                    bits &= (1 << bitCount) - 1;
                }
            }
            return result;
        }

        private static int Base64Value(char c)
        {
            if (c >= 'A' && c <= 'Z')
                return c - 'A';
            if (c >= 'a' && c <= 'z')
                return c - 'a' + 26;
            if (c >= '0' && c <= '9')
                return c - '0' + 52;
            if (c == '+')
                return 62;
            if (c == '/')
                return 63;
            return -1;
        }

        // ---- Hex strings (.NET 5) ----

        public static string ToHexString(byte[] inArray)
        {
            if (inArray == null)
                throw new ArgumentNullException(nameof(inArray));
            return ToHexString(inArray, 0, inArray.Length);
        }

        public static string ToHexString(byte[] inArray, int offset, int length)
        {
            if (inArray == null)
                throw new ArgumentNullException(nameof(inArray));
            if (length < 0)
                throw new ArgumentOutOfRangeException(nameof(length), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0)
                throw new ArgumentOutOfRangeException(nameof(offset), "Value must be positive.");
            if (offset > inArray.Length - length)
                throw new ArgumentOutOfRangeException(nameof(offset), "Offset and length must refer to a position in the string.");
            char[] chars = new char[length * 2];
            for (int i = 0; i < length; i++)
            {
                int b = inArray[offset + i];
                chars[2 * i] = (char)((b >> 4) < 10 ? '0' + (b >> 4) : 'A' + (b >> 4) - 10);
                chars[2 * i + 1] = (char)((b & 15) < 10 ? '0' + (b & 15) : 'A' + (b & 15) - 10);
            }
            return new string(chars);
        }

        public static byte[] FromHexString(string s)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if ((s.Length & 1) != 0)
                throw new FormatException("The input is not a valid hex string as its length is not a multiple of 2.");
            byte[] result = new byte[s.Length / 2];
            for (int i = 0; i < result.Length; i++)
            {
                int hi = HexValue(s[2 * i]), lo = HexValue(s[2 * i + 1]);
                if (hi < 0 || lo < 0)
                    throw new FormatException("The input is not a valid hex string as it contains a non-hex character.");
                result[i] = (byte)((hi << 4) | lo);
            }
            return result;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
                return c - '0';
            if (c >= 'a' && c <= 'f')
                return c - 'a' + 10;
            if (c >= 'A' && c <= 'F')
                return c - 'A' + 10;
            return -1;
        }

        // ---- GetTypeCode and ChangeType ----

        public static TypeCode GetTypeCode(object value)
        {
            if (value == null)
                return TypeCode.Empty;
            IConvertible c = value as IConvertible;
            if (c != null)
                return c.GetTypeCode();
            return TypeCode.Object;
        }

        public static object ChangeType(object value, Type conversionType)
        {
            return ChangeType(value, conversionType, CultureInfo.CurrentCulture);
        }

        // The base types through value's IConvertible; any other type through its ToType
        // (which accepts only value's own type, object and System.Enum).
        public static object ChangeType(object value, Type conversionType, IFormatProvider provider)
        {
            if (conversionType == null)
                throw new ArgumentNullException(nameof(conversionType));
            if (value == null)
            {
                if (conversionType.IsValueType)
                    throw new InvalidCastException("Null object cannot be converted to a value type.");
                return null;
            }
            IConvertible c = value as IConvertible;
            if (c == null)
            {
                if (value.GetType() == conversionType)
                    return value;
                throw new InvalidCastException("Object must implement IConvertible.");
            }
            if (conversionType == typeof(bool)) return c.ToBoolean(provider);
            if (conversionType == typeof(char)) return c.ToChar(provider);
            if (conversionType == typeof(sbyte)) return c.ToSByte(provider);
            if (conversionType == typeof(byte)) return c.ToByte(provider);
            if (conversionType == typeof(short)) return c.ToInt16(provider);
            if (conversionType == typeof(ushort)) return c.ToUInt16(provider);
            if (conversionType == typeof(int)) return c.ToInt32(provider);
            if (conversionType == typeof(uint)) return c.ToUInt32(provider);
            if (conversionType == typeof(long)) return c.ToInt64(provider);
            if (conversionType == typeof(ulong)) return c.ToUInt64(provider);
            if (conversionType == typeof(float)) return c.ToSingle(provider);
            if (conversionType == typeof(double)) return c.ToDouble(provider);
            if (conversionType == typeof(decimal)) return c.ToDecimal(provider);
            if (conversionType == typeof(DateTime)) return c.ToDateTime(provider);
            if (conversionType == typeof(string)) return c.ToString(provider);
            if (conversionType == typeof(object)) return value;
            return c.ToType(conversionType, provider);
        }

        public static object ChangeType(object value, TypeCode typeCode)
        {
            return ChangeType(value, typeCode, CultureInfo.CurrentCulture);
        }

        public static object ChangeType(object value, TypeCode typeCode, IFormatProvider provider)
        {
            if (value == null && (typeCode == TypeCode.Empty || typeCode == TypeCode.String || typeCode == TypeCode.Object))
                return null;
            IConvertible c = value as IConvertible;
            if (c == null)
                throw new InvalidCastException("Object must implement IConvertible.");
            switch (typeCode)
            {
                case TypeCode.Boolean: return c.ToBoolean(provider);
                case TypeCode.Char: return c.ToChar(provider);
                case TypeCode.SByte: return c.ToSByte(provider);
                case TypeCode.Byte: return c.ToByte(provider);
                case TypeCode.Int16: return c.ToInt16(provider);
                case TypeCode.UInt16: return c.ToUInt16(provider);
                case TypeCode.Int32: return c.ToInt32(provider);
                case TypeCode.UInt32: return c.ToUInt32(provider);
                case TypeCode.Int64: return c.ToInt64(provider);
                case TypeCode.UInt64: return c.ToUInt64(provider);
                case TypeCode.Single: return c.ToSingle(provider);
                case TypeCode.Double: return c.ToDouble(provider);
                case TypeCode.Decimal: return c.ToDecimal(provider);
                case TypeCode.DateTime: return c.ToDateTime(provider);
                case TypeCode.String: return c.ToString(provider);
                case TypeCode.Object: return value;
                case TypeCode.DBNull: throw new InvalidCastException("Object cannot be cast to DBNull.");
                case TypeCode.Empty: throw new InvalidCastException("Object cannot be cast to Empty.");
            }
            throw new ArgumentException("Unknown TypeCode value.");
        }

        // IConvertible.ToType of the base types: the conversion named by targetType, value
        // itself for its own type, object or System.Enum, InvalidCastException otherwise.
        internal static object DefaultToType(IConvertible value, Type targetType, IFormatProvider provider)
        {
            if (targetType == null)
                throw new ArgumentNullException(nameof(targetType));
            if (value.GetType() == targetType)
                return value;
            if (targetType == typeof(bool)) return value.ToBoolean(provider);
            if (targetType == typeof(char)) return value.ToChar(provider);
            if (targetType == typeof(sbyte)) return value.ToSByte(provider);
            if (targetType == typeof(byte)) return value.ToByte(provider);
            if (targetType == typeof(short)) return value.ToInt16(provider);
            if (targetType == typeof(ushort)) return value.ToUInt16(provider);
            if (targetType == typeof(int)) return value.ToInt32(provider);
            if (targetType == typeof(uint)) return value.ToUInt32(provider);
            if (targetType == typeof(long)) return value.ToInt64(provider);
            if (targetType == typeof(ulong)) return value.ToUInt64(provider);
            if (targetType == typeof(float)) return value.ToSingle(provider);
            if (targetType == typeof(double)) return value.ToDouble(provider);
            if (targetType == typeof(decimal)) return value.ToDecimal(provider);
            if (targetType == typeof(DateTime)) return value.ToDateTime(provider);
            if (targetType == typeof(string)) return value.ToString(provider);
            if (targetType == typeof(object)) return value;
            if (targetType == typeof(Enum)) return (Enum)value;
            throw new InvalidCastException("Invalid cast from '" + value.GetType().FullName + "' to '" + targetType.FullName + "'.");
        }
    }
}
