// System.Linq.IGrouping<TKey, TElement>: a sequence of elements that share a key
// (the element type of GroupBy's result).
using System.Collections.Generic;

namespace System.Linq
{
    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement>
    {
        TKey Key { get; }
    }
}
