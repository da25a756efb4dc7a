// System.Collections.Generic.EqualityComparer<T>: base class of IEqualityComparer<T>
// implementations, with Default (T's own Equals/GetHashCode).
namespace System.Collections.Generic
{
    public abstract class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        // Specialised per T by reflection, as .NET does: IEquatable<T>.Equals(T) for types that
        // implement it (no boxing of value types, and the answer .NET gives when Equals(T) and
        // Equals(object) disagree), the underlying type's for Nullable<U>, else Equals(object).
        private static readonly EqualityComparer<T> s_default = CreateDefault();

        private static EqualityComparer<T> CreateDefault()
        {
            Type type = typeof(T);
            if (typeof(IEquatable<T>).IsAssignableFrom(type))
                return (EqualityComparer<T>)Activator.CreateInstance(
                    typeof(GenericEqualityComparer<>).MakeGenericType(type), true);
            Type underlying = Nullable.GetUnderlyingType(type);
            if (underlying != null && typeof(IEquatable<>).MakeGenericType(underlying).IsAssignableFrom(underlying))
                return (EqualityComparer<T>)Activator.CreateInstance(
                    typeof(NullableEqualityComparer<>).MakeGenericType(underlying), true);
            return new ObjectEqualityComparer<T>();
        }

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

    // The default comparer of a T that implements IEquatable<T>: Equals(T) through the
    // constraint, so value types are not boxed.
    internal sealed class GenericEqualityComparer<T> : EqualityComparer<T> where T : IEquatable<T>
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
            return obj is GenericEqualityComparer<T>;
        }

        public override int GetHashCode()
        {
            return 0x2B5E39A7;
        }
    }

    // The default comparer of Nullable<T> where T implements IEquatable<T>.
    internal sealed class NullableEqualityComparer<T> : EqualityComparer<T?> where T : struct, IEquatable<T>
    {
        public override bool Equals(T? x, T? y)
        {
            if (x.HasValue)
            {
                if (y.HasValue)
                    return x.GetValueOrDefault().Equals(y.GetValueOrDefault());
                return false;
            }
            if (y.HasValue)
                return false;
            return true;
        }

        public override int GetHashCode(T? obj)
        {
            return obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            return obj is NullableEqualityComparer<T>;
        }

        public override int GetHashCode()
        {
            return 0x1F3A6C5D;
        }
    }

    // Equals(object) and GetHashCode(): types without IEquatable<T>, and Nullable<U> whose U
    // has none.
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
