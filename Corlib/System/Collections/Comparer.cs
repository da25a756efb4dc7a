// System.Collections.Comparer: the non-generic default comparer (IComparable-based).
namespace System.Collections
{
    public sealed class Comparer : IComparer
    {
        public static readonly Comparer Default = new Comparer();
        public static readonly Comparer DefaultInvariant = new Comparer();

        private Comparer()
        {
        }

        // Equal references compare equal, null sorts first; otherwise a's IComparable,
        // else b's IComparable negated, else an ArgumentException.
        public int Compare(object a, object b)
        {
            if (a == b)
                return 0;
            if (a == null)
                return -1;
            if (b == null)
                return 1;

            IComparable ia = a as IComparable;
            if (ia != null)
                return ia.CompareTo(b);

            IComparable ib = b as IComparable;
            if (ib != null)
                return -ib.CompareTo(a);

            throw new ArgumentException(System.Collections.Generic.CollectionThrowHelper.ImplementIComparable);
        }
    }
}
