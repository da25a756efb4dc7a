// Shifts (count masked to 5 bits for 32-bit operands, 6 bits for 64-bit; arithmetic vs logical
// right shift; small types promoted to int), bitwise operators, and unsigned comparisons and
// long/ulong/uint/int mixing (which operand types are promoted, cgt.un/clt.un branches).
using System;

namespace Corpus
{
    static class Program
    {
        static int I(int x) { return x; }
        static long L(long x) { return x; }
        static uint U(uint x) { return x; }
        static ulong UL(ulong x) { return x; }

        static string Hex(int x) { return x.ToString("X8"); }
        static string Hex(long x) { return x.ToString("X16"); }
        static string Hex(uint x) { return x.ToString("X8"); }
        static string Hex(ulong x) { return x.ToString("X16"); }

        static uint RotL(uint x, int n) { return (x << n) | (x >> (32 - n)); }
        static ulong RotR(ulong x, int n) { return (x >> n) | (x << (64 - n)); }

        static void Main()
        {
            Console.WriteLine("-- int shifts: count & 31");
            int[] counts = { 0, 1, 31, 32, 33, 63, 64, -1, -31, -32, 100 };
            foreach (int n in counts)
                Console.WriteLine("n=" + n + ": 1<<n=" + Hex(I(1) << n) + " -8>>n=" + Hex(I(-8) >> n) + " 0x80000000>>n=" + Hex(I(int.MinValue) >> n) + " (uint)0x80000000>>n=" + Hex(U(0x80000000) >> n));
            Console.WriteLine("-- long shifts: count & 63");
            foreach (int n in counts)
                Console.WriteLine("n=" + n + ": 1L<<n=" + Hex(L(1) << n) + " -8L>>n=" + Hex(L(-8) >> n) + " ulong hi>>n=" + Hex(UL(0x8000000000000000) >> n));
            Console.WriteLine("-- small types promote to int before shifting");
            byte b = 0xF0; sbyte sb = -16; short s = -2; ushort us = 0xFFFF; char c = '\uFFFF';
            Console.WriteLine("byte 0xF0 << 4 = " + Hex(b << I(4)));
            Console.WriteLine("byte 0xF0 << 28 = " + Hex(b << I(28)));
            Console.WriteLine("(byte)(0xF0 << 4) = " + unchecked((byte)(b << I(4))));
            Console.WriteLine("sbyte -16 >> 2 = " + (sb >> I(2)));
            Console.WriteLine("sbyte -16 >> 40 (count & 31 = 8) = " + (sb >> I(40)));
            Console.WriteLine("short -2 << 16 = " + Hex(s << I(16)));
            Console.WriteLine("ushort 0xFFFF << 16 = " + Hex(us << I(16)));
            Console.WriteLine("char 0xFFFF >> 4 = " + Hex(c >> I(4)));
            byte bb = 0x81; bb <<= 1; Console.WriteLine("byte 0x81 <<= 1 -> " + bb);
            bb = 0x81; bb >>= 1; Console.WriteLine("byte 0x81 >>= 1 -> " + bb);
            sb = -1; sb >>= 3; Console.WriteLine("sbyte -1 >>= 3 -> " + sb);
            sb = -128; sb <<= 1; Console.WriteLine("sbyte -128 <<= 1 -> " + sb);
            ushort us2 = 0x8001; us2 <<= 1; Console.WriteLine("ushort 0x8001 <<= 1 -> " + us2);
            int shiftMe = 1; shiftMe <<= I(35); Console.WriteLine("int 1 <<= 35 -> " + shiftMe);
            long lShift = 1; lShift <<= I(35); Console.WriteLine("long 1 <<= 35 -> " + lShift);
            Console.WriteLine("int << long count? count cast: 1 << (int)33L = " + (I(1) << (int)L(33)));

            Console.WriteLine("-- bitwise");
            Console.WriteLine("~0 = " + ~I(0) + ", ~0u = " + ~U(0) + ", ~0L = " + ~L(0) + ", ~0ul = " + ~UL(0));
            Console.WriteLine("~(byte)0 = " + ~(byte)I(0) + " (int)");
            Console.WriteLine("0x0F0F & 0x00FF = " + Hex(I(0x0F0F) & 0x00FF));
            Console.WriteLine("0x0F0F | 0xF000 = " + Hex(I(0x0F0F) | 0xF000));
            Console.WriteLine("0x0F0F ^ 0xFFFF = " + Hex(I(0x0F0F) ^ 0xFFFF));
            Console.WriteLine("-1 & 0xFFFFFFFFL (sign-extended int & long) = " + Hex(I(-1) & 0xFFFFFFFFL));
            Console.WriteLine("(uint)-1 | 0L = " + Hex(unchecked((uint)I(-1)) | 0L));
            Console.WriteLine("int -1 | (long)0 = " + Hex(I(-1) | L(0)));
            Console.WriteLine("RotL(0x80000001, 1) = " + Hex(RotL(U(0x80000001), 1)));
            Console.WriteLine("RotL(0x12345678, 8) = " + Hex(RotL(U(0x12345678), 8)));
            Console.WriteLine("RotR(0x0123456789ABCDEF, 4) = " + Hex(RotR(UL(0x0123456789ABCDEF), 4)));
            int pop = 0; uint v = U(0xDEADBEEF); while (v != 0) { pop += (int)(v & 1); v >>= 1; }
            Console.WriteLine("popcount(0xDEADBEEF) = " + pop);
            bool t = true, f = false;
            Console.WriteLine("bool & | ^: " + (t & f) + " " + (t | f) + " " + (t ^ f) + " " + (t ^ t) + " " + (!t));

            Console.WriteLine("-- unsigned comparisons");
            uint big = U(0x80000000), small = U(1);
            Console.WriteLine("0x80000000u > 1u: " + (big > small));
            Console.WriteLine("0x80000000u < 1u: " + (big < small));
            Console.WriteLine("(int)0x80000000 > 1: " + (unchecked((int)big) > (int)small));
            Console.WriteLine("uint.MaxValue >= 0u: " + (U(uint.MaxValue) >= U(0)));
            Console.WriteLine("uint.MaxValue <= 0u: " + (U(uint.MaxValue) <= U(0)));
            ulong ubig = UL(0x8000000000000000);
            Console.WriteLine("2^63 > 1ul: " + (ubig > UL(1)) + ", as long > 1: " + (unchecked((long)ubig) > 1));
            Console.WriteLine("ulong.MaxValue > long.MaxValue (as ulong): " + (UL(ulong.MaxValue) > (ulong)L(long.MaxValue)));
            Console.WriteLine("-- mixing: uint with int promotes both to long");
            int neg = I(-1);
            Console.WriteLine("uint.MaxValue > -1 (long compare): " + (U(uint.MaxValue) > neg));
            Console.WriteLine("uint.MaxValue == -1: " + (U(uint.MaxValue) == neg));
            Console.WriteLine("(uint)-1 == uint.MaxValue: " + (unchecked((uint)neg) == U(uint.MaxValue)));
            Console.WriteLine("0u > -5: " + (U(0) > I(-5)));
            Console.WriteLine("uint + int: " + (U(1) + I(-2)));
            Console.WriteLine("uint - uint wraps: " + (U(1) - U(2)));
            Console.WriteLine("uint * int: " + (U(3000000000) * I(-1)));
            Console.WriteLine("long + uint: " + (L(-5) + U(4000000000)));
            Console.WriteLine("ulong + (ulong)uint: " + (UL(ulong.MaxValue - 5) + U(3)));
            Console.WriteLine("(long)ulong.MaxValue vs -1L: " + (unchecked((long)UL(ulong.MaxValue)) == L(-1)));
            Console.WriteLine("(ulong)long -1 > (ulong)long 1: " + (unchecked((ulong)L(-1)) > unchecked((ulong)L(1))));
            Console.WriteLine("ulong compare with uint operand: " + (UL(5) > U(4)) + " " + (UL(4294967296) > U(uint.MaxValue)));
            Console.WriteLine("byte vs sbyte: " + ((byte)I(200) > (sbyte)I(-1)) + " (both become int)");
            Console.WriteLine("char vs int: " + ('\uFFFF' > I(-1)) + " " + ('a' == I(97)));
            Console.WriteLine("-- branch forms (blt.un / bge.un / bgt.un / ble.un)");
            uint[] us3 = { 0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF };
            foreach (uint a in us3)
            {
                string r = "";
                foreach (uint bb2 in us3)
                {
                    if (a < bb2) r += "<"; else if (a > bb2) r += ">"; else r += "=";
                }
                Console.WriteLine(Hex(a) + ": " + r);
            }
            ulong[] uls = { 0, 1, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000, 0xFFFFFFFFFFFFFFFF };
            foreach (ulong a in uls)
            {
                string r = "";
                foreach (ulong bb2 in uls)
                {
                    if (a <= bb2) r += (a == bb2 ? "=" : "<"); else r += ">";
                }
                Console.WriteLine(Hex(a) + ": " + r);
            }
            int loops = 0;
            for (uint k = U(5); k < 10; k--) loops++;
            Console.WriteLine("for (uint k = 5; k < 10; k--) iterations: " + loops);
            loops = 0;
            for (byte k = 250; k != 4; k++) loops++;
            Console.WriteLine("for (byte k = 250; k != 4; k++) iterations: " + loops);
        }
    }
}
