// System.GC: the engine's collector, seen from managed code. Allocation accounting is
// exact (every allocation's size, headers included).
using System.Runtime.CompilerServices;

namespace System
{
    public static class GC
    {
        public static int MaxGeneration
        {
            get { return 0; }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Collect();

        public static void Collect(int generation)
        {
            if (generation < 0)
                throw new ArgumentOutOfRangeException("generation", "Value must be positive.");
            Collect();
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int CollectionCount(int generation);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetTotalMemory(bool forceFullCollection);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetAllocatedBytesForCurrentThread();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetTotalAllocatedBytes(bool precise);

        public static long GetTotalAllocatedBytes()
        {
            return GetTotalAllocatedBytes(false);
        }

        // Keeps obj reachable up to this call (the call itself is the use).
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void KeepAlive(object obj)
        {
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void SuppressFinalize(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void ReRegisterForFinalize(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void WaitForPendingFinalizers();
    }
}
