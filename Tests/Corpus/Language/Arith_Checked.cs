// checked/unchecked arithmetic: add.ovf, sub.ovf, mul.ovf (signed and .un), checked negation,
// checked increments and compound assignments on small types, scoping of checked contexts
// (lexical: a checked block does not affect called methods), unchecked inside checked.
using System;

namespace Corpus
{
    static class Program
    {
        static int IMax = int.MaxValue, IMin = int.MinValue, One = 1, Zero = 0;
        static long LMax = long.MaxValue, LMin = long.MinValue;
        static uint UMax = uint.MaxValue, U0 = 0, U1 = 1;
        static ulong ULMax = ulong.MaxValue, UL0 = 0;
        static byte B255 = 255;
        static sbyte SBm128 = -128;
        static short S32767 = 32767;
        static char CMax = char.MaxValue;

        static int steps;

        static void Try(string label, Func<object> f)
        {
            steps++;
            try
            {
                object r = f();
                Console.WriteLine(label + " = " + r);
            }
            catch (OverflowException e)
            {
                Console.WriteLine(label + " -> " + e.GetType().FullName);
            }
        }

        // Not checked: the checked context of the caller is lexical and does not flow in here.
        static int AddUnchecked(int a, int b) { return a + b; }
        static int AddChecked(int a, int b) { return checked(a + b); }

        static void Main()
        {
            Try("checked(int.MaxValue + 1)", () => checked(IMax + One));
            Try("checked(int.MinValue - 1)", () => checked(IMin - One));
            Try("checked(int.MinValue * -1)", () => checked(IMin * -One));
            Try("checked(-int.MinValue)", () => checked(-IMin));
            Try("checked(int.MaxValue * 2)", () => checked(IMax * 2));
            Try("checked(46340 * 46340)", () => checked((46339 + One) * (46339 + One)));
            Try("checked(46341 * 46341)", () => checked((46340 + One) * (46340 + One)));
            Try("checked(-46341 * 46341)", () => checked(-(46340 + One) * (46340 + One)));
            Try("checked(int.MinValue + int.MaxValue)", () => checked(IMin + IMax));
            Try("checked(int.MaxValue - int.MaxValue)", () => checked(IMax - IMax));
            Try("checked(0 - int.MinValue)", () => checked(Zero - IMin));
            Try("checked(-1 - int.MaxValue)", () => checked(-One - IMax));
            Try("checked(-2 - int.MaxValue)", () => checked(-One - One - IMax));

            Try("checked(long.MaxValue + 1)", () => checked(LMax + One));
            Try("checked(long.MinValue - 1)", () => checked(LMin - One));
            Try("checked(-long.MinValue)", () => checked(-LMin));
            Try("checked(long.MinValue * -1)", () => checked(LMin * -One));
            Try("checked(3037000499L * 3037000499L)", () => checked((3037000498L + One) * (3037000498L + One)));
            Try("checked(3037000500L * 3037000500L)", () => checked((3037000499L + One) * (3037000499L + One)));
            Try("checked(long.MinValue / 2 * 2)", () => checked(LMin / 2 * 2));
            Try("checked(long.MinValue / 2 * -2)", () => checked(LMin / 2 * -2));
            Try("checked(0x7FFFFFFFFFFFFFFF * 1)", () => checked(LMax * One));

            Try("checked(uint.MaxValue + 1u)", () => checked(UMax + U1));
            Try("checked(0u - 1u)", () => checked(U0 - U1));
            Try("checked(1u - 1u)", () => checked(U1 - U1));
            Try("checked(65536u * 65536u)", () => checked((U1 << 16) * (U1 << 16)));
            Try("checked(65535u * 65537u)", () => checked((U1 * 65535) * (U1 * 65537)));
            Try("checked(uint.MaxValue * 1u)", () => checked(UMax * U1));
            Try("checked(ulong.MaxValue + 1)", () => checked(ULMax + 1UL));
            Try("checked(0ul - 1)", () => checked(UL0 - 1UL));
            Try("checked(ulong.MaxValue * 2)", () => checked(ULMax * 2UL));
            Try("checked(4294967296ul * 4294967295ul)", () => checked(((ulong)UMax + 1) * (ulong)UMax));
            Try("checked(4294967296ul * 4294967296ul)", () => checked(((ulong)UMax + 1) * ((ulong)UMax + 1)));
            Try("checked(uint + int) is long, no overflow", () => checked(UMax + IMax));
            Try("checked(-uint.MaxValue) is long", () => checked(-UMax));

            // increments / decrements in checked context
            Try("checked(i++) at MaxValue", () => { int i = IMax; checked { i++; } return i; });
            Try("checked(--i) at MinValue", () => { int i = IMin; checked { --i; } return i; });
            Try("checked(b++) byte 255", () => { byte b = B255; checked { b++; } return b; });
            Try("checked(b += 1) byte 255", () => { byte b = B255; checked { b += 1; } return b; });
            Try("checked(b -= 1) byte 255", () => { byte b = B255; checked { b -= 1; } return b; });
            Try("checked(sb--) sbyte -128", () => { sbyte sb = SBm128; checked { sb--; } return sb; });
            Try("checked(s += 1) short 32767", () => { short s = S32767; checked { s += 1; } return s; });
            Try("checked(c++) char MaxValue", () => { char c = CMax; checked { c++; } return (int)c; });
            Try("checked(u--) uint 0", () => { uint u = U0; checked { u--; } return u; });
            Try("checked(l *= 2) long MaxValue", () => { long l = LMax; checked { l *= 2; } return l; });

            // lexical scoping
            Try("checked { AddUnchecked(MaxValue, 1) }", () => { checked { return AddUnchecked(IMax, One); } });
            Try("unchecked { AddChecked(MaxValue, 1) }", () => { unchecked { return AddChecked(IMax, One); } });
            Try("checked { unchecked(MaxValue + 1) }", () => { checked { return unchecked(IMax + One); } });
            Try("unchecked { checked(MaxValue + 1) }", () => { unchecked { return checked(IMax + One); } });
            // mcs quirk: a lambda written inside a checked block is compiled *unchecked* (Roslyn
            // would compile it checked). The expected output follows the IL mcs emits (add, not add.ovf).
            Try("checked { lambda inside body (mcs: unchecked) }", () =>
            {
                checked
                {
                    Func<int> inner = () => IMax + One;
                    return inner();
                }
            });

            // the side effects before the overflow happen; the assignment after does not
            int target = 5;
            try
            {
                checked { target = IMax + One; }
            }
            catch (OverflowException) { Console.WriteLine("target after failed checked assignment = " + target); }

            // a loop that overflows at a precise iteration
            int acc = 1, n = 0;
            try
            {
                checked
                {
                    while (true) { acc *= 3; n++; }
                }
            }
            catch (OverflowException) { Console.WriteLine("3^n overflowed at n = " + (n + 1) + ", last acc = " + acc); }

            long lacc = 1; n = 0;
            try { checked { while (true) { lacc *= 7; n++; } } }
            catch (OverflowException) { Console.WriteLine("7^n (long) overflowed at n = " + (n + 1) + ", last = " + lacc); }

            ulong uacc = 1; n = 0;
            try { checked { while (true) { uacc += uacc + 1; n++; } } }
            catch (OverflowException) { Console.WriteLine("2^n-1 (ulong) overflowed at step " + (n + 1) + ", last = " + uacc); }

            Console.WriteLine("steps = " + steps);
        }
    }
}
