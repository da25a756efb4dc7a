// System.Collections.Generic.IReadOnlyList<T>: a read-only sequence of T accessed by index.
namespace System.Collections.Generic
{
    public interface IReadOnlyList<out T> : IReadOnlyCollection<T>
    {
        T this[int index] { get; }
    }
}
