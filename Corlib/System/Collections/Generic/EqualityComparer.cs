// System.Collections.Generic.EqualityComparer<T>: base class of IEqualityComparer<T>
// implementations, with Default (T's own Equals/GetHashCode).
namespace System.Collections.Generic
{
    public abstract class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        // .NET picks a specialised comparer per T by reflection; without it, the virtual
        // Equals(object) gives the same answers (IEquatable<T> types override Equals(object)
        // consistently), at the cost of boxing value types.
        private static readonly EqualityComparer<T> s_default = new ObjectEqualityComparer<T>();

        protected EqualityComparer()
        {
        }

        public static EqualityComparer<T> Default
        {
            get { return s_default; }
        }

        // .NET 8: a comparer from delegates; getHashCode null means hashing is unsupported.
        public static EqualityComparer<T> Create(Func<T, T, bool> equals, Func<T, int> getHashCode = null)
        {
            if (equals == null)
                throw new ArgumentNullException("equals");
            return new DelegateEqualityComparer<T>(equals, getHashCode);
        }

        public abstract bool Equals(T x, T y);

        public abstract int GetHashCode(T obj);

        bool IEqualityComparer.Equals(object x, object y)
        {
            if (x == y)
                return true;
            if (x == null || y == null)
                return false;
            if (x is T && y is T)
                return Equals((T)x, (T)y);
            throw new ArgumentException(CollectionThrowHelper.InvalidArgumentForComparison);
        }

        int IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null)
                return 0;
            if (obj is T)
                return GetHashCode((T)obj);
            throw new ArgumentException(CollectionThrowHelper.InvalidArgumentForComparison);
        }

        // Used by Array.IndexOf / List<T>.IndexOf.
        internal virtual int IndexOf(T[] array, T value, int startIndex, int count)
        {
            int endIndex = startIndex + count;
            for (int i = startIndex; i < endIndex; i++)
            {
                if (Equals(array[i], value))
                    return i;
            }
            return -1;
        }

        internal virtual int LastIndexOf(T[] array, T value, int startIndex, int count)
        {
            int endIndex = startIndex - count + 1;
            for (int i = startIndex; i >= endIndex; i--)
            {
                if (Equals(array[i], value))
                    return i;
            }
            return -1;
        }
    }

    internal sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x != null)
            {
                if (y != null)
                    return x.Equals(y);
                return false;
            }
            if (y != null)
                return false;
            return true;
        }

        public override int GetHashCode(T obj)
        {
            return obj == null ? 0 : obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            return obj is ObjectEqualityComparer<T>;
        }

        public override int GetHashCode()
        {
            return 0x3C4E8F1;
        }
    }

    internal sealed class DelegateEqualityComparer<T> : EqualityComparer<T>
    {
        private readonly Func<T, T, bool> _equals;
        private readonly Func<T, int> _getHashCode;

        public DelegateEqualityComparer(Func<T, T, bool> equals, Func<T, int> getHashCode)
        {
            _equals = equals;
            _getHashCode = getHashCode;
        }

        public override bool Equals(T x, T y)
        {
            return _equals(x, y);
        }

        public override int GetHashCode(T obj)
        {
            if (_getHashCode == null)
                throw new NotSupportedException();
            return _getHashCode(obj);
        }
    }
}
