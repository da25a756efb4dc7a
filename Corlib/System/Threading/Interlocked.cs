// System.Threading.Interlocked: atomic operations. The compiler uses
// CompareExchange<T> in the add/remove accessors of field-like events.
using System.Runtime.CompilerServices;

namespace System.Threading
{
    public static class Interlocked
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern object CompareExchange(ref object location1, object value, object comparand);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern T CompareExchange<T>(ref T location1, T value, T comparand) where T : class;
    }
}
