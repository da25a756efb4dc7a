// System.Guid: a 128-bit globally unique identifier, laid out like .NET's: an int, two
// shorts and eight bytes. The byte-array form stores the int and shorts little-endian,
// so ToByteArray()[0] is the low byte of the first group of the string form.
using System.Runtime.CompilerServices;

namespace System
{
    public struct Guid : IFormattable, IComparable, IComparable<Guid>, IEquatable<Guid>
    {
        public static readonly Guid Empty = new Guid();

        private int _a;
        private short _b;
        private short _c;
        private byte _d;
        private byte _e;
        private byte _f;
        private byte _g;
        private byte _h;
        private byte _i;
        private byte _j;
        private byte _k;

        public Guid(byte[] b)
        {
            if (b == null)
                throw new ArgumentNullException(nameof(b));
            if (b.Length != 16)
                throw new ArgumentException("Byte array for Guid must be exactly 16 bytes long.", nameof(b));
            _a = b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0];
            _b = (short)(b[5] << 8 | b[4]);
            _c = (short)(b[7] << 8 | b[6]);
            _d = b[8];
            _e = b[9];
            _f = b[10];
            _g = b[11];
            _h = b[12];
            _i = b[13];
            _j = b[14];
            _k = b[15];
        }

        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = (int)a;
            _b = (short)b;
            _c = (short)c;
            _d = d;
            _e = e;
            _f = f;
            _g = g;
            _h = h;
            _i = i;
            _j = j;
            _k = k;
        }

        public Guid(int a, short b, short c, byte[] d)
        {
            if (d == null)
                throw new ArgumentNullException(nameof(d));
            if (d.Length != 8)
                throw new ArgumentException("Byte array for Guid must be exactly 8 bytes long.", nameof(d));
            _a = a;
            _b = b;
            _c = c;
            _d = d[0];
            _e = d[1];
            _f = d[2];
            _g = d[3];
            _h = d[4];
            _i = d[5];
            _j = d[6];
            _k = d[7];
        }

        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = a;
            _b = b;
            _c = c;
            _d = d;
            _e = e;
            _f = f;
            _g = g;
            _h = h;
            _i = i;
            _j = j;
            _k = k;
        }

        // Any of the formats ToString writes (D, N, B, P, X), surrounded by white space.
        // Unlike Parse, an X-format component that overflows 32 bits is an OverflowException.
        public Guid(string g)
        {
            if (g == null)
                throw new ArgumentNullException(nameof(g));
            Guid result;
            string error;
            bool overflow;
            if (!TryParseGuid(g, out result, out error, out overflow))
            {
                if (overflow)
                    throw new OverflowException(error);
                throw new FormatException(error);
            }
            this = result;
        }

        // A random (version 4, RFC 4122 variant) Guid.
        public static Guid NewGuid()
        {
            byte[] bytes = new byte[16];
            GetRandomBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 in the high nibble of _c
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // variant 10xx in _d
            return new Guid(bytes);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void GetRandomBytes(byte[] buffer);

        public byte[] ToByteArray()
        {
            byte[] g = new byte[16];
            g[0] = (byte)_a;
            g[1] = (byte)(_a >> 8);
            g[2] = (byte)(_a >> 16);
            g[3] = (byte)(_a >> 24);
            g[4] = (byte)_b;
            g[5] = (byte)(_b >> 8);
            g[6] = (byte)_c;
            g[7] = (byte)(_c >> 8);
            g[8] = _d;
            g[9] = _e;
            g[10] = _f;
            g[11] = _g;
            g[12] = _h;
            g[13] = _i;
            g[14] = _j;
            g[15] = _k;
            return g;
        }

        public static Guid Parse(string input)
        {
            if (input == null)
                throw new ArgumentNullException(nameof(input));
            Guid result;
            string error;
            bool overflow;
            if (!TryParseGuid(input, out result, out error, out overflow))
                throw new FormatException(overflow ? UnrecognizedFormat : error);
            return result;
        }

        public static bool TryParse(string input, out Guid result)
        {
            string error;
            bool overflow;
            if (input == null || !TryParseGuid(input, out result, out error, out overflow))
            {
                result = default(Guid);
                return false;
            }
            return true;
        }

        public static Guid ParseExact(string input, string format)
        {
            if (input == null)
                throw new ArgumentNullException(nameof(input));
            if (format == null)
                throw new ArgumentNullException(nameof(format));
            if (format.Length != 1)
                throw new FormatException(InvalidFormatSpecification);
            Guid result;
            string error;
            bool overflow;
            if (!TryParseExactGuid(input, format[0], true, out result, out error, out overflow))
                throw new FormatException(overflow ? UnrecognizedFormat : error);
            return result;
        }

        public static bool TryParseExact(string input, string format, out Guid result)
        {
            string error;
            bool overflow;
            if (input == null || format == null || format.Length != 1 ||
                !TryParseExactGuid(input, format[0], false, out result, out error, out overflow))
            {
                result = default(Guid);
                return false;
            }
            return true;
        }

        private static bool TryParseGuid(string input, out Guid result, out string error, out bool overflow)
        {
            result = default(Guid);
            overflow = false;
            string s = Trim(input);
            if (s.Length == 0)
            {
                error = UnrecognizedFormat;
                return false;
            }
            char first = s[0];
            if (first == '(')
                return TryParseExactP(s, out result, out error);
            if (first == '{')
            {
                if (Contains(s, '-'))
                    return TryParseExactB(s, out result, out error);
                return TryParseExactX(s, out result, out error, out overflow);
            }
            if (Contains(s, '-'))
                return TryParseExactD(s, out result, out error);
            return TryParseExactN(s, out result, out error);
        }

        private static bool TryParseExactGuid(string input, char format, bool throwOnBadFormat, out Guid result, out string error, out bool overflow)
        {
            result = default(Guid);
            overflow = false;
            error = null;
            string s = Trim(input);
            switch (format)
            {
                case 'D':
                case 'd':
                    return TryParseExactD(s, out result, out error);
                case 'N':
                case 'n':
                    return TryParseExactN(s, out result, out error);
                case 'B':
                case 'b':
                    return TryParseExactB(s, out result, out error);
                case 'P':
                case 'p':
                    return TryParseExactP(s, out result, out error);
                case 'X':
                case 'x':
                    return TryParseExactX(s, out result, out error, out overflow);
                default:
                    if (throwOnBadFormat)
                        throw new FormatException(InvalidFormatSpecification);
                    return false;
            }
        }

        // "d85b1407-351d-4694-9392-03acc5870eb1"
        private static bool TryParseExactD(string s, out Guid result, out string error)
        {
            result = default(Guid);
            if (s.Length != 36)
            {
                error = InvalidLength;
                return false;
            }
            if (s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-')
            {
                error = DashesWrong;
                return false;
            }
            uint a, b, c, d, e;
            ulong f;
            if (HexRun(s, 0, 8, out a) && HexRun(s, 9, 4, out b) && HexRun(s, 14, 4, out c) &&
                HexRun(s, 19, 4, out d) && HexRun(s, 24, 4, out e) && HexRun64(s, 28, 8, out f))
            {
                result = Assemble(a, b, c, d, e, f);
                error = null;
                return true;
            }

            // .NET still accepts components that start with "0x" and/or "+" as long as the
            // component keeps its length ("+0x4" for a four-digit group), except the last one.
            if (IndexOfAny(s, 'X', 'x', '+') >= 0 &&
                TryParseHexPrefixed(s, 0, 8, out a) && TryParseHexPrefixed(s, 9, 4, out b) &&
                TryParseHexPrefixed(s, 14, 4, out c) && TryParseHexPrefixed(s, 19, 4, out d) &&
                TryParseHexPrefixed(s, 24, 4, out e) && HexRun64(s, 28, 8, out f))
            {
                result = Assemble(a, b, c, d, e, f);
                error = null;
                return true;
            }
            error = InvalidChar;
            return false;
        }

        // "d85b1407351d4694939203acc5870eb1"
        private static bool TryParseExactN(string s, out Guid result, out string error)
        {
            result = default(Guid);
            if (s.Length != 32)
            {
                error = InvalidLength;
                return false;
            }
            uint a, b, c, d, e;
            ulong f;
            if (!HexRun(s, 0, 8, out a) || !HexRun(s, 8, 4, out b) || !HexRun(s, 12, 4, out c) ||
                !HexRun(s, 16, 4, out d) || !HexRun(s, 20, 4, out e) || !HexRun64(s, 24, 8, out f))
            {
                error = InvalidChar;
                return false;
            }
            result = Assemble(a, b, c, d, e, f);
            error = null;
            return true;
        }

        // "{d85b1407-351d-4694-9392-03acc5870eb1}"
        private static bool TryParseExactB(string s, out Guid result, out string error)
        {
            result = default(Guid);
            if (s.Length != 38 || s[0] != '{' || s[37] != '}')
            {
                error = InvalidLength;
                return false;
            }
            return TryParseExactD(Substring(s, 1, 36), out result, out error);
        }

        // "(d85b1407-351d-4694-9392-03acc5870eb1)"
        private static bool TryParseExactP(string s, out Guid result, out string error)
        {
            result = default(Guid);
            if (s.Length != 38 || s[0] != '(' || s[37] != ')')
            {
                error = InvalidLength;
                return false;
            }
            return TryParseExactD(Substring(s, 1, 36), out result, out error);
        }

        // "{0xd85b1407,0x351d,0x4694,{0x93,0x92,0x03,0xac,0xc5,0x87,0x0e,0xb1}}", with white
        // space anywhere. Components may be shorter than their width, have leading zeros, and
        // begin with "+" and/or "0x"; the shorts are parsed as 32-bit values and truncated.
        private static bool TryParseExactX(string input, out Guid result, out string error, out bool overflow)
        {
            result = default(Guid);
            overflow = false;
            string s = RemoveWhiteSpace(input);

            if (s.Length == 0 || s[0] != '{')
            {
                error = "Expected {0xdddddddd, etc}.";
                return false;
            }
            if (!IsHexPrefix(s, 1))
            {
                error = HexPrefixExpected;
                return false;
            }
            int numStart = 3;
            int numLen = IndexOf(s, ',', numStart) - numStart;
            if (numLen <= 0)
            {
                error = CommaExpected;
                return false;
            }
            uint a;
            if (!TryParseHex(s, numStart, numLen, out a, ref overflow) || overflow)
            {
                error = overflow ? UInt32Overflow : InvalidChar;
                return false;
            }

            uint[] shorts = new uint[2];
            for (int n = 0; n < 2; n++)
            {
                if (!IsHexPrefix(s, numStart + numLen + 1))
                {
                    error = HexPrefixExpected;
                    return false;
                }
                numStart = numStart + numLen + 3; // past ",0x"
                numLen = IndexOf(s, ',', numStart) - numStart;
                if (numLen <= 0)
                {
                    error = CommaExpected;
                    return false;
                }
                if (!TryParseHex(s, numStart, numLen, out shorts[n], ref overflow) || overflow)
                {
                    error = overflow ? UInt32Overflow : InvalidChar;
                    return false;
                }
            }

            if (s.Length <= numStart + numLen + 1 || s[numStart + numLen + 1] != '{')
            {
                error = "Expected {0xdddddddd, etc}.";
                return false;
            }
            numLen++; // step over the inner '{'

            byte[] bytes = new byte[8];
            for (int n = 0; n < 8; n++)
            {
                if (!IsHexPrefix(s, numStart + numLen + 1))
                {
                    error = HexPrefixExpected;
                    return false;
                }
                numStart = numStart + numLen + 3; // past ",0x" or "{0x"
                if (n < 7)
                {
                    numLen = IndexOf(s, ',', numStart) - numStart;
                    if (numLen <= 0)
                    {
                        error = CommaExpected;
                        return false;
                    }
                }
                else
                {
                    numLen = IndexOf(s, '}', numStart) - numStart;
                    if (numLen <= 0)
                    {
                        error = "Could not find a brace, or the length between the previous token and the brace was zero (i.e., '0x,'etc.).";
                        return false;
                    }
                }
                uint byteValue;
                if (!TryParseHex(s, numStart, numLen, out byteValue, ref overflow) || overflow || byteValue > 0xFF)
                {
                    // As in .NET: a "byte" over 32 bits overflows, one over 8 bits is a format error.
                    error = overflow ? UInt32Overflow : byteValue > 0xFF ? "Value was either too large or too small for an unsigned byte." : InvalidChar;
                    return false;
                }
                bytes[n] = (byte)byteValue;
            }

            if (numStart + numLen + 1 >= s.Length || s[numStart + numLen + 1] != '}')
            {
                error = "Could not find the ending brace.";
                return false;
            }
            if (numStart + numLen + 1 != s.Length - 1)
            {
                error = "Additional non-parsable characters are at the end of the string.";
                return false;
            }
            result = new Guid((int)a, (short)shorts[0], (short)shorts[1], bytes);
            error = null;
            return true;
        }

        private static Guid Assemble(uint a, uint b, uint c, uint de, uint fg, ulong hijk)
        {
            return new Guid(a, (ushort)b, (ushort)c, (byte)(de >> 8), (byte)de, (byte)(fg >> 8), (byte)fg,
                (byte)(hijk >> 56), (byte)(hijk >> 48), (byte)(hijk >> 40), (byte)(hijk >> 32));
        }

        // count hex digits at s[start] (count <= 8).
        private static bool HexRun(string s, int start, int count, out uint value)
        {
            value = 0;
            for (int i = start; i < start + count; i++)
            {
                int digit = HexValue(s[i]);
                if (digit < 0)
                    return false;
                value = (value << 4) | (uint)digit;
            }
            return true;
        }

        // 8 hex digits at s[start], as the top 32 bits (h, i, j, k) of the result.
        private static bool HexRun64(string s, int start, int count, out ulong value)
        {
            uint v;
            bool ok = HexRun(s, start, count, out v);
            value = (ulong)v << 32;
            return ok;
        }

        // A fixed-width D-format component that may start with "+" and/or "0x".
        private static bool TryParseHexPrefixed(string s, int start, int length, out uint value)
        {
            bool overflow = false;
            return TryParseHex(s, start, length, out value, ref overflow) && !overflow;
        }

        // Hex digits in s[start, start + length), after an optional "+" and "0x"; leading zeros
        // do not count towards the 8-digit limit.
        private static bool TryParseHex(string s, int start, int length, out uint result, ref bool overflow)
        {
            int i = start;
            int end = start + length;
            if (i < end && s[i] == '+')
                i++;
            if (end - i > 1 && s[i] == '0' && (s[i + 1] | 0x20) == 'x')
                i += 2;
            while (i < end && s[i] == '0')
                i++;
            int processedDigits = 0;
            uint tmp = 0;
            for (; i < end; i++)
            {
                int digit = HexValue(s[i]);
                if (digit < 0)
                {
                    if (processedDigits > 8)
                        overflow = true;
                    result = 0;
                    return false;
                }
                tmp = unchecked(tmp * 16 + (uint)digit);
                processedDigits++;
            }
            if (processedDigits > 8)
                overflow = true;
            result = tmp;
            return true;
        }

        private static bool IsHexPrefix(string s, int i)
        {
            return i + 1 < s.Length && s[i] == '0' && (s[i + 1] | 0x20) == 'x';
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

        public override string ToString()
        {
            return ToString("D", null);
        }

        public string ToString(string format)
        {
            return ToString(format, null);
        }

        // D: 32 digits in groups 8-4-4-4-12 separated by hyphens; N: 32 digits; B and P: D in
        // braces or parentheses; X: "{0x...,0x...,0x...,{0x..,...}}". Lower-case hex.
        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0)
                format = "D";
            if (format.Length != 1)
                throw new FormatException(InvalidFormatSpecification);

            char[] chars;
            int pos = 0;
            switch (format[0])
            {
                case 'D':
                case 'd':
                    chars = new char[36];
                    pos = FormatD(chars, pos);
                    break;
                case 'N':
                case 'n':
                    chars = new char[32];
                    pos = AppendHex(chars, pos, (uint)_a, 8);
                    pos = AppendHex(chars, pos, (ushort)_b, 4);
                    pos = AppendHex(chars, pos, (ushort)_c, 4);
                    pos = AppendBytes(chars, pos, 0, 8);
                    break;
                case 'B':
                case 'b':
                    chars = new char[38];
                    chars[pos++] = '{';
                    pos = FormatD(chars, pos);
                    chars[pos++] = '}';
                    break;
                case 'P':
                case 'p':
                    chars = new char[38];
                    chars[pos++] = '(';
                    pos = FormatD(chars, pos);
                    chars[pos++] = ')';
                    break;
                case 'X':
                case 'x':
                    chars = new char[68];
                    chars[pos++] = '{';
                    pos = AppendText(chars, pos, "0x");
                    pos = AppendHex(chars, pos, (uint)_a, 8);
                    pos = AppendText(chars, pos, ",0x");
                    pos = AppendHex(chars, pos, (ushort)_b, 4);
                    pos = AppendText(chars, pos, ",0x");
                    pos = AppendHex(chars, pos, (ushort)_c, 4);
                    pos = AppendText(chars, pos, ",{");
                    for (int n = 0; n < 8; n++)
                    {
                        pos = AppendText(chars, pos, n == 0 ? "0x" : ",0x");
                        pos = AppendBytes(chars, pos, n, 1);
                    }
                    pos = AppendText(chars, pos, "}}");
                    break;
                default:
                    throw new FormatException(InvalidFormatSpecification);
            }
            return new string(chars);
        }

        private int FormatD(char[] chars, int pos)
        {
            pos = AppendHex(chars, pos, (uint)_a, 8);
            chars[pos++] = '-';
            pos = AppendHex(chars, pos, (ushort)_b, 4);
            chars[pos++] = '-';
            pos = AppendHex(chars, pos, (ushort)_c, 4);
            chars[pos++] = '-';
            pos = AppendBytes(chars, pos, 0, 2);
            chars[pos++] = '-';
            return AppendBytes(chars, pos, 2, 6);
        }

        private static int AppendHex(char[] chars, int pos, uint value, int digits)
        {
            for (int i = digits - 1; i >= 0; i--)
                chars[pos++] = HexDigit((int)(value >> (i * 4)) & 0xF);
            return pos;
        }

        // Bytes _d.._k from index `first` on, two hex digits each.
        private int AppendBytes(char[] chars, int pos, int first, int count)
        {
            for (int n = first; n < first + count; n++)
                pos = AppendHex(chars, pos, ByteAt(n), 2);
            return pos;
        }

        private byte ByteAt(int n)
        {
            switch (n)
            {
                case 0: return _d;
                case 1: return _e;
                case 2: return _f;
                case 3: return _g;
                case 4: return _h;
                case 5: return _i;
                case 6: return _j;
                default: return _k;
            }
        }

        private static int AppendText(char[] chars, int pos, string text)
        {
            for (int i = 0; i < text.Length; i++)
                chars[pos++] = text[i];
            return pos;
        }

        private static char HexDigit(int value)
        {
            return (char)(value < 10 ? '0' + value : 'a' + value - 10);
        }

        // The four 32-bit words of the Guid's memory, XORed (as modern .NET).
        public override int GetHashCode()
        {
            int b = (ushort)_b | (_c << 16);
            int c = _d | (_e << 8) | (_f << 16) | (_g << 24);
            int d = _h | (_i << 8) | (_j << 16) | (_k << 24);
            return _a ^ b ^ c ^ d;
        }

        public override bool Equals(object o)
        {
            return o is Guid && Equals((Guid)o);
        }

        public bool Equals(Guid g)
        {
            return g._a == _a && g._b == _b && g._c == _c && g._d == _d && g._e == _e && g._f == _f &&
                g._g == _g && g._h == _h && g._i == _i && g._j == _j && g._k == _k;
        }

        // Orders by the unsigned fields in declaration order.
        public int CompareTo(Guid value)
        {
            if (value._a != _a)
                return (uint)_a < (uint)value._a ? -1 : 1;
            if (value._b != _b)
                return (ushort)_b < (ushort)value._b ? -1 : 1;
            if (value._c != _c)
                return (ushort)_c < (ushort)value._c ? -1 : 1;
            for (int n = 0; n < 8; n++)
            {
                byte mine = ByteAt(n);
                byte theirs = value.ByteAt(n);
                if (mine != theirs)
                    return mine < theirs ? -1 : 1;
            }
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is Guid))
                throw new ArgumentException("Object must be of type Guid.", nameof(value));
            return CompareTo((Guid)value);
        }

        public static bool operator ==(Guid a, Guid b)
        {
            return a.Equals(b);
        }

        public static bool operator !=(Guid a, Guid b)
        {
            return !a.Equals(b);
        }

        // ---- string helpers (kept local to avoid depending on String's members) ----

        private static string Trim(string s)
        {
            int start = 0;
            int end = s.Length;
            while (start < end && DateTimeParse.IsWhiteSpace(s[start]))
                start++;
            while (end > start && DateTimeParse.IsWhiteSpace(s[end - 1]))
                end--;
            if (start == 0 && end == s.Length)
                return s;
            return Substring(s, start, end - start);
        }

        private static string RemoveWhiteSpace(string s)
        {
            char[] chars = new char[s.Length];
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (!DateTimeParse.IsWhiteSpace(s[i]))
                    chars[n++] = s[i];
            }
            return new string(chars, 0, n);
        }

        private static string Substring(string s, int start, int length)
        {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
                chars[i] = s[start + i];
            return new string(chars);
        }

        private static bool Contains(string s, char c)
        {
            return IndexOf(s, c, 0) >= 0;
        }

        private static int IndexOf(string s, char c, int start)
        {
            for (int i = start; i < s.Length; i++)
            {
                if (s[i] == c)
                    return i;
            }
            return -1;
        }

        private static int IndexOfAny(string s, char c1, char c2, char c3)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == c1 || s[i] == c2 || s[i] == c3)
                    return i;
            }
            return -1;
        }

        private const string InvalidFormatSpecification = "Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".";
        private const string UnrecognizedFormat = "Unrecognized Guid format.";
        private const string InvalidLength = "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).";
        private const string InvalidChar = "Guid string should only contain hexadecimal characters.";
        private const string DashesWrong = "Dashes are in the wrong position for GUID parsing.";
        private const string HexPrefixExpected = "Expected 0x prefix.";
        private const string CommaExpected = "Could not find a comma, or the length between the previous token and the comma was zero (i.e., '0x,'etc.).";
        private const string UInt32Overflow = "Value was either too large or too small for a UInt32.";
    }
}
