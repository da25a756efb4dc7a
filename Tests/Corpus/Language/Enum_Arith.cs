// Enum arithmetic and conversions: enum + int, enum - enum (gives the underlying type),
// ++/--, bitwise | & ^ ~ on [Flags] enums, comparisons, casts to/from integers (including
// undefined values), every underlying type (byte, sbyte, short, ushort, int, uint, long, ulong)
// with wrap-around at the underlying type's bounds, default(E) being 0 even when 0 is not a
// member, Enum.IsDefined, GetUnderlyingType().Name, CompareTo/Equals, and enums as generic
// arguments and array elements.
using System;

namespace Corpus
{
    enum Day { Mon = 1, Tue, Wed, Thu, Fri, Sat, Sun }
    enum ByteEnum : byte { Zero, Max = 255 }
    enum SByteEnum : sbyte { Min = -128, Max = 127 }
    enum ShortEnum : short { A = -1, B = short.MaxValue }
    enum UShortEnum : ushort { Big = 65535 }
    enum UIntEnum : uint { Top = 0xFFFFFFFF }
    enum LongEnum : long { Huge = long.MaxValue, Tiny = long.MinValue }
    enum ULongEnum : ulong { Max = ulong.MaxValue }
    enum Implicit { A, B, C = 10, D, E = B + C, F = E * 2 }
    [Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, All = Read | Write | Exec }

    static class Program
    {
        static T Id<T>(T x) { return x; }
        static string U<T>() { return typeof(T).Name + "->" + Enum.GetUnderlyingType(typeof(T)).Name; }

        static void Main()
        {
            Console.WriteLine("-- arithmetic");
            Day d = Id(Day.Mon);
            Console.WriteLine("Mon + 2 = " + (d + 2) + ", Sun - Mon = " + (Day.Sun - d) + " (type " + (Day.Sun - d).GetType().Name + "), Sun - 3 = " + (Id(Day.Sun) - 3));
            d++;
            Console.WriteLine("Mon++ = " + d);
            d += 5;
            Console.WriteLine("+= 5 -> " + d);
            d++;
            Console.WriteLine("Sun++ -> " + d + " (" + (int)d + ")");
            d = Day.Mon; d--;
            Console.WriteLine("Mon-- -> " + d + " (" + (int)d + ")");
            Console.WriteLine("Tue < Wed " + (Day.Tue < Id(Day.Wed)) + ", Sun > Mon " + (Id(Day.Sun) > Day.Mon) + ", (Day)9 > Sun " + ((Day)9 > Id(Day.Sun)));
            Console.WriteLine("implicit values: " + (int)Implicit.A + " " + (int)Implicit.B + " " + (int)Implicit.C + " " + (int)Implicit.D + " " + (int)Implicit.E + " " + (int)Implicit.F);

            Console.WriteLine("-- flags");
            Perm p = Id(Perm.Read) | Perm.Write;
            Console.WriteLine("Read|Write = " + (int)p + ", & Write = " + (p & Perm.Write) + ", & Exec = " + (p & Perm.Exec) + ", ^ Read = " + (p ^ Perm.Read) + ", ~p & All = " + (~p & Perm.All) + ", ~None = " + (int)~Id(Perm.None));
            p |= Perm.Exec;
            Console.WriteLine("|= Exec -> " + p + ", == All " + (p == Perm.All));
            p &= ~Perm.Write;
            Console.WriteLine("&= ~Write -> " + p + " (" + (int)p + ")");
            Console.WriteLine("HasFlag(Read) " + p.HasFlag(Perm.Read) + ", HasFlag(Write) " + p.HasFlag(Perm.Write) + ", HasFlag(None) " + p.HasFlag(Perm.None) + ", HasFlag(Read|Exec) " + p.HasFlag(Perm.Read | Perm.Exec) + ", HasFlag(All) " + p.HasFlag(Perm.All));
            Console.WriteLine("(p & Read) != 0: " + ((p & Perm.Read) != 0) + ", (p & Write) == Write: " + ((p & Perm.Write) == Perm.Write));

            Console.WriteLine("-- underlying types and wrap");
            ByteEnum be = Id(ByteEnum.Max);
            be++;
            Console.WriteLine("ByteEnum.Max++ = " + (int)be + ", ~Zero = " + (int)~Id(ByteEnum.Zero));
            SByteEnum se = Id(SByteEnum.Max);
            se++;
            Console.WriteLine("SByteEnum.Max++ = " + (int)se + " == Min " + (se == SByteEnum.Min));
            ShortEnum she = Id(ShortEnum.B); she++;
            Console.WriteLine("ShortEnum.B++ = " + (short)she);
            UShortEnum ue = Id(UShortEnum.Big); ue++;
            Console.WriteLine("UShortEnum.Big++ = " + (ushort)ue);
            UIntEnum uie = Id(UIntEnum.Top); uie++;
            Console.WriteLine("UIntEnum.Top++ = " + (uint)uie + ", Top > (UIntEnum)1 unsigned: " + (UIntEnum.Top > Id((UIntEnum)1)));
            LongEnum le = Id(LongEnum.Huge); le++;
            Console.WriteLine("LongEnum.Huge++ == Tiny: " + (le == LongEnum.Tiny) + ", value " + (long)le);
            ULongEnum ule = Id(ULongEnum.Max);
            Console.WriteLine("ULongEnum.Max = " + (ulong)ule + ", > (ULongEnum)1: " + (ule > (ULongEnum)1) + ", ++ -> " + (ulong)(++ule));
            Console.WriteLine("checked(ByteEnum.Max + 1) -> " + TryChecked());
            Console.WriteLine(U<ByteEnum>() + " " + U<SByteEnum>() + " " + U<ShortEnum>() + " " + U<UShortEnum>() + " " + U<Day>() + " " + U<UIntEnum>() + " " + U<LongEnum>() + " " + U<ULongEnum>());

            Console.WriteLine("-- conversions and undefined values");
            Day undefined = (Day)Id(42);
            Console.WriteLine("(Day)42 = " + undefined + ", IsDefined " + Enum.IsDefined(typeof(Day), undefined) + ", (int) " + (int)undefined);
            Console.WriteLine("(Day)(-1) = " + (Day)Id(-1));
            Console.WriteLine("default(Day) = " + default(Day) + " (" + (int)default(Day) + "), IsDefined " + Enum.IsDefined(typeof(Day), default(Day)) + ", new Day() == 0: " + (new Day() == 0));
            Console.WriteLine("(ByteEnum)300 unchecked = " + (int)unchecked((ByteEnum)Id(300)));
            Console.WriteLine("(Day)(ByteEnum)255 = " + (Day)(Id(ByteEnum.Max)) + ", (long)Day.Sun = " + (long)Day.Sun + ", (double)Day.Wed = " + (double)Day.Wed);
            Console.WriteLine("IsDefined by name: " + Enum.IsDefined(typeof(Day), "Wed") + " " + Enum.IsDefined(typeof(Day), "wed") + ", by int " + Enum.IsDefined(typeof(Day), 7) + " " + Enum.IsDefined(typeof(Day), 8));

            Console.WriteLine("-- CompareTo / Equals / arrays / generics");
            Console.WriteLine("Tue.CompareTo(Fri) " + Day.Tue.CompareTo(Day.Fri) + ", Equals(Tue) " + Day.Tue.Equals(Day.Tue) + ", Equals(2) " + Day.Tue.Equals(2) + ", Equals((object)Day.Tue) " + Day.Tue.Equals((object)Day.Tue));
            Console.WriteLine("UIntEnum.Top.CompareTo((UIntEnum)1) " + UIntEnum.Top.CompareTo((UIntEnum)1) + " (unsigned), LongEnum.Tiny.CompareTo(Huge) " + LongEnum.Tiny.CompareTo(LongEnum.Huge));
            Day[] week = (Day[])Enum.GetValues(typeof(Day));
            Array.Reverse(week);
            Array.Sort(week);
            Console.WriteLine("sorted week " + string.Join(",", week) + ", length " + week.Length);
            int sum = 0;
            foreach (Day x in week) sum += (int)x;
            Console.WriteLine("sum " + sum + ", max via generic " + Max(week));
        }

        static string TryChecked()
        {
            try { return ((int)checked(Id(ByteEnum.Max) + 1)).ToString(); }
            catch (OverflowException) { return "OverflowException"; }
        }

        static T Max<T>(T[] items) where T : IComparable
        {
            T m = items[0];
            foreach (T t in items) if (t.CompareTo(m) > 0) m = t;
            return m;
        }
    }
}
