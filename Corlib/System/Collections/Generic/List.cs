// System.Collections.Generic.List<T>: a growable array (a port of .NET's List<T>).
// Capacity grows 0 -> 4 -> 8 -> 16...; every mutation bumps _version so that an
// enumerator in flight throws "Collection was modified".
using System.Collections.ObjectModel;

namespace System.Collections.Generic
{
    public class List<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private const int DefaultCapacity = 4;

        // Array.MaxLength: the largest capacity a list grows to by doubling.
        private const int MaxArrayLength = 0x7FFFFFC7;

        internal T[] _items;
        internal int _size;
        internal int _version;

        private static readonly T[] s_emptyArray = new T[0];

        public List()
        {
            _items = s_emptyArray;
        }

        public List(int capacity)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");
            _items = capacity == 0 ? s_emptyArray : new T[capacity];
        }

        public List(IEnumerable<T> collection)
        {
            if (collection == null)
                CollectionThrowHelper.ThrowArgumentNull("collection");

            ICollection<T> c = collection as ICollection<T>;
            if (c != null)
            {
                int count = c.Count;
                if (count == 0)
                {
                    _items = s_emptyArray;
                }
                else
                {
                    _items = new T[count];
                    c.CopyTo(_items, 0);
                    _size = count;
                }
            }
            else
            {
                _items = s_emptyArray;
                using (IEnumerator<T> en = collection.GetEnumerator())
                {
                    while (en.MoveNext())
                        Add(en.Current);
                }
            }
        }

        public int Capacity
        {
            get { return _items.Length; }
            set
            {
                if (value < _size)
                    CollectionThrowHelper.ThrowArgumentOutOfRange("value", CollectionThrowHelper.SmallCapacity);

                if (value != _items.Length)
                {
                    if (value > 0)
                    {
                        T[] newItems = new T[value];
                        if (_size > 0)
                            Array.Copy(_items, newItems, _size);
                        _items = newItems;
                    }
                    else
                    {
                        _items = s_emptyArray;
                    }
                }
            }
        }

        public int Count
        {
            get { return _size; }
        }

        bool IList.IsFixedSize
        {
            get { return false; }
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
        }

        bool IList.IsReadOnly
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

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_size)
                    CollectionThrowHelper.ThrowIndexMustBeLess();
                return _items[index];
            }
            set
            {
                if ((uint)index >= (uint)_size)
                    CollectionThrowHelper.ThrowIndexMustBeLess();
                _items[index] = value;
                _version++;
            }
        }

        // Whether value can be stored in a List<T> (the non-generic IList methods).
        private static bool IsCompatibleObject(object value)
        {
            return (value is T) || (value == null && default(T) == null);
        }

        object IList.this[int index]
        {
            get { return this[index]; }
            set
            {
                CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<T>(value, "value");
                if (!IsCompatibleObject(value))
                    CollectionThrowHelper.ThrowWrongType(value, typeof(T));
                this[index] = (T)value;
            }
        }

        public void Add(T item)
        {
            _version++;
            T[] array = _items;
            int size = _size;
            if ((uint)size < (uint)array.Length)
            {
                _size = size + 1;
                array[size] = item;
            }
            else
            {
                Grow(size + 1);
                _size = size + 1;
                _items[size] = item;
            }
        }

        int IList.Add(object item)
        {
            CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<T>(item, "item");
            if (!IsCompatibleObject(item))
                CollectionThrowHelper.ThrowWrongType(item, typeof(T));
            Add((T)item);
            return Count - 1;
        }

        public void AddRange(IEnumerable<T> collection)
        {
            if (collection == null)
                CollectionThrowHelper.ThrowArgumentNull("collection");

            ICollection<T> c = collection as ICollection<T>;
            if (c != null)
            {
                int count = c.Count;
                if (count > 0)
                {
                    if (_items.Length - _size < count)
                        Grow(checked(_size + count));
                    c.CopyTo(_items, _size);
                    _size += count;
                    _version++;
                }
            }
            else
            {
                using (IEnumerator<T> en = collection.GetEnumerator())
                {
                    while (en.MoveNext())
                        Add(en.Current);
                }
            }
        }

        public ReadOnlyCollection<T> AsReadOnly()
        {
            return new ReadOnlyCollection<T>(this);
        }

        public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
        {
            if (index < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("index");
            if (count < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("count");
            if (_size - index < count)
                CollectionThrowHelper.ThrowInvalidOffLen();
            return ArraySortHelper<T, T>.BinarySearch(_items, index, count, item, comparer);
        }

        public int BinarySearch(T item)
        {
            return BinarySearch(0, Count, item, null);
        }

        public int BinarySearch(T item, IComparer<T> comparer)
        {
            return BinarySearch(0, Count, item, comparer);
        }

        public void Clear()
        {
            _version++;
            int size = _size;
            _size = 0;
            if (size > 0)
                Array.Clear(_items, 0, size); // let the GC reclaim the references
        }

        public bool Contains(T item)
        {
            return _size != 0 && IndexOf(item) >= 0;
        }

        bool IList.Contains(object item)
        {
            if (IsCompatibleObject(item))
                return Contains((T)item);
            return false;
        }

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            if (converter == null)
                CollectionThrowHelper.ThrowArgumentNull("converter");

            List<TOutput> list = new List<TOutput>(_size);
            for (int i = 0; i < _size; i++)
                list._items[i] = converter(_items[i]);
            list._size = _size;
            return list;
        }

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0);
        }

        void ICollection.CopyTo(Array array, int arrayIndex)
        {
            if (array != null && array.Rank != 1)
                throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");

            try
            {
                Array.Copy(_items, 0, array, arrayIndex, _size);
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            }
        }

        public void CopyTo(int index, T[] array, int arrayIndex, int count)
        {
            if (_size - index < count)
                CollectionThrowHelper.ThrowInvalidOffLen();
            Array.Copy(_items, index, array, arrayIndex, count);
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            Array.Copy(_items, 0, array, arrayIndex, _size);
        }

        // Ensures the capacity is at least capacity (growing as Add would); returns the new capacity.
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");
            if (_items.Length < capacity)
                Grow(capacity);
            return _items.Length;
        }

        // Doubles the capacity (starting at 4), or more if capacity needs it.
        private void Grow(int capacity)
        {
            int newCapacity = _items.Length == 0 ? DefaultCapacity : 2 * _items.Length;

            // Allow the list to grow to the maximum array length before failing.
            if ((uint)newCapacity > (uint)MaxArrayLength)
                newCapacity = MaxArrayLength;

            if (newCapacity < capacity)
                newCapacity = capacity;

            Capacity = newCapacity;
        }

        public bool Exists(Predicate<T> match)
        {
            return FindIndex(match) != -1;
        }

        public T Find(Predicate<T> match)
        {
            if (match == null)
                CollectionThrowHelper.ThrowArgumentNull("match");

            for (int i = 0; i < _size; i++)
            {
                if (match(_items[i]))
                    return _items[i];
            }
            return default(T);
        }

        public List<T> FindAll(Predicate<T> match)
        {
            if (match == null)
                CollectionThrowHelper.ThrowArgumentNull("match");

            List<T> list = new List<T>();
            for (int i = 0; i < _size; i++)
            {
                if (match(_items[i]))
                    list.Add(_items[i]);
            }
            return list;
        }

        public int FindIndex(Predicate<T> match)
        {
            return FindIndex(0, _size, match);
        }

        public int FindIndex(int startIndex, Predicate<T> match)
        {
            return FindIndex(startIndex, _size - startIndex, match);
        }

        public int FindIndex(int startIndex, int count, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)_size)
                CollectionThrowHelper.ThrowArgumentOutOfRange("startIndex", CollectionThrowHelper.IndexMustBeLessOrEqual);
            if (count < 0 || startIndex > _size - count)
                CollectionThrowHelper.ThrowArgumentOutOfRange("count", CollectionThrowHelper.Count);
            if (match == null)
                CollectionThrowHelper.ThrowArgumentNull("match");

            int endIndex = startIndex + count;
            for (int i = startIndex; i < endIndex; i++)
            {
                if (match(_items[i]))
                    return i;
            }
            return -1;
        }

        public T FindLast(Predicate<T> match)
        {
            if (match == null)
                CollectionThrowHelper.ThrowArgumentNull("match");

            for (int i = _size - 1; i >= 0; i--)
            {
                if (match(_items[i]))
                    return _items[i];
            }
            return default(T);
        }

        public int FindLastIndex(Predicate<T> match)
        {
            return FindLastIndex(_size - 1, _size, match);
        }

        public int FindLastIndex(int startIndex, Predicate<T> match)
        {
            return FindLastIndex(startIndex, startIndex + 1, match);
        }

        public int FindLastIndex(int startIndex, int count, Predicate<T> match)
        {
            if (match == null)
                CollectionThrowHelper.ThrowArgumentNull("match");

            if (_size == 0)
            {
                // Special case for an empty list: -1 is the only valid start index.
                if (startIndex != -1)
                    CollectionThrowHelper.ThrowArgumentOutOfRange("startIndex", CollectionThrowHelper.IndexMustBeLess);
            }
            else
            {
                if ((uint)startIndex >= (uint)_size)
                    CollectionThrowHelper.ThrowArgumentOutOfRange("startIndex", CollectionThrowHelper.IndexMustBeLess);
            }

            // The second half also catches startIndex == int.MaxValue.
            if (count < 0 || startIndex - count + 1 < 0)
                CollectionThrowHelper.ThrowArgumentOutOfRange("count", CollectionThrowHelper.Count);

            int endIndex = startIndex - count;
            for (int i = startIndex; i > endIndex; i--)
            {
                if (match(_items[i]))
                    return i;
            }
            return -1;
        }

        public void ForEach(Action<T> action)
        {
            if (action == null)
                CollectionThrowHelper.ThrowArgumentNull("action");

            int version = _version;
            for (int i = 0; i < _size; i++)
            {
                if (version != _version)
                    break;
                action(_items[i]);
            }

            if (version != _version)
                CollectionThrowHelper.ThrowVersion();
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

        public List<T> GetRange(int index, int count)
        {
            if (index < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("index");
            if (count < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("count");
            if (_size - index < count)
                CollectionThrowHelper.ThrowInvalidOffLen();

            List<T> list = new List<T>(count);
            Array.Copy(_items, index, list._items, 0, count);
            list._size = count;
            return list;
        }

        // .NET 8: the same as GetRange.
        public List<T> Slice(int start, int length)
        {
            return GetRange(start, length);
        }

        public int IndexOf(T item)
        {
            return EqualityComparer<T>.Default.IndexOf(_items, item, 0, _size);
        }

        int IList.IndexOf(object item)
        {
            if (IsCompatibleObject(item))
                return IndexOf((T)item);
            return -1;
        }

        public int IndexOf(T item, int index)
        {
            if (index > _size)
                CollectionThrowHelper.ThrowArgumentOutOfRange("index", CollectionThrowHelper.IndexMustBeLessOrEqual);
            return Array.IndexOf(_items, item, index, _size - index);
        }

        public int IndexOf(T item, int index, int count)
        {
            if (index > _size)
                CollectionThrowHelper.ThrowArgumentOutOfRange("index", CollectionThrowHelper.IndexMustBeLessOrEqual);
            if (count < 0 || index > _size - count)
                CollectionThrowHelper.ThrowArgumentOutOfRange("count", CollectionThrowHelper.Count);
            return Array.IndexOf(_items, item, index, count);
        }

        public void Insert(int index, T item)
        {
            // Inserting at the end (index == Count) is allowed.
            if ((uint)index > (uint)_size)
                CollectionThrowHelper.ThrowArgumentOutOfRange("index", CollectionThrowHelper.ListInsert);
            if (_size == _items.Length)
                Grow(_size + 1);
            if (index < _size)
                Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = item;
            _size++;
            _version++;
        }

        void IList.Insert(int index, object item)
        {
            CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<T>(item, "item");
            if (!IsCompatibleObject(item))
                CollectionThrowHelper.ThrowWrongType(item, typeof(T));
            Insert(index, (T)item);
        }

        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null)
                CollectionThrowHelper.ThrowArgumentNull("collection");
            if ((uint)index > (uint)_size)
                CollectionThrowHelper.ThrowArgumentOutOfRange("index", CollectionThrowHelper.IndexMustBeLessOrEqual);

            ICollection<T> c = collection as ICollection<T>;
            if (c != null)
            {
                int count = c.Count;
                if (count > 0)
                {
                    if (_items.Length - _size < count)
                        Grow(checked(_size + count));
                    if (index < _size)
                        Array.Copy(_items, index, _items, index + count, _size - index);

                    // Inserting a list into itself: the gap has been opened already, so copy
                    // the two halves of the original contents around it.
                    if ((object)this == (object)c)
                    {
                        Array.Copy(_items, 0, _items, index, index);
                        Array.Copy(_items, index + count, _items, index * 2, _size - index);
                    }
                    else
                    {
                        c.CopyTo(_items, index);
                    }
                    _size += count;
                    _version++;
                }
            }
            else if (index < _size)
            {
                // A lazy sequence in the middle: insert the items one by one.
                using (IEnumerator<T> en = collection.GetEnumerator())
                {
                    while (en.MoveNext())
                        Insert(index++, en.Current);
                }
            }
            else
            {
                // A lazy sequence at the end.
                AddRange(collection);
            }
        }

        public int LastIndexOf(T item)
        {
            if (_size == 0)
                return -1;
            return LastIndexOf(item, _size - 1, _size);
        }

        public int LastIndexOf(T item, int index)
        {
            if (index >= _size)
                CollectionThrowHelper.ThrowArgumentOutOfRange("index", CollectionThrowHelper.IndexMustBeLess);
            return LastIndexOf(item, index, index + 1);
        }

        public int LastIndexOf(T item, int index, int count)
        {
            if ((Count != 0) && (index < 0))
                CollectionThrowHelper.ThrowNeedNonNegNum("index");
            if ((Count != 0) && (count < 0))
                CollectionThrowHelper.ThrowNeedNonNegNum("count");

            if (_size == 0)
                return -1; // special case for an empty list

            if (index >= _size)
                CollectionThrowHelper.ThrowArgumentOutOfRange("index", CollectionThrowHelper.BiggerThanCollection);
            if (count > index + 1)
                CollectionThrowHelper.ThrowArgumentOutOfRange("count", CollectionThrowHelper.BiggerThanCollection);

            return Array.LastIndexOf(_items, item, index, count);
        }

        public bool Remove(T item)
        {
            int index = IndexOf(item);
            if (index >= 0)
            {
                RemoveAt(index);
                return true;
            }
            return false;
        }

        void IList.Remove(object item)
        {
            if (IsCompatibleObject(item))
                Remove((T)item);
        }

        // Removes every element matching the predicate, keeping the order of the rest;
        // returns how many were removed.
        public int RemoveAll(Predicate<T> match)
        {
            if (match == null)
                CollectionThrowHelper.ThrowArgumentNull("match");

            int freeIndex = 0; // the first free slot in the items array

            // Find the first item which needs to be removed.
            while (freeIndex < _size && !match(_items[freeIndex]))
                freeIndex++;
            if (freeIndex >= _size)
                return 0;

            int current = freeIndex + 1;
            while (current < _size)
            {
                // Find the first item which needs to be kept.
                while (current < _size && match(_items[current]))
                    current++;

                if (current < _size)
                {
                    // Copy the item to the free slot.
                    _items[freeIndex++] = _items[current++];
                }
            }

            Array.Clear(_items, freeIndex, _size - freeIndex);

            int result = _size - freeIndex;
            _size = freeIndex;
            _version++;
            return result;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size)
                CollectionThrowHelper.ThrowIndexMustBeLess();
            _size--;
            if (index < _size)
                Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = default(T);
            _version++;
        }

        public void RemoveRange(int index, int count)
        {
            if (index < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("index");
            if (count < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("count");
            if (_size - index < count)
                CollectionThrowHelper.ThrowInvalidOffLen();

            if (count > 0)
            {
                _size -= count;
                if (index < _size)
                    Array.Copy(_items, index + count, _items, index, _size - index);

                _version++;
                Array.Clear(_items, _size, count);
            }
        }

        public void Reverse()
        {
            Reverse(0, Count);
        }

        public void Reverse(int index, int count)
        {
            if (index < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("index");
            if (count < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("count");
            if (_size - index < count)
                CollectionThrowHelper.ThrowInvalidOffLen();

            if (count > 1)
                Array.Reverse(_items, index, count);
            _version++;
        }

        public void Sort()
        {
            Sort(0, Count, null);
        }

        public void Sort(IComparer<T> comparer)
        {
            Sort(0, Count, comparer);
        }

        // Introsort (unstable) of the range, as Array.Sort.
        public void Sort(int index, int count, IComparer<T> comparer)
        {
            if (index < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("index");
            if (count < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("count");
            if (_size - index < count)
                CollectionThrowHelper.ThrowInvalidOffLen();

            if (count > 1)
                ArraySortHelper<T, T>.Sort(_items, null, index, count, comparer);
            _version++;
        }

        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null)
                CollectionThrowHelper.ThrowArgumentNull("comparison");

            if (_size > 1)
                ArraySortHelper<T, T>.Sort(_items, null, 0, _size, comparison);
            _version++;
        }

        public T[] ToArray()
        {
            if (_size == 0)
                return s_emptyArray;

            T[] array = new T[_size];
            Array.Copy(_items, array, _size);
            return array;
        }

        // Shrinks the capacity to Count if less than 90% of it is used.
        public void TrimExcess()
        {
            int threshold = (int)(((double)_items.Length) * 0.9);
            if (_size < threshold)
                Capacity = _size;
        }

        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null)
                CollectionThrowHelper.ThrowArgumentNull("match");

            for (int i = 0; i < _size; i++)
            {
                if (!match(_items[i]))
                    return false;
            }
            return true;
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly List<T> _list;
            private int _index;
            private readonly int _version;
            private T _current;

            internal Enumerator(List<T> list)
            {
                _list = list;
                _index = 0;
                _version = list._version;
                _current = default(T);
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                List<T> localList = _list;

                if (_version == localList._version && ((uint)_index < (uint)localList._size))
                {
                    _current = localList._items[_index];
                    _index++;
                    return true;
                }
                return MoveNextRare();
            }

            private bool MoveNextRare()
            {
                if (_version != _list._version)
                    CollectionThrowHelper.ThrowVersion();

                _index = _list._size + 1;
                _current = default(T);
                return false;
            }

            public T Current
            {
                get { return _current; }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _list._size + 1)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return Current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _list._version)
                    CollectionThrowHelper.ThrowVersion();

                _index = 0;
                _current = default(T);
            }
        }
    }
}
