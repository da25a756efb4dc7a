// System.Collections.Generic.Dictionary<TKey, TValue>: a hash table (a port of
// .NET's Dictionary). Entries live in an array in insertion order; each bucket
// holds the 1-based index of the first entry of its chain. Removed entries go on a
// free list and are reused, most recently freed first — which is why, as in .NET,
// enumeration order after Remove + Add is not plain insertion order.
namespace System.Collections.Generic
{
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        // An entry is on the free list when next <= StartOfFreeList: next then encodes
        // the following free entry as StartOfFreeList - index (-3 - index), so that
        // next >= -1 means "in use" (-1 ends a chain).
        private const int StartOfFreeList = -3;

        private struct Entry
        {
            public uint hashCode;
            public int next;
            public TKey key;
            public TValue value;
        }

        private int[] _buckets;
        private Entry[] _entries;
        private int _count;       // entries used so far (including freed ones)
        private int _freeList;
        private int _freeCount;
        private int _version;
        private IEqualityComparer<TKey> _comparer;
        private KeyCollection _keys;
        private ValueCollection _values;

        public Dictionary()
            : this(0, null)
        {
        }

        public Dictionary(int capacity)
            : this(capacity, null)
        {
        }

        public Dictionary(IEqualityComparer<TKey> comparer)
            : this(0, comparer)
        {
        }

        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");
            if (capacity > 0)
                Initialize(capacity);
            _comparer = comparer ?? EqualityComparer<TKey>.Default;
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary)
            : this(dictionary, null)
        {
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer)
            : this(dictionary != null ? dictionary.Count : 0, comparer)
        {
            if (dictionary == null)
                CollectionThrowHelper.ThrowArgumentNull("dictionary");
            AddRange(dictionary);
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection)
            : this(collection, null)
        {
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this((collection as ICollection<KeyValuePair<TKey, TValue>>) != null ? ((ICollection<KeyValuePair<TKey, TValue>>)collection).Count : 0, comparer)
        {
            if (collection == null)
                CollectionThrowHelper.ThrowArgumentNull("collection");
            AddRange(collection);
        }

        private void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> collection)
        {
            // (.NET copies a source Dictionary's live entries directly; adding them in
            // enumeration order produces the same table.)
            foreach (KeyValuePair<TKey, TValue> pair in collection)
                Add(pair.Key, pair.Value);
        }

        public IEqualityComparer<TKey> Comparer
        {
            get { return _comparer; }
        }

        public int Count
        {
            get { return _count - _freeCount; }
        }

        public KeyCollection Keys
        {
            get { return _keys ?? (_keys = new KeyCollection(this)); }
        }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        public ValueCollection Values
        {
            get { return _values ?? (_values = new ValueCollection(this)); }
        }

        ICollection<TValue> IDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = FindValue(key);
                if (i >= 0)
                    return _entries[i].value;
                CollectionThrowHelper.ThrowKeyNotFound(key);
                return default(TValue);
            }
            set
            {
                TryInsert(key, value, InsertionBehavior.OverwriteExisting);
            }
        }

        public void Add(TKey key, TValue value)
        {
            TryInsert(key, value, InsertionBehavior.ThrowOnExisting);
        }

        public bool TryAdd(TKey key, TValue value)
        {
            return TryInsert(key, value, InsertionBehavior.None);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair)
        {
            Add(keyValuePair.Key, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = FindValue(keyValuePair.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[i].value, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = FindValue(keyValuePair.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[i].value, keyValuePair.Value))
            {
                Remove(keyValuePair.Key);
                return true;
            }
            return false;
        }

        // Clearing keeps the capacity and, as in .NET Core 3.0+, does not invalidate enumerators.
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

        public bool ContainsKey(TKey key)
        {
            return FindValue(key) >= 0;
        }

        public bool ContainsValue(TValue value)
        {
            Entry[] entries = _entries;
            if (value == null)
            {
                for (int i = 0; i < _count; i++)
                {
                    if (entries[i].next >= -1 && entries[i].value == null)
                        return true;
                }
            }
            else
            {
                EqualityComparer<TValue> comparer = EqualityComparer<TValue>.Default;
                for (int i = 0; i < _count; i++)
                {
                    if (entries[i].next >= -1 && comparer.Equals(entries[i].value, value))
                        return true;
                }
            }
            return false;
        }

        private void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null)
                CollectionThrowHelper.ThrowArgumentNull("array");
            if ((uint)index > (uint)array.Length)
                CollectionThrowHelper.ThrowNeedNonNegNum("index");
            if (array.Length - index < Count)
                CollectionThrowHelper.ThrowArrayPlusOffTooSmall();

            int count = _count;
            Entry[] entries = _entries;
            for (int i = 0; i < count; i++)
            {
                if (entries[i].next >= -1)
                    array[index++] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
            }
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            CopyTo(array, index);
        }

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePair);
        }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePair);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePair);
        }

        // The index of key's entry, or -1.
        private int FindValue(TKey key)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");

            if (_buckets == null)
                return -1;

            Entry[] entries = _entries;
            uint hashCode = (uint)_comparer.GetHashCode(key);
            int i = _buckets[hashCode % (uint)_buckets.Length] - 1; // buckets are 1-based
            uint collisionCount = 0;
            while ((uint)i < (uint)entries.Length)
            {
                if (entries[i].hashCode == hashCode && _comparer.Equals(entries[i].key, key))
                    return i;

                i = entries[i].next;
                collisionCount++;
                if (collisionCount > (uint)entries.Length)
                    ThrowConcurrentOperations(); // the chain has a cycle
            }
            return -1;
        }

        private static void ThrowConcurrentOperations()
        {
            throw new InvalidOperationException("Operations that change non-concurrent collections must have exclusive access. A concurrent update was performed on this collection and corrupted its state. The collection's state is no longer correct.");
        }

        private int Initialize(int capacity)
        {
            int size = System.Collections.HashHelpers.GetPrime(capacity);
            _freeList = -1;
            _buckets = new int[size];
            _entries = new Entry[size];
            return size;
        }

        private enum InsertionBehavior
        {
            None = 0,
            OverwriteExisting = 1,
            ThrowOnExisting = 2,
        }

        private bool TryInsert(TKey key, TValue value, InsertionBehavior behavior)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");

            if (_buckets == null)
                Initialize(0);

            Entry[] entries = _entries;
            uint hashCode = (uint)_comparer.GetHashCode(key);
            uint collisionCount = 0;
            int bucket = (int)(hashCode % (uint)_buckets.Length);
            int i = _buckets[bucket] - 1;

            while ((uint)i < (uint)entries.Length)
            {
                if (entries[i].hashCode == hashCode && _comparer.Equals(entries[i].key, key))
                {
                    if (behavior == InsertionBehavior.OverwriteExisting)
                    {
                        // Replacing a value does not invalidate enumerators.
                        entries[i].value = value;
                        return true;
                    }
                    if (behavior == InsertionBehavior.ThrowOnExisting)
                        CollectionThrowHelper.ThrowAddingDuplicateWithKey(key);
                    return false;
                }

                i = entries[i].next;
                collisionCount++;
                if (collisionCount > (uint)entries.Length)
                    ThrowConcurrentOperations();
            }

            int index;
            if (_freeCount > 0)
            {
                // Reuse the most recently freed entry.
                index = _freeList;
                _freeList = StartOfFreeList - entries[_freeList].next;
                _freeCount--;
            }
            else
            {
                int count = _count;
                if (count == entries.Length)
                {
                    Resize();
                    bucket = (int)(hashCode % (uint)_buckets.Length);
                }
                index = count;
                _count = count + 1;
                entries = _entries;
            }

            entries[index].hashCode = hashCode;
            entries[index].next = _buckets[bucket] - 1;
            entries[index].key = key;
            entries[index].value = value;
            _buckets[bucket] = index + 1;
            _version++;
            return true;
        }

        private void Resize()
        {
            Resize(System.Collections.HashHelpers.ExpandPrime(_count));
        }

        // Grows the entry array to newSize (keeping entry positions) and rebuilds the chains.
        private void Resize(int newSize)
        {
            Entry[] entries = new Entry[newSize];
            int count = _count;
            Array.Copy(_entries, entries, count);

            _buckets = new int[newSize];
            for (int i = 0; i < count; i++)
            {
                if (entries[i].next >= -1)
                {
                    int bucket = (int)(entries[i].hashCode % (uint)newSize);
                    entries[i].next = _buckets[bucket] - 1;
                    _buckets[bucket] = i + 1;
                }
            }
            _entries = entries;
        }

        // Removing does not invalidate enumerators (as in .NET Core 3.0+).
        public bool Remove(TKey key)
        {
            TValue ignored;
            return Remove(key, out ignored);
        }

        public bool Remove(TKey key, out TValue value)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");

            if (_buckets != null)
            {
                Entry[] entries = _entries;
                uint collisionCount = 0;
                uint hashCode = (uint)_comparer.GetHashCode(key);
                int bucket = (int)(hashCode % (uint)_buckets.Length);
                int last = -1;
                int i = _buckets[bucket] - 1;
                while (i >= 0)
                {
                    if (entries[i].hashCode == hashCode && _comparer.Equals(entries[i].key, key))
                    {
                        // Unlink the entry from its chain...
                        if (last < 0)
                            _buckets[bucket] = entries[i].next + 1;
                        else
                            entries[last].next = entries[i].next;

                        value = entries[i].value;

                        // ...and push it on the free list.
                        entries[i].next = StartOfFreeList - _freeList;
                        entries[i].key = default(TKey);
                        entries[i].value = default(TValue);
                        _freeList = i;
                        _freeCount++;
                        return true;
                    }

                    last = i;
                    i = entries[i].next;
                    collisionCount++;
                    if (collisionCount > (uint)entries.Length)
                        ThrowConcurrentOperations();
                }
            }

            value = default(TValue);
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = FindValue(key);
            if (i >= 0)
            {
                value = _entries[i].value;
                return true;
            }
            value = default(TValue);
            return false;
        }

        // Ensures room for capacity entries without resizing; returns the new capacity.
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");

            int currentCapacity = _entries == null ? 0 : _entries.Length;
            if (currentCapacity >= capacity)
                return currentCapacity;

            _version++;

            if (_buckets == null)
                return Initialize(capacity);

            int newSize = System.Collections.HashHelpers.GetPrime(capacity);
            Resize(newSize);
            return newSize;
        }

        public void TrimExcess()
        {
            TrimExcess(Count);
        }

        // Shrinks the table to fit capacity entries, compacting out freed entries.
        public void TrimExcess(int capacity)
        {
            if (capacity < Count)
                CollectionThrowHelper.ThrowArgumentOutOfRange("capacity", CollectionThrowHelper.SmallCapacity);

            int newSize = System.Collections.HashHelpers.GetPrime(capacity);
            Entry[] oldEntries = _entries;
            int currentCapacity = oldEntries == null ? 0 : oldEntries.Length;
            if (newSize >= currentCapacity)
                return;

            int oldCount = _count;
            _version++;
            Initialize(newSize);
            CopyEntries(oldEntries, oldCount);
        }

        private void CopyEntries(Entry[] entries, int count)
        {
            Entry[] newEntries = _entries;
            int newCount = 0;
            for (int i = 0; i < count; i++)
            {
                uint hashCode = entries[i].hashCode;
                if (entries[i].next >= -1)
                {
                    newEntries[newCount] = entries[i];
                    int bucket = (int)(hashCode % (uint)_buckets.Length);
                    newEntries[newCount].next = _buckets[bucket] - 1;
                    _buckets[bucket] = newCount + 1;
                    newCount++;
                }
            }
            _count = newCount;
            _freeCount = 0;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly
        {
            get { return false; }
        }

        // ---- Non-generic ICollection / IDictionary ----

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        bool IDictionary.IsFixedSize
        {
            get { return false; }
        }

        bool IDictionary.IsReadOnly
        {
            get { return false; }
        }

        ICollection IDictionary.Keys
        {
            get { return Keys; }
        }

        ICollection IDictionary.Values
        {
            get { return Values; }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            CollectionThrowHelper.CheckCopyToArray(array, index, Count);

            KeyValuePair<TKey, TValue>[] pairs = array as KeyValuePair<TKey, TValue>[];
            if (pairs != null)
            {
                CopyTo(pairs, index);
                return;
            }

            DictionaryEntry[] dictEntryArray = array as DictionaryEntry[];
            if (dictEntryArray != null)
            {
                Entry[] entries = _entries;
                for (int i = 0; i < _count; i++)
                {
                    if (entries[i].next >= -1)
                        dictEntryArray[index++] = new DictionaryEntry(entries[i].key, entries[i].value);
                }
                return;
            }

            object[] objects = array as object[];
            if (objects == null)
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            try
            {
                Entry[] entries = _entries;
                for (int i = 0; i < _count; i++)
                {
                    if (entries[i].next >= -1)
                        objects[index++] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
                }
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            }
        }

        private static bool IsCompatibleKey(object key)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");
            return key is TKey;
        }

        object IDictionary.this[object key]
        {
            get
            {
                if (IsCompatibleKey(key))
                {
                    int i = FindValue((TKey)key);
                    if (i >= 0)
                        return _entries[i].value;
                }
                return null;
            }
            set
            {
                if (key == null)
                    CollectionThrowHelper.ThrowArgumentNull("key");
                CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<TValue>(value, "value");
                if (!(key is TKey))
                    throw new ArgumentException("The value \"" + key + "\" is not of type \"" + typeof(TKey) + "\" and cannot be used in this generic collection.", "key");
                if (!(value is TValue) && value != null)
                    CollectionThrowHelper.ThrowWrongType(value, typeof(TValue));
                this[(TKey)key] = (TValue)value;
            }
        }

        void IDictionary.Add(object key, object value)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");
            CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<TValue>(value, "value");
            if (!(key is TKey))
                throw new ArgumentException("The value \"" + key + "\" is not of type \"" + typeof(TKey) + "\" and cannot be used in this generic collection.", "key");
            if (!(value is TValue) && value != null)
                CollectionThrowHelper.ThrowWrongType(value, typeof(TValue));
            Add((TKey)key, (TValue)value);
        }

        bool IDictionary.Contains(object key)
        {
            if (IsCompatibleKey(key))
                return ContainsKey((TKey)key);
            return false;
        }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.DictEntry);
        }

        void IDictionary.Remove(object key)
        {
            if (IsCompatibleKey(key))
                Remove((TKey)key);
        }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            private readonly int _version;
            private int _index;
            private KeyValuePair<TKey, TValue> _current;
            private readonly int _getEnumeratorRetType; // what IEnumerator.Current boxes

            internal const int DictEntry = 1;
            internal const int KeyValuePair = 2;

            internal Enumerator(Dictionary<TKey, TValue> dictionary, int getEnumeratorRetType)
            {
                _dictionary = dictionary;
                _version = dictionary._version;
                _index = 0;
                _getEnumeratorRetType = getEnumeratorRetType;
                _current = default(KeyValuePair<TKey, TValue>);
            }

            public bool MoveNext()
            {
                if (_version != _dictionary._version)
                    CollectionThrowHelper.ThrowVersion();

                // Use unsigned comparison since we set index to dictionary.count+1 when the
                // enumeration ends; dictionary.count+1 could be negative if count is int.MaxValue.
                while ((uint)_index < (uint)_dictionary._count)
                {
                    int i = _index++;
                    if (_dictionary._entries[i].next >= -1)
                    {
                        _current = new KeyValuePair<TKey, TValue>(_dictionary._entries[i].key, _dictionary._entries[i].value);
                        return true;
                    }
                }

                _index = _dictionary._count + 1;
                _current = default(KeyValuePair<TKey, TValue>);
                return false;
            }

            public KeyValuePair<TKey, TValue> Current
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
                    if (_index == 0 || (_index == _dictionary._count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();

                    if (_getEnumeratorRetType == DictEntry)
                        return new DictionaryEntry(_current.Key, _current.Value);

                    return new KeyValuePair<TKey, TValue>(_current.Key, _current.Value);
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _dictionary._version)
                    CollectionThrowHelper.ThrowVersion();

                _index = 0;
                _current = default(KeyValuePair<TKey, TValue>);
            }

            DictionaryEntry IDictionaryEnumerator.Entry
            {
                get
                {
                    if (_index == 0 || (_index == _dictionary._count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return new DictionaryEntry(_current.Key, _current.Value);
                }
            }

            object IDictionaryEnumerator.Key
            {
                get
                {
                    if (_index == 0 || (_index == _dictionary._count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _current.Key;
                }
            }

            object IDictionaryEnumerator.Value
            {
                get
                {
                    if (_index == 0 || (_index == _dictionary._count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _current.Value;
                }
            }
        }

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;

            public KeyCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null)
                    CollectionThrowHelper.ThrowArgumentNull("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            public void CopyTo(TKey[] array, int index)
            {
                if (array == null)
                    CollectionThrowHelper.ThrowArgumentNull("array");
                if (index < 0 || index > array.Length)
                    CollectionThrowHelper.ThrowNeedNonNegNum("index");
                if (array.Length - index < _dictionary.Count)
                    CollectionThrowHelper.ThrowArrayPlusOffTooSmall();

                int count = _dictionary._count;
                Entry[] entries = _dictionary._entries;
                for (int i = 0; i < count; i++)
                {
                    if (entries[i].next >= -1)
                        array[index++] = entries[i].key;
                }
            }

            public int Count
            {
                get { return _dictionary.Count; }
            }

            bool ICollection<TKey>.IsReadOnly
            {
                get { return true; }
            }

            void ICollection<TKey>.Add(TKey item)
            {
                throw new NotSupportedException(CollectionThrowHelper.KeyCollectionSet);
            }

            void ICollection<TKey>.Clear()
            {
                throw new NotSupportedException(CollectionThrowHelper.KeyCollectionSet);
            }

            public bool Contains(TKey item)
            {
                return _dictionary.ContainsKey(item);
            }

            bool ICollection<TKey>.Remove(TKey item)
            {
                throw new NotSupportedException(CollectionThrowHelper.KeyCollectionSet);
            }

            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            void ICollection.CopyTo(Array array, int index)
            {
                CollectionThrowHelper.CheckCopyToArray(array, index, _dictionary.Count);

                TKey[] keys = array as TKey[];
                if (keys != null)
                {
                    CopyTo(keys, index);
                    return;
                }

                object[] objects = array as object[];
                if (objects == null)
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");

                int count = _dictionary._count;
                Entry[] entries = _dictionary._entries;
                try
                {
                    for (int i = 0; i < count; i++)
                    {
                        if (entries[i].next >= -1)
                            objects[index++] = entries[i].key;
                    }
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                }
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return ((ICollection)_dictionary).SyncRoot; }
            }

            public struct Enumerator : IEnumerator<TKey>, IEnumerator
            {
                private readonly Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private readonly int _version;
                private TKey _currentKey;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    _dictionary = dictionary;
                    _version = dictionary._version;
                    _index = 0;
                    _currentKey = default(TKey);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    if (_version != _dictionary._version)
                        CollectionThrowHelper.ThrowVersion();

                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        int i = _index++;
                        if (_dictionary._entries[i].next >= -1)
                        {
                            _currentKey = _dictionary._entries[i].key;
                            return true;
                        }
                    }

                    _index = _dictionary._count + 1;
                    _currentKey = default(TKey);
                    return false;
                }

                public TKey Current
                {
                    get { return _currentKey; }
                }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || (_index == _dictionary._count + 1))
                            CollectionThrowHelper.ThrowEnumOpCantHappen();
                        return _currentKey;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (_version != _dictionary._version)
                        CollectionThrowHelper.ThrowVersion();
                    _index = 0;
                    _currentKey = default(TKey);
                }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;

            public ValueCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null)
                    CollectionThrowHelper.ThrowArgumentNull("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            public void CopyTo(TValue[] array, int index)
            {
                if (array == null)
                    CollectionThrowHelper.ThrowArgumentNull("array");
                if ((uint)index > array.Length)
                    CollectionThrowHelper.ThrowNeedNonNegNum("index");
                if (array.Length - index < _dictionary.Count)
                    CollectionThrowHelper.ThrowArrayPlusOffTooSmall();

                int count = _dictionary._count;
                Entry[] entries = _dictionary._entries;
                for (int i = 0; i < count; i++)
                {
                    if (entries[i].next >= -1)
                        array[index++] = entries[i].value;
                }
            }

            public int Count
            {
                get { return _dictionary.Count; }
            }

            bool ICollection<TValue>.IsReadOnly
            {
                get { return true; }
            }

            void ICollection<TValue>.Add(TValue item)
            {
                throw new NotSupportedException(CollectionThrowHelper.ValueCollectionSet);
            }

            bool ICollection<TValue>.Remove(TValue item)
            {
                throw new NotSupportedException(CollectionThrowHelper.ValueCollectionSet);
            }

            void ICollection<TValue>.Clear()
            {
                throw new NotSupportedException(CollectionThrowHelper.ValueCollectionSet);
            }

            bool ICollection<TValue>.Contains(TValue item)
            {
                return _dictionary.ContainsValue(item);
            }

            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            void ICollection.CopyTo(Array array, int index)
            {
                CollectionThrowHelper.CheckCopyToArray(array, index, _dictionary.Count);

                TValue[] values = array as TValue[];
                if (values != null)
                {
                    CopyTo(values, index);
                    return;
                }

                object[] objects = array as object[];
                if (objects == null)
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");

                int count = _dictionary._count;
                Entry[] entries = _dictionary._entries;
                try
                {
                    for (int i = 0; i < count; i++)
                    {
                        if (entries[i].next >= -1)
                            objects[index++] = entries[i].value;
                    }
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                }
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return ((ICollection)_dictionary).SyncRoot; }
            }

            public struct Enumerator : IEnumerator<TValue>, IEnumerator
            {
                private readonly Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private readonly int _version;
                private TValue _currentValue;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    _dictionary = dictionary;
                    _version = dictionary._version;
                    _index = 0;
                    _currentValue = default(TValue);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    if (_version != _dictionary._version)
                        CollectionThrowHelper.ThrowVersion();

                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        int i = _index++;
                        if (_dictionary._entries[i].next >= -1)
                        {
                            _currentValue = _dictionary._entries[i].value;
                            return true;
                        }
                    }
                    _index = _dictionary._count + 1;
                    _currentValue = default(TValue);
                    return false;
                }

                public TValue Current
                {
                    get { return _currentValue; }
                }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || (_index == _dictionary._count + 1))
                            CollectionThrowHelper.ThrowEnumOpCantHappen();
                        return _currentValue;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (_version != _dictionary._version)
                        CollectionThrowHelper.ThrowVersion();
                    _index = 0;
                    _currentValue = default(TValue);
                }
            }
        }
    }
}
