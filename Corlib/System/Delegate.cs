// System.Delegate and System.MulticastDelegate: base classes of delegate types.
// Delegate types themselves get runtime-implemented .ctor and Invoke methods: the
// constructor stores the target object and the method, Invoke calls it (each element
// of the invocation list in order, for a combined delegate).
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Delegate
    {
        // The runtime-implemented constructor of every delegate type stores these.
        internal object _target;
        internal long _methodPtr;    // the MethodDesc address (runtime-owned)

        private protected Delegate()
        {
        }

        public object Target
        {
            get { return _target; }
        }

        // A combined delegate's members in call order; null for a single delegate.
        internal Delegate[] _invocationList;

        public virtual Delegate[] GetInvocationList()
        {
            if (_invocationList != null)
            {
                Delegate[] copy = new Delegate[_invocationList.Length];
                for (int i = 0; i < copy.Length; i++)
                    copy[i] = _invocationList[i];
                return copy;
            }
            return new Delegate[] { this };
        }

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if ((object)a == null)
                return b;
            if ((object)b == null)
                return a;
            if (a.GetType() != b.GetType())
                throw new ArgumentException("Delegates must be of the same type.");
            Delegate[] left = a.GetInvocationList();
            Delegate[] right = b.GetInvocationList();
            Delegate[] list = new Delegate[left.Length + right.Length];
            for (int i = 0; i < left.Length; i++)
                list[i] = left[i];
            for (int i = 0; i < right.Length; i++)
                list[left.Length + i] = right[i];
            Delegate result = (Delegate)a.MemberwiseClone();
            result._invocationList = list;
            // Invoking a combined delegate returns the last member's result; the runtime
            // reads target and method from the list, not from these fields.
            result._target = list[list.Length - 1]._target;
            result._methodPtr = list[list.Length - 1]._methodPtr;
            return result;
        }

        public static Delegate Combine(params Delegate[] delegates)
        {
            if (delegates == null)
                return null;
            Delegate result = null;
            for (int i = 0; i < delegates.Length; i++)
                result = Combine(result, delegates[i]);
            return result;
        }

        // Removes the last occurrence of value's invocation list from source's, as .NET does.
        public static Delegate Remove(Delegate source, Delegate value)
        {
            if ((object)source == null)
                return null;
            if ((object)value == null)
                return source;
            if (source.GetType() != value.GetType())
                throw new ArgumentException("Delegates must be of the same type.");
            Delegate[] list = source.GetInvocationList();
            Delegate[] remove = value.GetInvocationList();
            for (int start = list.Length - remove.Length; start >= 0; start--)
            {
                bool match = true;
                for (int j = 0; j < remove.Length && match; j++)
                    match = list[start + j].SameMember(remove[j]);
                if (!match)
                    continue;
                int remaining = list.Length - remove.Length;
                if (remaining == 0)
                    return null;
                Delegate[] kept = new Delegate[remaining];
                for (int i = 0; i < start; i++)
                    kept[i] = list[i];
                for (int i = start + remove.Length; i < list.Length; i++)
                    kept[i - remove.Length] = list[i];
                if (remaining == 1)
                    return kept[0];
                Delegate result = (Delegate)source.MemberwiseClone();
                result._invocationList = kept;
                result._target = kept[remaining - 1]._target;
                result._methodPtr = kept[remaining - 1]._methodPtr;
                return result;
            }
            return source;
        }

        public static Delegate RemoveAll(Delegate source, Delegate value)
        {
            Delegate previous;
            do
            {
                previous = source;
                source = Remove(source, value);
            }
            while ((object)previous != (object)source);
            return source;
        }

        internal bool SameMember(Delegate other)
        {
            return _invocationList == null && other._invocationList == null
                && (object)_target == (object)other._target && _methodPtr == other._methodPtr;
        }

        public override bool Equals(object obj)
        {
            Delegate other = obj as Delegate;
            if ((object)other == null || other.GetType() != GetType())
                return false;
            Delegate[] a = GetInvocationList();
            Delegate[] b = other.GetInvocationList();
            if (a.Length != b.Length)
                return false;
            for (int i = 0; i < a.Length; i++)
                if (!a[i].SameMember(b[i]))
                    return false;
            return true;
        }

        public override int GetHashCode()
        {
            return GetType().GetHashCode();
        }

        public static bool operator ==(Delegate d1, Delegate d2)
        {
            if ((object)d1 == null)
                return (object)d2 == null;
            return d1.Equals(d2);
        }

        public static bool operator !=(Delegate d1, Delegate d2)
        {
            return !(d1 == d2);
        }
    }

    public abstract class MulticastDelegate : Delegate
    {
        private protected MulticastDelegate()
        {
        }

        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2)
        {
            if ((object)d1 == null)
                return (object)d2 == null;
            return d1.Equals(d2);
        }

        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2)
        {
            return !(d1 == d2);
        }
    }
}
