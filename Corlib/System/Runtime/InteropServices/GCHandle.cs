// GCHandle: a slot in the engine's handle table (see Heap/Finalization.swift). The handle's
// value is the slot number + 1; 0 means "not allocated". Weak handles are cleared by the
// collector when their target dies (short: before finalization, long: after it).
using System.Runtime.CompilerServices;

namespace System.Runtime.InteropServices
{
    public enum GCHandleType
    {
        Weak = 0,
        WeakTrackResurrection = 1,
        Normal = 2,
        Pinned = 3,
    }

    public struct GCHandle : IEquatable<GCHandle>
    {
        private IntPtr _handle;

        private GCHandle(IntPtr handle)
        {
            _handle = handle;
        }

        public static GCHandle Alloc(object value)
        {
            return Alloc(value, GCHandleType.Normal);
        }

        public static GCHandle Alloc(object value, GCHandleType type)
        {
            if (type < GCHandleType.Weak || type > GCHandleType.Pinned)
                throw new ArgumentOutOfRangeException("type", "Specified argument was out of the range of valid values.");
            return new GCHandle(InternalAlloc(value, type));
        }

        public bool IsAllocated
        {
            get { return _handle != IntPtr.Zero; }
        }

        public object Target
        {
            get
            {
                CheckAllocated();
                return InternalGet(_handle);
            }
            set
            {
                CheckAllocated();
                InternalSet(_handle, value);
            }
        }

        public void Free()
        {
            CheckAllocated();
            InternalFree(_handle);
            _handle = IntPtr.Zero;
        }

        public static explicit operator IntPtr(GCHandle value)
        {
            return value._handle;
        }

        public static explicit operator GCHandle(IntPtr value)
        {
            if (value == IntPtr.Zero || !InternalIsAllocated(value))
                throw new InvalidOperationException("Handle is not initialized.");
            return new GCHandle(value);
        }

        public static IntPtr ToIntPtr(GCHandle value)
        {
            return value._handle;
        }

        public static GCHandle FromIntPtr(IntPtr value)
        {
            return (GCHandle)value;
        }

        public bool Equals(GCHandle other)
        {
            return _handle == other._handle;
        }

        public override bool Equals(object o)
        {
            return o is GCHandle && Equals((GCHandle)o);
        }

        public override int GetHashCode()
        {
            return _handle.GetHashCode();
        }

        public static bool operator ==(GCHandle a, GCHandle b)
        {
            return a._handle == b._handle;
        }

        public static bool operator !=(GCHandle a, GCHandle b)
        {
            return a._handle != b._handle;
        }

        private void CheckAllocated()
        {
            if (_handle == IntPtr.Zero)
                throw new InvalidOperationException("Handle is not initialized.");
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern IntPtr InternalAlloc(object value, GCHandleType type);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalFree(IntPtr handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object InternalGet(IntPtr handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalSet(IntPtr handle, object value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool InternalIsAllocated(IntPtr handle);
    }
}
