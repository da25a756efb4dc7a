// System.String: an immutable sequence of UTF-16 code units.
// The character storage belongs to the runtime: Length, the indexer, Equals, GetHashCode,
// the allocating constructors, FastAllocateString and the string Concat overloads are
// internal calls. Everything else is C# in the partial files:
//   String.cs               construction, copying, Concat/Join, enumeration, helpers
//   String.Comparison.cs    Compare*, Equals(..., StringComparison), StartsWith/EndsWith
//   String.Searching.cs     Contains, IndexOf*, LastIndexOf*
//   String.Manipulation.cs  Format, Insert/Remove/Replace, Split, Substring, Trim, Pad, casing
//   String.Conversion.cs    IConvertible
// New strings are allocated with FastAllocateString and filled through
// `fixed (char* p = s)`.
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    public sealed partial class String : IComparable, IEnumerable, IEnumerable<char>, IComparable<string>, IEquatable<string>, ICloneable
    {
        public static readonly string Empty = "";

        private String()
        {
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value, int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char c, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public unsafe extern String(char* value, int startIndex, int length);

        // A new string of length characters, all '\0', for the caller to fill.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FastAllocateString(int length);

        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        [IndexerName("Chars")]
        public extern char this[int index]
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool Equals(string a, string b);

        public bool Equals(string value)
        {
            return Equals(this, value);
        }

        public override bool Equals(object obj)
        {
            return Equals(this, obj as string);
        }

        public static bool operator ==(string a, string b)
        {
            return Equals(a, b);
        }

        public static bool operator !=(string a, string b)
        {
            return !Equals(a, b);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern int GetHashCode();

        public override string ToString()
        {
            return this;
        }

        public string ToString(IFormatProvider provider)
        {
            return this;
        }

        public object Clone()
        {
            return this;
        }

        public TypeCode GetTypeCode()
        {
            return TypeCode.String;
        }

        // The runtime's pool of interned strings (literals are in it from the start).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Intern(string str);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string IsInterned(string str);

        public static bool IsNullOrEmpty(string value)
        {
            return value == null || value.Length == 0;
        }

        public static bool IsNullOrWhiteSpace(string value)
        {
            if (value == null)
                return true;
            for (int i = 0; i < value.Length; i++)
            {
                if (!char.IsWhiteSpace(value[i]))
                    return false;
            }
            return true;
        }

        // ---- Enumeration ----

        public CharEnumerator GetEnumerator()
        {
            return new CharEnumerator(this);
        }

        IEnumerator<char> IEnumerable<char>.GetEnumerator()
        {
            return new CharEnumerator(this);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new CharEnumerator(this);
        }

        // ---- Copying ----

        internal static unsafe void wstrcpy(char* dmem, char* smem, int charCount)
        {
            for (int i = 0; i < charCount; i++)
                dmem[i] = smem[i];
        }

        // The characters [startIndex, startIndex + length) as a new string (arguments valid).
        internal unsafe string InternalSubString(int startIndex, int length)
        {
            string result = FastAllocateString(length);
            fixed (char* dst = result)
            fixed (char* src = this)
            {
                wstrcpy(dst, src + startIndex, length);
            }
            return result;
        }

        public unsafe void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null)
                throw new ArgumentNullException(nameof(destination));
            if (count < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
            if (sourceIndex < 0)
                throw new ArgumentOutOfRangeException(nameof(sourceIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count > Length - sourceIndex)
                throw new ArgumentOutOfRangeException(nameof(sourceIndex), "Index and count must refer to a location within the string.");
            if (destinationIndex > destination.Length - count || destinationIndex < 0)
                throw new ArgumentOutOfRangeException(nameof(destinationIndex), "Index and count must refer to a location within the string.");
            if (count == 0)
                return;
            fixed (char* src = this)
            fixed (char* dst = &destination[destinationIndex])
            {
                wstrcpy(dst, src + sourceIndex, count);
            }
        }

        public unsafe char[] ToCharArray()
        {
            int length = Length;
            char[] chars = new char[length];
            if (length > 0)
            {
                fixed (char* src = this)
                fixed (char* dst = &chars[0])
                {
                    wstrcpy(dst, src, length);
                }
            }
            return chars;
        }

        public unsafe char[] ToCharArray(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > Length || startIndex > Length - length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (length <= 0)
            {
                if (length == 0)
                    return new char[0];
                throw new ArgumentOutOfRangeException(nameof(length), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            }
            char[] chars = new char[length];
            fixed (char* src = this)
            fixed (char* dst = &chars[0])
            {
                wstrcpy(dst, src + startIndex, length);
            }
            return chars;
        }

        // ---- Concat ----

        public static string Concat(object arg0)
        {
            return arg0?.ToString() ?? Empty;
        }

        public static string Concat(object arg0, object arg1)
        {
            return Concat(arg0?.ToString(), arg1?.ToString());
        }

        public static string Concat(object arg0, object arg1, object arg2)
        {
            return Concat(arg0?.ToString(), arg1?.ToString(), arg2?.ToString());
        }

        public static string Concat(params object[] args)
        {
            if (args == null)
                throw new ArgumentNullException(nameof(args));

            string[] strings = new string[args.Length];
            for (int i = 0; i < args.Length; i++)
                strings[i] = args[i]?.ToString();
            return Concat(strings);
        }

        public static string Concat<T>(IEnumerable<T> values)
        {
            if (values == null)
                throw new ArgumentNullException(nameof(values));
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            foreach (T value in values)
            {
                if (value != null)
                    sb.Append(value.ToString());
            }
            return sb.ToString();
        }

        public static string Concat(IEnumerable<string> values)
        {
            if (values == null)
                throw new ArgumentNullException(nameof(values));
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            foreach (string value in values)
                sb.Append(value);
            return sb.ToString();
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(string str0, string str1);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(string str0, string str1, string str2);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(string str0, string str1, string str2, string str3);

        // Throws ArgumentNullException when values is null; null elements count as "".
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(params string[] values);

        // ---- Join ----

        public static string Join(string separator, params string[] value)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            return JoinCore(separator, value, 0, value.Length);
        }

        public static string Join(string separator, string[] value, int startIndex, int count)
        {
            if (value == null)
                throw new ArgumentNullException(nameof(value));
            if (startIndex < 0)
                throw NegativeError(nameof(startIndex), startIndex);
            if (count < 0)
                throw NegativeError(nameof(count), count);
            if (startIndex > value.Length - count)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index and count must refer to a location within the buffer.");
            return JoinCore(separator, value, startIndex, count);
        }

        public static string Join(char separator, params string[] value)
        {
            return Join(new string(separator, 1), value);
        }

        public static string Join(char separator, string[] value, int startIndex, int count)
        {
            return Join(new string(separator, 1), value, startIndex, count);
        }

        public static string Join(string separator, params object[] values)
        {
            if (values == null)
                throw new ArgumentNullException(nameof(values));
            string[] strings = new string[values.Length];
            for (int i = 0; i < values.Length; i++)
                strings[i] = values[i]?.ToString();
            return JoinCore(separator, strings, 0, strings.Length);
        }

        public static string Join(char separator, params object[] values)
        {
            return Join(new string(separator, 1), values);
        }

        public static string Join(string separator, IEnumerable<string> values)
        {
            if (values == null)
                throw new ArgumentNullException(nameof(values));
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            bool first = true;
            foreach (string value in values)
            {
                if (!first)
                    sb.Append(separator);
                first = false;
                sb.Append(value);
            }
            return sb.ToString();
        }

        public static string Join<T>(string separator, IEnumerable<T> values)
        {
            if (values == null)
                throw new ArgumentNullException(nameof(values));
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            bool first = true;
            foreach (T value in values)
            {
                if (!first)
                    sb.Append(separator);
                first = false;
                if (value != null)
                    sb.Append(value.ToString());
            }
            return sb.ToString();
        }

        public static string Join<T>(char separator, IEnumerable<T> values)
        {
            return Join<T>(new string(separator, 1), values);
        }

        private static unsafe string JoinCore(string separator, string[] value, int startIndex, int count)
        {
            if (count <= 1)
                return count == 0 ? Empty : (value[startIndex] ?? Empty);
            if (separator == null)
                separator = Empty;

            long total = (long)separator.Length * (count - 1);
            for (int i = 0; i < count; i++)
            {
                string s = value[startIndex + i];
                if (s != null)
                    total += s.Length;
            }
            if (total > int.MaxValue)
                throw new OutOfMemoryException();
            if (total == 0)
                return Empty;

            string result = FastAllocateString((int)total);
            fixed (char* dst = result)
            {
                int pos = 0;
                for (int i = 0; i < count; i++)
                {
                    if (i > 0 && separator.Length > 0)
                    {
                        fixed (char* sep = separator)
                        {
                            wstrcpy(dst + pos, sep, separator.Length);
                        }
                        pos += separator.Length;
                    }
                    string s = value[startIndex + i];
                    if (s != null && s.Length > 0)
                    {
                        fixed (char* src = s)
                        {
                            wstrcpy(dst + pos, src, s.Length);
                        }
                        pos += s.Length;
                    }
                }
            }
            return result;
        }

        // ---- Argument errors (.NET's wording) ----

        internal static ArgumentOutOfRangeException NegativeError(string paramName, int value)
        {
            return new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be a non-negative value.");
        }
    }
}
