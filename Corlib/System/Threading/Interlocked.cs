// System.Threading.Interlocked: atomic operations. CILKit's managed threads are green
// threads that switch only at calls and backward branches, so these straight-line bodies
// are atomic as written.
namespace System.Threading
{
    public static class Interlocked
    {
        public static int CompareExchange(ref int location1, int value, int comparand)
        {
            int old = location1;
            if (old == comparand) location1 = value;
            return old;
        }

        public static long CompareExchange(ref long location1, long value, long comparand)
        {
            long old = location1;
            if (old == comparand) location1 = value;
            return old;
        }

        public static double CompareExchange(ref double location1, double value, double comparand)
        {
            double old = location1;
            if (BitConverterBits(old) == BitConverterBits(comparand)) location1 = value;
            return old;
        }

        public static float CompareExchange(ref float location1, float value, float comparand)
        {
            float old = location1;
            if (BitConverterBits(old) == BitConverterBits(comparand)) location1 = value;
            return old;
        }

        public static object CompareExchange(ref object location1, object value, object comparand)
        {
            object old = location1;
            if ((object)old == comparand) location1 = value;
            return old;
        }

        public static IntPtr CompareExchange(ref IntPtr location1, IntPtr value, IntPtr comparand)
        {
            IntPtr old = location1;
            if (old.Equals(comparand)) location1 = value;
            return old;
        }

        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class
        {
            T old = location1;
            if ((object)old == (object)comparand) location1 = value;
            return old;
        }

        public static int Exchange(ref int location1, int value) { int old = location1; location1 = value; return old; }
        public static long Exchange(ref long location1, long value) { long old = location1; location1 = value; return old; }
        public static double Exchange(ref double location1, double value) { double old = location1; location1 = value; return old; }
        public static float Exchange(ref float location1, float value) { float old = location1; location1 = value; return old; }
        public static object Exchange(ref object location1, object value) { object old = location1; location1 = value; return old; }
        public static IntPtr Exchange(ref IntPtr location1, IntPtr value) { IntPtr old = location1; location1 = value; return old; }
        public static T Exchange<T>(ref T location1, T value) where T : class { T old = location1; location1 = value; return old; }

        public static int Increment(ref int location) { return ++location; }
        public static long Increment(ref long location) { return ++location; }
        public static int Decrement(ref int location) { return --location; }
        public static long Decrement(ref long location) { return --location; }
        public static int Add(ref int location1, int value) { return location1 += value; }
        public static long Add(ref long location1, long value) { return location1 += value; }
        public static long Read(ref long location) { return location; }
        public static ulong Read(ref ulong location) { return location; }

        public static uint CompareExchange(ref uint location1, uint value, uint comparand)
        {
            uint old = location1;
            if (old == comparand) location1 = value;
            return old;
        }

        public static ulong CompareExchange(ref ulong location1, ulong value, ulong comparand)
        {
            ulong old = location1;
            if (old == comparand) location1 = value;
            return old;
        }

        public static uint Exchange(ref uint location1, uint value) { uint old = location1; location1 = value; return old; }
        public static ulong Exchange(ref ulong location1, ulong value) { ulong old = location1; location1 = value; return old; }
        public static uint Increment(ref uint location) { return ++location; }
        public static ulong Increment(ref ulong location) { return ++location; }
        public static uint Decrement(ref uint location) { return --location; }
        public static ulong Decrement(ref ulong location) { return --location; }
        public static uint Add(ref uint location1, uint value) { return location1 += value; }
        public static ulong Add(ref ulong location1, ulong value) { return location1 += value; }

        // And/Or return the original value.
        public static int And(ref int location1, int value) { int old = location1; location1 = old & value; return old; }
        public static long And(ref long location1, long value) { long old = location1; location1 = old & value; return old; }
        public static int Or(ref int location1, int value) { int old = location1; location1 = old | value; return old; }
        public static long Or(ref long location1, long value) { long old = location1; location1 = old | value; return old; }

        public static void MemoryBarrier()
        {
        }

        private static unsafe long BitConverterBits(double d) { return *(long*)&d; }
        private static unsafe int BitConverterBits(float f) { return *(int*)&f; }
    }
}
