// System.Threading.Monitor: the locks behind C#'s `lock`. Ownership and recursion counts
// live in the runtime. (Wait/Pulse come with green threads.)
using System.Runtime.CompilerServices;

namespace System.Threading
{
    public static class Monitor
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Enter(object obj);

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken)
                throw new ArgumentException("The lockTaken argument must be set to false before calling this method. (Parameter 'lockTaken')");
            Enter(obj);
            lockTaken = true;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool TryEnter(object obj);

        public static bool TryEnter(object obj, int millisecondsTimeout)
        {
            return TryEnter(obj);
        }

        public static void TryEnter(object obj, ref bool lockTaken)
        {
            if (lockTaken)
                throw new ArgumentException("The lockTaken argument must be set to false before calling this method. (Parameter 'lockTaken')");
            lockTaken = TryEnter(obj);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Exit(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool IsEntered(object obj);
    }
}
