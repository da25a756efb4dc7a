// Integer and floating conversions: unchecked conv.* (truncation, sign/zero extension) and
// checked conv.ovf.* / conv.ovf.*.un, including the exact boundaries of double -> integer
// checked conversions (the value is truncated toward zero first, then range-checked).
// Not printed anywhere: *unchecked* conversions of NaN, infinities or out-of-range doubles to
// integers -- their results are platform-specific in .NET (x64 gives 0x80000000..., ARM64 and
// .NET 9+ saturate), so they are not part of this corpus.
using System;

namespace Corpus
{
    static class Program
    {
        static int I(int x) { return x; }
        static long L(long x) { return x; }
        static uint U(uint x) { return x; }
        static ulong UL(ulong x) { return x; }
        static double D(double x) { return x; }
        static float F(float x) { return x; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (OverflowException e) { Console.WriteLine(label + " -> " + e.GetType().Name); }
        }

        static void Main()
        {
            Console.WriteLine("-- unchecked integer narrowing / extension");
            Console.WriteLine("(byte)300 = " + unchecked((byte)I(300)));
            Console.WriteLine("(byte)-1 = " + unchecked((byte)I(-1)));
            Console.WriteLine("(sbyte)200 = " + unchecked((sbyte)I(200)));
            Console.WriteLine("(sbyte)0x17F = " + unchecked((sbyte)I(0x17F)));
            Console.WriteLine("(short)70000 = " + unchecked((short)I(70000)));
            Console.WriteLine("(short)0x8000 = " + unchecked((short)I(0x8000)));
            Console.WriteLine("(ushort)-1 = " + unchecked((ushort)I(-1)));
            Console.WriteLine("(char)65601 = " + (int)unchecked((char)I(65601)));
            Console.WriteLine("(int)uint.MaxValue = " + unchecked((int)U(uint.MaxValue)));
            Console.WriteLine("(uint)-1 = " + unchecked((uint)I(-1)));
            Console.WriteLine("(int)0x1_2345_6789L = " + unchecked((int)L(0x123456789L)));
            Console.WriteLine("(int)-0x1_0000_0001L = " + unchecked((int)L(-0x100000001L)));
            Console.WriteLine("(uint)long.MinValue = " + unchecked((uint)L(long.MinValue)));
            Console.WriteLine("(long)ulong.MaxValue = " + unchecked((long)UL(ulong.MaxValue)));
            Console.WriteLine("(ulong)-1L = " + unchecked((ulong)L(-1)));
            Console.WriteLine("(ulong)int -1 (sign-extends) = " + unchecked((ulong)I(-1)));
            Console.WriteLine("(ulong)(uint)-1 (zero-extends) = " + (ulong)unchecked((uint)I(-1)));
            Console.WriteLine("(long)int.MinValue = " + (long)I(int.MinValue));
            Console.WriteLine("(long)uint.MaxValue = " + (long)U(uint.MaxValue));
            Console.WriteLine("(int)(sbyte)-5 = " + (int)unchecked((sbyte)I(-5)));
            Console.WriteLine("(int)(byte)(sbyte)-5 = " + (int)unchecked((byte)(sbyte)I(-5)));
            Console.WriteLine("(uint)(short)-2 = " + unchecked((uint)(short)I(-2)));
            Console.WriteLine("(uint)(ushort)(short)-2 = " + unchecked((uint)(ushort)(short)I(-2)));
            Console.WriteLine("(long)(char)0xFFFF = " + (long)(char)unchecked((ushort)I(0xFFFF)));
            Console.WriteLine("(short)(char)0x8001 = " + unchecked((short)(char)I(0x8001)));

            Console.WriteLine("-- checked integer conversions");
            Try("checked((byte)255)", () => checked((byte)I(255)));
            Try("checked((byte)256)", () => checked((byte)I(256)));
            Try("checked((byte)-1)", () => checked((byte)I(-1)));
            Try("checked((sbyte)127)", () => checked((sbyte)I(127)));
            Try("checked((sbyte)128)", () => checked((sbyte)I(128)));
            Try("checked((sbyte)-128)", () => checked((sbyte)I(-128)));
            Try("checked((sbyte)-129)", () => checked((sbyte)I(-129)));
            Try("checked((short)32768)", () => checked((short)I(32768)));
            Try("checked((ushort)65535)", () => checked((ushort)I(65535)));
            Try("checked((ushort)-1)", () => checked((ushort)I(-1)));
            Try("checked((char)-1)", () => (int)checked((char)I(-1)));
            Try("checked((char)65535)", () => (int)checked((char)I(65535)));
            Try("checked((int)uint 2147483647)", () => checked((int)U(2147483647)));
            Try("checked((int)uint 2147483648)", () => checked((int)U(2147483648)));
            Try("checked((uint)int -1)", () => checked((uint)I(-1)));
            Try("checked((uint)int.MaxValue)", () => checked((uint)I(int.MaxValue)));
            Try("checked((int)long 2147483647)", () => checked((int)L(2147483647)));
            Try("checked((int)long 2147483648)", () => checked((int)L(2147483648)));
            Try("checked((int)long -2147483648)", () => checked((int)L(-2147483648)));
            Try("checked((int)long -2147483649)", () => checked((int)L(-2147483649)));
            Try("checked((uint)long 4294967295)", () => checked((uint)L(4294967295)));
            Try("checked((uint)long 4294967296)", () => checked((uint)L(4294967296)));
            Try("checked((uint)long -1)", () => checked((uint)L(-1)));
            Try("checked((long)ulong.MaxValue)", () => checked((long)UL(ulong.MaxValue)));
            Try("checked((long)ulong 2^63-1)", () => checked((long)UL(9223372036854775807)));
            Try("checked((long)ulong 2^63)", () => checked((long)UL(9223372036854775808)));
            Try("checked((ulong)long -1)", () => checked((ulong)L(-1)));
            Try("checked((ulong)long.MaxValue)", () => checked((ulong)L(long.MaxValue)));
            Try("checked((ulong)int -1)", () => checked((ulong)I(-1)));
            Try("checked((int)ulong 5)", () => checked((int)UL(5)));
            Try("checked((int)ulong 2^32)", () => checked((int)UL(4294967296)));
            Try("checked((byte)ulong 255)", () => checked((byte)UL(255)));
            Try("checked((byte)ulong 2^63)", () => checked((byte)UL(9223372036854775808)));
            Try("checked((sbyte)uint 128)", () => checked((sbyte)U(128)));
            Try("checked((byte)(sbyte)-1)", () => checked((byte)(sbyte)I(-1)));
            Try("checked((sbyte)(byte)200)", () => checked((sbyte)(byte)I(200)));

            Console.WriteLine("-- checked double -> integer (truncate, then range check)");
            Try("checked((int)2147483647.5)", () => checked((int)D(2147483647.5)));
            Try("checked((int)2147483647.9)", () => checked((int)D(2147483647.9)));
            Try("checked((int)2147483648.0)", () => checked((int)D(2147483648.0)));
            Try("checked((int)-2147483648.9)", () => checked((int)D(-2147483648.9)));
            Try("checked((int)-2147483649.0)", () => checked((int)D(-2147483649.0)));
            Try("checked((int)-0.9)", () => checked((int)D(-0.9)));
            Try("checked((int)NaN)", () => checked((int)D(double.NaN)));
            Try("checked((int)+Inf)", () => checked((int)D(double.PositiveInfinity)));
            Try("checked((int)-Inf)", () => checked((int)D(double.NegativeInfinity)));
            Try("checked((int)1e300)", () => checked((int)D(1e300)));
            Try("checked((uint)-0.99)", () => checked((uint)D(-0.99)));
            Try("checked((uint)-1.0)", () => checked((uint)D(-1.0)));
            Try("checked((uint)4294967295.9)", () => checked((uint)D(4294967295.9)));
            Try("checked((uint)4294967296.0)", () => checked((uint)D(4294967296.0)));
            Try("checked((long)-2^63)", () => checked((long)D(-9223372036854775808.0)));
            Try("checked((long)2^63)", () => checked((long)D(9223372036854775808.0)));
            Try("checked((long)(2^63 - 1024))", () => checked((long)D(9223372036854774784.0)));
            Try("checked((ulong)2^63)", () => checked((ulong)D(9223372036854775808.0)));
            Try("checked((ulong)(2^64 - 2048))", () => checked((ulong)D(18446744073709549568.0)));
            Try("checked((ulong)2^64)", () => checked((ulong)D(18446744073709551616.0)));
            Try("checked((ulong)-0.5)", () => checked((ulong)D(-0.5)));
            Try("checked((ulong)-1.0)", () => checked((ulong)D(-1.0)));
            Try("checked((byte)255.9)", () => checked((byte)D(255.9)));
            Try("checked((byte)256.0)", () => checked((byte)D(256.0)));
            Try("checked((sbyte)-128.7)", () => checked((sbyte)D(-128.7)));
            Try("checked((sbyte)-129.0)", () => checked((sbyte)D(-129.0)));
            Try("checked((short)32767.99)", () => checked((short)D(32767.99)));
            Try("checked((char)65535.5)", () => (int)checked((char)D(65535.5)));
            Try("checked((char)65536.0)", () => (int)checked((char)D(65536.0)));
            Try("checked((int)(float)2147483520f)", () => checked((int)F(2147483520f)));
            Try("checked((int)(float)2147483648f)", () => checked((int)F(2147483648f)));
            Try("checked((int)(float)-2147483648f)", () => checked((int)F(-2147483648f)));
            Try("checked((long)float NaN)", () => checked((long)F(float.NaN)));
            Try("checked((ulong)float 1.5e19)", () => checked((ulong)F(1.5e19f)));

            Console.WriteLine("-- unchecked in-range double -> integer (truncation toward zero)");
            Console.WriteLine("(int)3.99 = " + (int)D(3.99));
            Console.WriteLine("(int)-3.99 = " + (int)D(-3.99));
            Console.WriteLine("(int)-0.5 = " + (int)D(-0.5));
            Console.WriteLine("(long)-123456789012.75 = " + (long)D(-123456789012.75));
            Console.WriteLine("(uint)4294967295.5 = " + (uint)D(4294967295.5));
            Console.WriteLine("(ulong)1e19 = " + (ulong)D(1e19));
            Console.WriteLine("(ulong)(2^64 - 2048) = " + (ulong)D(18446744073709549568.0));
            Console.WriteLine("(byte)255.75 = " + (byte)D(255.75));
            Console.WriteLine("(short)-32768.5 = " + (short)D(-32768.5));
            Console.WriteLine("(char)65.9 = " + (char)D(65.9));
            Console.WriteLine("(int)1.5f = " + (int)F(1.5f));
            Console.WriteLine("(long)16777217f = " + (long)F(16777217f));
        }
    }
}
