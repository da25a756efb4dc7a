// System.Collections.Generic.Comparer<T>: base class of IComparer<T> implementations,
// with Default (the natural order of T) and Create (from a Comparison<T>).
namespace System.Collections.Generic
{
    public abstract class Comparer<T> : IComparer, IComparer<T>
    {
        // Without reflection the default comparer cannot be specialised per T the way
        // .NET does (GenericComparer<T> / NullableComparer<T> / ObjectComparer<T>); one
        // implementation that checks the interfaces at run time gives the same answers.
        private static readonly Comparer<T> s_default = new ObjectComparer<T>();

        protected Comparer()
        {
        }

        public static Comparer<T> Default
        {
            get { return s_default; }
        }

        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null)
                throw new ArgumentNullException("comparison");
            return new ComparisonComparer<T>(comparison);
        }

        public abstract int Compare(T x, T y);

        int IComparer.Compare(object x, object y)
        {
            if (x == null)
                return y == null ? 0 : -1;
            if (y == null)
                return 1;
            if (x is T && y is T)
                return Compare((T)x, (T)y);
            throw new ArgumentException(CollectionThrowHelper.InvalidArgumentForComparison);
        }
    }

    // Comparer<T>.Default: null sorts first; otherwise IComparable<T>, then IComparable
    // (of either argument, negated for y), else "At least one object must implement IComparable."
    internal sealed class ObjectComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y)
        {
            if (x == null)
                return y == null ? 0 : -1;
            if (y == null)
                return 1;

            IComparable<T> gx = x as IComparable<T>;
            if (gx != null)
                return gx.CompareTo(y);

            IComparable cx = x as IComparable;
            if (cx != null)
                return cx.CompareTo(y);

            IComparable cy = y as IComparable;
            if (cy != null)
                return -cy.CompareTo(x);

            throw new ArgumentException(CollectionThrowHelper.ImplementIComparable);
        }

        public override bool Equals(object obj)
        {
            return obj is ObjectComparer<T>;
        }

        public override int GetHashCode()
        {
            return 0x2B6E5A1;
        }
    }

    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> _comparison;

        public ComparisonComparer(Comparison<T> comparison)
        {
            _comparison = comparison;
        }

        public override int Compare(T x, T y)
        {
            return _comparison(x, y);
        }
    }
}
