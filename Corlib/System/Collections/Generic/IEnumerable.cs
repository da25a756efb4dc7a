// System.Collections.Generic.IEnumerable<T>: a sequence of T ("foreach").
namespace System.Collections.Generic
{
    public interface IEnumerable<out T> : IEnumerable
    {
        new IEnumerator<T> GetEnumerator();
    }
}
