// System.Collections.Generic.IEnumerator<T>: a cursor over a sequence of T.
namespace System.Collections.Generic
{
    public interface IEnumerator<out T> : IDisposable, IEnumerator
    {
        new T Current { get; }
    }
}
