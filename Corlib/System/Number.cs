// System.Number: the formatting and parsing engine behind the primitive types'
// ToString/Parse/TryParse (a port of .NET's Number.Formatting.cs / Number.Parsing.cs).
//
// Only three things are runtime-provided (internal calls): the decimal digits of a
// double or float, and strict decimal-to-double parsing. Everything else is C#.
using System.Runtime.CompilerServices;

namespace System
{
    internal static partial class Number
    {
        // For finite non-zero |value|: precision 0 gives the shortest round-trippable
        // significant digits, precision n >= 1 exactly n significant digits correctly rounded
        // (half-to-even on the exact binary value); trailing zeros may be omitted. The decimal
        // exponent is that of the first digit (value = d.ddd x 10^decimalExponent). Zero gives
        // "0" with exponent 0. The sign is not included.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string DoubleToDigits(double value, int precision, out int decimalExponent);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string SingleToDigits(float value, int precision, out int decimalExponent);

        // Parses exactly [+-]digits[.digits][(e|E)[+-]digits] or [+-].digits[...] to the
        // correctly rounded double (overflow gives +-Infinity); false for anything else.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool TryParseDouble(string s, out double result);
    }

    internal enum NumberBufferKind
    {
        Unknown = 0,
        Integer = 1,
        Decimal = 2,
        FloatingPoint = 3,
    }

    // The decimal digits of a number: value = 0.d1d2d3... x 10^Scale. Digits holds ASCII
    // digits terminated by '\0'; integers and doubles never keep trailing zeros, decimals
    // keep the zeros their scale implies (1.50m is "150", Scale 1).
    internal sealed class NumberBuffer
    {
        public int DigitsCount;
        public int Scale;
        public bool IsNegative;
        public bool HasNonZeroTail; // parsing: digits beyond the buffer were not all zero
        public readonly NumberBufferKind Kind;
        public readonly char[] Digits;

        public NumberBuffer(NumberBufferKind kind, int length)
        {
            Kind = kind;
            Digits = new char[length];
        }

        public override string ToString()
        {
            return "[" + new string(Digits, 0, DigitsCount) + "] Scale " + Scale.ToString() + (IsNegative ? " negative" : "");
        }
    }
}
