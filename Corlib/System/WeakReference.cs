// WeakReference and WeakReference<T>: a weak GCHandle each. The handle is freed by the
// reference's own finalizer, as in .NET.
using System.Runtime.InteropServices;

namespace System
{
    public class WeakReference
    {
        private IntPtr _handle;
        private bool _trackResurrection;

        public WeakReference(object target) : this(target, false)
        {
        }

        public WeakReference(object target, bool trackResurrection)
        {
            _trackResurrection = trackResurrection;
            _handle = GCHandle.InternalAlloc(target, trackResurrection ? GCHandleType.WeakTrackResurrection : GCHandleType.Weak);
        }

        public virtual bool IsAlive
        {
            get { return _handle != IntPtr.Zero && GCHandle.InternalGet(_handle) != null; }
        }

        public virtual bool TrackResurrection
        {
            get { return _trackResurrection; }
        }

        public virtual object Target
        {
            get { return _handle == IntPtr.Zero ? null : GCHandle.InternalGet(_handle); }
            set
            {
                if (_handle == IntPtr.Zero)
                    throw new InvalidOperationException("The weak reference is no longer valid.");
                GCHandle.InternalSet(_handle, value);
            }
        }

        ~WeakReference()
        {
            IntPtr h = _handle;
            _handle = IntPtr.Zero;
            if (h != IntPtr.Zero)
                GCHandle.InternalFree(h);
        }
    }

    public sealed class WeakReference<T> where T : class
    {
        private IntPtr _handle;

        public WeakReference(T target) : this(target, false)
        {
        }

        public WeakReference(T target, bool trackResurrection)
        {
            _handle = GCHandle.InternalAlloc(target, trackResurrection ? GCHandleType.WeakTrackResurrection : GCHandleType.Weak);
        }

        public bool TryGetTarget(out T target)
        {
            T t = _handle == IntPtr.Zero ? null : (T)GCHandle.InternalGet(_handle);
            target = t;
            return t != null;
        }

        public void SetTarget(T target)
        {
            if (_handle == IntPtr.Zero)
                throw new InvalidOperationException("The weak reference is no longer valid.");
            GCHandle.InternalSet(_handle, target);
        }

        ~WeakReference()
        {
            IntPtr h = _handle;
            _handle = IntPtr.Zero;
            if (h != IntPtr.Zero)
                GCHandle.InternalFree(h);
        }
    }
}
