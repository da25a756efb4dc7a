// System.Linq.ILookup<TKey, TElement>: a map from keys to sequences of values
// (the result of ToLookup). Unlike a dictionary, an absent key maps to an empty
// sequence.
using System.Collections.Generic;

namespace System.Linq
{
    public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>>
    {
        int Count { get; }

        IEnumerable<TElement> this[TKey key] { get; }

        bool Contains(TKey key);
    }
}
