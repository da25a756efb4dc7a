// System.Linq.OrderedEnumerable: the IOrderedEnumerable behind OrderBy,
// OrderByDescending, ThenBy and ThenByDescending, and the sorter it uses.
//
// As in .NET, enumerating buffers the source, computes every key of the primary
// sort for all elements, then every key of the next level, and so on, and then
// sorts an index map. Ties on all keys are broken by the elements' original
// positions, so the sort is stable (and its result is independent of the sorting
// algorithm: a merge sort here, an introsort in .NET).
//
// Also as in .NET, First, Last, ElementAt(0) and Count on an ordered sequence
// do not sort: First/Last make one pass over the source keeping the least /
// greatest element, computing a level's key only when the levels before it tie
// (CachingComparer); Count counts the source without computing keys. This is
// visible to key selectors with side effects, so it is kept.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    internal abstract class OrderedEnumerable<TElement> : IOrderedEnumerable<TElement>
    {
        internal IEnumerable<TElement> _source;

        // The sorter for this level and its parents (outermost first), with `next`
        // as the sorter of the levels after this one.
        internal abstract EnumerableSorter<TElement> GetEnumerableSorter(EnumerableSorter<TElement> next);

        public IEnumerator<TElement> GetEnumerator()
        {
            TElement[] buffer = Enumerable.ToArray(_source);
            int count = buffer.Length;
            if (count > 0)
            {
                int[] map = GetEnumerableSorter(null).Sort(buffer, count, true);
                for (int i = 0; i < count; i++)
                    yield return buffer[map[i]];
            }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        IOrderedEnumerable<TElement> IOrderedEnumerable<TElement>.CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            return new OrderedEnumerable<TElement, TKey>(_source, keySelector, comparer, descending, this);
        }

        // The comparer for this level and its parents (outermost first), with
        // `childComparer` for the levels after this one.
        internal abstract CachingComparer<TElement> GetComparer(CachingComparer<TElement> childComparer);

        internal int Count()
        {
            return Enumerable.Count(_source);
        }

        // The first element in sorted order: the earliest of the least elements.
        internal TElement TryGetFirst(out bool found)
        {
            CachingComparer<TElement> comparer = GetComparer(null);
            using (IEnumerator<TElement> e = _source.GetEnumerator())
            {
                if (!e.MoveNext())
                {
                    found = false;
                    return default(TElement);
                }
                TElement value = e.Current;
                comparer.SetElement(value);
                while (e.MoveNext())
                {
                    TElement x = e.Current;
                    if (comparer.Compare(x, true) < 0)
                        value = x;
                }
                found = true;
                return value;
            }
        }

        // The predicate sees every element, in source order; keys are computed
        // only for the elements that match.
        internal TElement TryGetFirst(Func<TElement, bool> predicate, out bool found)
        {
            CachingComparer<TElement> comparer = GetComparer(null);
            using (IEnumerator<TElement> e = _source.GetEnumerator())
            {
                TElement value;
                do
                {
                    if (!e.MoveNext())
                    {
                        found = false;
                        return default(TElement);
                    }
                    value = e.Current;
                }
                while (!predicate(value));

                comparer.SetElement(value);
                while (e.MoveNext())
                {
                    TElement x = e.Current;
                    if (predicate(x) && comparer.Compare(x, true) < 0)
                        value = x;
                }
                found = true;
                return value;
            }
        }

        // The last element in sorted order: the latest of the greatest elements.
        internal TElement TryGetLast(out bool found)
        {
            using (IEnumerator<TElement> e = _source.GetEnumerator())
            {
                if (!e.MoveNext())
                {
                    found = false;
                    return default(TElement);
                }
                CachingComparer<TElement> comparer = GetComparer(null);
                TElement value = e.Current;
                comparer.SetElement(value);
                while (e.MoveNext())
                {
                    TElement current = e.Current;
                    if (comparer.Compare(current, false) >= 0)
                        value = current;
                }
                found = true;
                return value;
            }
        }

        internal TElement TryGetLast(Func<TElement, bool> predicate, out bool found)
        {
            CachingComparer<TElement> comparer = GetComparer(null);
            using (IEnumerator<TElement> e = _source.GetEnumerator())
            {
                TElement value;
                do
                {
                    if (!e.MoveNext())
                    {
                        found = false;
                        return default(TElement);
                    }
                    value = e.Current;
                }
                while (!predicate(value));

                comparer.SetElement(value);
                while (e.MoveNext())
                {
                    TElement x = e.Current;
                    if (predicate(x) && comparer.Compare(x, false) >= 0)
                        value = x;
                }
                found = true;
                return value;
            }
        }

        // Index 0 is First; otherwise the source is buffered and, only if index is
        // in range, sorted.
        internal TElement TryGetElementAt(int index, out bool found)
        {
            if (index == 0)
                return TryGetFirst(out found);
            if (index > 0)
            {
                TElement[] buffer = Enumerable.ToArray(_source);
                int count = buffer.Length;
                if (index < count)
                {
                    int[] map = GetEnumerableSorter(null).Sort(buffer, count, false);
                    found = true;
                    return buffer[map[index]];
                }
            }
            found = false;
            return default(TElement);
        }
    }

    internal sealed class OrderedEnumerable<TElement, TKey> : OrderedEnumerable<TElement>
    {
        private readonly OrderedEnumerable<TElement> _parent;
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;

        // Arguments are checked here, eagerly, as in .NET: OrderBy(null, f) and
        // ThenBy(o, null) throw when called, not when enumerated.
        internal OrderedEnumerable(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, OrderedEnumerable<TElement> parent)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            _source = source;
            _parent = parent;
            _keySelector = keySelector;
            _comparer = comparer ?? Comparer<TKey>.Default;
            _descending = descending;
        }

        internal override EnumerableSorter<TElement> GetEnumerableSorter(EnumerableSorter<TElement> next)
        {
            EnumerableSorter<TElement> sorter = new EnumerableSorter<TElement, TKey>(_keySelector, _comparer, _descending, next);
            if (_parent != null)
                sorter = _parent.GetEnumerableSorter(sorter);
            return sorter;
        }

        internal override CachingComparer<TElement> GetComparer(CachingComparer<TElement> childComparer)
        {
            CachingComparer<TElement> cmp = childComparer == null
                ? new CachingComparer<TElement, TKey>(_keySelector, _comparer, _descending)
                : new CachingComparerWithChild<TElement, TKey>(_keySelector, _comparer, _descending, childComparer);
            return _parent != null ? _parent.GetComparer(cmp) : cmp;
        }
    }

    // Compares elements against one remembered element (the current best of a
    // First/Last pass) whose keys are cached: a level's key is computed for an
    // element only when all earlier levels tie.
    internal abstract class CachingComparer<TElement>
    {
        // Compares element with the remembered one (in sort order). If element
        // becomes the new best (cacheLower: when it compares lower; otherwise when
        // it compares higher or equal), its keys are remembered instead.
        internal abstract int Compare(TElement element, bool cacheLower);

        internal abstract void SetElement(TElement element);
    }

    internal class CachingComparer<TElement, TKey> : CachingComparer<TElement>
    {
        protected readonly Func<TElement, TKey> _keySelector;
        protected readonly IComparer<TKey> _comparer;
        protected readonly bool _descending;
        protected TKey _lastKey;

        internal CachingComparer(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            _keySelector = keySelector;
            _comparer = comparer;
            _descending = descending;
        }

        internal override int Compare(TElement element, bool cacheLower)
        {
            TKey newKey = _keySelector(element);
            int cmp = _descending ? _comparer.Compare(_lastKey, newKey) : _comparer.Compare(newKey, _lastKey);
            if (cacheLower == cmp < 0)
                _lastKey = newKey;
            return cmp;
        }

        internal override void SetElement(TElement element)
        {
            _lastKey = _keySelector(element);
        }
    }

    internal sealed class CachingComparerWithChild<TElement, TKey> : CachingComparer<TElement, TKey>
    {
        private readonly CachingComparer<TElement> _child;

        internal CachingComparerWithChild(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, CachingComparer<TElement> child)
            : base(keySelector, comparer, descending)
        {
            _child = child;
        }

        internal override int Compare(TElement element, bool cacheLower)
        {
            TKey newKey = _keySelector(element);
            int cmp = _descending ? _comparer.Compare(_lastKey, newKey) : _comparer.Compare(newKey, _lastKey);
            if (cmp == 0)
                return _child.Compare(element, cacheLower);
            if (cacheLower == cmp < 0)
            {
                _lastKey = newKey;
                _child.SetElement(element);
            }
            return cmp;
        }

        internal override void SetElement(TElement element)
        {
            base.SetElement(element);
            _child.SetElement(element);
        }
    }

    internal abstract class EnumerableSorter<TElement>
    {
        // Computes this level's key for each element, then the next levels' keys.
        internal abstract void ComputeKeys(TElement[] elements, int count);

        // Compares elements index1 and index2 by this level's key, then the next
        // levels', then by position.
        internal abstract int CompareAnyKeys(int index1, int index2);

        // Returns the permutation that sorts elements[0..count).
        //
        // Enumerating a sorted sequence sorts through .NET's array sort, which
        // reports an exception thrown by a comparer as InvalidOperationException
        // (IndexOutOfRangeException as ArgumentException, "bad comparer"):
        // wrapComparerExceptions does the same. ElementAt selects without the
        // array sort, so its comparer exceptions pass through unchanged.
        internal int[] Sort(TElement[] elements, int count, bool wrapComparerExceptions)
        {
            ComputeKeys(elements, count);
            int[] map = new int[count];
            for (int i = 0; i < count; i++)
                map[i] = i;
            if (!wrapComparerExceptions)
            {
                MergeSort(map, new int[count], 0, count);
                return map;
            }
            try
            {
                MergeSort(map, new int[count], 0, count);
            }
            catch (IndexOutOfRangeException)
            {
                throw Error.BadComparer();
            }
            catch (Exception e)
            {
                throw Error.ComparerFailed(e);
            }
            return map;
        }

        // Sorts map[lo..hi) using scratch (same length as map) as merge space.
        private void MergeSort(int[] map, int[] scratch, int lo, int hi)
        {
            if (hi - lo < 2)
                return;
            int mid = lo + ((hi - lo) >> 1);
            MergeSort(map, scratch, lo, mid);
            MergeSort(map, scratch, mid, hi);
            if (CompareAnyKeys(map[mid - 1], map[mid]) <= 0)
                return; // already in order
            int i = lo;
            int j = mid;
            int k = lo;
            while (i < mid && j < hi)
            {
                if (CompareAnyKeys(map[i], map[j]) <= 0)
                    scratch[k++] = map[i++];
                else
                    scratch[k++] = map[j++];
            }
            while (i < mid)
                scratch[k++] = map[i++];
            while (j < hi)
                scratch[k++] = map[j++];
            for (k = lo; k < hi; k++)
                map[k] = scratch[k];
        }
    }

    internal sealed class EnumerableSorter<TElement, TKey> : EnumerableSorter<TElement>
    {
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;
        private readonly EnumerableSorter<TElement> _next;
        private TKey[] _keys;

        internal EnumerableSorter(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, EnumerableSorter<TElement> next)
        {
            _keySelector = keySelector;
            _comparer = comparer;
            _descending = descending;
            _next = next;
        }

        internal override void ComputeKeys(TElement[] elements, int count)
        {
            _keys = new TKey[count];
            for (int i = 0; i < count; i++)
                _keys[i] = _keySelector(elements[i]);
            if (_next != null)
                _next.ComputeKeys(elements, count);
        }

        internal override int CompareAnyKeys(int index1, int index2)
        {
            int c = _comparer.Compare(_keys[index1], _keys[index2]);
            if (c == 0)
            {
                if (_next == null)
                    return index1 - index2; // ensure stability of sort
                return _next.CompareAnyKeys(index1, index2);
            }
            // Descending flips the sign without negating c: -int.MinValue is still
            // negative, and a comparer may return any magnitude.
            return (_descending != (c > 0)) ? 1 : -1;
        }
    }
}
