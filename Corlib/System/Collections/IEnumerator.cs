// System.Collections.IEnumerator: a cursor over a non-generic sequence.
namespace System.Collections
{
    public interface IEnumerator
    {
        bool MoveNext();

        object Current { get; }

        void Reset();
    }
}
