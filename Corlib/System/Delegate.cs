// System.Delegate and System.MulticastDelegate: base classes of delegate types.
// Delegate types themselves get runtime-implemented .ctor and Invoke methods.
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Delegate
    {
        // The runtime-implemented constructor of every delegate type stores these.
        internal object _target;
        internal IntPtr _methodPtr;

        private protected Delegate()
        {
        }

        public object Target
        {
            get { return _target; }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern Delegate Combine(Delegate a, Delegate b);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern Delegate Remove(Delegate source, Delegate value);
    }

    public abstract class MulticastDelegate : Delegate
    {
        private protected MulticastDelegate()
        {
        }
    }
}
