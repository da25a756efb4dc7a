// [StructLayout(LayoutKind.Explicit)] unions: overlapping fields written through one member
// and read through another (little-endian byte order), int/float and long/double bit
// reinterpretation, a union inside an array and inside a class, copying a union keeps all
// bytes, partially overlapping fields, and a sequential struct with explicit Size.
using System;
using System.Runtime.InteropServices;

namespace Corpus
{
    [StructLayout(LayoutKind.Explicit)]
    struct IntBytes
    {
        [FieldOffset(0)] public int Value;
        [FieldOffset(0)] public byte B0;
        [FieldOffset(1)] public byte B1;
        [FieldOffset(2)] public byte B2;
        [FieldOffset(3)] public byte B3;
        [FieldOffset(0)] public short Low;
        [FieldOffset(2)] public short High;
        [FieldOffset(0)] public uint Unsigned;
        [FieldOffset(0)] public float AsFloat;
    }

    [StructLayout(LayoutKind.Explicit)]
    struct LongParts
    {
        [FieldOffset(0)] public long Value;
        [FieldOffset(0)] public int Lo;
        [FieldOffset(4)] public int Hi;
        [FieldOffset(0)] public double AsDouble;
        [FieldOffset(2)] public int Middle;      // straddles Lo and Hi
        [FieldOffset(7)] public sbyte Top;
    }

    [StructLayout(LayoutKind.Explicit)]
    struct Tagged
    {
        [FieldOffset(0)] public int Tag;
        [FieldOffset(8)] public long L;
        [FieldOffset(8)] public double D;
        [FieldOffset(8)] public char C;
    }

    [StructLayout(LayoutKind.Sequential, Size = 16)]
    struct Padded
    {
        public byte A;
        public int B;
    }

    class Container
    {
        public IntBytes Field;
    }

    static class Program
    {
        static string Bytes(IntBytes x) { return x.B3.ToString("X2") + " " + x.B2.ToString("X2") + " " + x.B1.ToString("X2") + " " + x.B0.ToString("X2"); }

        static void Main()
        {
            Console.WriteLine("-- int <-> bytes");
            IntBytes u = new IntBytes();
            u.Value = 0x12345678;
            Console.WriteLine("0x12345678 bytes (B3..B0): " + Bytes(u) + ", Low " + u.Low.ToString("X4") + ", High " + u.High.ToString("X4"));
            u.B0 = 0xFF;
            Console.WriteLine("after B0 = 0xFF: " + u.Value.ToString("X8"));
            u.High = -1;
            Console.WriteLine("after High = -1: Value " + u.Value + ", Unsigned " + u.Unsigned.ToString("X8"));
            u.Value = -2;
            Console.WriteLine("Value -2: Unsigned " + u.Unsigned + ", B3 " + u.B3 + ", Low " + u.Low + ", High " + u.High);

            Console.WriteLine("-- float bits");
            u.AsFloat = 1.0f;
            Console.WriteLine("1.0f bits " + u.Value.ToString("X8"));
            u.AsFloat = -2.5f;
            Console.WriteLine("-2.5f bits " + u.Unsigned.ToString("X8") + ", sign byte " + u.B3.ToString("X2"));
            u.Value = 0x7F800000;
            Console.WriteLine("0x7F800000 as float is +Inf: " + float.IsPositiveInfinity(u.AsFloat));
            u.Value = 0x00000001;
            Console.WriteLine("0x00000001 as float == float.Epsilon: " + (u.AsFloat == float.Epsilon));

            Console.WriteLine("-- long parts");
            LongParts lp = new LongParts();
            lp.Value = 0x0123456789ABCDEF;
            Console.WriteLine("Lo " + lp.Lo.ToString("X8") + " Hi " + lp.Hi.ToString("X8") + " Middle " + lp.Middle.ToString("X8") + " Top " + lp.Top);
            lp.Hi = -1;
            Console.WriteLine("after Hi = -1: Value " + lp.Value.ToString("X16") + " Top " + lp.Top);
            lp.Middle = 0;
            Console.WriteLine("after Middle = 0: Value " + lp.Value.ToString("X16"));
            lp.AsDouble = 1.0;
            Console.WriteLine("1.0 bits " + lp.Value.ToString("X16") + ", Hi " + lp.Hi.ToString("X8") + ", Lo " + lp.Lo);
            lp.AsDouble = -0.0;
            Console.WriteLine("-0.0 bits " + lp.Value.ToString("X16") + ", Top " + lp.Top);
            lp.Value = 0x400921FB54442D18;
            Console.WriteLine("pi from bits, *1e6 truncated: " + (long)(lp.AsDouble * 1000000));

            Console.WriteLine("-- tagged union");
            Tagged t = new Tagged { Tag = 1 };
            t.D = 2.0;
            Console.WriteLine("D=2.0 -> L " + t.L.ToString("X16"));
            t.C = 'A';
            Console.WriteLine("C='A' -> L " + t.L.ToString("X16") + " (upper bytes kept)");
            Tagged copy = t;
            copy.Tag = 2;
            Console.WriteLine("copy keeps all bytes: L " + copy.L.ToString("X16") + " C " + copy.C + " Tag " + copy.Tag + " orig Tag " + t.Tag);

            Console.WriteLine("-- in arrays and classes");
            IntBytes[] arr = new IntBytes[3];
            for (int i = 0; i < arr.Length; i++) arr[i].Value = (i + 1) * 0x01010101;
            arr[1].B2 = 0;
            Console.WriteLine("arr: " + arr[0].Value.ToString("X8") + " " + arr[1].Value.ToString("X8") + " " + arr[2].Value.ToString("X8"));
            Container c = new Container();
            c.Field.Value = 0x0A0B0C0D;
            c.Field.B1 = 0xEE;
            Console.WriteLine("class field: " + c.Field.Value.ToString("X8") + " bytes " + Bytes(c.Field));
            object boxed = c.Field;
            IntBytes unboxed = (IntBytes)boxed;
            Console.WriteLine("box/unbox keeps bytes: " + unboxed.Value.ToString("X8") + ", Equals " + boxed.Equals(c.Field));

            Console.WriteLine("-- sequential with Size");
            Padded p = new Padded { A = 1, B = 2 };
            Padded q = p;
            q.B = 3;
            Console.WriteLine("Padded " + p.A + "," + p.B + " copy " + q.A + "," + q.B + ", Equals " + p.Equals(q));
        }
    }
}
