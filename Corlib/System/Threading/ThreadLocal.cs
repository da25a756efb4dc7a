// System.Threading.ThreadLocal<T>: one value per thread, created lazily by an optional
// factory. Values live in a dictionary on each Thread object, keyed by the ThreadLocal.
using System.Collections.Generic;

namespace System.Threading
{
    public class ThreadLocal<T> : IDisposable
    {
        private sealed class Slot
        {
            internal T Value;
        }

        private Func<T> _valueFactory;
        private readonly bool _trackAllValues;
        private List<Slot> _allSlots;       // trackAllValues: every thread's slot
        private bool _disposed;
        private readonly object _key = new object();

        public ThreadLocal()
            : this(false)
        {
        }

        public ThreadLocal(bool trackAllValues)
        {
            _trackAllValues = trackAllValues;
            if (trackAllValues)
                _allSlots = new List<Slot>();
        }

        public ThreadLocal(Func<T> valueFactory)
            : this(valueFactory, false)
        {
        }

        public ThreadLocal(Func<T> valueFactory, bool trackAllValues)
            : this(trackAllValues)
        {
            if (valueFactory == null)
                throw new ArgumentNullException("valueFactory");
            _valueFactory = valueFactory;
        }

        private Slot GetSlot()
        {
            Dictionary<object, object> locals = Thread.CurrentThread._threadLocals;
            object slot;
            if (locals != null && locals.TryGetValue(_key, out slot))
                return (Slot)slot;
            return null;
        }

        private Slot AddSlot(T value)
        {
            Thread current = Thread.CurrentThread;
            if (current._threadLocals == null)
                current._threadLocals = new Dictionary<object, object>();
            var slot = new Slot();
            slot.Value = value;
            current._threadLocals[_key] = slot;
            if (_trackAllValues)
                _allSlots.Add(slot);
            return slot;
        }

        public T Value
        {
            get
            {
                ThrowIfDisposed();
                Slot slot = GetSlot();
                if (slot != null)
                    return slot.Value;
                T value = default(T);
                if (_valueFactory != null)
                {
                    value = _valueFactory();
                    ThrowIfDisposed();
                    // A factory that read Value itself already created the slot.
                    if (GetSlot() != null)
                        throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
                }
                AddSlot(value);
                return value;
            }
            set
            {
                ThrowIfDisposed();
                Slot slot = GetSlot();
                if (slot != null)
                    slot.Value = value;
                else
                    AddSlot(value);
            }
        }

        public bool IsValueCreated
        {
            get
            {
                ThrowIfDisposed();
                return GetSlot() != null;
            }
        }

        public IList<T> Values
        {
            get
            {
                if (!_trackAllValues)
                    throw new InvalidOperationException("The ThreadLocal object is not tracking values. To use the Values property, use a ThreadLocal constructor that accepts the trackAllValues parameter and set the parameter to true.");
                ThrowIfDisposed();
                var result = new List<T>(_allSlots.Count);
                foreach (Slot s in _allSlots)
                    result.Add(s.Value);
                return result;
            }
        }

        public override string ToString()
        {
            T value = Value;
            return value == null ? string.Empty : value.ToString();
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            _disposed = true;
            _valueFactory = null;
            _allSlots = null;
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
                throw new ObjectDisposedException(null, "The ThreadLocal object has been disposed.");
        }
    }
}
