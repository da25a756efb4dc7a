// Integer division and remainder: truncation toward zero, sign of the remainder, div/rem by
// zero (DivideByZeroException for every integer width), int.MinValue / -1 and
// int.MinValue % -1 (both throw OverflowException on .NET x64 and on Mono; ECMA-335 allows
// ArithmeticException for both), unsigned division of values with the high bit set,
// and the difference between x / 2 and x >> 1 for negative x.
using System;

namespace Corpus
{
    static class Program
    {
        static int I(int x) { return x; }
        static long L(long x) { return x; }
        static uint U(uint x) { return x; }
        static ulong UL(ulong x) { return x; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (ArithmeticException e) { Console.WriteLine(label + " -> " + e.GetType().FullName); }
        }

        static void Main()
        {
            int[] xs = { 7, -7, 0, 1, -1, 13, -13, int.MaxValue, int.MinValue };
            int[] ys = { 2, -2, 3, -3, 7, int.MaxValue, int.MinValue };
            foreach (int x in xs)
                foreach (int y in ys)
                    Console.WriteLine(x + " / " + y + " = " + (I(x) / I(y)) + ", " + x + " % " + y + " = " + (I(x) % I(y)));

            Console.WriteLine("-- long");
            long[] lxs = { 7, -7, long.MaxValue, long.MinValue, 1000000000000007, -1000000000000007 };
            long[] lys = { 2, -2, 10, -1000000, long.MaxValue };
            foreach (long x in lxs)
                foreach (long y in lys)
                    Console.WriteLine(x + " / " + y + " = " + (L(x) / L(y)) + ", % = " + (L(x) % L(y)));

            Console.WriteLine("-- unsigned");
            Console.WriteLine("uint.MaxValue / 2 = " + U(uint.MaxValue) / U(2));
            Console.WriteLine("uint.MaxValue % 10 = " + U(uint.MaxValue) % U(10));
            Console.WriteLine("0x80000000u / 3 = " + U(0x80000000) / U(3));
            Console.WriteLine("0x80000000u % 3 = " + U(0x80000000) % U(3));
            Console.WriteLine("5u / uint.MaxValue = " + U(5) / U(uint.MaxValue));
            Console.WriteLine("uint.MaxValue / uint.MaxValue = " + U(uint.MaxValue) / U(uint.MaxValue));
            Console.WriteLine("(uint)-7 / 2 = " + unchecked((uint)I(-7)) / U(2));
            Console.WriteLine("ulong.MaxValue / 3 = " + UL(ulong.MaxValue) / UL(3));
            Console.WriteLine("ulong.MaxValue % 1000 = " + UL(ulong.MaxValue) % UL(1000));
            Console.WriteLine("2^63 / 7 = " + UL(9223372036854775808) / UL(7));
            Console.WriteLine("2^63 % 7 = " + UL(9223372036854775808) % UL(7));
            Console.WriteLine("ulong.MaxValue / (2^63) = " + UL(ulong.MaxValue) / UL(9223372036854775808));
            Console.WriteLine("ulong.MaxValue % (2^63) = " + UL(ulong.MaxValue) % UL(9223372036854775808));

            Console.WriteLine("-- small types (promoted to int)");
            byte b = 250; sbyte sb = -128; short s = -32768; ushort us = 65535; char c = 'z';
            Console.WriteLine("byte 250 / 7 = " + b / I(7) + ", % = " + b % I(7));
            Console.WriteLine("sbyte -128 / -1 = " + sb / I(-1));
            Console.WriteLine("short -32768 / -1 = " + s / I(-1));
            Console.WriteLine("ushort 65535 / 256 = " + us / I(256) + ", % = " + us % I(256));
            Console.WriteLine("'z' / 10 = " + c / I(10));

            Console.WriteLine("-- x / 2 vs x >> 1, x % 2 for negatives");
            for (int x = -5; x <= 5; x++)
                Console.WriteLine(x + ": /2=" + I(x) / 2 + " >>1=" + (I(x) >> 1) + " %2=" + I(x) % 2 + " &1=" + (I(x) & 1) + " /-4=" + I(x) / -4 + " %-4=" + I(x) % -4);

            Console.WriteLine("-- division by zero");
            Try("1 / 0", () => I(1) / I(0));
            Try("0 / 0", () => I(0) / I(0));
            Try("1 % 0", () => I(1) % I(0));
            Try("-1 % 0", () => I(-1) % I(0));
            Try("1L / 0", () => L(1) / L(0));
            Try("1L % 0", () => L(1) % L(0));
            Try("1u / 0", () => U(1) / U(0));
            Try("1u % 0", () => U(1) % U(0));
            Try("1ul / 0", () => UL(1) / UL(0));
            Try("1ul % 0", () => UL(1) % UL(0));
            Try("(byte)1 / (byte)0", () => (byte)I(1) / (byte)I(0));
            Try("checked(1 / 0)", () => checked(I(1) / I(0)));
            Try("unchecked(1 / 0)", () => unchecked(I(1) / I(0)));
            int zero = 0;
            int q = 10;
            try { q /= zero; } catch (DivideByZeroException) { Console.WriteLine("q /= 0 threw, q still " + q); }
            try { q %= zero; } catch (DivideByZeroException) { Console.WriteLine("q %= 0 threw, q still " + q); }

            Console.WriteLine("-- MinValue / -1");
            Try("int.MinValue / -1", () => I(int.MinValue) / I(-1));
            Try("int.MinValue % -1", () => I(int.MinValue) % I(-1));
            Try("long.MinValue / -1", () => L(long.MinValue) / L(-1));
            Try("long.MinValue % -1", () => L(long.MinValue) % L(-1));
            Try("unchecked(int.MinValue / -1)", () => unchecked(I(int.MinValue) / I(-1)));
            Try("int.MinValue / 1", () => I(int.MinValue) / I(1));
            Try("int.MinValue % 1", () => I(int.MinValue) % I(1));
            Try("(int.MinValue + 1) / -1", () => I(int.MinValue + 1) / I(-1));
            Try("int.MinValue / -2", () => I(int.MinValue) / I(-2));
            Try("int.MinValue % int.MinValue", () => I(int.MinValue) % I(int.MinValue));
            Try("(long)int.MinValue / -1 (long division)", () => (long)I(int.MinValue) / I(-1));
            Try("(uint)int.MinValue / unchecked((uint)-1)", () => unchecked((uint)I(int.MinValue) / (uint)I(-1)));
            Try("(sbyte)-128 / (sbyte)-1 (int division)", () => (sbyte)I(-128) / (sbyte)I(-1));
            Try("Math.DivRem(-7, 2)", () => { int r; int qq = Math.DivRem(I(-7), 2, out r); return qq + " r " + r; });

            Console.WriteLine("-- identity a == (a / b) * b + a % b");
            int bad = 0, checkedCount = 0;
            for (int a = -50; a <= 50; a += 7)
                for (int d = -9; d <= 9; d++)
                {
                    if (d == 0) continue;
                    checkedCount++;
                    if (I(a) / d * d + I(a) % d != a) bad++;
                }
            Console.WriteLine("checked " + checkedCount + " pairs, bad " + bad);
        }
    }
}
