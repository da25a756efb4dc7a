// System.Collections.Generic.IReadOnlyCollection<T>: a sized, read-only sequence of T.
namespace System.Collections.Generic
{
    public interface IReadOnlyCollection<out T> : IEnumerable<T>
    {
        int Count { get; }
    }
}
