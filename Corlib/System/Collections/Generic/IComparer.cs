// System.Collections.Generic.IComparer<T>: orders two values of type T.
namespace System.Collections.Generic
{
    public interface IComparer<in T>
    {
        int Compare(T x, T y);
    }
}
