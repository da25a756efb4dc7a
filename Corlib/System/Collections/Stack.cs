// System.Collections.Stack: a non-generic last-in first-out collection (default
// capacity 10, doubling).
using System.Collections.Generic;

namespace System.Collections
{
    public class Stack : ICollection, ICloneable
    {
        private object[] _array;
        private int _size;
        private int _version;

        private const int DefaultCapacity = 10;

        public Stack()
        {
            _array = new object[DefaultCapacity];
        }

        public Stack(int initialCapacity)
        {
            if (initialCapacity < 0)
                throw new ArgumentOutOfRangeException("initialCapacity", CollectionThrowHelper.NeedNonNegNum);
            if (initialCapacity < DefaultCapacity)
                initialCapacity = DefaultCapacity;
            _array = new object[initialCapacity];
        }

        // Pushes the collection's items in order, so the last one ends up on top.
        public Stack(ICollection col)
            : this(col == null ? 32 : col.Count)
        {
            if (col == null)
                throw new ArgumentNullException("col");
            IEnumerator en = col.GetEnumerator();
            while (en.MoveNext())
                Push(en.Current);
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

        public virtual void Clear()
        {
            Array.Clear(_array, 0, _size);
            _size = 0;
            _version++;
        }

        public virtual object Clone()
        {
            Stack s = new Stack(_size);
            s._size = _size;
            Array.Copy(_array, s._array, _size);
            s._version = _version;
            return s;
        }

        public virtual bool Contains(object obj)
        {
            int count = _size;
            while (count-- > 0)
            {
                if (obj == null)
                {
                    if (_array[count] == null)
                        return true;
                }
                else if (_array[count] != null && _array[count].Equals(obj))
                {
                    return true;
                }
            }
            return false;
        }

        // Copies in pop order (top first).
        public virtual void CopyTo(Array array, int index)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (array.Rank != 1)
                throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");
            if (index < 0)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            if (array.Length - index < _size)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            int i = 0;
            object[] objArray = array as object[];
            if (objArray != null)
            {
                while (i < _size)
                {
                    objArray[i + index] = _array[_size - i - 1];
                    i++;
                }
            }
            else
            {
                while (i < _size)
                {
                    array.SetValue(_array[_size - i - 1], i + index);
                    i++;
                }
            }
        }

        public virtual IEnumerator GetEnumerator()
        {
            return new StackEnumerator(this);
        }

        public virtual object Peek()
        {
            if (_size == 0)
                throw new InvalidOperationException("Stack empty.");
            return _array[_size - 1];
        }

        public virtual object Pop()
        {
            if (_size == 0)
                throw new InvalidOperationException("Stack empty.");

            _version++;
            object obj = _array[--_size];
            _array[_size] = null; // free memory quicker
            return obj;
        }

        public virtual void Push(object obj)
        {
            if (_size == _array.Length)
            {
                object[] newArray = new object[2 * _array.Length];
                Array.Copy(_array, newArray, _size);
                _array = newArray;
            }
            _array[_size++] = obj;
            _version++;
        }

        // Pop order: the top first.
        public virtual object[] ToArray()
        {
            if (_size == 0)
                return new object[0];

            object[] objArray = new object[_size];
            int i = 0;
            while (i < _size)
            {
                objArray[i] = _array[_size - i - 1];
                i++;
            }
            return objArray;
        }

        private sealed class StackEnumerator : IEnumerator, ICloneable
        {
            private readonly Stack _stack;
            private int _index;   // -2 = not started, -1 = ended
            private readonly int _version;
            private object _currentElement;

            internal StackEnumerator(Stack stack)
            {
                _stack = stack;
                _version = stack._version;
                _index = -2;
                _currentElement = null;
            }

            public object Clone()
            {
                return MemberwiseClone();
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
                    return false;

                retval = (--_index >= 0);
                if (retval)
                    _currentElement = _stack._array[_index];
                else
                    _currentElement = null;
                return retval;
            }

            public object Current
            {
                get
                {
                    if (_index < 0)
                        CollectionThrowHelper.ThrowEnumNotStartedOrEnded(_index == -2);
                    return _currentElement;
                }
            }

            public void Reset()
            {
                if (_version != _stack._version)
                    CollectionThrowHelper.ThrowVersion();
                _index = -2;
                _currentElement = null;
            }
        }
    }
}
