// System.Collections.IStructuralEquatable and IStructuralComparable: structural equality and
// ordering of collection-like objects (tuples, arrays) under a given comparer.
namespace System.Collections
{
    public interface IStructuralEquatable
    {
        bool Equals(object other, IEqualityComparer comparer);
        int GetHashCode(IEqualityComparer comparer);
    }

    public interface IStructuralComparable
    {
        int CompareTo(object other, IComparer comparer);
    }
}
