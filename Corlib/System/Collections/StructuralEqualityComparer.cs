// Internal: System.Collections.StructuralEqualityComparer, behind
// StructuralComparisons.StructuralEqualityComparer. IStructuralEquatable objects
// compare and hash their parts with this comparer (so nested arrays compare by
// content); anything else uses object.Equals / GetHashCode. Null equals only null.
namespace System.Collections
{
    internal sealed class StructuralEqualityComparer : IEqualityComparer
    {
        public new bool Equals(object x, object y)
        {
            if (x != null)
            {
                IStructuralEquatable seObj = x as IStructuralEquatable;
                if (seObj != null)
                    return seObj.Equals(y, this);

                if (y != null)
                    return x.Equals(y);
                return false;
            }
            return y == null;
        }

        public int GetHashCode(object obj)
        {
            if (obj == null)
                return 0;

            IStructuralEquatable seObj = obj as IStructuralEquatable;
            if (seObj != null)
                return seObj.GetHashCode(this);

            return obj.GetHashCode();
        }
    }
}
