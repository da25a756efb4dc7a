// System.Linq.Lookup<TKey, TElement>: the ILookup built by ToLookup, GroupBy, Join
// and GroupJoin, and its groups (Grouping<TKey, TElement>).
//
// As in .NET: groups are enumerated in the order their keys were first seen,
// elements within a group in source order; null is a valid key (hashed as 0, and
// the comparer is never asked to hash it); an absent key maps to an empty sequence.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public class Lookup<TKey, TElement> : ILookup<TKey, TElement>
    {
        private readonly IEqualityComparer<TKey> _comparer;
        // Hash buckets; each chain is linked through Grouping._hashNext.
        private Grouping<TKey, TElement>[] _groupings;
        // The most recently added group. Groups form a circular list through
        // Grouping._next in insertion order, so _lastGrouping._next is the first group.
        private Grouping<TKey, TElement> _lastGrouping;
        private int _count;

        private Lookup(IEqualityComparer<TKey> comparer)
        {
            _comparer = comparer ?? EqualityComparer<TKey>.Default;
            _groupings = new Grouping<TKey, TElement>[7];
        }

        // Groups source by keySelector, mapping each item through elementSelector.
        // For each item the key is computed before the element.
        internal static Lookup<TKey, TElement> Create<TSource>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TSource item in source)
                lookup.GetGrouping(keySelector(item), true).Add(elementSelector(item));
            return lookup;
        }

        internal static Lookup<TKey, TElement> Create(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TElement item in source)
                lookup.GetGrouping(keySelector(item), true).Add(item);
            return lookup;
        }

        // The inner side of Join and GroupJoin: elements with a null key can never
        // match, so they are left out.
        internal static Lookup<TKey, TElement> CreateForJoin(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TElement item in source)
            {
                TKey key = keySelector(item);
                if (key != null)
                    lookup.GetGrouping(key, true).Add(item);
            }
            return lookup;
        }

        public int Count
        {
            get { return _count; }
        }

        public IEnumerable<TElement> this[TKey key]
        {
            get
            {
                Grouping<TKey, TElement> grouping = GetGrouping(key, false);
                if (grouping != null)
                    return grouping;
                return Enumerable.Empty<TElement>();
            }
        }

        public bool Contains(TKey key)
        {
            return GetGrouping(key, false) != null;
        }

        public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator()
        {
            Grouping<TKey, TElement> g = _lastGrouping;
            if (g != null)
            {
                do
                {
                    g = g._next;
                    yield return g;
                }
                while (g != _lastGrouping);
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        // Calls resultSelector(key, elements) for each group, lazily. As in .NET the
        // elements are passed as the group's (trimmed) array.
        public IEnumerable<TResult> ApplyResultSelector<TResult>(Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            Grouping<TKey, TElement> g = _lastGrouping;
            if (g != null)
            {
                do
                {
                    g = g._next;
                    g.Trim();
                    yield return resultSelector(g._key, g._elements);
                }
                while (g != _lastGrouping);
            }
        }

        // The group for key, or (if create) a new empty group added last; else null.
        internal Grouping<TKey, TElement> GetGrouping(TKey key, bool create)
        {
            int hashCode = key == null ? 0 : _comparer.GetHashCode(key) & 0x7FFFFFFF;
            for (Grouping<TKey, TElement> g = _groupings[hashCode % _groupings.Length]; g != null; g = g._hashNext)
            {
                if (g._hashCode == hashCode && _comparer.Equals(g._key, key))
                    return g;
            }

            if (!create)
                return null;

            if (_count == _groupings.Length)
                Resize();
            int index = hashCode % _groupings.Length;
            Grouping<TKey, TElement> added = new Grouping<TKey, TElement>(key, hashCode);
            added._hashNext = _groupings[index];
            _groupings[index] = added;
            if (_lastGrouping == null)
            {
                added._next = added;
            }
            else
            {
                added._next = _lastGrouping._next;
                _lastGrouping._next = added;
            }
            _lastGrouping = added;
            _count++;
            return added;
        }

        private void Resize()
        {
            int newSize = checked((_count * 2) + 1);
            Grouping<TKey, TElement>[] newGroupings = new Grouping<TKey, TElement>[newSize];
            Grouping<TKey, TElement> g = _lastGrouping;
            do
            {
                g = g._next;
                int index = g._hashCode % newSize;
                g._hashNext = newGroupings[index];
                newGroupings[index] = g;
            }
            while (g != _lastGrouping);
            _groupings = newGroupings;
        }
    }

    // One group of a Lookup: a key and a growable array of elements. Like .NET's it
    // is a read-only IList<TElement>, so Count(), ElementAt() and the like are cheap.
    internal sealed class Grouping<TKey, TElement> : IGrouping<TKey, TElement>, IList<TElement>
    {
        internal readonly TKey _key;
        internal readonly int _hashCode;
        internal TElement[] _elements;
        internal int _count;
        internal Grouping<TKey, TElement> _hashNext;
        internal Grouping<TKey, TElement> _next;

        internal Grouping(TKey key, int hashCode)
        {
            _key = key;
            _hashCode = hashCode;
            _elements = new TElement[1];
        }

        internal void Add(TElement element)
        {
            if (_elements.Length == _count)
                _elements = Enumerable.Resize(_elements, checked(_count * 2), _count);
            _elements[_count] = element;
            _count++;
        }

        internal void Trim()
        {
            if (_elements.Length != _count)
                _elements = Enumerable.Resize(_elements, _count, _count);
        }

        public TKey Key
        {
            get { return _key; }
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            for (int i = 0; i < _count; i++)
                yield return _elements[i];
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        int ICollection<TElement>.Count
        {
            get { return _count; }
        }

        bool ICollection<TElement>.IsReadOnly
        {
            get { return true; }
        }

        void ICollection<TElement>.Add(TElement item)
        {
            throw Error.NotSupported();
        }

        void ICollection<TElement>.Clear()
        {
            throw Error.NotSupported();
        }

        bool ICollection<TElement>.Contains(TElement item)
        {
            return IndexOf(item) >= 0;
        }

        void ICollection<TElement>.CopyTo(TElement[] array, int arrayIndex)
        {
            if (array == null)
                throw Error.ArgumentNull("array");
            if (arrayIndex < 0)
                throw Error.ArgumentOutOfRange("arrayIndex");
            if (array.Length - arrayIndex < _count)
                throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray");
            for (int i = 0; i < _count; i++)
                array[arrayIndex + i] = _elements[i];
        }

        bool ICollection<TElement>.Remove(TElement item)
        {
            throw Error.NotSupported();
        }

        int IList<TElement>.IndexOf(TElement item)
        {
            return IndexOf(item);
        }

        void IList<TElement>.Insert(int index, TElement item)
        {
            throw Error.NotSupported();
        }

        void IList<TElement>.RemoveAt(int index)
        {
            throw Error.NotSupported();
        }

        TElement IList<TElement>.this[int index]
        {
            get
            {
                if (index < 0 || index >= _count)
                    throw Error.ArgumentOutOfRange("index");
                return _elements[index];
            }
            set
            {
                throw Error.NotSupported();
            }
        }

        private int IndexOf(TElement item)
        {
            EqualityComparer<TElement> comparer = EqualityComparer<TElement>.Default;
            for (int i = 0; i < _count; i++)
            {
                if (comparer.Equals(_elements[i], item))
                    return i;
            }
            return -1;
        }
    }
}
