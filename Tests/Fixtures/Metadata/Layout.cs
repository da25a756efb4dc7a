// Type layout and marshalling metadata: StructLayout Sequential/Explicit/Auto
// with Pack, Size and CharSet (ClassLayout table, TypeDef flags), FieldOffset
// (FieldLayout), MarshalAs on fields, parameters and return values in all
// descriptor shapes (FieldMarshal: simple types, ByValTStr/ByValArray with
// SizeConst and ArraySubType, LPArray with SizeParamIndex, SafeArray,
// CustomMarshaler with type name and cookie), and array initializers of every
// primitive element type (FieldRVA + <PrivateImplementationDetails> types with
// ClassLayout).
using System;
using System.Runtime.InteropServices;

namespace Fixtures.Layout
{
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    public struct Packed
    {
        public byte Tag;
        public int Value;
        public short Small;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 8, Size = 64)]
    public struct Sized
    {
        public long A;
        public byte B;
    }

    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode, Pack = 2)]
    public struct WithStrings
    {
        [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 16)]
        public string Fixed;
        [MarshalAs(UnmanagedType.LPWStr)]
        public string Wide;
        [MarshalAs(UnmanagedType.LPStr)]
        public string Narrow;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 4, ArraySubType = UnmanagedType.I2)]
        public short[] Numbers;
        [MarshalAs(UnmanagedType.Bool)]
        public bool WinBool;
        [MarshalAs(UnmanagedType.U1)]
        public bool ByteBool;
        [MarshalAs(UnmanagedType.VariantBool)]
        public bool VarBool;
        [MarshalAs(UnmanagedType.SysInt)]
        public IntPtr Handle;
    }

    [StructLayout(LayoutKind.Explicit, Size = 16)]
    public struct Union
    {
        [FieldOffset(0)] public long AsLong;
        [FieldOffset(0)] public double AsDouble;
        [FieldOffset(0)] public int Low;
        [FieldOffset(4)] public int High;
        [FieldOffset(0)] public byte Byte0;
        [FieldOffset(7)] public byte Byte7;
        [FieldOffset(8)] public float Tail;
        public static int StaticFieldsHaveNoOffset;
    }

    [StructLayout(LayoutKind.Explicit, CharSet = CharSet.Ansi)]
    public class ExplicitClass
    {
        [FieldOffset(0)] public int First;
        [FieldOffset(8)] public long Second;
        [FieldOffset(16)] public object Reference;
    }

    [StructLayout(LayoutKind.Auto)]
    public struct AutoLayout { public byte A; public long B; public byte C; }

    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Auto)]
    public class SequentialClass
    {
        public int X;
        [MarshalAs(UnmanagedType.BStr)] public string B;
        [MarshalAs(UnmanagedType.Interface)] public object Iface;
        [MarshalAs(UnmanagedType.IUnknown)] public object Unknown;
        [MarshalAs(UnmanagedType.Struct)] public object Variant;
        [MarshalAs(UnmanagedType.FunctionPtr)] public Action Callback;
        [MarshalAs(UnmanagedType.SafeArray, SafeArraySubType = VarEnum.VT_BSTR)] public string[] Safe;
        [MarshalAs(UnmanagedType.CustomMarshaler, MarshalType = "Fixtures.Layout.NoMarshaler", MarshalCookie = "cookie")]
        public object Custom;
        [MarshalAs(UnmanagedType.CustomMarshaler, MarshalTypeRef = typeof(NoMarshaler))]
        public object CustomByType;
    }

    public class NoMarshaler : ICustomMarshaler
    {
        public static ICustomMarshaler GetInstance(string cookie) { return new NoMarshaler(); }
        public object MarshalNativeToManaged(IntPtr pNativeData) { return null; }
        public IntPtr MarshalManagedToNative(object managedObj) { return IntPtr.Zero; }
        public void CleanUpNativeData(IntPtr pNativeData) { }
        public void CleanUpManagedData(object managedObj) { }
        public int GetNativeDataSize() { return -1; }
    }

    public interface INative
    {
        [return: MarshalAs(UnmanagedType.I1)]
        bool Check([MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 1)] int[] data, int count,
                   [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPWStr, SizeConst = 3)] string[] names,
                   [MarshalAs(UnmanagedType.LPArray)] byte[] raw,
                   [MarshalAs(UnmanagedType.U8)] long wide,
                   [MarshalAs(UnmanagedType.R4)] float real,
                   [MarshalAs(UnmanagedType.Error)] int hr,
                   [MarshalAs(UnmanagedType.LPStruct)] Guid id);
    }

    public static class Tables
    {
        // Array initializers: FieldRVA data blobs of different sizes and alignments.
        public static readonly byte[] Bytes = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 255 };
        public static readonly sbyte[] SBytes = { -1, -2, -128, 127, 0, 1, 2, 3 };
        public static readonly bool[] Bools = { true, false, true, true, false, false, true, false, true };
        public static readonly char[] Chars = { 'a', 'b', '\u00e9', '\uFFFF', '\0', 'z' };
        public static readonly short[] Shorts = { -1, short.MinValue, short.MaxValue, 42, 7 };
        public static readonly ushort[] UShorts = { 0, 1, ushort.MaxValue, 1000, 9 };
        public static readonly int[] Ints = { 1, -1, int.MinValue, int.MaxValue, 0x12345678, 6, 7, 8 };
        public static readonly uint[] UInts = { 0u, uint.MaxValue, 0xDEADBEEF, 3, 4 };
        public static readonly long[] Longs = { long.MinValue, long.MaxValue, 0x0102030405060708L, -5 };
        public static readonly ulong[] ULongs = { ulong.MaxValue, 1, 2, 0xFEDCBA9876543210UL };
        public static readonly float[] Floats = { 1.5f, -0.0f, float.NaN, float.PositiveInfinity, float.Epsilon };
        public static readonly double[] Doubles = { Math.PI, -0.0, double.NaN, double.NegativeInfinity, double.Epsilon, 1e300 };
        public static readonly int[,] Matrix = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
        public static readonly Packed[] Structs = { new Packed { Tag = 1 }, new Packed { Tag = 2 } };   // not FieldRVA: element stores
        public static readonly string[] Strings = { "no", "rva", "for", "references" };

        public static long Checksum()
        {
            long sum = 0;
            foreach (var b in Bytes) sum += b;
            foreach (var b in SBytes) sum += b;
            foreach (var b in Bools) sum += b ? 1 : 0;
            foreach (var c in Chars) sum += c;
            foreach (var s in Shorts) sum += s;
            foreach (var s in UShorts) sum += s;
            foreach (var i in Ints) sum += i;
            foreach (var u in UInts) sum += u;
            foreach (var l in Longs) sum ^= l;
            foreach (var u in ULongs) sum ^= (long)u;
            foreach (var m in Matrix) sum += m;
            return sum;
        }
    }

    public class Program
    {
        public static int Main()
        {
            Console.WriteLine("sizes: packed=" + Marshal.SizeOf(typeof(Packed)) + " sized=" + Marshal.SizeOf(typeof(Sized)) +
                              " union=" + Marshal.SizeOf(typeof(Union)) + " strings=" + Marshal.SizeOf(typeof(WithStrings)) +
                              " explicit=" + Marshal.SizeOf(typeof(ExplicitClass)));
            Console.WriteLine("offsets: " + Marshal.OffsetOf(typeof(Packed), "Small") + " " + Marshal.OffsetOf(typeof(Union), "High") +
                              " " + Marshal.OffsetOf(typeof(Union), "Tail") + " " + Marshal.OffsetOf(typeof(WithStrings), "Wide"));
            var u = new Union();
            u.AsDouble = -2.0;
            Console.WriteLine("union: " + u.AsLong.ToString("X16") + " " + u.High.ToString("X8") + " " + u.Low + " " + u.Byte7.ToString("X2"));
            u.Low = 1;
            Console.WriteLine("union: " + u.Byte0 + " " + u.AsLong.ToString("X16"));
            var layout = typeof(Sized).StructLayoutAttribute;
            Console.WriteLine("layout attr: " + layout.Value + " pack=" + layout.Pack + " size=" + layout.Size + " auto=" + typeof(AutoLayout).IsAutoLayout +
                              " explicit=" + typeof(ExplicitClass).IsExplicitLayout + " unicode=" + typeof(WithStrings).IsUnicodeClass);
            Console.WriteLine("tables: " + Tables.Checksum() + " " + Tables.Floats.Length + " " + BitConverter.DoubleToInt64Bits(Tables.Doubles[1]).ToString("X") +
                              " " + double.IsNaN(Tables.Doubles[2]) + " " + Tables.Matrix[2, 1] + " " + Tables.Structs[1].Tag + " " + Tables.Strings[3]);
            return 0;
        }
    }
}
