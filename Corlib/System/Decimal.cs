// System.Decimal: a 128-bit decimal floating-point number: a 96-bit integer mantissa
// (_hi32:_lo64) scaled by 10^-scale (0..28), with the sign and scale in _flags, as in
// .NET. Arithmetic is exact then rounded half-to-even to fit, like .NET's (DecCalc at
// the end of this file); ToString keeps trailing zeros (1.50m prints "1.50").
// (One file: mcs mishandles the predefined decimal type declared as partial.)
using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    public struct Decimal : IFormattable, IComparable, IComparable<decimal>, IEquatable<decimal>, IConvertible
    {
        // _flags: bit 31 is the sign, bits 16-23 the scale; the other bits are zero.
        private const int SignMask = unchecked((int)0x80000000);
        private const int ScaleMask = 0x00FF0000;
        private const int ScaleShift = 16;
        private const int MaxScale = 28;

        private readonly int _flags;
        private readonly uint _hi32;
        private readonly ulong _lo64;

        public const decimal Zero = 0m;
        public const decimal One = 1m;
        public const decimal MinusOne = -1m;
        public const decimal MaxValue = 79228162514264337593543950335m;
        public const decimal MinValue = -79228162514264337593543950335m;

        // ---- Construction ----

        public Decimal(int value)
        {
            if (value >= 0)
            {
                _flags = 0;
                _lo64 = (uint)value;
            }
            else
            {
                _flags = SignMask;
                _lo64 = (uint)(-value);
            }
            _hi32 = 0;
        }

        public Decimal(uint value)
        {
            _flags = 0;
            _hi32 = 0;
            _lo64 = value;
        }

        public Decimal(long value)
        {
            if (value >= 0)
            {
                _flags = 0;
                _lo64 = (ulong)value;
            }
            else
            {
                _flags = SignMask;
                _lo64 = unchecked((ulong)(-value));
            }
            _hi32 = 0;
        }

        public Decimal(ulong value)
        {
            _flags = 0;
            _hi32 = 0;
            _lo64 = value;
        }

        // The value rounded to 7 significant digits, as .NET does.
        public Decimal(float value)
        {
            this = FromFloating(value, true);
        }

        // The value rounded to 15 significant digits, as .NET does.
        public Decimal(double value)
        {
            this = FromFloating(value, false);
        }

        public Decimal(int[] bits)
        {
            if (bits == null)
                throw new ArgumentNullException(nameof(bits));
            if (bits.Length != 4)
                throw new ArgumentException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.", nameof(bits));
            int f = bits[3];
            if (!IsValid(f))
                throw new ArgumentException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.", nameof(bits));
            _lo64 = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            _hi32 = (uint)bits[2];
            _flags = f;
        }

        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale)
        {
            if (scale > MaxScale)
                throw new ArgumentOutOfRangeException(nameof(scale), "Decimal's scale value must be between 0 and 28, inclusive.");
            _lo64 = (uint)lo | ((ulong)(uint)mid << 32);
            _hi32 = (uint)hi;
            _flags = (int)scale << ScaleShift;
            if (isNegative)
                _flags |= SignMask;
        }

        // Raw constructor: flags, high 32 bits and low 64 bits of the mantissa.
        private Decimal(int flags, uint hi, ulong lo)
        {
            _flags = flags;
            _hi32 = hi;
            _lo64 = lo;
        }

        private static bool IsValid(int flags)
        {
            return (flags & ~(SignMask | ScaleMask)) == 0 && ((flags & ScaleMask) >> ScaleShift) <= MaxScale;
        }

        // ---- Parts ----

        internal bool IsNegative
        {
            get { return _flags < 0; }
        }

        // The power of ten the mantissa is divided by (0..28).
        public byte Scale
        {
            get { return (byte)(_flags >> ScaleShift); }
        }

        internal uint Low
        {
            get { return (uint)_lo64; }
        }

        internal uint Mid
        {
            get { return (uint)(_lo64 >> 32); }
        }

        internal uint High
        {
            get { return _hi32; }
        }

        internal ulong Low64
        {
            get { return _lo64; }
        }

        private bool IsZero
        {
            get { return _lo64 == 0 && _hi32 == 0; }
        }

        public static int[] GetBits(decimal d)
        {
            return new int[] { (int)d.Low, (int)d.Mid, (int)d.High, d._flags };
        }

        // The 96-bit mantissa in decimal ("0" for zero), for the formatter.
        internal string UnscaledToString()
        {
            if (_hi32 == 0)
                return Number.UInt64ToDecStr(_lo64, -1);
            uint[] big = DecCalc.ToBig(this);
            char[] digits = new char[29];
            int pos = digits.Length;
            while (!DecCalc.IsZero(big))
            {
                uint chunk = DecCalc.DivRem(big, 1000000000);
                bool last = DecCalc.IsZero(big);
                for (int i = 0; i < 9 && (!last || chunk != 0); i++)
                {
                    digits[--pos] = (char)('0' + chunk % 10);
                    chunk /= 10;
                }
            }
            return new string(digits, pos, digits.Length - pos);
        }

        // ---- Object members ----

        public override bool Equals(object value)
        {
            if (!(value is decimal))
                return false;
            return DecCalc.Compare(this, (decimal)value) == 0;
        }

        public bool Equals(decimal value)
        {
            return DecCalc.Compare(this, value) == 0;
        }

        public static bool Equals(decimal d1, decimal d2)
        {
            return DecCalc.Compare(d1, d2) == 0;
        }

        // Equal values (1.0m and 1.00m) hash alike: trailing zeros are removed first.
        public override int GetHashCode()
        {
            if (IsZero)
                return 0;
            uint flags = (uint)_flags;
            if ((flags & ScaleMask) == 0 || (_lo64 & 1) != 0)
                return (int)(flags ^ High ^ Mid ^ Low);
            decimal d = DecCalc.Normalize(this);
            return (int)((uint)d._flags ^ d.High ^ d.Mid ^ d.Low);
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is decimal))
                throw new ArgumentException("Object must be of type Decimal.");
            return DecCalc.Compare(this, (decimal)value);
        }

        public int CompareTo(decimal value)
        {
            return DecCalc.Compare(this, value);
        }

        public static int Compare(decimal d1, decimal d2)
        {
            return DecCalc.Compare(d1, d2);
        }

        public TypeCode GetTypeCode()
        {
            return TypeCode.Decimal;
        }

        // ---- IConvertible: explicit, each conversion is the matching Convert overload ----

        bool IConvertible.ToBoolean(IFormatProvider provider)
        {
            return Convert.ToBoolean(this);
        }

        char IConvertible.ToChar(IFormatProvider provider)
        {
            return Convert.ToChar(this);
        }

        sbyte IConvertible.ToSByte(IFormatProvider provider)
        {
            return Convert.ToSByte(this);
        }

        byte IConvertible.ToByte(IFormatProvider provider)
        {
            return Convert.ToByte(this);
        }

        short IConvertible.ToInt16(IFormatProvider provider)
        {
            return Convert.ToInt16(this);
        }

        ushort IConvertible.ToUInt16(IFormatProvider provider)
        {
            return Convert.ToUInt16(this);
        }

        int IConvertible.ToInt32(IFormatProvider provider)
        {
            return Convert.ToInt32(this);
        }

        uint IConvertible.ToUInt32(IFormatProvider provider)
        {
            return Convert.ToUInt32(this);
        }

        long IConvertible.ToInt64(IFormatProvider provider)
        {
            return Convert.ToInt64(this);
        }

        ulong IConvertible.ToUInt64(IFormatProvider provider)
        {
            return Convert.ToUInt64(this);
        }

        float IConvertible.ToSingle(IFormatProvider provider)
        {
            return Convert.ToSingle(this);
        }

        double IConvertible.ToDouble(IFormatProvider provider)
        {
            return Convert.ToDouble(this);
        }

        decimal IConvertible.ToDecimal(IFormatProvider provider)
        {
            return this;
        }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'Decimal' to 'DateTime'.");
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }

        // ---- Formatting and parsing ----

        public override string ToString()
        {
            return Number.FormatDecimal(this, null, NumberFormatInfo.CurrentInfo);
        }

        public string ToString(string format)
        {
            return Number.FormatDecimal(this, format, NumberFormatInfo.CurrentInfo);
        }

        public string ToString(IFormatProvider provider)
        {
            return Number.FormatDecimal(this, null, NumberFormatInfo.GetInstance(provider));
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return Number.FormatDecimal(this, format, NumberFormatInfo.GetInstance(provider));
        }

        public static decimal Parse(string s)
        {
            return Parse(s, NumberStyles.Number, null);
        }

        public static decimal Parse(string s, NumberStyles style)
        {
            return Parse(s, style, null);
        }

        public static decimal Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Number, provider);
        }

        public static decimal Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            decimal result;
            Number.ParsingStatus status = Number.TryParseDecimal(s, style, NumberFormatInfo.GetInstance(provider), out result);
            if (status != Number.ParsingStatus.OK)
                throw Number.ParseError(status, s, "a Decimal");
            return result;
        }

        public static bool TryParse(string s, out decimal result)
        {
            return TryParse(s, NumberStyles.Number, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out decimal result)
        {
            Number.ValidateParseStyleFloatingPoint(style);
            if (s == null)
            {
                result = 0m;
                return false;
            }
            return Number.TryParseDecimal(s, style, NumberFormatInfo.GetInstance(provider), out result) == Number.ParsingStatus.OK;
        }

        // ---- Arithmetic ----

        public static decimal Add(decimal d1, decimal d2)
        {
            return DecCalc.Add(d1, d2, false);
        }

        public static decimal Subtract(decimal d1, decimal d2)
        {
            return DecCalc.Add(d1, d2, true);
        }

        public static decimal Multiply(decimal d1, decimal d2)
        {
            return DecCalc.Multiply(d1, d2);
        }

        public static decimal Divide(decimal d1, decimal d2)
        {
            return DecCalc.Divide(d1, d2);
        }

        public static decimal Remainder(decimal d1, decimal d2)
        {
            return DecCalc.Remainder(d1, d2);
        }

        public static decimal Negate(decimal d)
        {
            return new decimal(d._flags ^ SignMask, d._hi32, d._lo64);
        }

        public static decimal Abs(decimal value)
        {
            return new decimal(value._flags & ~SignMask, value._hi32, value._lo64);
        }

        public static decimal Max(decimal x, decimal y)
        {
            return DecCalc.Compare(x, y) >= 0 ? x : y;
        }

        public static decimal Min(decimal x, decimal y)
        {
            return DecCalc.Compare(x, y) < 0 ? x : y;
        }

        public static int Sign(decimal d)
        {
            if (d.IsZero)
                return 0;
            return d.IsNegative ? -1 : 1;
        }

        public static decimal Round(decimal d)
        {
            return Round(d, 0, MidpointRounding.ToEven);
        }

        public static decimal Round(decimal d, int decimals)
        {
            return Round(d, decimals, MidpointRounding.ToEven);
        }

        public static decimal Round(decimal d, MidpointRounding mode)
        {
            return Round(d, 0, mode);
        }

        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            if ((uint)decimals > MaxScale)
                throw new ArgumentOutOfRangeException(nameof(decimals), "Decimal can only round to between 0 and 28 digits of precision.");
            if (mode < MidpointRounding.ToEven || mode > MidpointRounding.ToPositiveInfinity)
                throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", nameof(mode));
            return DecCalc.Round(d, decimals, mode);
        }

        public static decimal Truncate(decimal d)
        {
            return DecCalc.Round(d, 0, MidpointRounding.ToZero);
        }

        public static decimal Floor(decimal d)
        {
            return DecCalc.Round(d, 0, MidpointRounding.ToNegativeInfinity);
        }

        public static decimal Ceiling(decimal d)
        {
            return DecCalc.Round(d, 0, MidpointRounding.ToPositiveInfinity);
        }

        // ---- Conversions ----

        private static decimal FromFloating(double value, bool isSingle)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9228162514264338E+28)
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            if (value == 0)
                return new decimal(0, 0, 0UL);
            bool negative = value < 0;
            int exponent;
            string digits = isSingle
                ? Number.SingleToDigits((float)Math.Abs(value), 7, out exponent)
                : Number.DoubleToDigits(Math.Abs(value), 15, out exponent);
            int n = digits.Length;
            while (n > 1 && digits[n - 1] == '0')
                n--;
            // value = digits x 10^(exponent - n + 1)
            ulong mantissa = 0;
            for (int i = 0; i < n; i++)
                mantissa = mantissa * 10 + (ulong)(digits[i] - '0');
            int scale = n - 1 - exponent;
            uint[] big = DecCalc.NewBig();
            big[0] = (uint)mantissa;
            big[1] = (uint)(mantissa >> 32);
            while (scale < 0)
            {
                DecCalc.MulAdd(big, 10, 0);
                scale++;
            }
            decimal result = DecCalc.Pack(big, scale, negative, false);
            // Too small for 28 decimal places: .NET gives a plain zero, not 0.000…0 at scale 28.
            if (result._lo64 == 0 && result._hi32 == 0)
                return new decimal(0, 0, 0UL);
            return result;
        }

        public static double ToDouble(decimal d)
        {
            return DecCalc.ToDouble(d);
        }

        public static float ToSingle(decimal d)
        {
            return (float)DecCalc.ToDouble(d);
        }

        // The integral part (truncated towards zero), or an OverflowException naming the type.
        private static bool TruncateToUInt64(decimal d, out ulong magnitude)
        {
            decimal t = DecCalc.Round(d, 0, MidpointRounding.ToZero);
            magnitude = t._lo64;
            return t._hi32 == 0;
        }

        public static long ToInt64(decimal d)
        {
            ulong m;
            if (TruncateToUInt64(d, out m))
            {
                if (!d.IsNegative && m <= long.MaxValue)
                    return (long)m;
                if (d.IsNegative && m <= 0x8000000000000000UL)
                    return unchecked((long)(0UL - m));
            }
            throw new OverflowException("Value was either too large or too small for an Int64.");
        }

        public static ulong ToUInt64(decimal d)
        {
            ulong m;
            if (TruncateToUInt64(d, out m) && (!d.IsNegative || m == 0))
                return m;
            throw new OverflowException("Value was either too large or too small for a UInt64.");
        }

        public static int ToInt32(decimal d)
        {
            ulong m;
            if (TruncateToUInt64(d, out m))
            {
                if (!d.IsNegative && m <= int.MaxValue)
                    return (int)m;
                if (d.IsNegative && m <= 0x80000000UL)
                    return unchecked((int)(0 - (long)m));
            }
            throw new OverflowException("Value was either too large or too small for an Int32.");
        }

        public static uint ToUInt32(decimal d)
        {
            ulong m;
            if (TruncateToUInt64(d, out m) && m <= uint.MaxValue && (!d.IsNegative || m == 0))
                return (uint)m;
            throw new OverflowException("Value was either too large or too small for a UInt32.");
        }

        public static short ToInt16(decimal d)
        {
            ulong m;
            if (TruncateToUInt64(d, out m))
            {
                if (!d.IsNegative && m <= (ulong)short.MaxValue)
                    return (short)m;
                if (d.IsNegative && m <= 0x8000UL)
                    return (short)(0 - (int)m);
            }
            throw new OverflowException("Value was either too large or too small for an Int16.");
        }

        public static ushort ToUInt16(decimal d)
        {
            ulong m;
            if (TruncateToUInt64(d, out m) && m <= ushort.MaxValue && (!d.IsNegative || m == 0))
                return (ushort)m;
            throw new OverflowException("Value was either too large or too small for a UInt16.");
        }

        public static sbyte ToSByte(decimal d)
        {
            ulong m;
            if (TruncateToUInt64(d, out m))
            {
                if (!d.IsNegative && m <= (ulong)sbyte.MaxValue)
                    return (sbyte)m;
                if (d.IsNegative && m <= 0x80UL)
                    return (sbyte)(0 - (int)m);
            }
            throw new OverflowException("Value was either too large or too small for a signed byte.");
        }

        public static byte ToByte(decimal d)
        {
            ulong m;
            if (TruncateToUInt64(d, out m) && m <= byte.MaxValue && (!d.IsNegative || m == 0))
                return (byte)m;
            throw new OverflowException("Value was either too large or too small for an unsigned byte.");
        }

        private static char ToChar(decimal d)
        {
            ulong m;
            if (TruncateToUInt64(d, out m) && m <= char.MaxValue && (!d.IsNegative || m == 0))
                return (char)m;
            throw new OverflowException("Value was either too large or too small for a character.");
        }

        // OLE Automation currency: a 64-bit integer scaled by 10,000.
        public static long ToOACurrency(decimal value)
        {
            return ToInt64(Round(value * 10000m, 0));
        }

        public static decimal FromOACurrency(long cy)
        {
            return new decimal(cy) / 10000m;
        }

        // ---- Operators ----

        public static implicit operator decimal(byte value)
        {
            return new decimal((uint)value);
        }

        public static implicit operator decimal(sbyte value)
        {
            return new decimal((int)value);
        }

        public static implicit operator decimal(short value)
        {
            return new decimal((int)value);
        }

        public static implicit operator decimal(ushort value)
        {
            return new decimal((uint)value);
        }

        public static implicit operator decimal(char value)
        {
            return new decimal((uint)value);
        }

        public static implicit operator decimal(int value)
        {
            return new decimal(value);
        }

        public static implicit operator decimal(uint value)
        {
            return new decimal(value);
        }

        public static implicit operator decimal(long value)
        {
            return new decimal(value);
        }

        public static implicit operator decimal(ulong value)
        {
            return new decimal(value);
        }

        public static explicit operator decimal(float value)
        {
            return new decimal(value);
        }

        public static explicit operator decimal(double value)
        {
            return new decimal(value);
        }

        public static explicit operator byte(decimal value)
        {
            return ToByte(value);
        }

        public static explicit operator sbyte(decimal value)
        {
            return ToSByte(value);
        }

        public static explicit operator char(decimal value)
        {
            return ToChar(value);
        }

        public static explicit operator short(decimal value)
        {
            return ToInt16(value);
        }

        public static explicit operator ushort(decimal value)
        {
            return ToUInt16(value);
        }

        public static explicit operator int(decimal value)
        {
            return ToInt32(value);
        }

        public static explicit operator uint(decimal value)
        {
            return ToUInt32(value);
        }

        public static explicit operator long(decimal value)
        {
            return ToInt64(value);
        }

        public static explicit operator ulong(decimal value)
        {
            return ToUInt64(value);
        }

        public static explicit operator float(decimal value)
        {
            return ToSingle(value);
        }

        public static explicit operator double(decimal value)
        {
            return ToDouble(value);
        }

        public static decimal operator +(decimal d)
        {
            return d;
        }

        public static decimal operator -(decimal d)
        {
            return Negate(d);
        }

        public static decimal operator ++(decimal d)
        {
            return DecCalc.Add(d, One, false);
        }

        public static decimal operator --(decimal d)
        {
            return DecCalc.Add(d, One, true);
        }

        public static decimal operator +(decimal d1, decimal d2)
        {
            return DecCalc.Add(d1, d2, false);
        }

        public static decimal operator -(decimal d1, decimal d2)
        {
            return DecCalc.Add(d1, d2, true);
        }

        public static decimal operator *(decimal d1, decimal d2)
        {
            return DecCalc.Multiply(d1, d2);
        }

        public static decimal operator /(decimal d1, decimal d2)
        {
            return DecCalc.Divide(d1, d2);
        }

        public static decimal operator %(decimal d1, decimal d2)
        {
            return DecCalc.Remainder(d1, d2);
        }

        public static bool operator ==(decimal d1, decimal d2)
        {
            return DecCalc.Compare(d1, d2) == 0;
        }

        public static bool operator !=(decimal d1, decimal d2)
        {
            return DecCalc.Compare(d1, d2) != 0;
        }

        public static bool operator <(decimal d1, decimal d2)
        {
            return DecCalc.Compare(d1, d2) < 0;
        }

        public static bool operator <=(decimal d1, decimal d2)
        {
            return DecCalc.Compare(d1, d2) <= 0;
        }

        public static bool operator >(decimal d1, decimal d2)
        {
            return DecCalc.Compare(d1, d2) > 0;
        }

        public static bool operator >=(decimal d1, decimal d2)
        {
            return DecCalc.Compare(d1, d2) >= 0;
        }
        // Decimal arithmetic. Every operation computes its exact result on a wide integer
        // (little-endian uint words, enough for 96-bit x 10^56 intermediates), then scales
        // it down to fit 96 bits and a scale of at most 28, rounding half to even once (with
        // a "sticky" flag for discarded non-zero digits) - the results .NET's DecCalc gives.
        internal static class DecCalc
        {
            private const int BigWords = 10;

            private static readonly double[] s_doublePowers10 = new double[]
            {
                1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
                1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
                1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
            };

            private static decimal OverflowError()
            {
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            }

            // ---- Wide integers ----

            internal static uint[] NewBig()
            {
                return new uint[BigWords];
            }

            internal static uint[] ToBig(decimal d)
            {
                uint[] big = new uint[BigWords];
                big[0] = d.Low;
                big[1] = d.Mid;
                big[2] = d.High;
                return big;
            }

            internal static bool IsZero(uint[] a)
            {
                for (int i = 0; i < a.Length; i++)
                {
                    if (a[i] != 0)
                        return false;
                }
                return true;
            }

            private static bool Fits96(uint[] a)
            {
                for (int i = 3; i < a.Length; i++)
                {
                    if (a[i] != 0)
                        return false;
                }
                return true;
            }

            // a = a * mul + add; returns the carry out of the top word.
            internal static uint MulAdd(uint[] a, uint mul, uint add)
            {
                ulong carry = add;
                for (int i = 0; i < a.Length; i++)
                {
                    ulong t = (ulong)a[i] * mul + carry;
                    a[i] = (uint)t;
                    carry = t >> 32;
                }
                return (uint)carry;
            }

            // a = a / divisor; returns the remainder.
            internal static uint DivRem(uint[] a, uint divisor)
            {
                ulong rem = 0;
                for (int i = a.Length - 1; i >= 0; i--)
                {
                    ulong t = (rem << 32) | a[i];
                    a[i] = (uint)(t / divisor);
                    rem = t % divisor;
                }
                return (uint)rem;
            }

            private static void MulPow10(uint[] a, int power)
            {
                while (power >= 9)
                {
                    MulAdd(a, 1000000000, 0);
                    power -= 9;
                }
                if (power > 0)
                {
                    uint p = 1;
                    while (power-- > 0)
                        p *= 10;
                    MulAdd(a, p, 0);
                }
            }

            private static void AddTo(uint[] a, uint[] b)
            {
                ulong carry = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    ulong t = (ulong)a[i] + b[i] + carry;
                    a[i] = (uint)t;
                    carry = t >> 32;
                }
            }

            // a = a - b (a >= b).
            private static void SubtractFrom(uint[] a, uint[] b)
            {
                long borrow = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    long t = (long)a[i] - b[i] - borrow;
                    a[i] = (uint)t;
                    borrow = t < 0 ? 1 : 0;
                }
            }

            private static int CompareBig(uint[] a, uint[] b)
            {
                for (int i = a.Length - 1; i >= 0; i--)
                {
                    if (a[i] != b[i])
                        return a[i] < b[i] ? -1 : 1;
                }
                return 0;
            }

            private static uint[] Copy(uint[] a)
            {
                uint[] r = new uint[a.Length];
                for (int i = 0; i < a.Length; i++)
                    r[i] = a[i];
                return r;
            }

            private static void ShiftLeft1(uint[] a, uint bit)
            {
                uint carry = bit;
                for (int i = 0; i < a.Length; i++)
                {
                    uint next = a[i] >> 31;
                    a[i] = (a[i] << 1) | carry;
                    carry = next;
                }
            }

            // quotient = num / den, num becomes the remainder (den non-zero).
            private static uint[] DivRemBig(uint[] num, uint[] den)
            {
                uint[] quotient = new uint[BigWords];
                bool smallDivisor = true;
                for (int i = 1; i < den.Length; i++)
                {
                    if (den[i] != 0)
                    {
                        smallDivisor = false;
                        break;
                    }
                }
                if (smallDivisor)
                {
                    for (int i = 0; i < num.Length; i++)
                        quotient[i] = num[i];
                    uint rem = DivRem(quotient, den[0]);
                    for (int i = 0; i < num.Length; i++)
                        num[i] = 0;
                    num[0] = rem;
                    return quotient;
                }

                // Binary long division.
                uint[] rem2 = new uint[BigWords];
                int top = num.Length * 32 - 1;
                while (top >= 0 && (num[top >> 5] & (1u << (top & 31))) == 0)
                    top--;
                for (int bit = top; bit >= 0; bit--)
                {
                    ShiftLeft1(rem2, (num[bit >> 5] >> (bit & 31)) & 1);
                    if (CompareBig(rem2, den) >= 0)
                    {
                        SubtractFrom(rem2, den);
                        quotient[bit >> 5] |= 1u << (bit & 31);
                    }
                }
                for (int i = 0; i < num.Length; i++)
                    num[i] = rem2[i];
                return quotient;
            }

            // ---- Packing a wide result into a decimal ----

            // The decimal r x 10^-scale: scaled down (rounding half to even, with sticky
            // meaning "non-zero digits were already discarded") until it fits 96 bits and a
            // scale of at most 28. OverflowException when it cannot fit.
            internal static decimal Pack(uint[] r, int scale, bool negative, bool sticky)
            {
                int lastDigit = -1;
                while (!Fits96(r) || scale > MaxScale)
                {
                    if (scale <= 0)
                        return OverflowError();
                    if (lastDigit > 0)
                        sticky = true;
                    lastDigit = (int)DivRem(r, 10);
                    scale--;
                }
                if (lastDigit > 5 || (lastDigit == 5 && (sticky || (r[0] & 1) != 0)))
                {
                    MulAdd(r, 1, 1);
                    if (!Fits96(r))
                    {
                        // Rounded up to 2^96: one more digit must go (2^96 is not a tie).
                        if (scale <= 0)
                            return OverflowError();
                        uint digit = DivRem(r, 10);
                        scale--;
                        if (digit >= 5)
                            MulAdd(r, 1, 1);
                    }
                }
                int flags = scale << ScaleShift;
                if (negative)
                    flags |= SignMask;
                return new decimal(flags, r[2], r[0] | ((ulong)r[1] << 32));
            }

            // The same value without trailing zeros in the mantissa (for hashing).
            internal static decimal Normalize(decimal d)
            {
                uint[] r = ToBig(d);
                int scale = d.Scale;
                while (scale > 0)
                {
                    uint[] t = Copy(r);
                    if (DivRem(t, 10) != 0)
                        break;
                    r = t;
                    scale--;
                }
                int flags = (scale << ScaleShift) | (d._flags & SignMask);
                return new decimal(flags, r[2], r[0] | ((ulong)r[1] << 32));
            }

            // ---- Operations ----

            internal static int Compare(decimal d1, decimal d2)
            {
                bool zero1 = d1.IsZero, zero2 = d2.IsZero;
                if (zero1 && zero2)
                    return 0;
                bool neg1 = d1.IsNegative && !zero1, neg2 = d2.IsNegative && !zero2;
                if (zero1)
                    return neg2 ? 1 : -1;
                if (zero2)
                    return neg1 ? -1 : 1;
                if (neg1 != neg2)
                    return neg1 ? -1 : 1;

                int c;
                int s1 = d1.Scale, s2 = d2.Scale;
                if (s1 == s2)
                {
                    c = d1._hi32 != d2._hi32 ? (d1._hi32 < d2._hi32 ? -1 : 1)
                        : d1._lo64 != d2._lo64 ? (d1._lo64 < d2._lo64 ? -1 : 1) : 0;
                }
                else
                {
                    uint[] a = ToBig(d1), b = ToBig(d2);
                    if (s1 < s2)
                        MulPow10(a, s2 - s1);
                    else
                        MulPow10(b, s1 - s2);
                    c = CompareBig(a, b);
                }
                return neg1 ? -c : c;
            }

            internal static decimal Add(decimal d1, decimal d2, bool negate2)
            {
                bool sign1 = d1.IsNegative;
                bool sign2 = d2.IsNegative ^ negate2;
                int s1 = d1.Scale, s2 = d2.Scale;

                // Fast path: same scale, both fit in 64 bits.
                if (s1 == s2 && d1._hi32 == 0 && d2._hi32 == 0)
                {
                    ulong x = d1._lo64, y = d2._lo64;
                    int flags = s1 << ScaleShift;
                    if (sign1 == sign2)
                    {
                        ulong sum = x + y;
                        if (sum >= x)
                            return new decimal(flags | (sign1 ? SignMask : 0), 0, sum);
                    }
                    else
                    {
                        if (x >= y)
                            return new decimal(flags | (sign1 ? SignMask : 0), 0, x - y);
                        return new decimal(flags | (sign2 ? SignMask : 0), 0, y - x);
                    }
                }

                int scale = s1 > s2 ? s1 : s2;
                uint[] a = ToBig(d1), b = ToBig(d2);
                MulPow10(a, scale - s1);
                MulPow10(b, scale - s2);
                bool negative;
                if (sign1 == sign2)
                {
                    AddTo(a, b);
                    negative = sign1;
                }
                else if (CompareBig(a, b) >= 0)
                {
                    SubtractFrom(a, b);
                    negative = sign1;
                }
                else
                {
                    SubtractFrom(b, a);
                    a = b;
                    negative = sign2;
                }
                return Pack(a, scale, negative, false);
            }

            internal static decimal Multiply(decimal d1, decimal d2)
            {
                bool negative = d1.IsNegative != d2.IsNegative;
                int scale = d1.Scale + d2.Scale;

                // Both mantissas fit in 32 bits: .NET's 64-bit product path. (It gives up on
                // scales beyond 28 + 19 with a plain zero; otherwise a result that rounds to
                // zero keeps scale 28.)
                if (d1._hi32 == 0 && d2._hi32 == 0 && (d1._lo64 >> 32) == 0 && (d2._lo64 >> 32) == 0)
                {
                    if (scale > MaxScale + 19)
                        return new decimal(0, 0, 0UL);
                    ulong product64 = d1._lo64 * d2._lo64;
                    if (scale <= MaxScale)
                    {
                        int flags = (scale << ScaleShift) | (negative ? SignMask : 0);
                        return new decimal(flags, 0, product64);
                    }
                    uint[] p = NewBig();
                    p[0] = (uint)product64;
                    p[1] = (uint)(product64 >> 32);
                    return Pack(p, scale, negative, false);
                }

                // The wide path returns a plain 0 for a zero product.
                if (d1.IsZero || d2.IsZero)
                    return new decimal(0, 0, 0UL);

                uint[] a = ToBig(d1);
                uint[] product = new uint[BigWords];
                uint[] words = new uint[] { d2.Low, d2.Mid, d2.High };
                for (int j = 0; j < 3; j++)
                {
                    if (words[j] == 0)
                        continue;
                    ulong carry = 0;
                    for (int i = 0; i < 3; i++)
                    {
                        ulong t = (ulong)a[i] * words[j] + product[i + j] + carry;
                        product[i + j] = (uint)t;
                        carry = t >> 32;
                    }
                    for (int k = j + 3; carry != 0 && k < BigWords; k++)
                    {
                        ulong t = (ulong)product[k] + carry;
                        product[k] = (uint)t;
                        carry = t >> 32;
                    }
                }
                return Pack(product, scale, negative, false);
            }

            // As .NET: the exact quotient when it has at most 28 decimals (never with fewer
            // decimals than the dividend's scale minus the divisor's), else the quotient
            // rounded to the most digits that fit, without trailing zeros.
            internal static decimal Divide(decimal d1, decimal d2)
            {
                if (d2.IsZero)
                    throw new DivideByZeroException("Attempted to divide by zero.");
                bool negative = d1.IsNegative != d2.IsNegative;
                int s = d1.Scale - d2.Scale;
                int minScale = s > 0 ? s : 0;

                // The quotient at scale 29 (one digit beyond the maximum, for rounding):
                // m1 x 10^(29 - s) / m2.
                uint[] num = ToBig(d1);
                MulPow10(num, MaxScale + 1 - s);
                uint[] den = ToBig(d2);
                uint[] q = DivRemBig(num, den);
                bool sticky = !IsZero(num);

                // Exact at the natural scale: that result, trailing zeros included.
                if (!sticky)
                {
                    uint[] t = Copy(q);
                    bool exactAtNatural = true;
                    for (int i = MaxScale + 1; i > minScale; i--)
                    {
                        if (DivRem(t, 10) != 0)
                        {
                            exactAtNatural = false;
                            break;
                        }
                    }
                    if (exactAtNatural)
                        return Pack(t, minScale, negative, false);
                }

                // Otherwise the most digits that fit, rounded, then without trailing zeros.
                decimal rounded = Pack(q, MaxScale + 1, negative, sticky);
                if ((rounded._lo64 & 1) != 0 || rounded.Scale == 0)
                    return rounded;
                return Normalize(rounded);
            }

            // d1 - d2 x truncate(d1 / d2), exactly, with the sign of d1.
            internal static decimal Remainder(decimal d1, decimal d2)
            {
                if (d2.IsZero)
                    throw new DivideByZeroException("Attempted to divide by zero.");
                if (d1.IsZero)
                    return d1; // as .NET: a zero dividend is returned unchanged
                int s1 = d1.Scale, s2 = d2.Scale;
                int scale = s1 > s2 ? s1 : s2;
                uint[] a = ToBig(d1), b = ToBig(d2);
                MulPow10(a, scale - s1);
                MulPow10(b, scale - s2);
                int cmp = CompareBig(a, b);
                if (cmp < 0)
                    return d1; // |d1| < |d2|: d1 itself, as .NET returns it
                if (cmp == 0)
                    return new decimal((scale << ScaleShift) | (d1._flags & SignMask), 0, 0UL);
                DivRemBig(a, b);
                return Pack(a, scale, d1.IsNegative, false);
            }

            // d rounded to at most decimals fractional digits.
            internal static decimal Round(decimal d, int decimals, MidpointRounding mode)
            {
                int scale = d.Scale;
                if (scale <= decimals)
                    return d;
                uint[] r = ToBig(d);
                bool sticky = false;
                uint lastDigit = 0;
                while (scale > decimals)
                {
                    if (lastDigit != 0)
                        sticky = true;
                    lastDigit = DivRem(r, 10);
                    scale--;
                }
                bool negative = d.IsNegative;
                bool roundUp;
                switch (mode)
                {
                    case MidpointRounding.ToEven:
                        roundUp = lastDigit > 5 || (lastDigit == 5 && (sticky || (r[0] & 1) != 0));
                        break;
                    case MidpointRounding.AwayFromZero:
                        roundUp = lastDigit >= 5;
                        break;
                    case MidpointRounding.ToZero:
                        roundUp = false;
                        break;
                    case MidpointRounding.ToNegativeInfinity:
                        roundUp = negative && (lastDigit != 0 || sticky);
                        break;
                    default: // ToPositiveInfinity
                        roundUp = !negative && (lastDigit != 0 || sticky);
                        break;
                }
                if (roundUp)
                    MulAdd(r, 1, 1); // cannot overflow 96 bits: the value shrank by 10 at least
                int flags = (scale << ScaleShift) | (negative ? SignMask : 0);
                return new decimal(flags, r[2], r[0] | ((ulong)r[1] << 32));
            }

            // As .NET: (low 64 bits + high 32 bits x 2^64) / 10^scale, in double arithmetic.
            internal static double ToDouble(decimal d)
            {
                const double ds2to64 = 1.8446744073709552e+019;
                double dbl = ((double)d._lo64 + (double)d._hi32 * ds2to64) / s_doublePowers10[d.Scale];
                return d.IsNegative ? -dbl : dbl;
            }
        }
    }
}
