// System.Collections.IEqualityComparer: equality and hashing for objects.
namespace System.Collections
{
    public interface IEqualityComparer
    {
        bool Equals(object x, object y);

        int GetHashCode(object obj);
    }
}
