// System.Collections.StructuralComparisons: the comparers that look inside
// IStructuralEquatable / IStructuralComparable objects (arrays, tuples), recursively.
namespace System.Collections
{
    public static class StructuralComparisons
    {
        private static IComparer s_StructuralComparer;
        private static IEqualityComparer s_StructuralEqualityComparer;

        public static IComparer StructuralComparer
        {
            get { return s_StructuralComparer ?? (s_StructuralComparer = new StructuralComparer()); }
        }

        public static IEqualityComparer StructuralEqualityComparer
        {
            get { return s_StructuralEqualityComparer ?? (s_StructuralEqualityComparer = new StructuralEqualityComparer()); }
        }
    }
}
