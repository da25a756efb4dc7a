// System.Threading.Volatile: reads and writes with acquire/release semantics. Green threads
// share one OS thread, so plain reads and writes already have them.
namespace System.Threading
{
    public static class Volatile
    {
        public static bool Read(ref bool location) { return location; }
        public static byte Read(ref byte location) { return location; }
        public static sbyte Read(ref sbyte location) { return location; }
        public static short Read(ref short location) { return location; }
        public static ushort Read(ref ushort location) { return location; }
        public static int Read(ref int location) { return location; }
        public static uint Read(ref uint location) { return location; }
        public static long Read(ref long location) { return location; }
        public static ulong Read(ref ulong location) { return location; }
        public static IntPtr Read(ref IntPtr location) { return location; }
        public static UIntPtr Read(ref UIntPtr location) { return location; }
        public static float Read(ref float location) { return location; }
        public static double Read(ref double location) { return location; }
        public static T Read<T>(ref T location) where T : class { return location; }

        public static void Write(ref bool location, bool value) { location = value; }
        public static void Write(ref byte location, byte value) { location = value; }
        public static void Write(ref sbyte location, sbyte value) { location = value; }
        public static void Write(ref short location, short value) { location = value; }
        public static void Write(ref ushort location, ushort value) { location = value; }
        public static void Write(ref int location, int value) { location = value; }
        public static void Write(ref uint location, uint value) { location = value; }
        public static void Write(ref long location, long value) { location = value; }
        public static void Write(ref ulong location, ulong value) { location = value; }
        public static void Write(ref IntPtr location, IntPtr value) { location = value; }
        public static void Write(ref UIntPtr location, UIntPtr value) { location = value; }
        public static void Write(ref float location, float value) { location = value; }
        public static void Write(ref double location, double value) { location = value; }
        public static void Write<T>(ref T location, T value) where T : class { location = value; }
    }
}
