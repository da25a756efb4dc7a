// System.Collections.Generic.ReferenceEqualityComparer: compares objects by identity (.NET 5+).
using System.Runtime.CompilerServices;

namespace System.Collections.Generic
{
    public sealed class ReferenceEqualityComparer : IEqualityComparer<object>, IEqualityComparer
    {
        private static readonly ReferenceEqualityComparer s_instance = new ReferenceEqualityComparer();

        private ReferenceEqualityComparer()
        {
        }

        public static ReferenceEqualityComparer Instance
        {
            get { return s_instance; }
        }

        public new bool Equals(object x, object y)
        {
            return ReferenceEquals(x, y);
        }

        public int GetHashCode(object obj)
        {
            return RuntimeHelpers.GetHashCode(obj);
        }
    }
}
