// System.Linq.Set<TElement>: the hash set behind Distinct, Union, Intersect and
// Except. Unlike a dictionary it accepts null (hashed as 0), and it asks the
// comparer for a hash code only for non-null elements, as .NET does.
using System.Collections.Generic;

namespace System.Linq
{
    internal sealed class Set<TElement>
    {
        private struct Slot
        {
            internal int _hashCode;    // the element's hash code, non-negative
            internal int _next;        // index of the next slot in the bucket chain, or -1
            internal TElement _value;
        }

        private readonly IEqualityComparer<TElement> _comparer;
        private int[] _buckets;        // 1-based slot indices; 0 means an empty bucket
        private Slot[] _slots;
        private int _count;

        public Set(IEqualityComparer<TElement> comparer)
        {
            _comparer = comparer ?? EqualityComparer<TElement>.Default;
            _buckets = new int[7];
            _slots = new Slot[7];
        }

        public int Count
        {
            get { return _count; }
        }

        // Adds value; returns false if an equal element is already present.
        public bool Add(TElement value)
        {
            int hashCode = InternalGetHashCode(value);
            for (int i = _buckets[hashCode % _buckets.Length] - 1; i >= 0; i = _slots[i]._next)
            {
                if (_slots[i]._hashCode == hashCode && _comparer.Equals(_slots[i]._value, value))
                    return false;
            }

            if (_count == _slots.Length)
                Resize();

            int index = _count;
            _count++;
            int bucket = hashCode % _buckets.Length;
            _slots[index]._hashCode = hashCode;
            _slots[index]._value = value;
            _slots[index]._next = _buckets[bucket] - 1;
            _buckets[bucket] = index + 1;
            return true;
        }

        // Removes an element equal to value; returns false if there is none. A removed
        // slot is unlinked but not reused (Intersect only ever removes).
        public bool Remove(TElement value)
        {
            int hashCode = InternalGetHashCode(value);
            int bucket = hashCode % _buckets.Length;
            int last = -1;
            for (int i = _buckets[bucket] - 1; i >= 0; last = i, i = _slots[i]._next)
            {
                if (_slots[i]._hashCode == hashCode && _comparer.Equals(_slots[i]._value, value))
                {
                    if (last < 0)
                        _buckets[bucket] = _slots[i]._next + 1;
                    else
                        _slots[last]._next = _slots[i]._next;
                    _slots[i]._hashCode = -1;
                    _slots[i]._value = default(TElement);
                    _slots[i]._next = -1;
                    return true;
                }
            }
            return false;
        }

        private void Resize()
        {
            int newSize = checked((_count * 2) + 1);
            int[] newBuckets = new int[newSize];
            Slot[] newSlots = new Slot[newSize];
            for (int i = 0; i < _count; i++)
                newSlots[i] = _slots[i];
            for (int i = 0; i < _count; i++)
            {
                // Removed slots (hash code -1) stay out of every chain.
                if (newSlots[i]._hashCode < 0)
                    continue;
                int bucket = newSlots[i]._hashCode % newSize;
                newSlots[i]._next = newBuckets[bucket] - 1;
                newBuckets[bucket] = i + 1;
            }
            _buckets = newBuckets;
            _slots = newSlots;
        }

        private int InternalGetHashCode(TElement value)
        {
            return value == null ? 0 : _comparer.GetHashCode(value) & 0x7FFFFFFF;
        }
    }
}
