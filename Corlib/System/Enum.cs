// System.Enum: base class of enumerations. Names and values come from the runtime's view
// of the enum's literal fields; formatting and parsing follow .NET: a defined value prints
// its name, a [Flags] combination its names joined by ", " (largest first in the search,
// printed in ascending order), anything else its number.
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Enum : ValueType, IComparable, IFormattable
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
            return GetName(enumType, value) != null;
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
            throw new ArgumentException("The value passed in must be an enum base or an underlying type for an enum, such as an Int32.");
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
                string hex = masked.ToString(format == "X" ? "X" : "x");
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
            string error = TryParseCore(enumType, value, ignoreCase, out result);
            if (error != null)
                throw new ArgumentException(error);
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
            if (value != null && TryParseCore(typeof(TEnum), value, ignoreCase, out parsed) == null)
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
            if (value != null && TryParseCore(enumType, value, ignoreCase, out result) == null)
                return true;
            result = null;
            return false;
        }

        // Parses "Name", "Name1, Name2" or a number (with sign); returns an error message or null.
        private static string TryParseCore(Type enumType, string value, bool ignoreCase, out object result)
        {
            result = null;
            CheckEnumType(enumType);
            if (value == null)
                throw new ArgumentNullException("value");
            string text = value.Trim();
            if (text.Length == 0)
                return "Must specify valid information for parsing in the string.";
            char first = text[0];
            if ((first >= '0' && first <= '9') || first == '-' || first == '+')
            {
                long number;
                ulong unumber;
                if (long.TryParse(text, out number))
                {
                    result = InternalBoxEnum(enumType, (ulong)number);
                    return null;
                }
                if (ulong.TryParse(text, out unumber))
                {
                    result = InternalBoxEnum(enumType, unumber);
                    return null;
                }
                return "Requested value '" + value + "' was not found.";
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
                    return "Requested value '" + value + "' was not found.";
            }
            result = InternalBoxEnum(enumType, total);
            return null;
        }
    }
}
