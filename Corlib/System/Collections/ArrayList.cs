// System.Collections.ArrayList: a growable array of objects (a port of .NET's;
// capacity 0 -> 4 -> 8...).
using System.Collections.Generic;

namespace System.Collections
{
    public class ArrayList : IList, ICloneable
    {
        private object[] _items;
        private int _size;
        private int _version;

        private const int DefaultCapacity = 4;
        private const int MaxArrayLength = 0x7FFFFFC7;

        public ArrayList()
        {
            _items = new object[0];
        }

        public ArrayList(int capacity)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", "'capacity' must be non-negative.");
            _items = capacity == 0 ? new object[0] : new object[capacity];
        }

        public ArrayList(ICollection c)
        {
            if (c == null)
                throw new ArgumentNullException("c", "Collection cannot be null.");

            int count = c.Count;
            if (count == 0)
            {
                _items = new object[0];
            }
            else
            {
                _items = new object[count];
                AddRange(c);
            }
        }

        public virtual int Capacity
        {
            get { return _items.Length; }
            set
            {
                if (value < _size)
                    throw new ArgumentOutOfRangeException("value", CollectionThrowHelper.SmallCapacity);

                if (value != _items.Length)
                {
                    if (value > 0)
                    {
                        object[] newItems = new object[value];
                        if (_size > 0)
                            Array.Copy(_items, newItems, _size);
                        _items = newItems;
                    }
                    else
                    {
                        _items = new object[DefaultCapacity];
                    }
                }
            }
        }

        public virtual int Count
        {
            get { return _size; }
        }

        public virtual bool IsFixedSize
        {
            get { return false; }
        }

        public virtual bool IsReadOnly
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

        public virtual object this[int index]
        {
            get
            {
                if (index < 0 || index >= _size)
                    throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLess);
                return _items[index];
            }
            set
            {
                if (index < 0 || index >= _size)
                    throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLess);
                _items[index] = value;
                _version++;
            }
        }

        public virtual int Add(object value)
        {
            if (_size == _items.Length)
                EnsureCapacity(_size + 1);
            _items[_size] = value;
            _version++;
            return _size++;
        }

        public virtual void AddRange(ICollection c)
        {
            InsertRange(_size, c);
        }

        public virtual int BinarySearch(int index, int count, object value, IComparer comparer)
        {
            if (index < 0)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.NeedNonNegNum);
            if (_size - index < count)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            return Array.BinarySearch((Array)_items, index, count, value, comparer);
        }

        public virtual int BinarySearch(object value)
        {
            return BinarySearch(0, Count, value, null);
        }

        public virtual int BinarySearch(object value, IComparer comparer)
        {
            return BinarySearch(0, Count, value, comparer);
        }

        public virtual void Clear()
        {
            if (_size > 0)
            {
                Array.Clear(_items, 0, _size);
                _size = 0;
            }
            _version++;
        }

        // A shallow copy.
        public virtual object Clone()
        {
            ArrayList la = new ArrayList(_size);
            la._size = _size;
            la._version = _version;
            Array.Copy(_items, la._items, _size);
            return la;
        }

        public virtual bool Contains(object item)
        {
            if (item == null)
            {
                for (int i = 0; i < _size; i++)
                {
                    if (_items[i] == null)
                        return true;
                }
                return false;
            }

            for (int i = 0; i < _size; i++)
            {
                if ((_items[i] != null) && (_items[i].Equals(item)))
                    return true;
            }
            return false;
        }

        public virtual void CopyTo(Array array)
        {
            CopyTo(array, 0);
        }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            if ((array != null) && (array.Rank != 1))
                throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");
            Array.Copy(_items, 0, array, arrayIndex, _size);
        }

        public virtual void CopyTo(int index, Array array, int arrayIndex, int count)
        {
            if (_size - index < count)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);
            if ((array != null) && (array.Rank != 1))
                throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");
            Array.Copy(_items, index, array, arrayIndex, count);
        }

        private void EnsureCapacity(int min)
        {
            if (_items.Length < min)
            {
                int newCapacity = _items.Length == 0 ? DefaultCapacity : _items.Length * 2;
                if ((uint)newCapacity > MaxArrayLength)
                    newCapacity = MaxArrayLength;
                if (newCapacity < min)
                    newCapacity = min;
                Capacity = newCapacity;
            }
        }

        public virtual IEnumerator GetEnumerator()
        {
            return new ArrayListEnumerator(this, 0, _size);
        }

        public virtual IEnumerator GetEnumerator(int index, int count)
        {
            if (index < 0)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.NeedNonNegNum);
            if (_size - index < count)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);
            return new ArrayListEnumerator(this, index, count);
        }

        public virtual int IndexOf(object value)
        {
            return Array.IndexOf((Array)_items, value, 0, _size);
        }

        public virtual int IndexOf(object value, int startIndex)
        {
            if (startIndex > _size)
                throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLessOrEqual);
            return Array.IndexOf((Array)_items, value, startIndex, _size - startIndex);
        }

        public virtual int IndexOf(object value, int startIndex, int count)
        {
            if (startIndex > _size)
                throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLessOrEqual);
            if (count < 0 || startIndex > _size - count)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.Count);
            return Array.IndexOf((Array)_items, value, startIndex, count);
        }

        public virtual void Insert(int index, object value)
        {
            // Inserting at the end (index == Count) is allowed.
            if (index < 0 || index > _size)
                throw new ArgumentOutOfRangeException("index", "Insertion index was out of range. Must be non-negative and less than or equal to size.");

            if (_size == _items.Length)
                EnsureCapacity(_size + 1);
            if (index < _size)
                Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = value;
            _size++;
            _version++;
        }

        public virtual void InsertRange(int index, ICollection c)
        {
            if (c == null)
                throw new ArgumentNullException("c", "Collection cannot be null.");
            if (index < 0 || index > _size)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLessOrEqual);

            int count = c.Count;
            if (count > 0)
            {
                EnsureCapacity(_size + count);
                // Shift the existing items if inserting in the middle.
                if (index < _size)
                    Array.Copy(_items, index, _items, index + count, _size - index);

                object[] itemsToInsert = new object[count];
                c.CopyTo(itemsToInsert, 0);
                itemsToInsert.CopyTo(_items, index);
                _size += count;
                _version++;
            }
        }

        public virtual int LastIndexOf(object value)
        {
            return LastIndexOf(value, _size - 1, _size);
        }

        public virtual int LastIndexOf(object value, int startIndex)
        {
            if (startIndex >= _size)
                throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLess);
            return LastIndexOf(value, startIndex, startIndex + 1);
        }

        public virtual int LastIndexOf(object value, int startIndex, int count)
        {
            if (Count != 0 && (startIndex < 0 || count < 0))
                throw new ArgumentOutOfRangeException(startIndex < 0 ? "startIndex" : "count", CollectionThrowHelper.NeedNonNegNum);

            if (_size == 0)
                return -1;

            if (startIndex >= _size || count > startIndex + 1)
                throw new ArgumentOutOfRangeException(startIndex >= _size ? "startIndex" : "count", CollectionThrowHelper.BiggerThanCollection);

            return Array.LastIndexOf((Array)_items, value, startIndex, count);
        }

        public virtual void Remove(object obj)
        {
            int index = IndexOf(obj);
            if (index >= 0)
                RemoveAt(index);
        }

        public virtual void RemoveAt(int index)
        {
            if (index < 0 || index >= _size)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLess);

            _size--;
            if (index < _size)
                Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = null;
            _version++;
        }

        public virtual void RemoveRange(int index, int count)
        {
            if (index < 0)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.NeedNonNegNum);
            if (_size - index < count)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            if (count > 0)
            {
                int i = _size;
                _size -= count;
                if (index < _size)
                    Array.Copy(_items, index + count, _items, index, _size - index);
                while (i > _size)
                    _items[--i] = null;
                _version++;
            }
        }

        public static ArrayList Repeat(object value, int count)
        {
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.NeedNonNegNum);

            ArrayList list = new ArrayList((count > DefaultCapacity) ? count : DefaultCapacity);
            for (int i = 0; i < count; i++)
                list.Add(value);
            return list;
        }

        public virtual void Reverse()
        {
            Reverse(0, Count);
        }

        public virtual void Reverse(int index, int count)
        {
            if (index < 0)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.NeedNonNegNum);
            if (_size - index < count)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            Array.Reverse((Array)_items, index, count);
            _version++;
        }

        public virtual void SetRange(int index, ICollection c)
        {
            if (c == null)
                throw new ArgumentNullException("c", "Collection cannot be null.");
            int count = c.Count;
            if (index < 0 || index > _size - count)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLess);

            if (count > 0)
            {
                c.CopyTo(_items, index);
                _version++;
            }
        }

        // .NET returns a live view of the range; this returns a copy of it.
        public virtual ArrayList GetRange(int index, int count)
        {
            if (index < 0 || count < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", CollectionThrowHelper.NeedNonNegNum);
            if (_size - index < count)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            ArrayList range = new ArrayList(count);
            Array.Copy(_items, index, range._items, 0, count);
            range._size = count;
            return range;
        }

        public virtual void Sort()
        {
            Sort(0, Count, Comparer.Default);
        }

        public virtual void Sort(IComparer comparer)
        {
            Sort(0, Count, comparer);
        }

        // Introsort (unstable), as Array.Sort.
        public virtual void Sort(int index, int count, IComparer comparer)
        {
            if (index < 0)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.NeedNonNegNum);
            if (_size - index < count)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            Array.Sort((Array)_items, index, count, comparer);
            _version++;
        }

        public virtual object[] ToArray()
        {
            if (_size == 0)
                return new object[0];

            object[] array = new object[_size];
            Array.Copy(_items, array, _size);
            return array;
        }

        public virtual void TrimToSize()
        {
            Capacity = _size;
        }

        public static ArrayList ReadOnly(ArrayList list)
        {
            if (list == null)
                throw new ArgumentNullException("list");
            return new ReadOnlyArrayList(list);
        }

        // ArrayList.ReadOnly: every mutation throws NotSupportedException.
        private sealed class ReadOnlyArrayList : ArrayList
        {
            private readonly ArrayList _list;

            internal ReadOnlyArrayList(ArrayList l)
            {
                _list = l;
            }

            public override int Count
            {
                get { return _list.Count; }
            }

            public override bool IsReadOnly
            {
                get { return true; }
            }

            public override bool IsFixedSize
            {
                get { return true; }
            }

            public override object this[int index]
            {
                get { return _list[index]; }
                set { CollectionThrowHelper.ThrowReadOnly(); }
            }

            public override int Capacity
            {
                get { return _list.Capacity; }
                set { CollectionThrowHelper.ThrowReadOnly(); }
            }

            public override int Add(object obj)
            {
                CollectionThrowHelper.ThrowReadOnly();
                return 0;
            }

            public override void AddRange(ICollection c)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override void Clear()
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override void Insert(int index, object obj)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override void InsertRange(int index, ICollection c)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override void Remove(object value)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override void RemoveAt(int index)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override void RemoveRange(int index, int count)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override void Reverse(int index, int count)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override void SetRange(int index, ICollection c)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override void Sort(int index, int count, IComparer comparer)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override void TrimToSize()
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public override object Clone()
            {
                return new ReadOnlyArrayList(_list);
            }

            public override bool Contains(object obj)
            {
                return _list.Contains(obj);
            }

            public override void CopyTo(Array array, int index)
            {
                _list.CopyTo(array, index);
            }

            public override void CopyTo(int index, Array array, int arrayIndex, int count)
            {
                _list.CopyTo(index, array, arrayIndex, count);
            }

            public override IEnumerator GetEnumerator()
            {
                return _list.GetEnumerator();
            }

            public override IEnumerator GetEnumerator(int index, int count)
            {
                return _list.GetEnumerator(index, count);
            }

            public override int IndexOf(object value)
            {
                return _list.IndexOf(value);
            }

            public override int IndexOf(object value, int startIndex)
            {
                return _list.IndexOf(value, startIndex);
            }

            public override int IndexOf(object value, int startIndex, int count)
            {
                return _list.IndexOf(value, startIndex, count);
            }

            public override int LastIndexOf(object value)
            {
                return _list.LastIndexOf(value);
            }

            public override int LastIndexOf(object value, int startIndex)
            {
                return _list.LastIndexOf(value, startIndex);
            }

            public override int LastIndexOf(object value, int startIndex, int count)
            {
                return _list.LastIndexOf(value, startIndex, count);
            }

            public override int BinarySearch(int index, int count, object value, IComparer comparer)
            {
                return _list.BinarySearch(index, count, value, comparer);
            }

            public override ArrayList GetRange(int index, int count)
            {
                return new ReadOnlyArrayList(_list.GetRange(index, count));
            }

            public override object[] ToArray()
            {
                return _list.ToArray();
            }
        }

        private sealed class ArrayListEnumerator : IEnumerator, ICloneable
        {
            private readonly ArrayList _list;
            private int _index;
            private readonly int _endIndex;   // the index of the last element + 1
            private readonly int _version;
            private object _currentElement;
            private readonly int _startIndex;

            internal ArrayListEnumerator(ArrayList list, int index, int count)
            {
                _list = list;
                _startIndex = index;
                _index = index - 1;
                _endIndex = _index + count;
                _version = list._version;
                _currentElement = null;
            }

            public object Clone()
            {
                return MemberwiseClone();
            }

            public bool MoveNext()
            {
                if (_version != _list._version)
                    CollectionThrowHelper.ThrowVersion();
                if (_index < _endIndex)
                {
                    _currentElement = _list[++_index];
                    return true;
                }
                _index = _endIndex + 1;
                return false;
            }

            public object Current
            {
                get
                {
                    if (_index < _startIndex)
                        CollectionThrowHelper.ThrowEnumNotStartedOrEnded(true);
                    else if (_index > _endIndex)
                        CollectionThrowHelper.ThrowEnumNotStartedOrEnded(false);
                    return _currentElement;
                }
            }

            public void Reset()
            {
                if (_version != _list._version)
                    CollectionThrowHelper.ThrowVersion();
                _index = _startIndex - 1;
            }
        }
    }
}
