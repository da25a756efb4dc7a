// System.Linq.IOrderedEnumerable<TElement>: a sorted sequence that can take further
// (ThenBy) sort keys.
using System.Collections.Generic;

namespace System.Linq
{
    public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement>
    {
        // Returns a sequence sorted by this sequence's keys and then by keySelector's.
        IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
    }
}
