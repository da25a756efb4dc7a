// System.Enum: base class of enumerations. Names and values come from the runtime's view
// of the enum's literal fields; formatting and parsing follow .NET: a defined value prints
// its name, a [Flags] combination its names joined by ", " (largest first in the search,
// printed in ascending order), anything else its number. An enum converts (IConvertible)
// as its underlying integer does.
using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Enum : ValueType, IComparable, IFormattable, IConvertible
    {
        protected Enum()
        {
        }

        // The literal fields of an enum type, sorted by their value as an unsigned 64-bit
        // number (.NET's order), and whether the type carries [Flags].
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string[] InternalGetNames(Type enumType);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong[] InternalGetValues(Type enumType);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool InternalIsFlags(Type enumType);

        // The boxed enum's value, sign- or zero-extended to 64 bits by its underlying type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern ulong InternalGetRawValue();

        // A boxed enumType holding value (truncated to the underlying type).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern object InternalBoxEnum(Type enumType, ulong value);

        // The underlying primitive type (e.g. typeof(int)).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern Type InternalGetUnderlyingType(Type enumType);

        private static void CheckEnumType(Type enumType)
        {
            if (enumType == null)
                throw new ArgumentNullException("enumType");
            if (!enumType.IsEnum)
                throw new ArgumentException("Type provided must be an Enum. (Parameter 'enumType')");
        }

        public static Type GetUnderlyingType(Type enumType)
        {
            CheckEnumType(enumType);
            return InternalGetUnderlyingType(enumType);
        }

        public static string[] GetNames(Type enumType)
        {
            CheckEnumType(enumType);
            return InternalGetNames(enumType);
        }

        // An array of the enum type itself (TEnum[]) holding its values in sorted order.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern Array InternalGetValuesArray(Type enumType);

        public static Array GetValues(Type enumType)
        {
            CheckEnumType(enumType);
            return InternalGetValuesArray(enumType);
        }

        public static string GetName(Type enumType, object value)
        {
            CheckEnumType(enumType);
            if (value == null)
                throw new ArgumentNullException("value");
            ulong raw = ToUInt64(enumType, value);
            string[] names = InternalGetNames(enumType);
            ulong[] values = InternalGetValues(enumType);
            for (int i = 0; i < values.Length; i++)
                if (values[i] == raw)
                    return names[i];
            return null;
        }

        // value is a name, a value of enumType or of exactly its underlying type.
        public static bool IsDefined(Type enumType, object value)
        {
            CheckEnumType(enumType);
            if (value == null)
                throw new ArgumentNullException("value");
            string s = value as string;
            if (s != null)
            {
                string[] names = InternalGetNames(enumType);
                for (int i = 0; i < names.Length; i++)
                    if (names[i] == s)
                        return true;
                return false;
            }
            Type valueType = value.GetType();
            if (valueType.IsEnum)
            {
                if (valueType != enumType)
                    throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + valueType + "'; the enum type was '" + enumType + "'.");
            }
            else if (IsIntegerType(valueType))
            {
                Type u = InternalGetUnderlyingType(enumType);
                if (valueType != u)
                    throw new ArgumentException("Enum underlying type and the object must be same type or object must be a String. Type passed in was '" + valueType + "'; the enum underlying type was '" + u + "'.");
            }
            else
                throw new InvalidOperationException("Unknown enum type.");
            return GetName(enumType, value) != null;
        }

        private static bool IsIntegerType(Type t)
        {
            return t == typeof(int) || t == typeof(uint) || t == typeof(long) || t == typeof(ulong) || t == typeof(short) || t == typeof(ushort)
                || t == typeof(sbyte) || t == typeof(byte) || t == typeof(char) || t == typeof(bool);
        }

        public static object ToObject(Type enumType, object value)
        {
            CheckEnumType(enumType);
            return InternalBoxEnum(enumType, ToUInt64(enumType, value));
        }

        public static object ToObject(Type enumType, int value)
        {
            CheckEnumType(enumType);
            return InternalBoxEnum(enumType, (ulong)(long)value);
        }

        public static object ToObject(Type enumType, long value)
        {
            CheckEnumType(enumType);
            return InternalBoxEnum(enumType, (ulong)value);
        }

        public static object ToObject(Type enumType, sbyte value)
        {
            CheckEnumType(enumType);
            return InternalBoxEnum(enumType, (ulong)(long)value);
        }

        public static object ToObject(Type enumType, byte value)
        {
            CheckEnumType(enumType);
            return InternalBoxEnum(enumType, value);
        }

        public static object ToObject(Type enumType, short value)
        {
            CheckEnumType(enumType);
            return InternalBoxEnum(enumType, (ulong)(long)value);
        }

        public static object ToObject(Type enumType, ushort value)
        {
            CheckEnumType(enumType);
            return InternalBoxEnum(enumType, value);
        }

        public static object ToObject(Type enumType, uint value)
        {
            CheckEnumType(enumType);
            return InternalBoxEnum(enumType, value);
        }

        public static object ToObject(Type enumType, ulong value)
        {
            CheckEnumType(enumType);
            return InternalBoxEnum(enumType, value);
        }

        private static ulong ToUInt64(Type enumType, object value)
        {
            Enum e = value as Enum;
            if (e != null)
                return e.InternalGetRawValue();
            if (value is int) return (ulong)(long)(int)value;
            if (value is long) return (ulong)(long)value;
            if (value is short) return (ulong)(long)(short)value;
            if (value is sbyte) return (ulong)(long)(sbyte)value;
            if (value is byte) return (byte)value;
            if (value is ushort) return (ushort)value;
            if (value is uint) return (uint)value;
            if (value is ulong) return (ulong)value;
            if (value is char) return (char)value;
            if (value is bool) return (bool)value ? 1UL : 0UL;
            throw new ArgumentException("The value passed in must be an enum base or an underlying type for an enum, such as an Int32.", "value");
        }

        public bool HasFlag(Enum flag)
        {
            if (flag == null)
                throw new ArgumentNullException("flag");
            if (flag.GetType() != GetType())
                throw new ArgumentException("The argument type, '" + flag.GetType() + "', is not the same as the enum type '" + GetType() + "'.");
            ulong f = flag.InternalGetRawValue();
            return (InternalGetRawValue() & f) == f;
        }

        public override string ToString()
        {
            Type type = GetType();
            ulong raw = InternalGetRawValue();
            string[] names = InternalGetNames(type);
            ulong[] values = InternalGetValues(type);
            for (int i = 0; i < values.Length; i++)
                if (values[i] == raw)
                    return names[i];
            if (InternalIsFlags(type))
            {
                string flags = FormatFlags(raw, names, values);
                if (flags != null)
                    return flags;
            }
            return FormatNumber(type, raw);
        }

        // .NET's flags formatting: take the largest defined values that fit, from the top;
        // if bits remain, the value is printed as a number; zero prints its name if defined.
        private static string FormatFlags(ulong raw, string[] names, ulong[] values)
        {
            if (raw == 0)
                return values.Length > 0 && values[0] == 0 ? names[0] : "0";
            ulong remaining = raw;
            string result = null;
            for (int i = values.Length - 1; i >= 0; i--)
            {
                ulong v = values[i];
                if (v == 0 || (remaining & v) != v)
                    continue;
                remaining -= v;
                result = result == null ? names[i] : names[i] + ", " + result;
                if (remaining == 0)
                    break;
            }
            return remaining == 0 ? result : null;
        }

        private static string FormatNumber(Type type, ulong raw)
        {
            Type u = InternalGetUnderlyingType(type);
            if (u == typeof(ulong))
                return raw.ToString();
            if (u == typeof(uint) || u == typeof(ushort) || u == typeof(byte) || u == typeof(char))
                return raw.ToString();
            return ((long)raw).ToString();
        }

        public string ToString(string format)
        {
            if (format == null || format.Length == 0 || format == "G" || format == "g")
                return ToString();
            Type type = GetType();
            ulong raw = InternalGetRawValue();
            if (format == "D" || format == "d")
                return FormatNumber(type, raw);
            if (format == "F" || format == "f")
            {
                string[] names = InternalGetNames(type);
                ulong[] values = InternalGetValues(type);
                for (int i = 0; i < values.Length; i++)
                    if (values[i] == raw)
                        return names[i];
                return FormatFlags(raw, names, values) ?? FormatNumber(type, raw);
            }
            if (format == "X" || format == "x")
            {
                Type u = InternalGetUnderlyingType(type);
                int digits = u == typeof(long) || u == typeof(ulong) ? 16 : u == typeof(int) || u == typeof(uint) ? 8 : u == typeof(short) || u == typeof(ushort) || u == typeof(char) ? 4 : 2;
                ulong masked = digits == 16 ? raw : raw & ((1UL << (digits * 4)) - 1);
                string hex = masked.ToString("X"); // upper case for "x" too, as in .NET
                while (hex.Length < digits)
                    hex = "0" + hex;
                return hex;
            }
            throw new FormatException("Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        public string ToString(IFormatProvider provider)
        {
            return ToString();
        }

        public static string Format(Type enumType, object value, string format)
        {
            CheckEnumType(enumType);
            if (value == null)
                throw new ArgumentNullException("value");
            if (format == null)
                throw new ArgumentNullException("format");
            Type valueType = value.GetType();
            if (valueType.IsEnum)
            {
                if (valueType != enumType)
                    throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + valueType + "'; the enum type was '" + enumType + "'.");
            }
            else
            {
                Type u = InternalGetUnderlyingType(enumType);
                if (valueType != u)
                    throw new ArgumentException("Enum underlying type and the object must be same type or object. Type passed in was '" + valueType + "'; the enum underlying type was '" + u + "'.");
            }
            Enum e = InternalBoxEnum(enumType, ToUInt64(enumType, value)) as Enum;
            return e.ToString(format);
        }

        public int CompareTo(object target)
        {
            if (target == null)
                return 1;
            if (target.GetType() != GetType())
                throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + target.GetType() + "'; the enum type was '" + GetType() + "'.");
            Type u = InternalGetUnderlyingType(GetType());
            ulong a = InternalGetRawValue(), b = ((Enum)target).InternalGetRawValue();
            bool unsigned = u == typeof(ulong) || u == typeof(uint) || u == typeof(ushort) || u == typeof(byte) || u == typeof(char);
            if (unsigned)
                return a < b ? -1 : a > b ? 1 : 0;
            long sa = (long)a, sb = (long)b;
            return sa < sb ? -1 : sa > sb ? 1 : 0;
        }

        public override bool Equals(object obj)
        {
            return obj != null && obj.GetType() == GetType() && ((Enum)obj).InternalGetRawValue() == InternalGetRawValue();
        }

        public override int GetHashCode()
        {
            ulong raw = InternalGetRawValue();
            Type u = InternalGetUnderlyingType(GetType());
            if (u == typeof(long) || u == typeof(ulong))
                return (int)raw ^ (int)(raw >> 32);
            return (int)raw;
        }

        public static object Parse(Type enumType, string value)
        {
            return Parse(enumType, value, false);
        }

        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            object result;
            TryParseCore(enumType, value, ignoreCase, true, out result);
            return result;
        }

        public static TEnum Parse<TEnum>(string value) where TEnum : struct
        {
            return (TEnum)Parse(typeof(TEnum), value, false);
        }

        public static TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct
        {
            return (TEnum)Parse(typeof(TEnum), value, ignoreCase);
        }

        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct
        {
            return TryParse<TEnum>(value, false, out result);
        }

        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct
        {
            object parsed;
            if (TryParseCore(typeof(TEnum), value, ignoreCase, false, out parsed))
            {
                result = (TEnum)parsed;
                return true;
            }
            result = default(TEnum);
            return false;
        }

        public static bool TryParse(Type enumType, string value, out object result)
        {
            return TryParse(enumType, value, false, out result);
        }

        public static bool TryParse(Type enumType, string value, bool ignoreCase, out object result)
        {
            return TryParseCore(enumType, value, ignoreCase, false, out result);
        }

        // .NET's rules: leading white space is skipped; text starting with a digit or a sign
        // is a number of the underlying type (trailing white space allowed; out of range is
        // an OverflowException, even for TryParse); anything else, including numbers that
        // do not parse (such as "0x4"), is a comma-separated list of names, each trimmed,
        // whose values are or-ed together. Failures throw only when throwOnFailure is set.
        private static bool TryParseCore(Type enumType, string value, bool ignoreCase, bool throwOnFailure, out object result)
        {
            result = null;
            CheckEnumType(enumType);
            if (value == null)
            {
                if (throwOnFailure)
                    throw new ArgumentNullException("value");
                return false;
            }
            string text = value.TrimStart();
            if (text.Length == 0)
            {
                if (throwOnFailure)
                    throw new ArgumentException("Must specify valid information for parsing in the string.");
                return false;
            }
            char first = text[0];
            if ((first >= '0' && first <= '9') || first == '-' || first == '+')
            {
                Type u = InternalGetUnderlyingType(enumType);
                ulong maxPositive, maxNegative;
                int bits;
                string typeName;
                GetUnderlyingRange(u, out maxPositive, out maxNegative, out bits, out typeName);
                ulong magnitude;
                bool negative;
                Number.ParsingStatus status = Number.TryParseBinaryInteger(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowTrailingWhite,
                    NumberFormatInfo.InvariantInfo, maxPositive, maxNegative, bits, out magnitude, out negative);
                if (status == Number.ParsingStatus.OK)
                {
                    result = InternalBoxEnum(enumType, negative ? 0 - magnitude : magnitude);
                    return true;
                }
                if (status == Number.ParsingStatus.Overflow)
                {
                    if (throwOnFailure)
                        throw new OverflowException("Value was either too large or too small for " + typeName + ".");
                    return false;
                }
            }
            string[] names = InternalGetNames(enumType);
            ulong[] values = InternalGetValues(enumType);
            ulong total = 0;
            string[] parts = text.Split(',');
            for (int p = 0; p < parts.Length; p++)
            {
                string part = parts[p].Trim();
                bool found = false;
                for (int i = 0; i < names.Length && !found; i++)
                {
                    if (ignoreCase ? string.Equals(names[i], part, StringComparison.OrdinalIgnoreCase) : names[i] == part)
                    {
                        total |= values[i];
                        found = true;
                    }
                }
                if (!found)
                {
                    if (throwOnFailure)
                        throw new ArgumentException("Requested value '" + text + "' was not found.");
                    return false;
                }
            }
            result = InternalBoxEnum(enumType, total);
            return true;
        }

        // The range of an underlying type for parsing: the largest magnitude of a positive
        // and of a negative value, the width in bits, and the type's name in overflow messages.
        private static void GetUnderlyingRange(Type u, out ulong maxPositive, out ulong maxNegative, out int bits, out string typeName)
        {
            if (u == typeof(sbyte)) { maxPositive = 127; maxNegative = 128; bits = 8; typeName = "a signed byte"; }
            else if (u == typeof(byte)) { maxPositive = 255; maxNegative = 0; bits = 8; typeName = "an unsigned byte"; }
            else if (u == typeof(short)) { maxPositive = 32767; maxNegative = 32768; bits = 16; typeName = "an Int16"; }
            else if (u == typeof(ushort) || u == typeof(char)) { maxPositive = 65535; maxNegative = 0; bits = 16; typeName = "a UInt16"; }
            else if (u == typeof(uint)) { maxPositive = 4294967295; maxNegative = 0; bits = 32; typeName = "a UInt32"; }
            else if (u == typeof(long)) { maxPositive = 9223372036854775807; maxNegative = 9223372036854775808; bits = 64; typeName = "an Int64"; }
            else if (u == typeof(ulong)) { maxPositive = 18446744073709551615; maxNegative = 0; bits = 64; typeName = "a UInt64"; }
            else if (u == typeof(bool)) { maxPositive = 1; maxNegative = 0; bits = 8; typeName = "a Boolean"; }
            else { maxPositive = 2147483647; maxNegative = 2147483648; bits = 32; typeName = "an Int32"; }
        }

        // ---- IConvertible: the underlying integer's conversions ----

        public TypeCode GetTypeCode()
        {
            Type u = InternalGetUnderlyingType(GetType());
            if (u == typeof(int)) return TypeCode.Int32;
            if (u == typeof(sbyte)) return TypeCode.SByte;
            if (u == typeof(short)) return TypeCode.Int16;
            if (u == typeof(long)) return TypeCode.Int64;
            if (u == typeof(uint)) return TypeCode.UInt32;
            if (u == typeof(byte)) return TypeCode.Byte;
            if (u == typeof(ushort)) return TypeCode.UInt16;
            if (u == typeof(ulong)) return TypeCode.UInt64;
            if (u == typeof(bool)) return TypeCode.Boolean;
            if (u == typeof(char)) return TypeCode.Char;
            throw new InvalidOperationException("Unknown enum type.");
        }

        // The value as a boxed instance of the underlying type.
        private object GetValue()
        {
            ulong raw = InternalGetRawValue();
            Type u = InternalGetUnderlyingType(GetType());
            if (u == typeof(int)) return (int)raw;
            if (u == typeof(sbyte)) return (sbyte)raw;
            if (u == typeof(short)) return (short)raw;
            if (u == typeof(long)) return (long)raw;
            if (u == typeof(uint)) return (uint)raw;
            if (u == typeof(byte)) return (byte)raw;
            if (u == typeof(ushort)) return (ushort)raw;
            if (u == typeof(ulong)) return raw;
            if (u == typeof(bool)) return raw != 0;
            if (u == typeof(char)) return (char)raw;
            throw new InvalidOperationException("Unknown enum type.");
        }

        bool IConvertible.ToBoolean(IFormatProvider provider)
        {
            return Convert.ToBoolean(GetValue());
        }

        char IConvertible.ToChar(IFormatProvider provider)
        {
            return Convert.ToChar(GetValue());
        }

        sbyte IConvertible.ToSByte(IFormatProvider provider)
        {
            return Convert.ToSByte(GetValue());
        }

        byte IConvertible.ToByte(IFormatProvider provider)
        {
            return Convert.ToByte(GetValue());
        }

        short IConvertible.ToInt16(IFormatProvider provider)
        {
            return Convert.ToInt16(GetValue());
        }

        ushort IConvertible.ToUInt16(IFormatProvider provider)
        {
            return Convert.ToUInt16(GetValue());
        }

        int IConvertible.ToInt32(IFormatProvider provider)
        {
            return Convert.ToInt32(GetValue());
        }

        uint IConvertible.ToUInt32(IFormatProvider provider)
        {
            return Convert.ToUInt32(GetValue());
        }

        long IConvertible.ToInt64(IFormatProvider provider)
        {
            return Convert.ToInt64(GetValue());
        }

        ulong IConvertible.ToUInt64(IFormatProvider provider)
        {
            return Convert.ToUInt64(GetValue());
        }

        float IConvertible.ToSingle(IFormatProvider provider)
        {
            return Convert.ToSingle(GetValue());
        }

        double IConvertible.ToDouble(IFormatProvider provider)
        {
            return Convert.ToDouble(GetValue());
        }

        decimal IConvertible.ToDecimal(IFormatProvider provider)
        {
            return Convert.ToDecimal(GetValue());
        }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'Enum' to 'DateTime'.");
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }
    }
}
