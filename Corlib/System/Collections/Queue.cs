// System.Collections.Queue: a non-generic first-in first-out circular buffer
// (default capacity 32, growing by the growth factor, at least by 4).
using System.Collections.Generic;

namespace System.Collections
{
    public class Queue : ICollection, ICloneable
    {
        private object[] _array;
        private int _head;       // the first valid element
        private int _tail;       // the last valid element + 1
        private int _size;
        private readonly int _growFactor; // 100 == 1.0, 130 == 1.3, 200 == 2.0
        private int _version;

        private const int MinimumGrow = 4;

        public Queue()
            : this(32, 2.0f)
        {
        }

        public Queue(int capacity)
            : this(capacity, 2.0f)
        {
        }

        public Queue(int capacity, float growFactor)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", CollectionThrowHelper.NeedNonNegNum);
            if (!(growFactor >= 1.0f && growFactor <= 10.0f))
                throw new ArgumentOutOfRangeException("growFactor", "Queue grow factor must be between 1.0 and 10.0.");

            _array = new object[capacity];
            _head = 0;
            _tail = 0;
            _size = 0;
            _growFactor = (int)(growFactor * 100);
        }

        public Queue(ICollection col)
            : this(col == null ? 32 : col.Count)
        {
            if (col == null)
                throw new ArgumentNullException("col");
            IEnumerator en = col.GetEnumerator();
            while (en.MoveNext())
                Enqueue(en.Current);
        }

        public virtual int Count
        {
            get { return _size; }
        }

        public virtual bool IsSynchronized
        {
            get { return false; }
        }

        public virtual object SyncRoot
        {
            get { return this; }
        }

        public virtual object Clone()
        {
            Queue q = new Queue(_size);
            q._size = _size;

            int numToCopy = _size;
            int firstPart = (_array.Length - _head < numToCopy) ? _array.Length - _head : numToCopy;
            Array.Copy(_array, _head, q._array, 0, firstPart);
            numToCopy -= firstPart;
            if (numToCopy > 0)
                Array.Copy(_array, 0, q._array, _array.Length - _head, numToCopy);

            q._version = _version;
            return q;
        }

        public virtual void Clear()
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

        public virtual void CopyTo(Array array, int index)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (array.Rank != 1)
                throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");
            if (index < 0)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            int arrayLen = array.Length;
            if (arrayLen - index < _size)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            int numToCopy = _size;
            if (numToCopy == 0)
                return;
            int firstPart = (_array.Length - _head < numToCopy) ? _array.Length - _head : numToCopy;
            Array.Copy(_array, _head, array, index, firstPart);
            numToCopy -= firstPart;
            if (numToCopy > 0)
                Array.Copy(_array, 0, array, index + _array.Length - _head, numToCopy);
        }

        public virtual void Enqueue(object obj)
        {
            if (_size == _array.Length)
            {
                int newcapacity = (int)((long)_array.Length * (long)_growFactor / 100);
                if (newcapacity < _array.Length + MinimumGrow)
                    newcapacity = _array.Length + MinimumGrow;
                SetCapacity(newcapacity);
            }

            _array[_tail] = obj;
            _tail = (_tail + 1) % _array.Length;
            _size++;
            _version++;
        }

        public virtual IEnumerator GetEnumerator()
        {
            return new QueueEnumerator(this);
        }

        public virtual object Dequeue()
        {
            if (Count == 0)
                throw new InvalidOperationException("Queue empty.");

            object removed = _array[_head];
            _array[_head] = null;
            _head = (_head + 1) % _array.Length;
            _size--;
            _version++;
            return removed;
        }

        public virtual object Peek()
        {
            if (Count == 0)
                throw new InvalidOperationException("Queue empty.");
            return _array[_head];
        }

        public virtual bool Contains(object obj)
        {
            int index = _head;
            int count = _size;

            while (count-- > 0)
            {
                if (obj == null)
                {
                    if (_array[index] == null)
                        return true;
                }
                else if (_array[index] != null && _array[index].Equals(obj))
                {
                    return true;
                }
                index = (index + 1) % _array.Length;
            }
            return false;
        }

        internal object GetElement(int i)
        {
            return _array[(_head + i) % _array.Length];
        }

        public virtual object[] ToArray()
        {
            if (_size == 0)
                return new object[0];

            object[] arr = new object[_size];
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

        private void SetCapacity(int capacity)
        {
            object[] newarray = new object[capacity];
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

        public virtual void TrimToSize()
        {
            SetCapacity(_size);
        }

        private sealed class QueueEnumerator : IEnumerator, ICloneable
        {
            private readonly Queue _q;
            private int _index;
            private readonly int _version;
            private object _currentElement;
            private bool _started;

            internal QueueEnumerator(Queue q)
            {
                _q = q;
                _version = _q._version;
                _index = 0;
                _currentElement = null;
            }

            public object Clone()
            {
                return MemberwiseClone();
            }

            public bool MoveNext()
            {
                if (_version != _q._version)
                    CollectionThrowHelper.ThrowVersion();

                _started = true;
                if (_index >= _q._size)
                {
                    _index = _q._size + 1; // ended
                    _currentElement = null;
                    return false;
                }

                _currentElement = _q.GetElement(_index);
                _index++;
                return true;
            }

            public object Current
            {
                get
                {
                    if (!_started)
                        CollectionThrowHelper.ThrowEnumNotStartedOrEnded(true);
                    if (_index > _q._size)
                        CollectionThrowHelper.ThrowEnumNotStartedOrEnded(false);
                    return _currentElement;
                }
            }

            public void Reset()
            {
                if (_version != _q._version)
                    CollectionThrowHelper.ThrowVersion();
                _index = 0;
                _started = false;
                _currentElement = null;
            }
        }
    }
}
