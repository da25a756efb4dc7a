// System.Convert: conversions between the base types, to and from strings (also in
// bases 2, 8 and 16) and Base64, with .NET's rules: numbers round half to even when
// converted to integers, out-of-range values throw OverflowException, and conversions
// that make no sense (bool to char...) throw InvalidCastException. Conversions of an
// object dispatch on its type (CILKit's primitives do not implement IConvertible).
using System.Globalization;

namespace System
{
    public static partial class Convert
    {
        // ---- ToBoolean ----

        public static bool ToBoolean(object value)
        {
            return value == null ? false : ToBoolean(value, null);
        }

        public static bool ToBoolean(object value, IFormatProvider provider)
        {
            if (value == null)
                return false;
            if (value is bool)
                return ToBoolean((bool)value);
            if (value is char)
                return ToBoolean((char)value);
            if (value is sbyte)
                return ToBoolean((sbyte)value);
            if (value is byte)
                return ToBoolean((byte)value);
            if (value is short)
                return ToBoolean((short)value);
            if (value is ushort)
                return ToBoolean((ushort)value);
            if (value is int)
                return ToBoolean((int)value);
            if (value is uint)
                return ToBoolean((uint)value);
            if (value is long)
                return ToBoolean((long)value);
            if (value is ulong)
                return ToBoolean((ulong)value);
            if (value is float)
                return ToBoolean((float)value);
            if (value is double)
                return ToBoolean((double)value);
            if (value is decimal)
                return ToBoolean((decimal)value);
            string str = value as string;
            if (str != null)
                return ToBoolean(str, provider);
            throw CastError(value, "Boolean");
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
            return value == null ? '\0' : ToChar(value, null);
        }

        public static char ToChar(object value, IFormatProvider provider)
        {
            if (value == null)
                return '\0';
            if (value is bool)
                return ToChar((bool)value);
            if (value is char)
                return ToChar((char)value);
            if (value is sbyte)
                return ToChar((sbyte)value);
            if (value is byte)
                return ToChar((byte)value);
            if (value is short)
                return ToChar((short)value);
            if (value is ushort)
                return ToChar((ushort)value);
            if (value is int)
                return ToChar((int)value);
            if (value is uint)
                return ToChar((uint)value);
            if (value is long)
                return ToChar((long)value);
            if (value is ulong)
                return ToChar((ulong)value);
            if (value is float)
                return ToChar((float)value);
            if (value is double)
                return ToChar((double)value);
            if (value is decimal)
                return ToChar((decimal)value);
            string str = value as string;
            if (str != null)
                return ToChar(str, provider);
            throw CastError(value, "Char");
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
            return value == null ? (sbyte)0 : ToSByte(value, null);
        }

        public static sbyte ToSByte(object value, IFormatProvider provider)
        {
            if (value == null)
                return (sbyte)0;
            if (value is bool)
                return ToSByte((bool)value);
            if (value is char)
                return ToSByte((char)value);
            if (value is sbyte)
                return ToSByte((sbyte)value);
            if (value is byte)
                return ToSByte((byte)value);
            if (value is short)
                return ToSByte((short)value);
            if (value is ushort)
                return ToSByte((ushort)value);
            if (value is int)
                return ToSByte((int)value);
            if (value is uint)
                return ToSByte((uint)value);
            if (value is long)
                return ToSByte((long)value);
            if (value is ulong)
                return ToSByte((ulong)value);
            if (value is float)
                return ToSByte((float)value);
            if (value is double)
                return ToSByte((double)value);
            if (value is decimal)
                return ToSByte((decimal)value);
            string str = value as string;
            if (str != null)
                return ToSByte(str, provider);
            throw CastError(value, "SByte");
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
            return value == null ? (byte)0 : ToByte(value, null);
        }

        public static byte ToByte(object value, IFormatProvider provider)
        {
            if (value == null)
                return (byte)0;
            if (value is bool)
                return ToByte((bool)value);
            if (value is char)
                return ToByte((char)value);
            if (value is sbyte)
                return ToByte((sbyte)value);
            if (value is byte)
                return ToByte((byte)value);
            if (value is short)
                return ToByte((short)value);
            if (value is ushort)
                return ToByte((ushort)value);
            if (value is int)
                return ToByte((int)value);
            if (value is uint)
                return ToByte((uint)value);
            if (value is long)
                return ToByte((long)value);
            if (value is ulong)
                return ToByte((ulong)value);
            if (value is float)
                return ToByte((float)value);
            if (value is double)
                return ToByte((double)value);
            if (value is decimal)
                return ToByte((decimal)value);
            string str = value as string;
            if (str != null)
                return ToByte(str, provider);
            throw CastError(value, "Byte");
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
            return value == null ? (short)0 : ToInt16(value, null);
        }

        public static short ToInt16(object value, IFormatProvider provider)
        {
            if (value == null)
                return (short)0;
            if (value is bool)
                return ToInt16((bool)value);
            if (value is char)
                return ToInt16((char)value);
            if (value is sbyte)
                return ToInt16((sbyte)value);
            if (value is byte)
                return ToInt16((byte)value);
            if (value is short)
                return ToInt16((short)value);
            if (value is ushort)
                return ToInt16((ushort)value);
            if (value is int)
                return ToInt16((int)value);
            if (value is uint)
                return ToInt16((uint)value);
            if (value is long)
                return ToInt16((long)value);
            if (value is ulong)
                return ToInt16((ulong)value);
            if (value is float)
                return ToInt16((float)value);
            if (value is double)
                return ToInt16((double)value);
            if (value is decimal)
                return ToInt16((decimal)value);
            string str = value as string;
            if (str != null)
                return ToInt16(str, provider);
            throw CastError(value, "Int16");
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
            return value == null ? (ushort)0 : ToUInt16(value, null);
        }

        public static ushort ToUInt16(object value, IFormatProvider provider)
        {
            if (value == null)
                return (ushort)0;
            if (value is bool)
                return ToUInt16((bool)value);
            if (value is char)
                return ToUInt16((char)value);
            if (value is sbyte)
                return ToUInt16((sbyte)value);
            if (value is byte)
                return ToUInt16((byte)value);
            if (value is short)
                return ToUInt16((short)value);
            if (value is ushort)
                return ToUInt16((ushort)value);
            if (value is int)
                return ToUInt16((int)value);
            if (value is uint)
                return ToUInt16((uint)value);
            if (value is long)
                return ToUInt16((long)value);
            if (value is ulong)
                return ToUInt16((ulong)value);
            if (value is float)
                return ToUInt16((float)value);
            if (value is double)
                return ToUInt16((double)value);
            if (value is decimal)
                return ToUInt16((decimal)value);
            string str = value as string;
            if (str != null)
                return ToUInt16(str, provider);
            throw CastError(value, "UInt16");
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
            return value == null ? 0 : ToInt32(value, null);
        }

        public static int ToInt32(object value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            if (value is bool)
                return ToInt32((bool)value);
            if (value is char)
                return ToInt32((char)value);
            if (value is sbyte)
                return ToInt32((sbyte)value);
            if (value is byte)
                return ToInt32((byte)value);
            if (value is short)
                return ToInt32((short)value);
            if (value is ushort)
                return ToInt32((ushort)value);
            if (value is int)
                return ToInt32((int)value);
            if (value is uint)
                return ToInt32((uint)value);
            if (value is long)
                return ToInt32((long)value);
            if (value is ulong)
                return ToInt32((ulong)value);
            if (value is float)
                return ToInt32((float)value);
            if (value is double)
                return ToInt32((double)value);
            if (value is decimal)
                return ToInt32((decimal)value);
            string str = value as string;
            if (str != null)
                return ToInt32(str, provider);
            throw CastError(value, "Int32");
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
            return value == null ? 0 : ToUInt32(value, null);
        }

        public static uint ToUInt32(object value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            if (value is bool)
                return ToUInt32((bool)value);
            if (value is char)
                return ToUInt32((char)value);
            if (value is sbyte)
                return ToUInt32((sbyte)value);
            if (value is byte)
                return ToUInt32((byte)value);
            if (value is short)
                return ToUInt32((short)value);
            if (value is ushort)
                return ToUInt32((ushort)value);
            if (value is int)
                return ToUInt32((int)value);
            if (value is uint)
                return ToUInt32((uint)value);
            if (value is long)
                return ToUInt32((long)value);
            if (value is ulong)
                return ToUInt32((ulong)value);
            if (value is float)
                return ToUInt32((float)value);
            if (value is double)
                return ToUInt32((double)value);
            if (value is decimal)
                return ToUInt32((decimal)value);
            string str = value as string;
            if (str != null)
                return ToUInt32(str, provider);
            throw CastError(value, "UInt32");
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
            return value == null ? 0 : ToInt64(value, null);
        }

        public static long ToInt64(object value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            if (value is bool)
                return ToInt64((bool)value);
            if (value is char)
                return ToInt64((char)value);
            if (value is sbyte)
                return ToInt64((sbyte)value);
            if (value is byte)
                return ToInt64((byte)value);
            if (value is short)
                return ToInt64((short)value);
            if (value is ushort)
                return ToInt64((ushort)value);
            if (value is int)
                return ToInt64((int)value);
            if (value is uint)
                return ToInt64((uint)value);
            if (value is long)
                return ToInt64((long)value);
            if (value is ulong)
                return ToInt64((ulong)value);
            if (value is float)
                return ToInt64((float)value);
            if (value is double)
                return ToInt64((double)value);
            if (value is decimal)
                return ToInt64((decimal)value);
            string str = value as string;
            if (str != null)
                return ToInt64(str, provider);
            throw CastError(value, "Int64");
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
            return value == null ? 0 : ToUInt64(value, null);
        }

        public static ulong ToUInt64(object value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            if (value is bool)
                return ToUInt64((bool)value);
            if (value is char)
                return ToUInt64((char)value);
            if (value is sbyte)
                return ToUInt64((sbyte)value);
            if (value is byte)
                return ToUInt64((byte)value);
            if (value is short)
                return ToUInt64((short)value);
            if (value is ushort)
                return ToUInt64((ushort)value);
            if (value is int)
                return ToUInt64((int)value);
            if (value is uint)
                return ToUInt64((uint)value);
            if (value is long)
                return ToUInt64((long)value);
            if (value is ulong)
                return ToUInt64((ulong)value);
            if (value is float)
                return ToUInt64((float)value);
            if (value is double)
                return ToUInt64((double)value);
            if (value is decimal)
                return ToUInt64((decimal)value);
            string str = value as string;
            if (str != null)
                return ToUInt64(str, provider);
            throw CastError(value, "UInt64");
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
            return value == null ? 0 : ToSingle(value, null);
        }

        public static float ToSingle(object value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            if (value is bool)
                return ToSingle((bool)value);
            if (value is char)
                return ToSingle((char)value);
            if (value is sbyte)
                return ToSingle((sbyte)value);
            if (value is byte)
                return ToSingle((byte)value);
            if (value is short)
                return ToSingle((short)value);
            if (value is ushort)
                return ToSingle((ushort)value);
            if (value is int)
                return ToSingle((int)value);
            if (value is uint)
                return ToSingle((uint)value);
            if (value is long)
                return ToSingle((long)value);
            if (value is ulong)
                return ToSingle((ulong)value);
            if (value is float)
                return ToSingle((float)value);
            if (value is double)
                return ToSingle((double)value);
            if (value is decimal)
                return ToSingle((decimal)value);
            string str = value as string;
            if (str != null)
                return ToSingle(str, provider);
            throw CastError(value, "Single");
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
            return value == null ? 0 : ToDouble(value, null);
        }

        public static double ToDouble(object value, IFormatProvider provider)
        {
            if (value == null)
                return 0;
            if (value is bool)
                return ToDouble((bool)value);
            if (value is char)
                return ToDouble((char)value);
            if (value is sbyte)
                return ToDouble((sbyte)value);
            if (value is byte)
                return ToDouble((byte)value);
            if (value is short)
                return ToDouble((short)value);
            if (value is ushort)
                return ToDouble((ushort)value);
            if (value is int)
                return ToDouble((int)value);
            if (value is uint)
                return ToDouble((uint)value);
            if (value is long)
                return ToDouble((long)value);
            if (value is ulong)
                return ToDouble((ulong)value);
            if (value is float)
                return ToDouble((float)value);
            if (value is double)
                return ToDouble((double)value);
            if (value is decimal)
                return ToDouble((decimal)value);
            string str = value as string;
            if (str != null)
                return ToDouble(str, provider);
            throw CastError(value, "Double");
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
            return value == null ? 0m : ToDecimal(value, null);
        }

        public static decimal ToDecimal(object value, IFormatProvider provider)
        {
            if (value == null)
                return 0m;
            if (value is bool)
                return ToDecimal((bool)value);
            if (value is char)
                return ToDecimal((char)value);
            if (value is sbyte)
                return ToDecimal((sbyte)value);
            if (value is byte)
                return ToDecimal((byte)value);
            if (value is short)
                return ToDecimal((short)value);
            if (value is ushort)
                return ToDecimal((ushort)value);
            if (value is int)
                return ToDecimal((int)value);
            if (value is uint)
                return ToDecimal((uint)value);
            if (value is long)
                return ToDecimal((long)value);
            if (value is ulong)
                return ToDecimal((ulong)value);
            if (value is float)
                return ToDecimal((float)value);
            if (value is double)
                return ToDecimal((double)value);
            if (value is decimal)
                return ToDecimal((decimal)value);
            string str = value as string;
            if (str != null)
                return ToDecimal(str, provider);
            throw CastError(value, "Decimal");
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
