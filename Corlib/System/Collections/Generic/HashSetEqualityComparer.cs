// Internal: System.Collections.Generic.HashSetEqualityComparer<T>, what
// HashSet<T>.CreateSetComparer returns (a port of .NET's). Two sets are equal when
// they hold the same elements: by the sets' own comparer if both share one, else
// element by element with EqualityComparer<T>.Default. The hash XORs the element
// hashes, so it does not depend on slot order.
namespace System.Collections.Generic
{
    internal sealed class HashSetEqualityComparer<T> : IEqualityComparer<HashSet<T>>
    {
        public bool Equals(HashSet<T> x, HashSet<T> y)
        {
            if (object.ReferenceEquals(x, y))
                return true;
            if (x == null || y == null)
                return false;

            if (HashSet<T>.EqualityComparersAreEqual(x, y))
                return x.Count == y.Count && y.IsSubsetOfHashSetWithSameComparer(x);

            // Different comparers: every element of y must be in x by the default comparer.
            EqualityComparer<T> defaultComparer = EqualityComparer<T>.Default;
            foreach (T yi in y)
            {
                bool found = false;
                foreach (T xi in x)
                {
                    if (defaultComparer.Equals(yi, xi))
                    {
                        found = true;
                        break;
                    }
                }
                if (!found)
                    return false;
            }
            return true;
        }

        public int GetHashCode(HashSet<T> obj)
        {
            int hashCode = 0; // null and empty sets hash to 0
            if (obj != null)
            {
                foreach (T t in obj)
                {
                    if (t != null)
                        hashCode ^= t.GetHashCode();
                }
            }
            return hashCode;
        }

        public override bool Equals(object obj)
        {
            return obj is HashSetEqualityComparer<T>;
        }

        public override int GetHashCode()
        {
            return EqualityComparer<T>.Default.GetHashCode();
        }
    }
}
