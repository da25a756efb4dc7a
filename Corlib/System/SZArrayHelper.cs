// Internal: the implementation of IList<T>, ICollection<T>, IEnumerable<T>,
// IReadOnlyList<T> and IReadOnlyCollection<T> for single-dimensional zero-based
// arrays (T[]). Arrays do not declare these interfaces in metadata; the runtime
// dispatches an interface call on a T[] receiver to the method of the same name
// here, passing the array as the first argument (e.g. ICollection<T>.get_Count
// -> SZArrayHelper<T>.get_Count(array)). Mirrors .NET's SZArrayHelper.
using System.Collections;
using System.Collections.Generic;

namespace System
{
    internal sealed class SZArrayHelper<T>
    {
        private SZArrayHelper()
        {
        }

        // IEnumerable<T>.GetEnumerator
        internal static IEnumerator<T> GetEnumerator(T[] array)
        {
            return array.Length == 0 ? SZGenericArrayEnumerator<T>.Empty : new SZGenericArrayEnumerator<T>(array);
        }

        // ICollection<T>.CopyTo
        internal static void CopyTo(T[] array, T[] destination, int arrayIndex)
        {
            Array.Copy(array, 0, destination, arrayIndex, array.Length);
        }

        // ICollection<T>.Count, IReadOnlyCollection<T>.Count
        internal static int get_Count(T[] array)
        {
            return array.Length;
        }

        // IList<T>.this[int] / IReadOnlyList<T>.this[int]: ArgumentOutOfRangeException, not
        // IndexOutOfRangeException, as in .NET.
        internal static T get_Item(T[] array, int index)
        {
            if ((uint)index >= (uint)array.Length)
                CollectionThrowHelper.ThrowIndexMustBeLess();
            return array[index];
        }

        internal static void set_Item(T[] array, int index, T value)
        {
            if ((uint)index >= (uint)array.Length)
                CollectionThrowHelper.ThrowIndexMustBeLess();
            array[index] = value;
        }

        // ICollection<T>.IsReadOnly is true for arrays (they cannot grow or shrink).
        internal static bool get_IsReadOnly(T[] array)
        {
            return true;
        }

        internal static void Add(T[] array, T value)
        {
            // Not meaningful for arrays.
            CollectionThrowHelper.ThrowFixedSize();
        }

        internal static bool Contains(T[] array, T value)
        {
            return Array.IndexOf(array, value, 0, array.Length) >= 0;
        }

        internal static void Clear(T[] array)
        {
            // Not meaningful for arrays: ICollection<T> considers them read-only.
            CollectionThrowHelper.ThrowReadOnly();
        }

        internal static int IndexOf(T[] array, T value)
        {
            return Array.IndexOf(array, value, 0, array.Length);
        }

        internal static void Insert(T[] array, int index, T value)
        {
            CollectionThrowHelper.ThrowFixedSize();
        }

        internal static bool Remove(T[] array, T value)
        {
            CollectionThrowHelper.ThrowFixedSize();
            return false;
        }

        internal static void RemoveAt(T[] array, int index)
        {
            CollectionThrowHelper.ThrowFixedSize();
        }
    }

    // The IEnumerator<T> of a T[] (through IEnumerable<T>).
    internal sealed class SZGenericArrayEnumerator<T> : IEnumerator<T>
    {
        internal static readonly SZGenericArrayEnumerator<T> Empty = new SZGenericArrayEnumerator<T>(new T[0]);

        private readonly T[] _array;
        private int _index;

        internal SZGenericArrayEnumerator(T[] array)
        {
            _array = array;
            _index = -1;
        }

        public bool MoveNext()
        {
            int index = _index + 1;
            if ((uint)index < (uint)_array.Length)
            {
                _index = index;
                return true;
            }
            _index = _array.Length;
            return false;
        }

        public T Current
        {
            get
            {
                int index = _index;
                T[] array = _array;
                if ((uint)index >= (uint)array.Length)
                    CollectionThrowHelper.ThrowEnumNotStartedOrEnded(index < 0);
                return array[index];
            }
        }

        object IEnumerator.Current
        {
            get { return Current; }
        }

        void IEnumerator.Reset()
        {
            _index = -1;
        }

        public void Dispose()
        {
        }
    }
}
