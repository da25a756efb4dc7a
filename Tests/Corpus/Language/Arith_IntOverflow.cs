// Unchecked integer arithmetic: two's-complement wrap-around for every integer width,
// promotion of small types to int, narrowing on assignment, increments, negation.
// Inputs come from static fields so mcs cannot constant-fold them.
using System;

namespace Corpus
{
    static class Program
    {
        static int IMax = int.MaxValue, IMin = int.MinValue, One = 1, MinusOne = -1;
        static long LMax = long.MaxValue, LMin = long.MinValue;
        static uint UMax = uint.MaxValue, UZero = 0;
        static ulong ULMax = ulong.MaxValue, ULZero = 0;
        static byte B255 = 255, B200 = 200;
        static sbyte SB127 = 127, SBm128 = -128;
        static short S32767 = 32767, Sm32768 = -32768;
        static ushort US65535 = 65535;

        static void P(string label, object v) { Console.WriteLine(label + " = " + v); }

        static int Twice(int x) { return x + x; }

        static void Main()
        {
            // int
            P("int.MaxValue + 1", IMax + One);
            P("int.MinValue - 1", IMin - One);
            P("int.MinValue * -1", IMin * MinusOne);
            P("-int.MinValue", -IMin);
            P("int.MaxValue * 2", IMax * 2);
            P("int.MaxValue * int.MaxValue", IMax * IMax);
            P("int.MinValue * int.MinValue", IMin * IMin);
            P("65536 * 65536", (One << 16) * (One << 16));
            P("46341 * 46341", (46340 + One) * (46340 + One));
            P("Twice(int.MaxValue)", Twice(IMax));
            P("~int.MaxValue", ~IMax);
            P("int.MaxValue + int.MaxValue + 2", IMax + IMax + 2);

            // long
            P("long.MaxValue + 1", LMax + One);
            P("long.MinValue - 1", LMin - One);
            P("-long.MinValue", -LMin);
            P("long.MaxValue * 3", LMax * 3);
            P("long.MinValue * -1", LMin * MinusOne);
            P("0x100000000L * 0x100000000L", (LMax / LMax << 32) * (LMax / LMax << 32));
            P("(long)int.MaxValue * 2", (long)IMax * 2);
            P("int.MaxValue * 2 widened after", (long)(IMax * 2));

            // uint / ulong
            P("uint.MaxValue + 1", UMax + (uint)One);
            P("0u - 1u", UZero - 1u);
            P("uint.MaxValue * uint.MaxValue", UMax * UMax);
            P("ulong.MaxValue + 1", ULMax + 1UL);
            P("0ul - 1ul", ULZero - 1UL);
            P("ulong.MaxValue * ulong.MaxValue", ULMax * ULMax);
            P("ulong.MaxValue * 2", ULMax * 2UL);
            P("-(long)uint.MaxValue", -(long)UMax);
            P("-uint (promotes to long)", -UMax);

            // small types: arithmetic is done in int, the result is an int
            P("byte 255 + 1 (int result)", B255 + 1);
            P("(byte)(255 + 1)", unchecked((byte)(B255 + 1)));
            P("byte 200 * 200 (int result)", B200 * B200);
            P("(byte)(200 * 200)", unchecked((byte)(B200 * B200)));
            P("sbyte 127 + 1 (int)", SB127 + 1);
            P("(sbyte)(127 + 1)", unchecked((sbyte)(SB127 + 1)));
            P("-(sbyte)-128 (int)", -SBm128);
            P("(sbyte)-(-128)", unchecked((sbyte)(-SBm128)));
            P("short 32767 + 1 (int)", S32767 + 1);
            P("(short)(32767 + 1)", unchecked((short)(S32767 + 1)));
            P("(short)(-32768 - 1)", unchecked((short)(Sm32768 - 1)));
            P("ushort 65535 + 1 (int)", US65535 + 1);
            P("(ushort)(65535 + 1)", unchecked((ushort)(US65535 + 1)));
            P("byte * byte type", (B200 * B200).GetType().Name);
            P("ushort + ushort type", (US65535 + US65535).GetType().Name);
            P("uint + int type", (UMax + One).GetType().Name);
            P("uint + uint type", (UMax + UMax).GetType().Name);

            // compound assignment on small types narrows implicitly (unchecked)
            byte b = B255; b += 1; P("byte b=255; b += 1", b);
            b = 0; b -= 1; P("byte b=0; b -= 1", b);
            b = B200; b *= 2; P("byte b=200; b *= 2", b);
            sbyte sb = SB127; sb++; P("sbyte 127 ++", sb);
            sb = SBm128; sb--; P("sbyte -128 --", sb);
            short s = S32767; s += 2; P("short 32767 += 2", s);
            ushort us = 0; us--; P("ushort 0 --", us);
            char c = char.MaxValue; c++; P("char MaxValue ++", (int)c);
            c = 'A'; c += (char)0xFFFF; P("'A' += 0xFFFF", (int)c);

            // increments: prefix/postfix values and wrap
            int i = IMax;
            int post = i++;
            P("post of int.MaxValue++", post);
            P("after", i);
            int pre = ++i;
            P("pre ++ (from MinValue)", pre);
            long l = LMax; l++; P("long.MaxValue++", l);
            uint u = 0; u--; P("uint 0--", u);
            ulong ul = ULMax; ++ul; P("++ulong.MaxValue", ul);

            // accumulating wrap: hash-style mixing is fully deterministic
            int h = 17;
            for (int k = 0; k < 100; k++) h = h * 31 + k;
            P("h*31+k x100 (int)", h);
            uint uh = 2166136261;
            for (int k = 0; k < 50; k++) { uh ^= (uint)k; uh *= 16777619; }
            P("FNV-1a-ish (uint)", uh);
            long lh = 1;
            for (int k = 1; k <= 30; k++) lh *= k;
            P("30! wrapped (long)", lh);
            ulong ulh = 1;
            for (ulong k = 1; k <= 30; k++) ulh *= k;
            P("30! wrapped (ulong)", ulh);

            // Math.Abs(int.MinValue) throws (library-raised OverflowException)
            try { P("Math.Abs(int.MinValue)", Math.Abs(IMin)); }
            catch (OverflowException e) { P("Math.Abs(int.MinValue) threw", e.GetType().FullName); }
            try { P("Math.Abs(long.MinValue)", Math.Abs(LMin)); }
            catch (OverflowException e) { P("Math.Abs(long.MinValue) threw", e.GetType().FullName); }
            P("Math.Abs(int.MinValue + 1)", Math.Abs(IMin + 1));

            // unchecked block explicitly
            unchecked
            {
                int x = IMax;
                x += IMax;
                P("unchecked x = MaxValue + MaxValue", x);
                P("unchecked (int)0xFFFFFFFF", (int)0xFFFFFFFF);
                P("unchecked (int)2147483648L", (int)(LMax / LMax * 2147483648L));
            }
        }
    }
}
