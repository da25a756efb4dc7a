// Internal: System.Collections.StructuralComparer, behind
// StructuralComparisons.StructuralComparer. IStructuralComparable objects compare
// their parts with this comparer (so nested arrays compare by content); anything else
// uses Comparer<object>.Default. Null sorts first.
using System.Collections.Generic;

namespace System.Collections
{
    internal sealed class StructuralComparer : IComparer
    {
        public int Compare(object x, object y)
        {
            if (x == null)
                return y == null ? 0 : -1;
            if (y == null)
                return 1;

            IStructuralComparable scX = x as IStructuralComparable;
            if (scX != null)
                return scX.CompareTo(y, this);

            return Comparer<object>.Default.Compare(x, y);
        }
    }
}
