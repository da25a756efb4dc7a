// System.Collections.SortedList: a non-generic sorted map (a port of .NET's). Keys
// and values live in two parallel arrays kept in key order; lookups binary-search
// the keys with the comparer (Comparer.Default unless given), so a key that cannot
// be compared with the others fails with an InvalidOperationException from
// Array.BinarySearch. Keys may not be null; values may.
using System.Collections.Generic;

namespace System.Collections
{
    public class SortedList : IDictionary, ICloneable
    {
        private const int DefaultCapacity = 16;
        private const int MaxArrayLength = 0x7FFFFFC7;

        private object[] keys;
        private object[] values;
        private int _size;
        private int version;
        private IComparer comparer;
        private KeyList keyList;
        private ValueList valueList;

        public SortedList()
        {
            keys = new object[0];
            values = new object[0];
            _size = 0;
            comparer = Comparer.Default;
        }

        public SortedList(int initialCapacity)
        {
            if (initialCapacity < 0)
                throw new ArgumentOutOfRangeException("initialCapacity", CollectionThrowHelper.NeedNonNegNum);
            keys = new object[initialCapacity];
            values = new object[initialCapacity];
            comparer = Comparer.Default;
        }

        public SortedList(IComparer comparer)
            : this()
        {
            if (comparer != null)
                this.comparer = comparer;
        }

        public SortedList(IComparer comparer, int capacity)
            : this(comparer)
        {
            Capacity = capacity;
        }

        public SortedList(IDictionary d)
            : this(d, null)
        {
        }

        public SortedList(IDictionary d, IComparer comparer)
            : this(comparer, (d != null ? d.Count : 0))
        {
            if (d == null)
                throw new ArgumentNullException("d", "Dictionary cannot be null.");
            d.Keys.CopyTo(keys, 0);
            d.Values.CopyTo(values, 0);

            // Sort both arrays by key.
            Array.Sort(keys, values, this.comparer);
            _size = d.Count;
        }

        public virtual void Add(object key, object value)
        {
            if (key == null)
                throw new ArgumentNullException("key", "Key cannot be null.");

            int i = Array.BinarySearch(keys, 0, _size, key, comparer);
            if (i >= 0)
                throw new ArgumentException("Item has already been added. Key in dictionary: '" + GetKey(i) + "'  Key being added: '" + key + "'");
            Insert(~i, key, value);
        }

        // The length of the key and value arrays; setting it below Count throws.
        public virtual int Capacity
        {
            get { return keys.Length; }
            set
            {
                if (value < Count)
                    throw new ArgumentOutOfRangeException("value", CollectionThrowHelper.SmallCapacity);

                if (value != keys.Length)
                {
                    if (value > 0)
                    {
                        object[] newKeys = new object[value];
                        object[] newValues = new object[value];
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
                        keys = new object[0];
                        values = new object[0];
                    }
                }
            }
        }

        public virtual int Count
        {
            get { return _size; }
        }

        public virtual ICollection Keys
        {
            get { return GetKeyList(); }
        }

        public virtual ICollection Values
        {
            get { return GetValueList(); }
        }

        public virtual bool IsReadOnly
        {
            get { return false; }
        }

        public virtual bool IsFixedSize
        {
            get { return false; }
        }

        public virtual bool IsSynchronized
        {
            get { return false; }
        }

        public virtual object SyncRoot
        {
            get { return this; }
        }

        public virtual void Clear()
        {
            // Clear the arrays so that the garbage collector can reclaim the objects.
            version++;
            Array.Clear(keys, 0, _size);
            Array.Clear(values, 0, _size);
            _size = 0;
        }

        // A shallow copy with the same comparer.
        public virtual object Clone()
        {
            SortedList sl = new SortedList(_size);
            Array.Copy(keys, 0, sl.keys, 0, _size);
            Array.Copy(values, 0, sl.values, 0, _size);
            sl._size = _size;
            sl.version = version;
            sl.comparer = comparer;
            // Don't copy keyList nor valueList.
            return sl;
        }

        public virtual bool Contains(object key)
        {
            return IndexOfKey(key) >= 0;
        }

        public virtual bool ContainsKey(object key)
        {
            return IndexOfKey(key) >= 0;
        }

        public virtual bool ContainsValue(object value)
        {
            return IndexOfValue(value) >= 0;
        }

        // Copies the entries as DictionaryEntry values.
        public virtual void CopyTo(Array array, int arrayIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array", "Array cannot be null.");
            if (array.Rank != 1)
                throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");
            if (arrayIndex < 0)
                throw new ArgumentOutOfRangeException("arrayIndex", CollectionThrowHelper.NeedNonNegNum);
            if (array.Length - arrayIndex < Count)
                throw new ArgumentException(CollectionThrowHelper.ArrayPlusOffTooSmall);
            for (int i = 0; i < Count; i++)
            {
                DictionaryEntry entry = new DictionaryEntry(keys[i], values[i]);
                array.SetValue(entry, i + arrayIndex);
            }
        }

        // Grows the arrays (doubling, at least to min).
        private void EnsureCapacity(int min)
        {
            int newCapacity = keys.Length == 0 ? DefaultCapacity : keys.Length * 2;
            // Allow the list to grow to the maximum possible capacity before encountering overflow.
            if ((uint)newCapacity > MaxArrayLength)
                newCapacity = MaxArrayLength;
            if (newCapacity < min)
                newCapacity = min;
            Capacity = newCapacity;
        }

        public virtual object GetByIndex(int index)
        {
            if (index < 0 || index >= Count)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLess);
            return values[index];
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new SortedListEnumerator(this, 0, _size, SortedListEnumerator.DictEntry);
        }

        public virtual IDictionaryEnumerator GetEnumerator()
        {
            return new SortedListEnumerator(this, 0, _size, SortedListEnumerator.DictEntry);
        }

        public virtual object GetKey(int index)
        {
            if (index < 0 || index >= Count)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLess);
            return keys[index];
        }

        // A live, read-only IList view of the keys.
        public virtual IList GetKeyList()
        {
            return keyList ?? (keyList = new KeyList(this));
        }

        // A live IList view of the values (read-only except through SetByIndex).
        public virtual IList GetValueList()
        {
            return valueList ?? (valueList = new ValueList(this));
        }

        // Getting a missing key yields null; setting one adds it.
        public virtual object this[object key]
        {
            get
            {
                int i = IndexOfKey(key);
                if (i >= 0)
                    return values[i];
                return null;
            }
            set
            {
                if (key == null)
                    throw new ArgumentNullException("key", "Key cannot be null.");
                int i = Array.BinarySearch(keys, 0, _size, key, comparer);
                if (i >= 0)
                {
                    values[i] = value;
                    version++;
                    return;
                }
                Insert(~i, key, value);
            }
        }

        public virtual int IndexOfKey(object key)
        {
            if (key == null)
                throw new ArgumentNullException("key", "Key cannot be null.");
            int ret = Array.BinarySearch(keys, 0, _size, key, comparer);
            return ret >= 0 ? ret : -1;
        }

        // A linear search with object.Equals.
        public virtual int IndexOfValue(object value)
        {
            return Array.IndexOf(values, value, 0, _size);
        }

        private void Insert(int index, object key, object value)
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

        public virtual void RemoveAt(int index)
        {
            if (index < 0 || index >= Count)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLess);
            _size--;
            if (index < _size)
            {
                Array.Copy(keys, index + 1, keys, index, _size - index);
                Array.Copy(values, index + 1, values, index, _size - index);
            }
            keys[_size] = null;
            values[_size] = null;
            version++;
        }

        public virtual void Remove(object key)
        {
            int i = IndexOfKey(key);
            if (i >= 0)
                RemoveAt(i);
        }

        public virtual void SetByIndex(int index, object value)
        {
            if (index < 0 || index >= Count)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLess);
            values[index] = value;
            version++;
        }

        // Shrinks the arrays to Count.
        public virtual void TrimToSize()
        {
            Capacity = _size;
        }

        private sealed class SortedListEnumerator : IDictionaryEnumerator, ICloneable
        {
            private readonly SortedList _sortedList;
            private object _key;
            private object _value;
            private int _index;
            private readonly int _startIndex; // Store for Reset.
            private readonly int _endIndex;
            private readonly int _version;
            private bool _current; // Is the current element valid?
            private readonly int _getObjectRetType; // What should GetObject return?

            internal const int Keys = 1;
            internal const int Values = 2;
            internal const int DictEntry = 3;

            internal SortedListEnumerator(SortedList sortedList, int index, int count, int getObjRetType)
            {
                _sortedList = sortedList;
                _index = index;
                _startIndex = index;
                _endIndex = index + count;
                _version = sortedList.version;
                _getObjectRetType = getObjRetType;
                _current = false;
            }

            public object Clone()
            {
                return MemberwiseClone();
            }

            public object Key
            {
                get
                {
                    if (_version != _sortedList.version)
                        CollectionThrowHelper.ThrowVersion();
                    if (!_current)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _key;
                }
            }

            public bool MoveNext()
            {
                if (_version != _sortedList.version)
                    CollectionThrowHelper.ThrowVersion();
                if (_index < _endIndex)
                {
                    _key = _sortedList.keys[_index];
                    _value = _sortedList.values[_index];
                    _index++;
                    _current = true;
                    return true;
                }
                _key = null;
                _value = null;
                _current = false;
                return false;
            }

            public DictionaryEntry Entry
            {
                get
                {
                    if (_version != _sortedList.version)
                        CollectionThrowHelper.ThrowVersion();
                    if (!_current)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return new DictionaryEntry(_key, _value);
                }
            }

            public object Current
            {
                get
                {
                    if (!_current)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();

                    if (_getObjectRetType == Keys)
                        return _key;
                    if (_getObjectRetType == Values)
                        return _value;
                    return new DictionaryEntry(_key, _value);
                }
            }

            public object Value
            {
                get
                {
                    if (_version != _sortedList.version)
                        CollectionThrowHelper.ThrowVersion();
                    if (!_current)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _value;
                }
            }

            public void Reset()
            {
                if (_version != _sortedList.version)
                    CollectionThrowHelper.ThrowVersion();
                _index = _startIndex;
                _current = false;
                _key = null;
                _value = null;
            }
        }

        private sealed class KeyList : IList
        {
            private readonly SortedList sortedList;

            internal KeyList(SortedList sortedList)
            {
                this.sortedList = sortedList;
            }

            public int Count
            {
                get { return sortedList._size; }
            }

            public bool IsReadOnly
            {
                get { return true; }
            }

            public bool IsFixedSize
            {
                get { return true; }
            }

            public bool IsSynchronized
            {
                get { return sortedList.IsSynchronized; }
            }

            public object SyncRoot
            {
                get { return sortedList.SyncRoot; }
            }

            public int Add(object key)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public void Clear()
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public bool Contains(object key)
            {
                return sortedList.Contains(key);
            }

            public void CopyTo(Array array, int arrayIndex)
            {
                if (array != null && array.Rank != 1)
                    throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");

                // Defer error checking to Array.Copy.
                Array.Copy(sortedList.keys, 0, array, arrayIndex, sortedList.Count);
            }

            public void Insert(int index, object value)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public object this[int index]
            {
                get { return sortedList.GetKey(index); }
                set { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            }

            public IEnumerator GetEnumerator()
            {
                return new SortedListEnumerator(sortedList, 0, sortedList.Count, SortedListEnumerator.Keys);
            }

            public int IndexOf(object key)
            {
                if (key == null)
                    throw new ArgumentNullException("key", "Key cannot be null.");

                int i = Array.BinarySearch(sortedList.keys, 0, sortedList.Count, key, sortedList.comparer);
                if (i >= 0)
                    return i;
                return -1;
            }

            public void Remove(object key)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public void RemoveAt(int index)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }
        }

        private sealed class ValueList : IList
        {
            private readonly SortedList sortedList;

            internal ValueList(SortedList sortedList)
            {
                this.sortedList = sortedList;
            }

            public int Count
            {
                get { return sortedList._size; }
            }

            public bool IsReadOnly
            {
                get { return true; }
            }

            public bool IsFixedSize
            {
                get { return true; }
            }

            public bool IsSynchronized
            {
                get { return sortedList.IsSynchronized; }
            }

            public object SyncRoot
            {
                get { return sortedList.SyncRoot; }
            }

            public int Add(object key)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public void Clear()
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public bool Contains(object value)
            {
                return sortedList.ContainsValue(value);
            }

            public void CopyTo(Array array, int arrayIndex)
            {
                if (array != null && array.Rank != 1)
                    throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");

                // Defer error checking to Array.Copy.
                Array.Copy(sortedList.values, 0, array, arrayIndex, sortedList.Count);
            }

            public void Insert(int index, object value)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public object this[int index]
            {
                get { return sortedList.GetByIndex(index); }
                set { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            }

            public IEnumerator GetEnumerator()
            {
                return new SortedListEnumerator(sortedList, 0, sortedList.Count, SortedListEnumerator.Values);
            }

            public int IndexOf(object value)
            {
                return Array.IndexOf(sortedList.values, value, 0, sortedList.Count);
            }

            public void Remove(object value)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }

            public void RemoveAt(int index)
            {
                throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            }
        }
    }
}
