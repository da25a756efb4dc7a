// Constants (the Constant table): a literal of every primitive type, strings
// (empty, unicode, null) and null references, on fields, parameters and enums;
// enums of every underlying type, [Flags] enums; decimal constants (which mcs
// stores as DecimalConstantAttribute, not in the Constant table); floating-point
// edge values (NaN, infinities, -0.0, Epsilon, Min/MaxValue).
using System;

namespace Fixtures.Constants
{
    public enum Plain { Zero, One, Two, Ten = 10, Eleven }
    public enum Bytes : byte { Low = 0, Mid = 0x7F, High = 0xFF }
    public enum SBytes : sbyte { Min = -128, Zero = 0, Max = 127 }
    public enum Shorts : short { Min = short.MinValue, Max = short.MaxValue }
    public enum UShorts : ushort { Max = ushort.MaxValue }
    public enum UInts : uint { Big = 0xFFFFFFF0u }
    public enum Longs : long { Min = long.MinValue, Minus = -1, Big = 0x123456789ABCL, Max = long.MaxValue }
    public enum ULongs : ulong { Max = ulong.MaxValue, High = 0x8000000000000000UL }
    public enum Empty { }

    [Flags]
    public enum Permissions : ushort
    {
        None = 0,
        Read = 1 << 0,
        Write = 1 << 1,
        Execute = 1 << 2,
        ReadWrite = Read | Write,
        All = Read | Write | Execute,
    }

    [Flags]
    public enum WideFlags : long { None = 0, Bit0 = 1, Bit40 = 1L << 40, Bit63 = long.MinValue }

    public static class Values
    {
        public const bool True = true;
        public const bool False = false;
        public const char Char = 'A';
        public const char CharZero = '\0';
        public const char CharMax = '\uFFFF';
        public const sbyte SByteMin = sbyte.MinValue;
        public const sbyte SByteMax = sbyte.MaxValue;
        public const byte ByteMax = byte.MaxValue;
        public const short ShortMin = short.MinValue;
        public const ushort UShortMax = ushort.MaxValue;
        public const int IntMin = int.MinValue;
        public const int IntMax = int.MaxValue;
        public const int IntMinusOne = -1;
        public const uint UIntMax = uint.MaxValue;
        public const long LongMin = long.MinValue;
        public const long LongMax = long.MaxValue;
        public const ulong ULongMax = ulong.MaxValue;
        public const float FloatPi = 3.14159274f;
        public const float FloatMin = float.MinValue;
        public const float FloatMax = float.MaxValue;
        public const float FloatEpsilon = float.Epsilon;
        public const float FloatNaN = float.NaN;
        public const float FloatPosInf = float.PositiveInfinity;
        public const float FloatNegInf = float.NegativeInfinity;
        public const float FloatNegZero = -0.0f;
        public const double DoublePi = 3.1415926535897931;
        public const double DoubleMin = double.MinValue;
        public const double DoubleMax = double.MaxValue;
        public const double DoubleEpsilon = double.Epsilon;
        public const double DoubleNaN = double.NaN;
        public const double DoublePosInf = double.PositiveInfinity;
        public const double DoubleNegInf = double.NegativeInfinity;
        public const double DoubleNegZero = -0.0;
        public const double DoubleTiny = 1e-300;
        public const decimal DecimalZero = 0m;
        public const decimal DecimalOne = 1m;
        public const decimal DecimalMinusOne = -1m;
        public const decimal DecimalMax = decimal.MaxValue;
        public const decimal DecimalMin = decimal.MinValue;
        public const decimal DecimalSmall = 0.0000000000000000000000000001m;
        public const decimal DecimalPrice = -12345.6789m;
        public const string EmptyString = "";
        public const string Text = "constant text";
        public const string Unicode = "caf\u00e9 \u4e2d\u6587 \U0001F600 \t\"quoted\"\0end";
        public const string NullString = null;
        public const object NullObject = null;
        public const Plain EnumConst = Plain.Ten;
        public const Permissions FlagsConst = Permissions.Read | Permissions.Execute;
        public const Longs LongEnumConst = Longs.Big;

        public static readonly decimal ReadOnlyDecimal = 79.5m;
        public static readonly double ReadOnlyNaN = double.NaN;
        public static readonly DateTime ReadOnlyDate = new DateTime(2001, 2, 3);
    }

    public static class Parameters
    {
        public static string All(bool b = true, char c = 'x', sbyte sb = -5, byte by = 250, short s = -300,
                                 ushort us = 60000, int i = -70000, uint ui = 4000000000, long l = -5000000000L,
                                 ulong ul = 18000000000000000000UL, float f = -1.5f, double d = double.NaN,
                                 string str = "default \u00e9", string nul = null, object obj = null,
                                 Plain e = Plain.Two, Permissions p = Permissions.All, ULongs ue = ULongs.Max,
                                 decimal m = -7.25m, int? ni = null, double? nd = 2.5)
        {
            return b + " " + (int)c + " " + sb + " " + by + " " + s + " " + us + " " + i + " " + ui + " " + l + " " + ul + " " +
                   f + " " + d + " " + str + " " + (nul == null) + " " + (obj == null) + " " + e + " " + p + " " + ue + " " + m + " " +
                   (ni.HasValue ? ni.Value.ToString() : "null") + " " + nd;
        }

        public static string Enums(Bytes b = Bytes.High, SBytes sb = SBytes.Min, Shorts s = Shorts.Min,
                                   UShorts us = UShorts.Max, UInts ui = UInts.Big, Longs l = Longs.Min, Empty none = 0)
        {
            return b + " " + sb + " " + s + " " + us + " " + ui + " " + l + " " + (int)none;
        }

        public static double Edge(double nan = double.NaN, double inf = double.PositiveInfinity,
                                  double ninf = double.NegativeInfinity, double nzero = -0.0, double eps = double.Epsilon,
                                  float fnan = float.NaN, float fnzero = -0.0f)
        {
            return (double.IsNaN(nan) && double.IsNaN(fnan) && double.IsPositiveInfinity(inf) && double.IsNegativeInfinity(ninf)
                    && 1 / nzero < 0 && 1 / fnzero < 0 && eps > 0) ? 1.0 : 0.0;
        }
    }

    public class Program
    {
        public static int Main()
        {
            Console.WriteLine("bool/char: " + Values.True + Values.False + " " + (int)Values.Char + " " + (int)Values.CharZero + " " + (int)Values.CharMax);
            Console.WriteLine("ints: " + Values.SByteMin + " " + Values.SByteMax + " " + Values.ByteMax + " " + Values.ShortMin + " " + Values.UShortMax + " " + Values.IntMin + " " + Values.IntMax + " " + Values.IntMinusOne + " " + Values.UIntMax);
            Console.WriteLine("longs: " + Values.LongMin + " " + Values.LongMax + " " + Values.ULongMax);
            Console.WriteLine("floats: " + Values.FloatPi.ToString("R") + " " + Values.FloatMin.ToString("R") + " " + Values.FloatMax.ToString("R") + " " + Values.FloatEpsilon.ToString("R") + " " + Values.FloatNaN + " " + Values.FloatPosInf + " " + Values.FloatNegInf + " " + (1 / Values.FloatNegZero));
            Console.WriteLine("doubles: " + Values.DoublePi.ToString("R") + " " + Values.DoubleMin.ToString("R") + " " + Values.DoubleMax.ToString("R") + " " + Values.DoubleEpsilon.ToString("R") + " " + Values.DoubleNaN + " " + Values.DoublePosInf + " " + Values.DoubleNegInf + " " + (1 / Values.DoubleNegZero) + " " + Values.DoubleTiny.ToString("R"));
            Console.WriteLine("decimals: " + Values.DecimalZero + " " + Values.DecimalOne + " " + Values.DecimalMinusOne + " " + Values.DecimalMax + " " + Values.DecimalMin + " " + Values.DecimalSmall + " " + Values.DecimalPrice + " " + Values.ReadOnlyDecimal);
            Console.WriteLine("strings: [" + Values.EmptyString + "] " + Values.Text + " " + Values.Unicode.Length + " " + (Values.NullString == null) + " " + (Values.NullObject == null));
            Console.WriteLine("enums: " + Values.EnumConst + " " + Values.FlagsConst + " " + Values.LongEnumConst + " " + Plain.Eleven + " " + (int)Plain.Eleven + " " + Bytes.High + " " + Longs.Max + " " + ULongs.High + " " + WideFlags.Bit63);
            Console.WriteLine("flags: " + (Permissions.ReadWrite | Permissions.Execute) + " " + (Permissions)6 + " " + (WideFlags.Bit0 | WideFlags.Bit40));
            Console.WriteLine("readonly: " + double.IsNaN(Values.ReadOnlyNaN) + " " + Values.ReadOnlyDate.Year);
            Console.WriteLine("params: " + Parameters.All());
            Console.WriteLine("enum params: " + Parameters.Enums());
            Console.WriteLine("edge params: " + Parameters.Edge());
            Console.WriteLine("explicit: " + Parameters.All(false, 'y', 1, 2, 3, 4, 5, 6, 7, 8, 9f, 10.0, "s", "n", new object(), Plain.Zero, Permissions.None, 0, 1m, 1, null));
            return 0;
        }
    }
}
