// System.IComparable<T>: a type whose instances are ordered against values of T.
namespace System
{
    public interface IComparable<in T>
    {
        int CompareTo(T other);
    }
}
