// System.IEquatable<T>: a type with a strongly typed equality method.
namespace System
{
    public interface IEquatable<T>
    {
        bool Equals(T other);
    }
}
