// System.Collections.Generic.SortedList<TKey, TValue>: a map kept as two parallel
// arrays sorted by key (a port of .NET's; binary search for lookups, capacity
// 0 -> 4 -> 8...).
namespace System.Collections.Generic
{
    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private TKey[] keys;
        private TValue[] values;
        private int _size;
        private int version;
        private readonly IComparer<TKey> comparer;
        private KeyList keyList;
        private ValueList valueList;

        private const int DefaultCapacity = 4;
        private const int MaxArrayLength = 0x7FFFFFC7;

        public SortedList()
        {
            keys = new TKey[0];
            values = new TValue[0];
            _size = 0;
            comparer = Comparer<TKey>.Default;
        }

        public SortedList(int capacity)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");
            keys = new TKey[capacity];
            values = new TValue[capacity];
            comparer = Comparer<TKey>.Default;
        }

        public SortedList(IComparer<TKey> comparer)
            : this()
        {
            if (comparer != null)
                this.comparer = comparer;
        }

        public SortedList(int capacity, IComparer<TKey> comparer)
            : this(comparer)
        {
            Capacity = capacity;
        }

        public SortedList(IDictionary<TKey, TValue> dictionary)
            : this(dictionary, null)
        {
        }

        // Copies the pairs and sorts them by key (duplicates under comparer throw).
        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer)
            : this(dictionary != null ? dictionary.Count : 0, comparer)
        {
            if (dictionary == null)
                CollectionThrowHelper.ThrowArgumentNull("dictionary");

            int count = dictionary.Count;
            if (count != 0)
            {
                TKey[] keys = this.keys;
                dictionary.Keys.CopyTo(keys, 0);
                dictionary.Values.CopyTo(values, 0);
                if (count > 1)
                {
                    comparer = Comparer; // the default if null
                    Array.Sort<TKey, TValue>(keys, values, comparer);
                    for (int i = 1; i != keys.Length; ++i)
                    {
                        if (comparer.Compare(keys[i - 1], keys[i]) == 0)
                            throw new ArgumentException("An item with the same key has already been added. Key: " + keys[i]);
                    }
                }
            }
            _size = count;
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");

            int i = Array.BinarySearch<TKey>(keys, 0, _size, key, comparer);
            if (i >= 0)
                throw new ArgumentException("An item with the same key has already been added. Key: " + key, "key");
            Insert(~i, key, value);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair)
        {
            Add(keyValuePair.Key, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int index = IndexOfKey(keyValuePair.Key);
            return index >= 0 && EqualityComparer<TValue>.Default.Equals(values[index], keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int index = IndexOfKey(keyValuePair.Key);
            if (index >= 0 && EqualityComparer<TValue>.Default.Equals(values[index], keyValuePair.Value))
            {
                RemoveAt(index);
                return true;
            }
            return false;
        }

        public int Capacity
        {
            get { return keys.Length; }
            set
            {
                if (value != keys.Length)
                {
                    if (value < _size)
                        CollectionThrowHelper.ThrowArgumentOutOfRange("value", CollectionThrowHelper.SmallCapacity);

                    if (value > 0)
                    {
                        TKey[] newKeys = new TKey[value];
                        TValue[] newValues = new TValue[value];
                        if (_size > 0)
                        {
                            Array.Copy(keys, newKeys, _size);
                            Array.Copy(values, newValues, _size);
                        }
                        keys = newKeys;
                        values = newValues;
                    }
                    else
                    {
                        keys = new TKey[0];
                        values = new TValue[0];
                    }
                }
            }
        }

        public IComparer<TKey> Comparer
        {
            get { return comparer; }
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

        public int Count
        {
            get { return _size; }
        }

        public IList<TKey> Keys
        {
            get { return GetKeyListHelper(); }
        }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys
        {
            get { return GetKeyListHelper(); }
        }

        ICollection IDictionary.Keys
        {
            get { return GetKeyListHelper(); }
        }

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys
        {
            get { return GetKeyListHelper(); }
        }

        public IList<TValue> Values
        {
            get { return GetValueListHelper(); }
        }

        ICollection<TValue> IDictionary<TKey, TValue>.Values
        {
            get { return GetValueListHelper(); }
        }

        ICollection IDictionary.Values
        {
            get { return GetValueListHelper(); }
        }

        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values
        {
            get { return GetValueListHelper(); }
        }

        private KeyList GetKeyListHelper()
        {
            return keyList ?? (keyList = new KeyList(this));
        }

        private ValueList GetValueListHelper()
        {
            return valueList ?? (valueList = new ValueList(this));
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly
        {
            get { return false; }
        }

        bool IDictionary.IsReadOnly
        {
            get { return false; }
        }

        bool IDictionary.IsFixedSize
        {
            get { return false; }
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        public void Clear()
        {
            version++;
            Array.Clear(keys, 0, _size);
            Array.Clear(values, 0, _size);
            _size = 0;
        }

        bool IDictionary.Contains(object key)
        {
            if (IsCompatibleKey(key))
                return ContainsKey((TKey)key);
            return false;
        }

        public bool ContainsKey(TKey key)
        {
            return IndexOfKey(key) >= 0;
        }

        public bool ContainsValue(TValue value)
        {
            return IndexOfValue(value) >= 0;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            if (array == null)
                CollectionThrowHelper.ThrowArgumentNull("array");
            if (arrayIndex < 0 || arrayIndex > array.Length)
                CollectionThrowHelper.ThrowNeedNonNegNum("arrayIndex");
            if (array.Length - arrayIndex < Count)
                CollectionThrowHelper.ThrowArrayPlusOffTooSmall();

            for (int i = 0; i < Count; i++)
                array[arrayIndex + i] = new KeyValuePair<TKey, TValue>(keys[i], values[i]);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            CollectionThrowHelper.CheckCopyToArray(array, index, Count);

            KeyValuePair<TKey, TValue>[] keyValuePairArray = array as KeyValuePair<TKey, TValue>[];
            if (keyValuePairArray != null)
            {
                for (int i = 0; i < Count; i++)
                    keyValuePairArray[i + index] = new KeyValuePair<TKey, TValue>(keys[i], values[i]);
                return;
            }

            object[] objects = array as object[];
            if (objects == null)
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            try
            {
                for (int i = 0; i < Count; i++)
                    objects[i + index] = new KeyValuePair<TKey, TValue>(keys[i], values[i]);
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            }
        }

        // Grows the arrays (doubling, starting at 4) to hold at least min elements.
        private void EnsureCapacity(int min)
        {
            int newCapacity = keys.Length == 0 ? DefaultCapacity : keys.Length * 2;
            if ((uint)newCapacity > MaxArrayLength)
                newCapacity = MaxArrayLength;
            if (newCapacity < min)
                newCapacity = min;
            Capacity = newCapacity;
        }

        private TValue GetByIndex(int index)
        {
            if (index < 0 || index >= _size)
                CollectionThrowHelper.ThrowIndexMustBeLess();
            return values[index];
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePair);
        }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.DictEntry);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePair);
        }

        // .NET 7+: positional access.
        public TKey GetKeyAtIndex(int index)
        {
            if (index < 0 || index >= _size)
                CollectionThrowHelper.ThrowIndexMustBeLess();
            return keys[index];
        }

        public TValue GetValueAtIndex(int index)
        {
            if (index < 0 || index >= _size)
                CollectionThrowHelper.ThrowIndexMustBeLess();
            return values[index];
        }

        public void SetValueAtIndex(int index, TValue value)
        {
            if (index < 0 || index >= _size)
                CollectionThrowHelper.ThrowIndexMustBeLess();
            values[index] = value;
            version++;
        }

        private TKey GetKey(int index)
        {
            if (index < 0 || index >= _size)
                CollectionThrowHelper.ThrowIndexMustBeLess();
            return keys[index];
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = IndexOfKey(key);
                if (i >= 0)
                    return values[i];

                CollectionThrowHelper.ThrowKeyNotFound(key);
                return default(TValue);
            }
            set
            {
                if (key == null)
                    CollectionThrowHelper.ThrowArgumentNull("key");
                int i = Array.BinarySearch<TKey>(keys, 0, _size, key, comparer);
                if (i >= 0)
                {
                    values[i] = value;
                    version++;
                    return;
                }
                Insert(~i, key, value);
            }
        }

        object IDictionary.this[object key]
        {
            get
            {
                if (IsCompatibleKey(key))
                {
                    int i = IndexOfKey((TKey)key);
                    if (i >= 0)
                        return values[i];
                }
                return null;
            }
            set
            {
                if (!IsCompatibleKey(key))
                    throw new ArgumentException("The value \"" + key + "\" is not of type \"" + typeof(TKey) + "\" and cannot be used in this generic collection.", "key");
                CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<TValue>(value, "value");
                if (!(value is TValue) && value != null)
                    CollectionThrowHelper.ThrowWrongType(value, typeof(TValue));
                this[(TKey)key] = (TValue)value;
            }
        }

        public int IndexOfKey(TKey key)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");
            int ret = Array.BinarySearch<TKey>(keys, 0, _size, key, comparer);
            return ret >= 0 ? ret : -1;
        }

        public int IndexOfValue(TValue value)
        {
            return Array.IndexOf(values, value, 0, _size);
        }

        private void Insert(int index, TKey key, TValue value)
        {
            if (_size == keys.Length)
                EnsureCapacity(_size + 1);
            if (index < _size)
            {
                Array.Copy(keys, index, keys, index + 1, _size - index);
                Array.Copy(values, index, values, index + 1, _size - index);
            }
            keys[index] = key;
            values[index] = value;
            _size++;
            version++;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0)
            {
                value = values[i];
                return true;
            }

            value = default(TValue);
            return false;
        }

        public void RemoveAt(int index)
        {
            if (index < 0 || index >= _size)
                CollectionThrowHelper.ThrowIndexMustBeLess();
            _size--;
            if (index < _size)
            {
                Array.Copy(keys, index + 1, keys, index, _size - index);
                Array.Copy(values, index + 1, values, index, _size - index);
            }
            keys[_size] = default(TKey);
            values[_size] = default(TValue);
            version++;
        }

        public bool Remove(TKey key)
        {
            int i = IndexOfKey(key);
            if (i >= 0)
                RemoveAt(i);
            return i >= 0;
        }

        void IDictionary.Remove(object key)
        {
            if (IsCompatibleKey(key))
                Remove((TKey)key);
        }

        // Shrinks the capacity to Count if less than 90% of it is used.
        public void TrimExcess()
        {
            int threshold = (int)(((double)keys.Length) * 0.9);
            if (_size < threshold)
                Capacity = _size;
        }

        private static bool IsCompatibleKey(object key)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");
            return key is TKey;
        }

        private struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private readonly SortedList<TKey, TValue> _sortedList;
            private TKey _key;
            private TValue _value;
            private int _index;
            private readonly int _version;
            private readonly int _getEnumeratorRetType; // what IEnumerator.Current boxes

            internal const int KeyValuePair = 1;
            internal const int DictEntry = 2;

            internal Enumerator(SortedList<TKey, TValue> sortedList, int getEnumeratorRetType)
            {
                _sortedList = sortedList;
                _index = 0;
                _version = _sortedList.version;
                _getEnumeratorRetType = getEnumeratorRetType;
                _key = default(TKey);
                _value = default(TValue);
            }

            public void Dispose()
            {
                _index = 0;
                _key = default(TKey);
                _value = default(TValue);
            }

            object IDictionaryEnumerator.Key
            {
                get
                {
                    if (_index == 0 || (_index == _sortedList.Count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _key;
                }
            }

            public bool MoveNext()
            {
                if (_version != _sortedList.version)
                    CollectionThrowHelper.ThrowVersion();

                if ((uint)_index < (uint)_sortedList.Count)
                {
                    _key = _sortedList.keys[_index];
                    _value = _sortedList.values[_index];
                    _index++;
                    return true;
                }

                _index = _sortedList.Count + 1;
                _key = default(TKey);
                _value = default(TValue);
                return false;
            }

            DictionaryEntry IDictionaryEnumerator.Entry
            {
                get
                {
                    if (_index == 0 || (_index == _sortedList.Count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return new DictionaryEntry(_key, _value);
                }
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get { return new KeyValuePair<TKey, TValue>(_key, _value); }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || (_index == _sortedList.Count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();

                    if (_getEnumeratorRetType == DictEntry)
                        return new DictionaryEntry(_key, _value);
                    return new KeyValuePair<TKey, TValue>(_key, _value);
                }
            }

            object IDictionaryEnumerator.Value
            {
                get
                {
                    if (_index == 0 || (_index == _sortedList.Count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _value;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _sortedList.version)
                    CollectionThrowHelper.ThrowVersion();

                _index = 0;
                _key = default(TKey);
                _value = default(TValue);
            }
        }

        private sealed class SortedListKeyEnumerator : IEnumerator<TKey>, IEnumerator
        {
            private readonly SortedList<TKey, TValue> _sortedList;
            private int _index;
            private readonly int _version;
            private TKey _currentKey;

            internal SortedListKeyEnumerator(SortedList<TKey, TValue> sortedList)
            {
                _sortedList = sortedList;
                _version = sortedList.version;
            }

            public void Dispose()
            {
                _index = 0;
                _currentKey = default(TKey);
            }

            public bool MoveNext()
            {
                if (_version != _sortedList.version)
                    CollectionThrowHelper.ThrowVersion();

                if ((uint)_index < (uint)_sortedList.Count)
                {
                    _currentKey = _sortedList.keys[_index];
                    _index++;
                    return true;
                }

                _index = _sortedList.Count + 1;
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
                    if (_index == 0 || (_index == _sortedList.Count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _currentKey;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _sortedList.version)
                    CollectionThrowHelper.ThrowVersion();
                _index = 0;
                _currentKey = default(TKey);
            }
        }

        private sealed class SortedListValueEnumerator : IEnumerator<TValue>, IEnumerator
        {
            private readonly SortedList<TKey, TValue> _sortedList;
            private int _index;
            private readonly int _version;
            private TValue _currentValue;

            internal SortedListValueEnumerator(SortedList<TKey, TValue> sortedList)
            {
                _sortedList = sortedList;
                _version = sortedList.version;
            }

            public void Dispose()
            {
                _index = 0;
                _currentValue = default(TValue);
            }

            public bool MoveNext()
            {
                if (_version != _sortedList.version)
                    CollectionThrowHelper.ThrowVersion();

                if ((uint)_index < (uint)_sortedList.Count)
                {
                    _currentValue = _sortedList.values[_index];
                    _index++;
                    return true;
                }

                _index = _sortedList.Count + 1;
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
                    if (_index == 0 || (_index == _sortedList.Count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _currentValue;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _sortedList.version)
                    CollectionThrowHelper.ThrowVersion();
                _index = 0;
                _currentValue = default(TValue);
            }
        }

        private const string NestedWrite = "This operation is not supported on SortedList nested types because they require modifying the original SortedList.";

        // The read-only live list of keys (Keys).
        private sealed class KeyList : IList<TKey>, ICollection
        {
            private readonly SortedList<TKey, TValue> _dict;

            internal KeyList(SortedList<TKey, TValue> dictionary)
            {
                _dict = dictionary;
            }

            public int Count
            {
                get { return _dict._size; }
            }

            public bool IsReadOnly
            {
                get { return true; }
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return ((ICollection)_dict).SyncRoot; }
            }

            public void Add(TKey key)
            {
                throw new NotSupportedException(NestedWrite);
            }

            public void Clear()
            {
                throw new NotSupportedException(NestedWrite);
            }

            public bool Contains(TKey key)
            {
                return _dict.ContainsKey(key);
            }

            public void CopyTo(TKey[] array, int arrayIndex)
            {
                // Delegate the argument checks to Array.Copy.
                Array.Copy(_dict.keys, 0, array, arrayIndex, _dict.Count);
            }

            void ICollection.CopyTo(Array array, int arrayIndex)
            {
                if (array != null && array.Rank != 1)
                    throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");

                try
                {
                    Array.Copy(_dict.keys, 0, array, arrayIndex, _dict.Count);
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                }
            }

            public void Insert(int index, TKey value)
            {
                throw new NotSupportedException(NestedWrite);
            }

            public TKey this[int index]
            {
                get { return _dict.GetKey(index); }
                set { throw new NotSupportedException(CollectionThrowHelper.KeyCollectionSet); }
            }

            public IEnumerator<TKey> GetEnumerator()
            {
                return new SortedListKeyEnumerator(_dict);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new SortedListKeyEnumerator(_dict);
            }

            public int IndexOf(TKey key)
            {
                if (key == null)
                    CollectionThrowHelper.ThrowArgumentNull("key");

                int i = Array.BinarySearch<TKey>(_dict.keys, 0, _dict.Count, key, _dict.comparer);
                if (i >= 0)
                    return i;
                return -1;
            }

            public bool Remove(TKey key)
            {
                throw new NotSupportedException(NestedWrite);
            }

            public void RemoveAt(int index)
            {
                throw new NotSupportedException(NestedWrite);
            }
        }

        // The read-only live list of values (Values).
        private sealed class ValueList : IList<TValue>, ICollection
        {
            private readonly SortedList<TKey, TValue> _dict;

            internal ValueList(SortedList<TKey, TValue> dictionary)
            {
                _dict = dictionary;
            }

            public int Count
            {
                get { return _dict._size; }
            }

            public bool IsReadOnly
            {
                get { return true; }
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return ((ICollection)_dict).SyncRoot; }
            }

            public void Add(TValue key)
            {
                throw new NotSupportedException(NestedWrite);
            }

            public void Clear()
            {
                throw new NotSupportedException(NestedWrite);
            }

            public bool Contains(TValue value)
            {
                return _dict.ContainsValue(value);
            }

            public void CopyTo(TValue[] array, int arrayIndex)
            {
                Array.Copy(_dict.values, 0, array, arrayIndex, _dict.Count);
            }

            void ICollection.CopyTo(Array array, int index)
            {
                if (array != null && array.Rank != 1)
                    throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");

                try
                {
                    Array.Copy(_dict.values, 0, array, index, _dict.Count);
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                }
            }

            public void Insert(int index, TValue value)
            {
                throw new NotSupportedException(NestedWrite);
            }

            public TValue this[int index]
            {
                get { return _dict.GetByIndex(index); }
                set { throw new NotSupportedException(NestedWrite); }
            }

            public IEnumerator<TValue> GetEnumerator()
            {
                return new SortedListValueEnumerator(_dict);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new SortedListValueEnumerator(_dict);
            }

            public int IndexOf(TValue value)
            {
                return Array.IndexOf(_dict.values, value, 0, _dict.Count);
            }

            public bool Remove(TValue value)
            {
                throw new NotSupportedException(NestedWrite);
            }

            public void RemoveAt(int index)
            {
                throw new NotSupportedException(NestedWrite);
            }
        }
    }
}
