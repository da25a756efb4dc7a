// System.Collections.Generic.Stack<T>: a last-in first-out array (a port of .NET's
// Stack<T>; capacity 0 -> 4 -> 8...). Enumeration and ToArray go from the top down.
namespace System.Collections.Generic
{
    public class Stack<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _size;
        private int _version;

        private const int DefaultCapacity = 4;
        private const int MaxArrayLength = 0x7FFFFFC7;

        public Stack()
        {
            _array = new T[0];
        }

        public Stack(int capacity)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");
            _array = new T[capacity];
        }

        // Pushes the items in order, so the last one ends up on top.
        public Stack(IEnumerable<T> collection)
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
                    Push(item);
            }
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
            Array.Clear(_array, 0, _size); // don't keep references alive
            _size = 0;
            _version++;
        }

        public bool Contains(T item)
        {
            // The search goes from the top, but only the answer is observable.
            return _size != 0 && Array.LastIndexOf(_array, item, _size - 1) != -1;
        }

        // Copies in pop order (top first).
        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null)
                CollectionThrowHelper.ThrowArgumentNull("array");
            if (arrayIndex < 0 || arrayIndex > array.Length)
                CollectionThrowHelper.ThrowArgumentOutOfRange("arrayIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (array.Length - arrayIndex < _size)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");

            int srcIndex = 0;
            int dstIndex = arrayIndex + _size;
            while (srcIndex < _size)
                array[--dstIndex] = _array[srcIndex++];
        }

        void ICollection.CopyTo(Array array, int arrayIndex)
        {
            CollectionThrowHelper.CheckCopyToArray(array, arrayIndex, _size);

            try
            {
                Array.Copy(_array, 0, array, arrayIndex, _size);
                Array.Reverse(array, arrayIndex, _size);
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            }
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

        // Shrinks the capacity to Count if less than 90% of it is used.
        public void TrimExcess()
        {
            int threshold = (int)(_array.Length * 0.9);
            if (_size < threshold)
            {
                T[] newArray = new T[_size];
                Array.Copy(_array, newArray, _size);
                _array = newArray;
                _version++;
            }
        }

        public T Peek()
        {
            int size = _size - 1;
            T[] array = _array;

            if ((uint)size >= (uint)array.Length)
                ThrowForEmptyStack();

            return array[size];
        }

        public bool TryPeek(out T result)
        {
            int size = _size - 1;
            T[] array = _array;

            if ((uint)size >= (uint)array.Length)
            {
                result = default(T);
                return false;
            }
            result = array[size];
            return true;
        }

        public T Pop()
        {
            int size = _size - 1;
            T[] array = _array;

            if ((uint)size >= (uint)array.Length)
                ThrowForEmptyStack();

            _version++;
            _size = size;
            T item = array[size];
            array[size] = default(T); // free memory quicker
            return item;
        }

        public bool TryPop(out T result)
        {
            int size = _size - 1;
            T[] array = _array;

            if ((uint)size >= (uint)array.Length)
            {
                result = default(T);
                return false;
            }

            _version++;
            _size = size;
            result = array[size];
            array[size] = default(T);
            return true;
        }

        public void Push(T item)
        {
            int size = _size;
            T[] array = _array;

            if ((uint)size < (uint)array.Length)
            {
                array[size] = item;
                _version++;
                _size = size + 1;
            }
            else
            {
                Grow(_size + 1);
                _array[_size] = item;
                _version++;
                _size++;
            }
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
            int newcapacity = _array.Length == 0 ? DefaultCapacity : 2 * _array.Length;

            // Allow the stack to grow to the maximum array length before failing.
            if ((uint)newcapacity > MaxArrayLength)
                newcapacity = MaxArrayLength;

            if (newcapacity < capacity)
                newcapacity = capacity;

            T[] newArray = new T[newcapacity];
            Array.Copy(_array, newArray, _size);
            _array = newArray;
        }

        // Pop order: the top first.
        public T[] ToArray()
        {
            if (_size == 0)
                return Array.Empty<T>();

            T[] objArray = new T[_size];
            int i = 0;
            while (i < _size)
            {
                objArray[i] = _array[_size - i - 1];
                i++;
            }
            return objArray;
        }

        private static void ThrowForEmptyStack()
        {
            throw new InvalidOperationException("Stack empty.");
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly Stack<T> _stack;
            private readonly int _version;
            private int _index;   // -2 = not started, -1 = ended
            private T _currentElement;

            internal Enumerator(Stack<T> stack)
            {
                _stack = stack;
                _version = stack._version;
                _index = -2;
                _currentElement = default(T);
            }

            public void Dispose()
            {
                _index = -1;
            }

            public bool MoveNext()
            {
                bool retval;
                if (_version != _stack._version)
                    CollectionThrowHelper.ThrowVersion();

                if (_index == -2)
                {
                    // First call: start at the top.
                    _index = _stack._size - 1;
                    retval = (_index >= 0);
                    if (retval)
                        _currentElement = _stack._array[_index];
                    return retval;
                }

                if (_index == -1)
                {
                    // End of enumeration.
                    return false;
                }

                retval = (--_index >= 0);
                if (retval)
                    _currentElement = _stack._array[_index];
                else
                    _currentElement = default(T);
                return retval;
            }

            public T Current
            {
                get
                {
                    if (_index < 0)
                        CollectionThrowHelper.ThrowEnumNotStartedOrEnded(_index == -2);
                    return _currentElement;
                }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            void IEnumerator.Reset()
            {
                if (_version != _stack._version)
                    CollectionThrowHelper.ThrowVersion();
                _index = -2;
                _currentElement = default(T);
            }
        }
    }
}
