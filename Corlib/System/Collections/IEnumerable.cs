// System.Collections.IEnumerable: a non-generic sequence ("foreach").
namespace System.Collections
{
    public interface IEnumerable
    {
        IEnumerator GetEnumerator();
    }
}
