// Enum formatting: ToString() of defined and undefined values (numbers), negative values,
// [Flags] combinations ("A, B", composite members preferred greedily from the highest value,
// zero member name only for 0, leftover undefined bits -> the number), a flags enum without a
// zero member, non-flags enums with combined values (number), format strings "G", "D", "X"
// (hex padded to the underlying size) and "F" (flags-style even without [Flags]), and
// Enum.Format/GetName. Enums with two names for one value are deliberately absent (which name
// is printed is unspecified).
using System;

namespace Corpus
{
    enum Color { Red, Green, Blue }
    enum Signed : int { Neg = -5, Zero = 0, Pos = 5 }
    [Flags] enum Perm { None = 0, Read = 1, Write = 2, ReadWrite = 3, Exec = 4, Admin = 16 }
    [Flags] enum NoZero { A = 1, B = 2, C = 4 }
    [Flags] enum Big : long { Low = 1, High = 1L << 40, Top = long.MinValue }
    enum Plain { One = 1, Two = 2, Four = 4 }
    enum Bytes : byte { X = 0x0A, Y = 0xF0 }
    [Flags] enum UBits : ulong { Bit0 = 1, Bit63 = 0x8000000000000000 }
    enum Shorts : short { M = -1 }

    static class Program
    {
        static void Show<T>(T v)
        {
            IFormattable f = (IFormattable)v;
            Console.WriteLine(typeof(T).Name + " " + Convert.ToString(Convert.ToDecimal(v)) + ": " + v + " | G=" + f.ToString("G", null) + " | D=" + f.ToString("D", null) + " | X=" + f.ToString("X", null) + " | F=" + f.ToString("F", null));
        }

        static void Main()
        {
            Show(Color.Red);
            Show(Color.Blue);
            Show((Color)3);
            Show((Color)(-1));
            Show(Signed.Neg);
            Show((Signed)(-6));
            Show(Signed.Zero);
            Console.WriteLine("-- flags");
            Show(Perm.None);
            Show(Perm.Read);
            Show(Perm.Read | Perm.Write);
            Show(Perm.ReadWrite | Perm.Exec);
            Show(Perm.Write | Perm.Exec);
            Show(Perm.Read | Perm.Exec | Perm.Admin);
            Show((Perm)8);
            Show((Perm)9);
            Show((Perm)31);
            Show((Perm)32);
            Show((Perm)(-1));
            Console.WriteLine("-- flags without zero member");
            Show((NoZero)0);
            Show(NoZero.A | NoZero.C);
            Show((NoZero)7);
            Show((NoZero)8);
            Console.WriteLine("-- long flags");
            Show(Big.Low | Big.High);
            Show(Big.Top);
            Show(Big.Top | Big.Low);
            Show((Big)2);
            Show((UBits)0x8000000000000001);
            Console.WriteLine("-- non-flags with combined values");
            Show(Plain.One | Plain.Two);
            Show((Plain)7);
            Show((Plain)0);
            Console.WriteLine("-- small underlying types");
            Show(Bytes.X);
            Show(Bytes.Y);
            Show((Bytes)0xFF);
            Show(Shorts.M);
            Show((Shorts)(-2));

            Console.WriteLine("-- Enum.Format / GetName / GetNames");
            Console.WriteLine(Enum.Format(typeof(Perm), Perm.ReadWrite, "g") + " | " + Enum.Format(typeof(Perm), 6, "G") + " | " + Enum.Format(typeof(Perm), (Perm)5, "d") + " | " + Enum.Format(typeof(Bytes), Bytes.Y, "x"));
            Console.WriteLine("GetName(Color, 1) " + Enum.GetName(typeof(Color), 1) + ", GetName(Color, 5) null: " + (Enum.GetName(typeof(Color), 5) == null) + ", GetName(Perm, 3) " + Enum.GetName(typeof(Perm), 3));
            Console.WriteLine("GetNames(Signed) " + string.Join(",", Enum.GetNames(typeof(Signed))) + " (sorted by unsigned value)");
            Console.WriteLine("GetNames(Perm) " + string.Join(",", Enum.GetNames(typeof(Perm))));
            Console.WriteLine("GetNames(Shorts) " + string.Join(",", Enum.GetNames(typeof(Shorts))) + ", GetNames(Big) " + string.Join(",", Enum.GetNames(typeof(Big))));
            Console.WriteLine("string interpolation: " + $"{Perm.Read | Perm.Write} {Color.Green:D} {Bytes.X:X}");
            Console.WriteLine("string.Format: " + string.Format("{0} {0:d} {1:x}", Perm.Admin, Signed.Neg));
        }
    }
}
