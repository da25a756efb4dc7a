// System.Collections.Generic.Queue<T>: a first-in first-out circular buffer (a port
// of .NET's Queue<T>; capacity doubles, growing by at least 4).
namespace System.Collections.Generic
{
    public class Queue<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _head;    // the first valid element
        private int _tail;    // the last valid element + 1
        private int _size;
        private int _version;

        private const int MaxArrayLength = 0x7FFFFFC7;

        public Queue()
        {
            _array = new T[0];
        }

        public Queue(int capacity)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");
            _array = new T[capacity];
        }

        public Queue(IEnumerable<T> collection)
        {
            if (collection == null)
                CollectionThrowHelper.ThrowArgumentNull("collection");

            ICollection<T> c = collection as ICollection<T>;
            if (c != null)
            {
                _array = new T[c.Count];
                c.CopyTo(_array, 0);
                _size = c.Count;
            }
            else
            {
                _array = new T[0];
                foreach (T item in collection)
                    Enqueue(item);
            }
            if (_size != _array.Length)
                _tail = _size;
        }

        public int Count
        {
            get { return _size; }
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
            if (_size != 0)
            {
                if (_head < _tail)
                {
                    Array.Clear(_array, _head, _size);
                }
                else
                {
                    Array.Clear(_array, _head, _array.Length - _head);
                    Array.Clear(_array, 0, _tail);
                }
                _size = 0;
            }

            _head = 0;
            _tail = 0;
            _version++;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null)
                CollectionThrowHelper.ThrowArgumentNull("array");
            if (arrayIndex < 0 || arrayIndex > array.Length)
                CollectionThrowHelper.ThrowArgumentOutOfRange("arrayIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (array.Length - arrayIndex < _size)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");

            int numToCopy = _size;
            if (numToCopy == 0)
                return;

            int firstPart = Math_Min(_array.Length - _head, numToCopy);
            Array.Copy(_array, _head, array, arrayIndex, firstPart);
            numToCopy -= firstPart;
            if (numToCopy > 0)
                Array.Copy(_array, 0, array, arrayIndex + _array.Length - _head, numToCopy);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            CollectionThrowHelper.CheckCopyToArray(array, index, _size);

            int numToCopy = _size;
            if (numToCopy == 0)
                return;

            try
            {
                int firstPart = Math_Min(_array.Length - _head, numToCopy);
                Array.Copy(_array, _head, array, index, firstPart);
                numToCopy -= firstPart;
                if (numToCopy > 0)
                    Array.Copy(_array, 0, array, index + _array.Length - _head, numToCopy);
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            }
        }

        private static int Math_Min(int a, int b)
        {
            return a < b ? a : b;
        }

        public void Enqueue(T item)
        {
            if (_size == _array.Length)
                Grow(_size + 1);

            _array[_tail] = item;
            MoveNext(ref _tail);
            _size++;
            _version++;
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

        public T Dequeue()
        {
            int head = _head;
            T[] array = _array;

            if (_size == 0)
                ThrowForEmptyQueue();

            T removed = array[head];
            array[head] = default(T);
            MoveNext(ref _head);
            _size--;
            _version++;
            return removed;
        }

        public bool TryDequeue(out T result)
        {
            int head = _head;
            T[] array = _array;

            if (_size == 0)
            {
                result = default(T);
                return false;
            }

            result = array[head];
            array[head] = default(T);
            MoveNext(ref _head);
            _size--;
            _version++;
            return true;
        }

        public T Peek()
        {
            if (_size == 0)
                ThrowForEmptyQueue();
            return _array[_head];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0)
            {
                result = default(T);
                return false;
            }
            result = _array[_head];
            return true;
        }

        public bool Contains(T item)
        {
            if (_size == 0)
                return false;

            if (_head < _tail)
                return Array.IndexOf(_array, item, _head, _size) >= 0;

            // The elements wrap around the end of the array.
            return Array.IndexOf(_array, item, _head, _array.Length - _head) >= 0 ||
                   Array.IndexOf(_array, item, 0, _tail) >= 0;
        }

        public T[] ToArray()
        {
            if (_size == 0)
                return Array.Empty<T>();

            T[] arr = new T[_size];
            if (_head < _tail)
            {
                Array.Copy(_array, _head, arr, 0, _size);
            }
            else
            {
                Array.Copy(_array, _head, arr, 0, _array.Length - _head);
                Array.Copy(_array, 0, arr, _array.Length - _head, _tail);
            }
            return arr;
        }

        // Moves the elements into a new array of the given capacity, starting at index 0.
        private void SetCapacity(int capacity)
        {
            T[] newarray = new T[capacity];
            if (_size > 0)
            {
                if (_head < _tail)
                {
                    Array.Copy(_array, _head, newarray, 0, _size);
                }
                else
                {
                    Array.Copy(_array, _head, newarray, 0, _array.Length - _head);
                    Array.Copy(_array, 0, newarray, _array.Length - _head, _tail);
                }
            }

            _array = newarray;
            _head = 0;
            _tail = (_size == capacity) ? 0 : _size;
            _version++;
        }

        // Increments index, wrapping around to 0.
        private void MoveNext(ref int index)
        {
            int tmp = index + 1;
            if (tmp == _array.Length)
                tmp = 0;
            index = tmp;
        }

        private static void ThrowForEmptyQueue()
        {
            throw new InvalidOperationException("Queue empty.");
        }

        // Shrinks the capacity to Count if less than 90% of it is used.
        public void TrimExcess()
        {
            int threshold = (int)(_array.Length * 0.9);
            if (_size < threshold)
                SetCapacity(_size);
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");
            if (_array.Length < capacity)
                Grow(capacity);
            return _array.Length;
        }

        private void Grow(int capacity)
        {
            const int GrowFactor = 2;
            const int MinimumGrow = 4;

            int newcapacity = GrowFactor * _array.Length;

            // Allow the queue to grow to the maximum array length before failing.
            if ((uint)newcapacity > MaxArrayLength)
                newcapacity = MaxArrayLength;

            // Ensure a minimum growth.
            if (newcapacity < _array.Length + MinimumGrow)
                newcapacity = _array.Length + MinimumGrow;

            if (newcapacity < capacity)
                newcapacity = capacity;

            SetCapacity(newcapacity);
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly Queue<T> _q;
            private readonly int _version;
            private int _index;   // -1 = not started, -2 = ended/disposed
            private T _currentElement;

            internal Enumerator(Queue<T> q)
            {
                _q = q;
                _version = q._version;
                _index = -1;
                _currentElement = default(T);
            }

            public void Dispose()
            {
                _index = -2;
                _currentElement = default(T);
            }

            public bool MoveNext()
            {
                if (_version != _q._version)
                    CollectionThrowHelper.ThrowVersion();

                if (_index == -2)
                    return false;

                _index++;

                if (_index == _q._size)
                {
                    // Enumeration ended.
                    _index = -2;
                    _currentElement = default(T);
                    return false;
                }

                T[] array = _q._array;
                uint capacity = (uint)array.Length;

                // _index is the 0-based position from the head; wrap around the end of the array.
                uint arrayIndex = (uint)(_q._head + _index);
                if (arrayIndex >= capacity)
                    arrayIndex -= capacity;

                _currentElement = array[arrayIndex];
                return true;
            }

            public T Current
            {
                get
                {
                    if (_index < 0)
                        CollectionThrowHelper.ThrowEnumNotStartedOrEnded(_index == -1);
                    return _currentElement;
                }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            void IEnumerator.Reset()
            {
                if (_version != _q._version)
                    CollectionThrowHelper.ThrowVersion();
                _index = -1;
                _currentElement = default(T);
            }
        }
    }
}
