// Boxing and unboxing: a box is a copy; reference identity of boxes; unbox rules (the exact
// type, or enum/primitive types with the same CorElementType: enum <-> its underlying type
// and enum <-> another enum over the same type; int -> long/short/double, int <-> uint and
// char <-> ushort throw InvalidCastException); unboxing null (NullReferenceException) vs
// unboxing to Nullable; boxed ToString/Equals/GetType; boxing in string concatenation,
// object[] and params; is/as on boxed values.
using System;

namespace Corpus
{
    enum Small : byte { A = 1, B = 2 }
    enum Big : long { X = 1L << 40 }
    enum IntEnum { One = 1 }
    enum OtherIntEnum { Uno = 1 }

    struct S
    {
        public int V;
        public override string ToString() { return "S" + V; }
    }

    struct Plain { public int V; }

    static class Program
    {
        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().FullName); }
        }

        static int CountArgs(params object[] args) { return args == null ? -1 : args.Length; }

        static void Main()
        {
            Console.WriteLine("-- boxes are copies");
            S s = new S { V = 1 };
            object o = s;
            s.V = 2;
            Console.WriteLine("original " + s + ", box " + o);
            S back = (S)o;
            back.V = 3;
            Console.WriteLine("unboxed copy " + back + ", box " + o);

            Console.WriteLine("-- identity");
            int i = 5;
            object b1 = i, b2 = i;
            Console.WriteLine("b1 == b2 (reference) " + (b1 == b2) + ", Equals " + b1.Equals(b2) + ", same box to itself " + ReferenceEquals(b1, b1));
            object b3 = b1;
            Console.WriteLine("copy of reference: " + ReferenceEquals(b1, b3));
            Console.WriteLine("((object)1).Equals(1L) " + ((object)1).Equals(1L) + ", ((object)1L).Equals(1L) " + ((object)1L).Equals(1L));
            Console.WriteLine("((object)(short)1).Equals((object)1) " + ((object)(short)1).Equals((object)1));
            Console.WriteLine("1.Equals((object)(byte)1) " + 1.Equals((object)(byte)1));

            Console.WriteLine("-- GetType of boxed values");
            object[] boxes = { 1, 1L, 1u, (byte)1, (sbyte)1, (short)1, (ushort)1, 'c', true, 1.5, 1.5f, 1.5m, Small.A, new S(), new Plain(), (IntPtr)0 };
            foreach (object x in boxes) Console.Write(x.GetType().Name + " ");
            Console.WriteLine();

            Console.WriteLine("-- unbox rules");
            object boxedInt = 42;
            Try("(int)boxedInt", () => (int)boxedInt);
            Try("(long)boxedInt", () => (long)boxedInt);
            Try("(long)(int)boxedInt", () => (long)(int)boxedInt);
            Try("(short)boxedInt", () => (short)boxedInt);
            Try("(double)boxedInt", () => (double)boxedInt);
            Try("(IntEnum)boxedInt (enum from its underlying type)", () => (IntEnum)boxedInt);
            Try("(int)(object)IntEnum.One (underlying type from enum)", () => (int)(object)IntEnum.One);
            Try("(byte)(object)Small.B", () => (byte)(object)Small.B);
            Try("(int)(object)Small.B (wrong size)", () => (int)(object)Small.B);
            Try("(long)(object)Big.X", () => (long)(object)Big.X);
            Try("(Small)(object)(byte)2", () => (Small)(object)(byte)2);
            Try("(IntEnum)(object)Small.A (different enum)", () => (IntEnum)(object)Small.A);
            Try("(IntEnum)(object)OtherIntEnum.Uno (same underlying type)", () => (IntEnum)(object)OtherIntEnum.Uno);
            Try("(uint)boxedInt (int vs uint)", () => (uint)boxedInt);
            Try("(S)(object)new Plain()", () => (S)(object)new Plain());
            Try("(char)(object)(ushort)65", () => (char)(object)(ushort)65);
            Try("(bool)(object)1", () => (bool)(object)1);
            Try("(string)boxedInt", () => (string)boxedInt);
            Try("(IComparable)boxedInt", () => ((IComparable)boxedInt).CompareTo(41));
            Try("(IConvertible)boxedInt", () => ((IConvertible)boxedInt).GetTypeCode());

            Console.WriteLine("-- unboxing null");
            object nothing = null;
            Try("(int)null", () => (int)nothing);
            Try("(S)null", () => (S)nothing);
            Try("(int?)null", () => { int? n = (int?)nothing; return n.HasValue; });
            Try("(int?)boxedInt", () => ((int?)boxedInt).Value);
            Try("(long?)boxedInt", () => ((long?)boxedInt).Value);

            Console.WriteLine("-- is / as on boxed values");
            Console.WriteLine("boxedInt is int " + (boxedInt is int) + ", is long " + (boxedInt is long) + ", is ValueType " + (boxedInt is ValueType) + ", is IFormattable " + (boxedInt is IFormattable));
            Console.WriteLine("boxedInt as int? " + (boxedInt as int?) + ", as long? HasValue " + (boxedInt as long?).HasValue + ", as string null " + ((boxedInt as string) == null));
            object boxedEnum = IntEnum.One;
            Console.WriteLine("boxedEnum is IntEnum " + (boxedEnum is IntEnum) + ", is int " + (boxedEnum is int) + ", is Enum " + (boxedEnum is Enum) + ", is ValueType " + (boxedEnum is ValueType));
            if (boxedInt is int pattern) Console.WriteLine("pattern variable " + (pattern + 1));

            Console.WriteLine("-- implicit boxing sites");
            Console.WriteLine("concat: " + 1 + 'x' + 2.5m + true + new S { V = 9 });
            Console.WriteLine(string.Format("format: {0} {1} {2}", 1, new S { V = 8 }, Small.B));
            Console.WriteLine("params count " + CountArgs(1, "two", 3.0m) + ", single null " + CountArgs(null) + ", (object)null " + CountArgs((object)null));
            object[] objs = new object[3];
            objs[0] = 7;
            objs[1] = objs[0];
            objs[2] = 7;
            Console.WriteLine("objs[0]==objs[1] " + (objs[0] == objs[1]) + ", objs[0]==objs[2] " + (objs[0] == objs[2]));
            ValueType vt = 3;
            IComparable<int> cmp = 4;
            Console.WriteLine("ValueType box " + vt + ", IComparable<int> box CompareTo(3) " + cmp.CompareTo(3));
            Console.WriteLine("boxed default struct ToString: " + new Plain().ToString() + " / " + (object)new S());
        }
    }
}
