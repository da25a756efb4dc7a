// System.Collections.Generic.HashSet<T>: a hash set (a port of .NET's HashSet,
// which shares Dictionary's layout: entries in an array, 1-based bucket heads and
// a free list of removed entries that later additions reuse, last freed first).
namespace System.Collections.Generic
{
    public class HashSet<T> : ICollection<T>, ISet<T>, IReadOnlyCollection<T>, IReadOnlySet<T>
    {
        // Entries with Next <= StartOfFreeList are free; Next >= -1 means in use.
        private const int StartOfFreeList = -3;

        // The HashSet(IEnumerable) constructor trims when the table is over 3x too big.
        private const int ShrinkThreshold = 3;

        private struct Entry
        {
            public int HashCode;
            public int Next; // index of the next entry in the chain, -1 at the end
            public T Value;
        }

        private int[] _buckets;
        private Entry[] _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private IEqualityComparer<T> _comparer;

        public HashSet()
            : this((IEqualityComparer<T>)null)
        {
        }

        public HashSet(IEqualityComparer<T> comparer)
        {
            _comparer = comparer ?? EqualityComparer<T>.Default;
        }

        public HashSet(int capacity)
            : this(capacity, null)
        {
        }

        public HashSet(IEnumerable<T> collection)
            : this(collection, null)
        {
        }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer)
            : this(comparer)
        {
            if (collection == null)
                CollectionThrowHelper.ThrowArgumentNull("collection");

            HashSet<T> otherAsHashSet = collection as HashSet<T>;
            if (otherAsHashSet != null && EqualityComparersAreEqual(this, otherAsHashSet))
            {
                ConstructFrom(otherAsHashSet);
            }
            else
            {
                // Size the table for the source if it knows its count.
                ICollection<T> coll = collection as ICollection<T>;
                if (coll != null)
                {
                    int count = coll.Count;
                    if (count > 0)
                        Initialize(count);
                }

                UnionWith(collection);

                if (_count > 0 && _entries.Length / _count > ShrinkThreshold)
                    TrimExcess();
            }
        }

        public HashSet(int capacity, IEqualityComparer<T> comparer)
            : this(comparer)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");
            if (capacity > 0)
                Initialize(capacity);
        }

        // Copies another set with the same comparer: the table (free list included) is
        // cloned when its size is about what this set would pick anyway.
        private void ConstructFrom(HashSet<T> source)
        {
            if (source.Count == 0)
                return;

            int capacity = source._buckets.Length;
            int threshold = System.Collections.HashHelpers.ExpandPrime(source.Count + 1);

            if (threshold >= capacity)
            {
                _buckets = (int[])source._buckets.Clone();
                _entries = (Entry[])source._entries.Clone();
                _freeList = source._freeList;
                _freeCount = source._freeCount;
                _count = source._count;
            }
            else
            {
                Initialize(source.Count);

                Entry[] entries = source._entries;
                for (int i = 0; i < source._count; i++)
                {
                    if (entries[i].Next >= -1)
                        AddIfNotPresent(entries[i].Value);
                }
            }
        }

        void ICollection<T>.Add(T item)
        {
            AddIfNotPresent(item);
        }

        public void Clear()
        {
            int count = _count;
            if (count > 0)
            {
                Array.Clear(_buckets, 0, _buckets.Length);
                _count = 0;
                _freeList = -1;
                _freeCount = 0;
                Array.Clear(_entries, 0, count);
            }
        }

        public bool Contains(T item)
        {
            return FindItemIndex(item) >= 0;
        }

        private int GetHashCodeOf(T item)
        {
            return item == null ? 0 : _comparer.GetHashCode(item);
        }

        // The entry index of item, or -1.
        private int FindItemIndex(T item)
        {
            int[] buckets = _buckets;
            if (buckets != null)
            {
                Entry[] entries = _entries;
                uint collisionCount = 0;
                int hashCode = GetHashCodeOf(item);
                int i = buckets[(uint)hashCode % (uint)buckets.Length] - 1; // 1-based
                while (i >= 0)
                {
                    if (entries[i].HashCode == hashCode && _comparer.Equals(entries[i].Value, item))
                        return i;
                    i = entries[i].Next;

                    collisionCount++;
                    if (collisionCount > (uint)entries.Length)
                        throw new InvalidOperationException("Operations that change non-concurrent collections must have exclusive access. A concurrent update was performed on this collection and corrupted its state. The collection's state is no longer correct.");
                }
            }
            return -1;
        }

        public bool Remove(T item)
        {
            if (_buckets != null)
            {
                Entry[] entries = _entries;
                uint collisionCount = 0;
                int last = -1;
                int hashCode = GetHashCodeOf(item);
                int bucket = (int)((uint)hashCode % (uint)_buckets.Length);
                int i = _buckets[bucket] - 1;

                while (i >= 0)
                {
                    if (entries[i].HashCode == hashCode && _comparer.Equals(entries[i].Value, item))
                    {
                        if (last < 0)
                            _buckets[bucket] = entries[i].Next + 1; // 1-based
                        else
                            entries[last].Next = entries[i].Next;

                        entries[i].Next = StartOfFreeList - _freeList;
                        entries[i].Value = default(T);
                        _freeList = i;
                        _freeCount++;
                        return true;
                    }

                    last = i;
                    i = entries[i].Next;

                    collisionCount++;
                    if (collisionCount > (uint)entries.Length)
                        throw new InvalidOperationException("Operations that change non-concurrent collections must have exclusive access. A concurrent update was performed on this collection and corrupted its state. The collection's state is no longer correct.");
                }
            }
            return false;
        }

        public int Count
        {
            get { return _count - _freeCount; }
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
        }

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this);
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator()
        {
            return new Enumerator(this);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(this);
        }

        public bool Add(T item)
        {
            return AddIfNotPresent(item);
        }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int index = FindItemIndex(equalValue);
            if (index >= 0)
            {
                actualValue = _entries[index].Value;
                return true;
            }
            actualValue = default(T);
            return false;
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            foreach (T item in other)
                AddIfNotPresent(item);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            // Intersection of anything with the empty set is empty, and of a set with itself is the set.
            if (Count == 0 || other == this)
                return;

            ICollection<T> otherAsCollection = other as ICollection<T>;
            if (otherAsCollection != null)
            {
                if (otherAsCollection.Count == 0)
                {
                    Clear();
                    return;
                }

                HashSet<T> otherAsSet = other as HashSet<T>;
                if (otherAsSet != null && EqualityComparersAreEqual(this, otherAsSet))
                {
                    IntersectWithHashSetWithSameComparer(otherAsSet);
                    return;
                }
            }

            IntersectWithEnumerable(other);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            if (Count == 0)
                return;

            // Removing a set from itself empties it.
            if (other == this)
            {
                Clear();
                return;
            }

            foreach (T element in other)
                Remove(element);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            if (Count == 0)
            {
                UnionWith(other);
                return;
            }

            // The symmetric difference of a set with itself is empty.
            if (other == this)
            {
                Clear();
                return;
            }

            HashSet<T> otherAsSet = other as HashSet<T>;
            if (otherAsSet != null && EqualityComparersAreEqual(this, otherAsSet))
                SymmetricExceptWithUniqueHashSet(otherAsSet);
            else
                SymmetricExceptWithEnumerable(other);
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            // The empty set is a subset of anything, and a set is a subset of itself.
            if (Count == 0 || other == this)
                return true;

            HashSet<T> otherAsSet = other as HashSet<T>;
            if (otherAsSet != null && EqualityComparersAreEqual(this, otherAsSet))
            {
                // Fewer elements there means this cannot be a subset.
                if (Count > otherAsSet.Count)
                    return false;
                return IsSubsetOfHashSetWithSameComparer(otherAsSet);
            }

            int uniqueCount, unfoundCount;
            CheckUniqueAndUnfoundElements(other, false, out uniqueCount, out unfoundCount);
            return uniqueCount == Count && unfoundCount >= 0;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            // No set is a proper subset of itself.
            if (other == this)
                return false;

            ICollection<T> otherAsCollection = other as ICollection<T>;
            if (otherAsCollection != null)
            {
                // The empty set is a proper subset of anything but the empty set.
                if (Count == 0)
                    return otherAsCollection.Count > 0;

                HashSet<T> otherAsSet = other as HashSet<T>;
                if (otherAsSet != null && EqualityComparersAreEqual(this, otherAsSet))
                {
                    if (Count >= otherAsSet.Count)
                        return false;
                    return IsSubsetOfHashSetWithSameComparer(otherAsSet);
                }
            }

            int uniqueCount, unfoundCount;
            CheckUniqueAndUnfoundElements(other, false, out uniqueCount, out unfoundCount);
            return uniqueCount == Count && unfoundCount > 0;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            // A set is always a superset of itself.
            if (other == this)
                return true;

            ICollection<T> otherAsCollection = other as ICollection<T>;
            if (otherAsCollection != null)
            {
                // Everything is a superset of the empty set.
                if (otherAsCollection.Count == 0)
                    return true;

                HashSet<T> otherAsSet = other as HashSet<T>;
                if (otherAsSet != null && EqualityComparersAreEqual(this, otherAsSet) && otherAsSet.Count > Count)
                    return false;
            }

            foreach (T element in other)
            {
                if (!Contains(element))
                    return false;
            }
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            // The empty set isn't a proper superset of anything, and no set is a proper superset of itself.
            if (Count == 0 || other == this)
                return false;

            ICollection<T> otherAsCollection = other as ICollection<T>;
            if (otherAsCollection != null)
            {
                // Any non-empty set is a proper superset of the empty set.
                if (otherAsCollection.Count == 0)
                    return true;

                HashSet<T> otherAsSet = other as HashSet<T>;
                if (otherAsSet != null && EqualityComparersAreEqual(this, otherAsSet))
                {
                    if (otherAsSet.Count >= Count)
                        return false;
                    foreach (T element in otherAsSet)
                    {
                        if (!Contains(element))
                            return false;
                    }
                    return true;
                }
            }

            int uniqueCount, unfoundCount;
            CheckUniqueAndUnfoundElements(other, true, out uniqueCount, out unfoundCount);
            return uniqueCount < Count && unfoundCount == 0;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            if (Count == 0)
                return false;

            // A non-empty set overlaps itself.
            if (other == this)
                return true;

            foreach (T element in other)
            {
                if (Contains(element))
                    return true;
            }
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            // A set is equal to itself.
            if (other == this)
                return true;

            HashSet<T> otherAsSet = other as HashSet<T>;
            if (otherAsSet != null && EqualityComparersAreEqual(this, otherAsSet))
            {
                if (Count != otherAsSet.Count)
                    return false;
                // Same count and every element of other is here: equal.
                foreach (T item in otherAsSet)
                {
                    if (!Contains(item))
                        return false;
                }
                return true;
            }

            ICollection<T> otherAsCollection = other as ICollection<T>;
            if (otherAsCollection != null)
            {
                // This is empty and other has elements: not equal.
                if (Count == 0 && otherAsCollection.Count > 0)
                    return false;
            }

            int uniqueCount, unfoundCount;
            CheckUniqueAndUnfoundElements(other, true, out uniqueCount, out unfoundCount);
            return uniqueCount == Count && unfoundCount == 0;
        }

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0, Count);
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            CopyTo(array, arrayIndex, Count);
        }

        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null)
                CollectionThrowHelper.ThrowArgumentNull("array");
            if (arrayIndex < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("arrayIndex");
            if (count < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("count");
            if (arrayIndex > array.Length || count > array.Length - arrayIndex)
                CollectionThrowHelper.ThrowArrayPlusOffTooSmall();

            Entry[] entries = _entries;
            for (int i = 0; i < _count && count != 0; i++)
            {
                if (entries[i].Next >= -1)
                {
                    array[arrayIndex++] = entries[i].Value;
                    count--;
                }
            }
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null)
                CollectionThrowHelper.ThrowArgumentNull("match");

            Entry[] entries = _entries;
            int numRemoved = 0;
            for (int i = 0; i < _count; i++)
            {
                if (entries[i].Next >= -1)
                {
                    // Cache the value in case the delegate removes it.
                    T value = entries[i].Value;
                    if (match(value))
                    {
                        // Check again that remove actually removed it.
                        if (Remove(value))
                            numRemoved++;
                    }
                }
            }
            return numRemoved;
        }

        public IEqualityComparer<T> Comparer
        {
            get { return _comparer; }
        }

        // An IEqualityComparer for sets of sets: equal when they hold the same elements.
        public static IEqualityComparer<HashSet<T>> CreateSetComparer()
        {
            return new HashSetEqualityComparer<T>();
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");

            int currentCapacity = _entries == null ? 0 : _entries.Length;
            if (currentCapacity >= capacity)
                return currentCapacity;

            if (_buckets == null)
                return Initialize(capacity);

            int newSize = System.Collections.HashHelpers.GetPrime(capacity);
            Resize(newSize);
            return newSize;
        }

        private void Resize()
        {
            Resize(System.Collections.HashHelpers.ExpandPrime(_count));
        }

        private void Resize(int newSize)
        {
            Entry[] entries = new Entry[newSize];
            int count = _count;
            Array.Copy(_entries, entries, count);

            _buckets = new int[newSize];
            for (int i = 0; i < count; i++)
            {
                if (entries[i].Next >= -1)
                {
                    int bucket = (int)((uint)entries[i].HashCode % (uint)newSize);
                    entries[i].Next = _buckets[bucket] - 1; // 1-based
                    _buckets[bucket] = i + 1;
                }
            }
            _entries = entries;
        }

        // Shrinks the table to the smallest prime size holding the elements, compacting freed entries.
        public void TrimExcess()
        {
            int capacity = Count;

            int newSize = System.Collections.HashHelpers.GetPrime(capacity);
            Entry[] oldEntries = _entries;
            int currentCapacity = oldEntries == null ? 0 : oldEntries.Length;
            if (newSize >= currentCapacity)
                return;

            int oldCount = _count;
            _version++;
            Initialize(newSize);
            Entry[] entries = _entries;
            int count = 0;
            for (int i = 0; i < oldCount; i++)
            {
                int hashCode = oldEntries[i].HashCode;
                if (oldEntries[i].Next >= -1)
                {
                    entries[count] = oldEntries[i];
                    int bucket = (int)((uint)hashCode % (uint)newSize);
                    entries[count].Next = _buckets[bucket] - 1; // 1-based
                    _buckets[bucket] = count + 1;
                    count++;
                }
            }

            _count = count;
            _freeCount = 0;
        }

        private int Initialize(int capacity)
        {
            int size = System.Collections.HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _entries = new Entry[size];
            _freeList = -1;
            _freeCount = 0;
            return size;
        }

        private bool AddIfNotPresent(T value)
        {
            int location;
            return AddIfNotPresent(value, out location);
        }

        // Adds value unless present; location receives its entry index either way.
        private bool AddIfNotPresent(T value, out int location)
        {
            if (_buckets == null)
                Initialize(0);

            Entry[] entries = _entries;
            uint collisionCount = 0;
            int hashCode = GetHashCodeOf(value);
            int bucket = (int)((uint)hashCode % (uint)_buckets.Length);
            int i = _buckets[bucket] - 1; // 1-based
            while (i >= 0)
            {
                if (entries[i].HashCode == hashCode && _comparer.Equals(entries[i].Value, value))
                {
                    location = i;
                    return false;
                }
                i = entries[i].Next;

                collisionCount++;
                if (collisionCount > (uint)entries.Length)
                    throw new InvalidOperationException("Operations that change non-concurrent collections must have exclusive access. A concurrent update was performed on this collection and corrupted its state. The collection's state is no longer correct.");
            }

            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeCount--;
                _freeList = StartOfFreeList - entries[_freeList].Next;
            }
            else
            {
                int count = _count;
                if (count == entries.Length)
                {
                    Resize();
                    bucket = (int)((uint)hashCode % (uint)_buckets.Length);
                }
                index = count;
                _count = count + 1;
                entries = _entries;
            }

            entries[index].HashCode = hashCode;
            entries[index].Next = _buckets[bucket] - 1; // 1-based
            entries[index].Value = value;
            _buckets[bucket] = index + 1;
            _version++;
            location = index;
            return true;
        }

        internal bool IsSubsetOfHashSetWithSameComparer(HashSet<T> other)
        {
            foreach (T item in this)
            {
                if (!other.Contains(item))
                    return false;
            }
            return true;
        }

        private void IntersectWithHashSetWithSameComparer(HashSet<T> other)
        {
            Entry[] entries = _entries;
            for (int i = 0; i < _count; i++)
            {
                if (entries[i].Next >= -1)
                {
                    T item = entries[i].Value;
                    if (!other.Contains(item))
                        Remove(item);
                }
            }
        }

        // Marks the elements found in other, then removes the unmarked ones in entry order.
        private void IntersectWithEnumerable(IEnumerable<T> other)
        {
            int originalCount = _count;
            bool[] marked = new bool[originalCount];

            foreach (T item in other)
            {
                int location = FindItemIndex(item);
                if (location >= 0)
                    marked[location] = true;
            }

            for (int i = 0; i < originalCount; i++)
            {
                if (_entries[i].Next >= -1 && !marked[i])
                    Remove(_entries[i].Value);
            }
        }

        private void SymmetricExceptWithUniqueHashSet(HashSet<T> other)
        {
            foreach (T item in other)
            {
                if (!Remove(item))
                    AddIfNotPresent(item);
            }
        }

        private void SymmetricExceptWithEnumerable(IEnumerable<T> other)
        {
            int originalCount = _count;
            bool[] itemsToRemove = new bool[originalCount];
            bool[] itemsAddedFromOther = new bool[originalCount];

            foreach (T item in other)
            {
                int location;
                if (AddIfNotPresent(item, out location))
                {
                    // Newly added: must not be removed. Locations past the original entries
                    // cannot collide with original elements and are not tracked.
                    if (location < originalCount)
                        itemsAddedFromOther[location] = true;
                }
                else
                {
                    // Already there: remove it unless it was added from other.
                    if (location < originalCount && !itemsAddedFromOther[location])
                        itemsToRemove[location] = true;
                }
            }

            for (int i = 0; i < originalCount; i++)
            {
                if (itemsToRemove[i])
                    Remove(_entries[i].Value);
            }
        }

        // How many distinct elements of this set other contains, and how many of other's
        // elements are not in this set (-1 if returnIfUnfound stopped at the first).
        private void CheckUniqueAndUnfoundElements(IEnumerable<T> other, bool returnIfUnfound, out int uniqueCount, out int unfoundCount)
        {
            if (_count == 0)
            {
                int numElementsInOther = 0;
                foreach (T item in other)
                {
                    numElementsInOther++;
                    break; // one is enough
                }
                uniqueCount = 0;
                unfoundCount = numElementsInOther;
                return;
            }

            int originalCount = _count;
            bool[] seen = new bool[originalCount];

            unfoundCount = 0;
            uniqueCount = 0;
            foreach (T item in other)
            {
                int location = FindItemIndex(item);
                if (location >= 0)
                {
                    if (!seen[location])
                    {
                        seen[location] = true;
                        uniqueCount++;
                    }
                }
                else
                {
                    unfoundCount++;
                    if (returnIfUnfound)
                        break;
                }
            }
        }

        internal static bool EqualityComparersAreEqual(HashSet<T> set1, HashSet<T> set2)
        {
            return set1.Comparer.Equals(set2.Comparer);
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly HashSet<T> _hashSet;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(HashSet<T> hashSet)
            {
                _hashSet = hashSet;
                _version = hashSet._version;
                _index = 0;
                _current = default(T);
            }

            public bool MoveNext()
            {
                if (_version != _hashSet._version)
                    CollectionThrowHelper.ThrowVersion();

                // Unsigned: _index is set to _count + 1 at the end.
                while ((uint)_index < (uint)_hashSet._count)
                {
                    int i = _index++;
                    if (_hashSet._entries[i].Next >= -1)
                    {
                        _current = _hashSet._entries[i].Value;
                        return true;
                    }
                }

                _index = _hashSet._count + 1;
                _current = default(T);
                return false;
            }

            public T Current
            {
                get { return _current; }
            }

            public void Dispose()
            {
            }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || (_index == _hashSet._count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _hashSet._version)
                    CollectionThrowHelper.ThrowVersion();

                _index = 0;
                _current = default(T);
            }
        }
    }
}
