// System.Convert: conversions between the base types, to and from strings (also in
// bases 2, 8 and 16) and Base64, with .NET's rules: numbers round half to even when
// converted to integers, out-of-range values throw OverflowException, and conversions
// that make no sense (bool to char...) throw InvalidCastException. Conversions of an
// object go through its IConvertible implementation (null converts to the default value).
using System.Globalization;

namespace System
{
    public static partial class Convert
    {
        // ---- ToBoolean ----

        public static bool ToBoolean(object value)
        {
            return value == null ? false : ((IConvertible)value).ToBoolean(null);
        }

        public static bool ToBoolean(object value, IFormatProvider provider)
        {
            return value == null ? false : ((IConvertible)value).ToBoolean(provider);
        }

        public static bool ToBoolean(bool value)
        {
            return value;
        }

        public static bool ToBoolean(char value)
        {
            throw new InvalidCastException("Invalid cast from 'Char' to 'Boolean'.");
        }

        public static bool ToBoolean(sbyte value)
        {
            return value != 0;
        }

        public static bool ToBoolean(byte value)
        {
            return value != 0;
        }

        public static bool ToBoolean(short value)
        {
            return value != 0;
        }

        public static bool ToBoolean(ushort value)
        {
            return value != 0;
        }

        public static bool ToBoolean(int value)
        {
            return value != 0;
        }

        public static bool ToBoolean(uint value)
        {
            return value != 0;
        }

        public static bool ToBoolean(long value)
        {
            return value != 0;
        }

        public static bool ToBoolean(ulong value)
        {
            return value != 0;
        }

        public static bool ToBoolean(float value)
        {
            return value != 0;
        }

        public static bool ToBoolean(double value)
        {
            return value != 0;
        }

        public static bool ToBoolean(decimal value)
        {
            return value != 0m;
        }

        public static bool ToBoolean(string value)
        {
            return value != null && bool.Parse(value);
        }

        public static bool ToBoolean(string value, IFormatProvider provider)
        {
            return value != null && bool.Parse(value);
        }

        // ---- ToChar ----

        public static char ToChar(object value)
        {
            return value == null ? '\0' : ((IConvertible)value).ToChar(null);
        }

        public static char ToChar(object value, IFormatProvider provider)
        {
            return value == null ? '\0' : ((IConvertible)value).ToChar(provider);
        }

        public static char ToChar(bool value)
        {
            throw new InvalidCastException("Invalid cast from 'Boolean' to 'Char'.");
        }

        public static char ToChar(char value)
        {
            return value;
        }

        public static char ToChar(sbyte value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a character.");
            return (char)value;
        }

        public static char ToChar(byte value)
        {
            return (char)value;
        }

        public static char ToChar(short value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a character.");
            return (char)value;
        }

        public static char ToChar(ushort value)
        {
            return (char)value;
        }

        public static char ToChar(int value)
        {
            if (value < 0 || value > char.MaxValue)
                throw new OverflowException("Value was either too large or too small for a character.");
            return (char)value;
        }

        public static char ToChar(uint value)
        {
            if (value > char.MaxValue)
                throw new OverflowException("Value was either too large or too small for a character.");
            return (char)value;
        }

        public static char ToChar(long value)
        {
            if (value < 0 || value > char.MaxValue)
                throw new OverflowException("Value was either too large or too small for a character.");
            return (char)value;
        }

        public static char ToChar(ulong value)
        {
            if (value > char.MaxValue)
                throw new OverflowException("Value was either too large or too small for a character.");
            return (char)value;
        }

        public static char ToChar(float value)
        {
            throw new InvalidCastException("Invalid cast from 'Single' to 'Char'.");
        }

        public static char ToChar(double value)
        {
            throw new InvalidCastException("Invalid cast from 'Double' to 'Char'.");
        }

        public static char ToChar(decimal value)
        {
            throw new InvalidCastException("Invalid cast from 'Decimal' to 'Char'.");
        }

        public static char ToChar(string value)
        {
            return ToChar(value, null);
        }

        public static char ToChar(string value, IFormatProvider provider)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            if (value.Length != 1)
                throw new FormatException("String must be exactly one character long.");
            return value[0];
        }

        // ---- ToSByte ----

        public static sbyte ToSByte(object value)
        {
            return value == null ? (sbyte)0 : ((IConvertible)value).ToSByte(null);
        }

        public static sbyte ToSByte(object value, IFormatProvider provider)
        {
            return value == null ? (sbyte)0 : ((IConvertible)value).ToSByte(provider);
        }

        public static sbyte ToSByte(bool value)
        {
            return value ? (sbyte)1 : (sbyte)0;
        }

        public static sbyte ToSByte(char value)
        {
            if (value > sbyte.MaxValue)
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)value;
        }

        public static sbyte ToSByte(sbyte value)
        {
            return value;
        }

        public static sbyte ToSByte(byte value)
        {
            if (value > sbyte.MaxValue)
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)value;
        }

        public static sbyte ToSByte(short value)
        {
            if (value < sbyte.MinValue || value > sbyte.MaxValue)
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)value;
        }

        public static sbyte ToSByte(ushort value)
        {
            if (value > sbyte.MaxValue)
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)value;
        }

        public static sbyte ToSByte(int value)
        {
            if (value < sbyte.MinValue || value > sbyte.MaxValue)
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)value;
        }

        public static sbyte ToSByte(uint value)
        {
            if (value > sbyte.MaxValue)
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)value;
        }

        public static sbyte ToSByte(long value)
        {
            if (value < sbyte.MinValue || value > sbyte.MaxValue)
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)value;
        }

        public static sbyte ToSByte(ulong value)
        {
            if (value > (ulong)sbyte.MaxValue)
                throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)value;
        }

        public static sbyte ToSByte(float value)
        {
            return ToSByte(DoubleToInt32(value));
        }

        public static sbyte ToSByte(double value)
        {
            return ToSByte(DoubleToInt32(value));
        }

        public static sbyte ToSByte(decimal value)
        {
            return decimal.ToSByte(decimal.Round(value, 0));
        }

        public static sbyte ToSByte(string value)
        {
            if (value == null)
                return (sbyte)0;
            return sbyte.Parse(value, NumberStyles.Integer, CultureInfo.CurrentCulture);
        }

        public static sbyte ToSByte(string value, IFormatProvider provider)
        {
            if (value == null)
                return (sbyte)0;
            return sbyte.Parse(value, NumberStyles.Integer, provider);
        }

        public static sbyte ToSByte(string value, int fromBase)
        {
            if (value == null)
                return 0;
            return unchecked((sbyte)ParseInBase(value, fromBase, 8, true, "a signed byte"));
        }

        // ---- ToByte ----

        public static byte ToByte(object value)
        {
            return value == null ? (byte)0 : ((IConvertible)value).ToByte(null);
        }

        public static byte ToByte(object value, IFormatProvider provider)
        {
            return value == null ? (byte)0 : ((IConvertible)value).ToByte(provider);
        }

        public static byte ToByte(bool value)
        {
            return value ? (byte)1 : (byte)0;
        }

        public static byte ToByte(char value)
        {
            if (value > byte.MaxValue)
                throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }

        public static byte ToByte(sbyte value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }

        public static byte ToByte(byte value)
        {
            return value;
        }

        public static byte ToByte(short value)
        {
            if (value < 0 || value > byte.MaxValue)
                throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }

        public static byte ToByte(ushort value)
        {
            if (value > byte.MaxValue)
                throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }

        public static byte ToByte(int value)
        {
            if (value < 0 || value > byte.MaxValue)
                throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }

        public static byte ToByte(uint value)
        {
            if (value > byte.MaxValue)
                throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }

        public static byte ToByte(long value)
        {
            if (value < 0 || value > byte.MaxValue)
                throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }

        public static byte ToByte(ulong value)
        {
            if (value > (ulong)byte.MaxValue)
                throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }

        public static byte ToByte(float value)
        {
            return ToByte(DoubleToInt32(value));
        }

        public static byte ToByte(double value)
        {
            return ToByte(DoubleToInt32(value));
        }

        public static byte ToByte(decimal value)
        {
            return decimal.ToByte(decimal.Round(value, 0));
        }

        public static byte ToByte(string value)
        {
            if (value == null)
                return (byte)0;
            return byte.Parse(value, NumberStyles.Integer, CultureInfo.CurrentCulture);
        }

        public static byte ToByte(string value, IFormatProvider provider)
        {
            if (value == null)
                return (byte)0;
            return byte.Parse(value, NumberStyles.Integer, provider);
        }

        public static byte ToByte(string value, int fromBase)
        {
            if (value == null)
                return 0;
            return unchecked((byte)ParseInBase(value, fromBase, 8, false, "an unsigned byte"));
        }

        // ---- ToInt16 ----

        public static short ToInt16(object value)
        {
            return value == null ? (short)0 : ((IConvertible)value).ToInt16(null);
        }

        public static short ToInt16(object value, IFormatProvider provider)
        {
            return value == null ? (short)0 : ((IConvertible)value).ToInt16(provider);
        }

        public static short ToInt16(bool value)
        {
            return value ? (short)1 : (short)0;
        }

        public static short ToInt16(char value)
        {
            if (value > short.MaxValue)
                throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)value;
        }

        public static short ToInt16(sbyte value)
        {
            return value;
        }

        public static short ToInt16(byte value)
        {
            return value;
        }

        public static short ToInt16(short value)
        {
            return value;
        }

        public static short ToInt16(ushort value)
        {
            if (value > short.MaxValue)
                throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)value;
        }

        public static short ToInt16(int value)
        {
            if (value < short.MinValue || value > short.MaxValue)
                throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)value;
        }

        public static short ToInt16(uint value)
        {
            if (value > short.MaxValue)
                throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)value;
        }

        public static short ToInt16(long value)
        {
            if (value < short.MinValue || value > short.MaxValue)
                throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)value;
        }

        public static short ToInt16(ulong value)
        {
            if (value > (ulong)short.MaxValue)
                throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)value;
        }

        public static short ToInt16(float value)
        {
            return ToInt16(DoubleToInt32(value));
        }

        public static short ToInt16(double value)
        {
            return ToInt16(DoubleToInt32(value));
        }

        public static short ToInt16(decimal value)
        {
            return decimal.ToInt16(decimal.Round(value, 0));
        }

        public static short ToInt16(string value)
        {
            if (value == null)
                return (short)0;
            return short.Parse(value, NumberStyles.Integer, CultureInfo.CurrentCulture);
        }

        public static short ToInt16(string value, IFormatProvider provider)
        {
            if (value == null)
                return (short)0;
            return short.Parse(value, NumberStyles.Integer, provider);
        }

        public static short ToInt16(string value, int fromBase)
        {
            if (value == null)
                return 0;
            return unchecked((short)ParseInBase(value, fromBase, 16, true, "an Int16"));
        }

        // ---- ToUInt16 ----

        public static ushort ToUInt16(object value)
        {
            return value == null ? (ushort)0 : ((IConvertible)value).ToUInt16(null);
        }

        public static ushort ToUInt16(object value, IFormatProvider provider)
        {
            return value == null ? (ushort)0 : ((IConvertible)value).ToUInt16(provider);
        }

        public static ushort ToUInt16(bool value)
        {
            return value ? (ushort)1 : (ushort)0;
        }

        public static ushort ToUInt16(char value)
        {
            return value;
        }

        public static ushort ToUInt16(sbyte value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)value;
        }

        public static ushort ToUInt16(byte value)
        {
            return value;
        }

        public static ushort ToUInt16(short value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)value;
        }

        public static ushort ToUInt16(ushort value)
        {
            return value;
        }

        public static ushort ToUInt16(int value)
        {
            if (value < 0 || value > ushort.MaxValue)
                throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)value;
        }

        public static ushort ToUInt16(uint value)
        {
            if (value > ushort.MaxValue)
                throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)value;
        }

        public static ushort ToUInt16(long value)
        {
            if (value < 0 || value > ushort.MaxValue)
                throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)value;
        }

        public static ushort ToUInt16(ulong value)
        {
            if (value > (ulong)ushort.MaxValue)
                throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)value;
        }

        public static ushort ToUInt16(float value)
        {
            return ToUInt16(DoubleToInt32(value));
        }

        public static ushort ToUInt16(double value)
        {
            return ToUInt16(DoubleToInt32(value));
        }

        public static ushort ToUInt16(decimal value)
        {
            return decimal.ToUInt16(decimal.Round(value, 0));
        }

        public static ushort ToUInt16(string value)
        {
            if (value == null)
                return (ushort)0;
            return ushort.Parse(value, NumberStyles.Integer, CultureInfo.CurrentCulture);
        }

        public static ushort ToUInt16(string value, IFormatProvider provider)
        {
            if (value == null)
                return (ushort)0;
            return ushort.Parse(value, NumberStyles.Integer, provider);
        }

        public static ushort ToUInt16(string value, int fromBase)
        {
            if (value == null)
                return 0;
            return unchecked((ushort)ParseInBase(value, fromBase, 16, false, "a UInt16"));
        }

        // ---- ToInt32 ----

        public static int ToInt32(object value)
        {
            return value == null ? 0 : ((IConvertible)value).ToInt32(null);
        }

        public static int ToInt32(object value, IFormatProvider provider)
        {
            return value == null ? 0 : ((IConvertible)value).ToInt32(provider);
        }

        public static int ToInt32(bool value)
        {
            return value ? (int)1 : (int)0;
        }

        public static int ToInt32(char value)
        {
            return value;
        }

        public static int ToInt32(sbyte value)
        {
            return value;
        }

        public static int ToInt32(byte value)
        {
            return value;
        }

        public static int ToInt32(short value)
        {
            return value;
        }

        public static int ToInt32(ushort value)
        {
            return value;
        }

        public static int ToInt32(int value)
        {
            return value;
        }

        public static int ToInt32(uint value)
        {
            if (value > int.MaxValue)
                throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)value;
        }

        public static int ToInt32(long value)
        {
            if (value < int.MinValue || value > int.MaxValue)
                throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)value;
        }

        public static int ToInt32(ulong value)
        {
            if (value > (ulong)int.MaxValue)
                throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)value;
        }

        public static int ToInt32(float value)
        {
            return DoubleToInt32(value);
        }

        public static int ToInt32(double value)
        {
            return DoubleToInt32(value);
        }

        public static int ToInt32(decimal value)
        {
            return decimal.ToInt32(decimal.Round(value, 0));
        }

        public static int ToInt32(string value)
        {
            if (value == null)
                return 0;
            return int.Parse(value, NumberStyles.Integer, CultureInfo.CurrentCulture);
        }

        public static int ToInt32(string value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            return int.Parse(value, NumberStyles.Integer, provider);
        }

        public static int ToInt32(string value, int fromBase)
        {
            if (value == null)
                return 0;
            return unchecked((int)ParseInBase(value, fromBase, 32, true, "an Int32"));
        }

        // ---- ToUInt32 ----

        public static uint ToUInt32(object value)
        {
            return value == null ? 0 : ((IConvertible)value).ToUInt32(null);
        }

        public static uint ToUInt32(object value, IFormatProvider provider)
        {
            return value == null ? 0 : ((IConvertible)value).ToUInt32(provider);
        }

        public static uint ToUInt32(bool value)
        {
            return value ? (uint)1 : (uint)0;
        }

        public static uint ToUInt32(char value)
        {
            return value;
        }

        public static uint ToUInt32(sbyte value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a UInt32.");
            return (uint)value;
        }

        public static uint ToUInt32(byte value)
        {
            return value;
        }

        public static uint ToUInt32(short value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a UInt32.");
            return (uint)value;
        }

        public static uint ToUInt32(ushort value)
        {
            return value;
        }

        public static uint ToUInt32(int value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a UInt32.");
            return (uint)value;
        }

        public static uint ToUInt32(uint value)
        {
            return value;
        }

        public static uint ToUInt32(long value)
        {
            if (value < 0 || value > uint.MaxValue)
                throw new OverflowException("Value was either too large or too small for a UInt32.");
            return (uint)value;
        }

        public static uint ToUInt32(ulong value)
        {
            if (value > (ulong)uint.MaxValue)
                throw new OverflowException("Value was either too large or too small for a UInt32.");
            return (uint)value;
        }

        public static uint ToUInt32(float value)
        {
            return DoubleToUInt32(value);
        }

        public static uint ToUInt32(double value)
        {
            return DoubleToUInt32(value);
        }

        public static uint ToUInt32(decimal value)
        {
            return decimal.ToUInt32(decimal.Round(value, 0));
        }

        public static uint ToUInt32(string value)
        {
            if (value == null)
                return 0;
            return uint.Parse(value, NumberStyles.Integer, CultureInfo.CurrentCulture);
        }

        public static uint ToUInt32(string value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            return uint.Parse(value, NumberStyles.Integer, provider);
        }

        public static uint ToUInt32(string value, int fromBase)
        {
            if (value == null)
                return 0;
            return unchecked((uint)ParseInBase(value, fromBase, 32, false, "a UInt32"));
        }

        // ---- ToInt64 ----

        public static long ToInt64(object value)
        {
            return value == null ? 0 : ((IConvertible)value).ToInt64(null);
        }

        public static long ToInt64(object value, IFormatProvider provider)
        {
            return value == null ? 0 : ((IConvertible)value).ToInt64(provider);
        }

        public static long ToInt64(bool value)
        {
            return value ? (long)1 : (long)0;
        }

        public static long ToInt64(char value)
        {
            return value;
        }

        public static long ToInt64(sbyte value)
        {
            return value;
        }

        public static long ToInt64(byte value)
        {
            return value;
        }

        public static long ToInt64(short value)
        {
            return value;
        }

        public static long ToInt64(ushort value)
        {
            return value;
        }

        public static long ToInt64(int value)
        {
            return value;
        }

        public static long ToInt64(uint value)
        {
            return value;
        }

        public static long ToInt64(long value)
        {
            return value;
        }

        public static long ToInt64(ulong value)
        {
            if (value > (ulong)long.MaxValue)
                throw new OverflowException("Value was either too large or too small for an Int64.");
            return (long)value;
        }

        public static long ToInt64(float value)
        {
            return checked((long)Math.Round(value));
        }

        public static long ToInt64(double value)
        {
            return checked((long)Math.Round(value));
        }

        public static long ToInt64(decimal value)
        {
            return decimal.ToInt64(decimal.Round(value, 0));
        }

        public static long ToInt64(string value)
        {
            if (value == null)
                return 0;
            return long.Parse(value, NumberStyles.Integer, CultureInfo.CurrentCulture);
        }

        public static long ToInt64(string value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            return long.Parse(value, NumberStyles.Integer, provider);
        }

        public static long ToInt64(string value, int fromBase)
        {
            if (value == null)
                return 0;
            return unchecked((long)ParseInBase(value, fromBase, 64, true, "an Int64"));
        }

        // ---- ToUInt64 ----

        public static ulong ToUInt64(object value)
        {
            return value == null ? 0 : ((IConvertible)value).ToUInt64(null);
        }

        public static ulong ToUInt64(object value, IFormatProvider provider)
        {
            return value == null ? 0 : ((IConvertible)value).ToUInt64(provider);
        }

        public static ulong ToUInt64(bool value)
        {
            return value ? (ulong)1 : (ulong)0;
        }

        public static ulong ToUInt64(char value)
        {
            return value;
        }

        public static ulong ToUInt64(sbyte value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a UInt64.");
            return (ulong)value;
        }

        public static ulong ToUInt64(byte value)
        {
            return value;
        }

        public static ulong ToUInt64(short value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a UInt64.");
            return (ulong)value;
        }

        public static ulong ToUInt64(ushort value)
        {
            return value;
        }

        public static ulong ToUInt64(int value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a UInt64.");
            return (ulong)value;
        }

        public static ulong ToUInt64(uint value)
        {
            return value;
        }

        public static ulong ToUInt64(long value)
        {
            if (value < 0)
                throw new OverflowException("Value was either too large or too small for a UInt64.");
            return (ulong)value;
        }

        public static ulong ToUInt64(ulong value)
        {
            return value;
        }

        public static ulong ToUInt64(float value)
        {
            return checked((ulong)Math.Round(value));
        }

        public static ulong ToUInt64(double value)
        {
            return checked((ulong)Math.Round(value));
        }

        public static ulong ToUInt64(decimal value)
        {
            return decimal.ToUInt64(decimal.Round(value, 0));
        }

        public static ulong ToUInt64(string value)
        {
            if (value == null)
                return 0;
            return ulong.Parse(value, NumberStyles.Integer, CultureInfo.CurrentCulture);
        }

        public static ulong ToUInt64(string value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            return ulong.Parse(value, NumberStyles.Integer, provider);
        }

        public static ulong ToUInt64(string value, int fromBase)
        {
            if (value == null)
                return 0;
            return unchecked((ulong)ParseInBase(value, fromBase, 64, false, "a UInt64"));
        }

        // ---- ToSingle ----

        public static float ToSingle(object value)
        {
            return value == null ? 0 : ((IConvertible)value).ToSingle(null);
        }

        public static float ToSingle(object value, IFormatProvider provider)
        {
            return value == null ? 0 : ((IConvertible)value).ToSingle(provider);
        }

        public static float ToSingle(bool value)
        {
            return value ? (float)1 : (float)0;
        }

        public static float ToSingle(char value)
        {
            throw new InvalidCastException("Invalid cast from 'Char' to 'Single'.");
        }

        public static float ToSingle(sbyte value)
        {
            return value;
        }

        public static float ToSingle(byte value)
        {
            return value;
        }

        public static float ToSingle(short value)
        {
            return value;
        }

        public static float ToSingle(ushort value)
        {
            return value;
        }

        public static float ToSingle(int value)
        {
            return value;
        }

        public static float ToSingle(uint value)
        {
            return value;
        }

        public static float ToSingle(long value)
        {
            return value;
        }

        public static float ToSingle(ulong value)
        {
            return value;
        }

        public static float ToSingle(float value)
        {
            return value;
        }

        public static float ToSingle(double value)
        {
            return (float)value;
        }

        public static float ToSingle(decimal value)
        {
            return (float)value;
        }

        public static float ToSingle(string value)
        {
            if (value == null)
                return 0;
            return float.Parse(value, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.CurrentCulture);
        }

        public static float ToSingle(string value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            return float.Parse(value, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        }

        // ---- ToDouble ----

        public static double ToDouble(object value)
        {
            return value == null ? 0 : ((IConvertible)value).ToDouble(null);
        }

        public static double ToDouble(object value, IFormatProvider provider)
        {
            return value == null ? 0 : ((IConvertible)value).ToDouble(provider);
        }

        public static double ToDouble(bool value)
        {
            return value ? (double)1 : (double)0;
        }

        public static double ToDouble(char value)
        {
            throw new InvalidCastException("Invalid cast from 'Char' to 'Double'.");
        }

        public static double ToDouble(sbyte value)
        {
            return value;
        }

        public static double ToDouble(byte value)
        {
            return value;
        }

        public static double ToDouble(short value)
        {
            return value;
        }

        public static double ToDouble(ushort value)
        {
            return value;
        }

        public static double ToDouble(int value)
        {
            return value;
        }

        public static double ToDouble(uint value)
        {
            return value;
        }

        public static double ToDouble(long value)
        {
            return value;
        }

        public static double ToDouble(ulong value)
        {
            return value;
        }

        public static double ToDouble(float value)
        {
            return value;
        }

        public static double ToDouble(double value)
        {
            return value;
        }

        public static double ToDouble(decimal value)
        {
            return (double)value;
        }

        public static double ToDouble(string value)
        {
            if (value == null)
                return 0;
            return double.Parse(value, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.CurrentCulture);
        }

        public static double ToDouble(string value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            return double.Parse(value, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        }

        // ---- ToDecimal ----

        public static decimal ToDecimal(object value)
        {
            return value == null ? 0m : ((IConvertible)value).ToDecimal(null);
        }

        public static decimal ToDecimal(object value, IFormatProvider provider)
        {
            return value == null ? 0m : ((IConvertible)value).ToDecimal(provider);
        }

        public static decimal ToDecimal(bool value)
        {
            return value ? 1m : 0m;
        }

        public static decimal ToDecimal(char value)
        {
            throw new InvalidCastException("Invalid cast from 'Char' to 'Decimal'.");
        }

        public static decimal ToDecimal(sbyte value)
        {
            return value;
        }

        public static decimal ToDecimal(byte value)
        {
            return value;
        }

        public static decimal ToDecimal(short value)
        {
            return value;
        }

        public static decimal ToDecimal(ushort value)
        {
            return value;
        }

        public static decimal ToDecimal(int value)
        {
            return value;
        }

        public static decimal ToDecimal(uint value)
        {
            return value;
        }

        public static decimal ToDecimal(long value)
        {
            return value;
        }

        public static decimal ToDecimal(ulong value)
        {
            return value;
        }

        public static decimal ToDecimal(float value)
        {
            return (decimal)value;
        }

        public static decimal ToDecimal(double value)
        {
            return (decimal)value;
        }

        public static decimal ToDecimal(decimal value)
        {
            return value;
        }

        public static decimal ToDecimal(string value)
        {
            if (value == null)
                return 0m;
            return decimal.Parse(value, NumberStyles.Number, CultureInfo.CurrentCulture);
        }

        public static decimal ToDecimal(string value, IFormatProvider provider)
        {
            if (value == null)
                return 0m;
            return decimal.Parse(value, NumberStyles.Number, provider);
        }

        // ---- ToString ----

        public static string ToString(object value)
        {
            return ToString(value, null);
        }

        public static string ToString(object value, IFormatProvider provider)
        {
            IConvertible c = value as IConvertible;
            if (c != null)
                return c.ToString(provider);
            IFormattable f = value as IFormattable;
            if (f != null)
                return f.ToString(null, provider);
            return value != null ? value.ToString() : string.Empty;
        }

        public static string ToString(bool value)
        {
            return value.ToString();
        }

        public static string ToString(bool value, IFormatProvider provider)
        {
            return value.ToString();
        }

        public static string ToString(char value)
        {
            return char.ToString(value);
        }

        public static string ToString(char value, IFormatProvider provider)
        {
            return char.ToString(value);
        }

        public static string ToString(string value)
        {
            return value;
        }

        public static string ToString(string value, IFormatProvider provider)
        {
            return value;
        }

        public static string ToString(sbyte value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(sbyte value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(byte value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(byte value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(short value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(short value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(ushort value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(ushort value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(int value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(int value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(uint value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(uint value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(long value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(long value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(ulong value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(ulong value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(float value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(float value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(double value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(double value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(decimal value)
        {
            return value.ToString(CultureInfo.CurrentCulture);
        }

        public static string ToString(decimal value, IFormatProvider provider)
        {
            return value.ToString(provider);
        }

        public static string ToString(byte value, int toBase)
        {
            return ToStringInBase(unchecked((long)value), toBase, 8);
        }

        public static string ToString(short value, int toBase)
        {
            return ToStringInBase(unchecked((long)value), toBase, 16);
        }

        public static string ToString(int value, int toBase)
        {
            return ToStringInBase(unchecked((long)value), toBase, 32);
        }

        public static string ToString(long value, int toBase)
        {
            return ToStringInBase(unchecked((long)value), toBase, 64);
        }

    }
}
