// System.Collections.Generic.IEqualityComparer<T>: equality and hashing for values of type T.
namespace System.Collections.Generic
{
    public interface IEqualityComparer<in T>
    {
        bool Equals(T x, T y);

        int GetHashCode(T obj);
    }
}
