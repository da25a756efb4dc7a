// System.ArraySegment<T>: a view of Count elements of an array starting at Offset (a
// port of .NET's, without the Span/Memory conversions). Writes through the indexer go
// to the underlying array. Its IList<T> is fixed size and read-only for Add/Insert/
// Remove/Clear, yet the indexer setter works, as for arrays. A default segment has a
// null Array; most members then throw InvalidOperationException. Equality compares
// the array reference, Offset and Count.
using System.Collections;
using System.Collections.Generic;

namespace System
{
    public readonly struct ArraySegment<T> : IList<T>, IReadOnlyList<T>
    {
        private static readonly ArraySegment<T> s_empty = new ArraySegment<T>(new T[0]);

        private readonly T[] _array;
        private readonly int _offset;
        private readonly int _count;

        public ArraySegment(T[] array)
        {
            if (array == null)
                throw new ArgumentNullException("array");

            _array = array;
            _offset = 0;
            _count = array.Length;
        }

        public ArraySegment(T[] array, int offset, int count)
        {
            if (array == null || (uint)offset > (uint)array.Length || (uint)count > (uint)(array.Length - offset))
                ThrowCtorValidationFailed(array, offset, count);

            _array = array;
            _offset = offset;
            _count = count;
        }

        private static void ThrowCtorValidationFailed(T[] array, int offset, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (offset < 0)
                throw new ArgumentOutOfRangeException("offset", CollectionThrowHelper.NeedNonNegNum);
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.NeedNonNegNum);
            throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);
        }

        // An empty segment of an empty array.
        public static ArraySegment<T> Empty
        {
            get { return s_empty; }
        }

        public T[] Array
        {
            get { return _array; }
        }

        public int Offset
        {
            get { return _offset; }
        }

        public int Count
        {
            get { return _count; }
        }

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_count)
                    CollectionThrowHelper.ThrowIndexMustBeLess();
                return _array[_offset + index];
            }
            set
            {
                if ((uint)index >= (uint)_count)
                    CollectionThrowHelper.ThrowIndexMustBeLess();
                _array[_offset + index] = value;
            }
        }

        public Enumerator GetEnumerator()
        {
            ThrowInvalidOperationIfDefault();
            return new Enumerator(this);
        }

        public override int GetHashCode()
        {
            if (_array == null)
                return 0;
            int hash = ((_offset << 5) + _offset) ^ _count;
            return ((hash << 5) + hash) ^ _array.GetHashCode();
        }

        public void CopyTo(T[] destination)
        {
            CopyTo(destination, 0);
        }

        public void CopyTo(T[] destination, int destinationIndex)
        {
            ThrowInvalidOperationIfDefault();
            System.Array.Copy(_array, _offset, destination, destinationIndex, _count);
        }

        public void CopyTo(ArraySegment<T> destination)
        {
            ThrowInvalidOperationIfDefault();
            destination.ThrowInvalidOperationIfDefault();

            if (_count > destination._count)
                throw new ArgumentException("Destination is too short.", "destination");

            System.Array.Copy(_array, _offset, destination._array, destination._offset, _count);
        }

        public override bool Equals(object obj)
        {
            return obj is ArraySegment<T> && Equals((ArraySegment<T>)obj);
        }

        public bool Equals(ArraySegment<T> obj)
        {
            return obj._array == _array && obj._offset == _offset && obj._count == _count;
        }

        // The segment from index to the end of this one.
        public ArraySegment<T> Slice(int index)
        {
            ThrowInvalidOperationIfDefault();

            if ((uint)index > (uint)_count)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLessOrEqual);

            return new ArraySegment<T>(_array, _offset + index, _count - index);
        }

        public ArraySegment<T> Slice(int index, int count)
        {
            ThrowInvalidOperationIfDefault();

            if ((uint)index > (uint)_count || (uint)count > (uint)(_count - index))
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.IndexMustBeLessOrEqual);

            return new ArraySegment<T>(_array, _offset + index, count);
        }

        // A new array with the segment's elements (a shared empty array when Count is 0).
        public T[] ToArray()
        {
            ThrowInvalidOperationIfDefault();

            if (_count == 0)
                return s_empty._array;

            T[] array = new T[_count];
            System.Array.Copy(_array, _offset, array, 0, _count);
            return array;
        }

        public static bool operator ==(ArraySegment<T> a, ArraySegment<T> b)
        {
            return a.Equals(b);
        }

        public static bool operator !=(ArraySegment<T> a, ArraySegment<T> b)
        {
            return !(a == b);
        }

        // A null array converts to the default segment.
        public static implicit operator ArraySegment<T>(T[] array)
        {
            return array != null ? new ArraySegment<T>(array) : default(ArraySegment<T>);
        }

        T IList<T>.this[int index]
        {
            get
            {
                ThrowInvalidOperationIfDefault();
                if (index < 0 || index >= _count)
                    CollectionThrowHelper.ThrowIndexMustBeLess();
                return _array[_offset + index];
            }
            set
            {
                ThrowInvalidOperationIfDefault();
                if (index < 0 || index >= _count)
                    CollectionThrowHelper.ThrowIndexMustBeLess();
                _array[_offset + index] = value;
            }
        }

        int IList<T>.IndexOf(T item)
        {
            ThrowInvalidOperationIfDefault();

            int index = System.Array.IndexOf<T>(_array, item, _offset, _count);
            return index >= 0 ? index - _offset : -1;
        }

        void IList<T>.Insert(int index, T item)
        {
            throw new NotSupportedException();
        }

        void IList<T>.RemoveAt(int index)
        {
            throw new NotSupportedException();
        }

        T IReadOnlyList<T>.this[int index]
        {
            get
            {
                ThrowInvalidOperationIfDefault();
                if (index < 0 || index >= _count)
                    CollectionThrowHelper.ThrowIndexMustBeLess();
                return _array[_offset + index];
            }
        }

        // True even though the indexer setter works, to match arrays.
        bool ICollection<T>.IsReadOnly
        {
            get { return true; }
        }

        void ICollection<T>.Add(T item)
        {
            throw new NotSupportedException();
        }

        void ICollection<T>.Clear()
        {
            throw new NotSupportedException();
        }

        bool ICollection<T>.Contains(T item)
        {
            ThrowInvalidOperationIfDefault();

            return System.Array.IndexOf<T>(_array, item, _offset, _count) >= 0;
        }

        bool ICollection<T>.Remove(T item)
        {
            throw new NotSupportedException();
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator()
        {
            return GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        private void ThrowInvalidOperationIfDefault()
        {
            if (_array == null)
                throw new InvalidOperationException("The underlying array is null.");
        }

        public struct Enumerator : IEnumerator<T>
        {
            private readonly T[] _array;
            private readonly int _start;
            private readonly int _end; // Offset + Count
            private int _current;

            internal Enumerator(ArraySegment<T> arraySegment)
            {
                _array = arraySegment._array;
                _start = arraySegment._offset;
                _end = arraySegment._offset + arraySegment._count;
                _current = arraySegment._offset - 1;
            }

            public bool MoveNext()
            {
                if (_current < _end)
                {
                    _current++;
                    return _current < _end;
                }
                return false;
            }

            public T Current
            {
                get
                {
                    if (_current < _start || _current >= _end)
                        CollectionThrowHelper.ThrowEnumNotStartedOrEnded(_current < _start);
                    return _array[_current];
                }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            void IEnumerator.Reset()
            {
                _current = _start - 1;
            }

            public void Dispose()
            {
            }
        }
    }
}
