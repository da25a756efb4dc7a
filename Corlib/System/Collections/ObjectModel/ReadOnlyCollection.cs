// System.Collections.ObjectModel.ReadOnlyCollection<T>: a read-only wrapper around an IList<T>.
using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    public class ReadOnlyCollection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private readonly IList<T> list;

        public ReadOnlyCollection(IList<T> list)
        {
            if (list == null)
                CollectionThrowHelper.ThrowArgumentNull("list");
            this.list = list;
        }

        // .NET 8: an empty instance.
        public static ReadOnlyCollection<T> Empty
        {
            get { return EmptyHolder.Instance; }
        }

        private static class EmptyHolder
        {
            internal static readonly ReadOnlyCollection<T> Instance = new ReadOnlyCollection<T>(new T[0]);
        }

        public int Count
        {
            get { return list.Count; }
        }

        public T this[int index]
        {
            get { return list[index]; }
        }

        protected IList<T> Items
        {
            get { return list; }
        }

        public bool Contains(T value)
        {
            return list.Contains(value);
        }

        public void CopyTo(T[] array, int index)
        {
            list.CopyTo(array, index);
        }

        public IEnumerator<T> GetEnumerator()
        {
            return list.GetEnumerator();
        }

        public int IndexOf(T value)
        {
            return list.IndexOf(value);
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return true; }
        }

        T IList<T>.this[int index]
        {
            get { return list[index]; }
            set { CollectionThrowHelper.ThrowReadOnly(); }
        }

        void ICollection<T>.Add(T value)
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        void ICollection<T>.Clear()
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        void IList<T>.Insert(int index, T value)
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        bool ICollection<T>.Remove(T value)
        {
            CollectionThrowHelper.ThrowReadOnly();
            return false;
        }

        void IList<T>.RemoveAt(int index)
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return ((IEnumerable)list).GetEnumerator();
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get
            {
                ICollection c = list as ICollection;
                return c != null ? c.SyncRoot : this;
            }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            CollectionThrowHelper.CheckCopyToArray(array, index, Count);

            T[] items = array as T[];
            if (items != null)
            {
                list.CopyTo(items, index);
                return;
            }

            object[] objects = array as object[];
            if (objects == null)
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");

            int count = list.Count;
            try
            {
                for (int i = 0; i < count; i++)
                    objects[index++] = list[i];
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            }
        }

        bool IList.IsFixedSize
        {
            get { return true; }
        }

        bool IList.IsReadOnly
        {
            get { return true; }
        }

        object IList.this[int index]
        {
            get { return list[index]; }
            set { CollectionThrowHelper.ThrowReadOnly(); }
        }

        int IList.Add(object value)
        {
            CollectionThrowHelper.ThrowReadOnly();
            return -1;
        }

        void IList.Clear()
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        private static bool IsCompatibleObject(object value)
        {
            return (value is T) || (value == null && default(T) == null);
        }

        bool IList.Contains(object value)
        {
            if (IsCompatibleObject(value))
                return Contains((T)value);
            return false;
        }

        int IList.IndexOf(object value)
        {
            if (IsCompatibleObject(value))
                return IndexOf((T)value);
            return -1;
        }

        void IList.Insert(int index, object value)
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        void IList.Remove(object value)
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        void IList.RemoveAt(int index)
        {
            CollectionThrowHelper.ThrowReadOnly();
        }
    }
}
