// System.Collections.ObjectModel.Collection<T>: a list wrapper whose mutations go
// through overridable InsertItem / SetItem / RemoveItem / ClearItems.
using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    public class Collection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        private readonly IList<T> items;

        public Collection()
        {
            items = new List<T>();
        }

        public Collection(IList<T> list)
        {
            if (list == null)
                CollectionThrowHelper.ThrowArgumentNull("list");
            items = list;
        }

        public int Count
        {
            get { return items.Count; }
        }

        protected IList<T> Items
        {
            get { return items; }
        }

        public T this[int index]
        {
            get { return items[index]; }
            set
            {
                if (items.IsReadOnly)
                    CollectionThrowHelper.ThrowReadOnly();
                if ((uint)index >= (uint)items.Count)
                    CollectionThrowHelper.ThrowIndexMustBeLess();
                SetItem(index, value);
            }
        }

        public void Add(T item)
        {
            if (items.IsReadOnly)
                CollectionThrowHelper.ThrowReadOnly();

            int index = items.Count;
            InsertItem(index, item);
        }

        public void Clear()
        {
            if (items.IsReadOnly)
                CollectionThrowHelper.ThrowReadOnly();
            ClearItems();
        }

        public void CopyTo(T[] array, int index)
        {
            items.CopyTo(array, index);
        }

        public bool Contains(T item)
        {
            return items.Contains(item);
        }

        public IEnumerator<T> GetEnumerator()
        {
            return items.GetEnumerator();
        }

        public int IndexOf(T item)
        {
            return items.IndexOf(item);
        }

        public void Insert(int index, T item)
        {
            if (items.IsReadOnly)
                CollectionThrowHelper.ThrowReadOnly();
            if ((uint)index > (uint)items.Count)
                CollectionThrowHelper.ThrowArgumentOutOfRange("index", CollectionThrowHelper.ListInsert);
            InsertItem(index, item);
        }

        public bool Remove(T item)
        {
            if (items.IsReadOnly)
                CollectionThrowHelper.ThrowReadOnly();

            int index = items.IndexOf(item);
            if (index < 0)
                return false;
            RemoveItem(index);
            return true;
        }

        public void RemoveAt(int index)
        {
            if (items.IsReadOnly)
                CollectionThrowHelper.ThrowReadOnly();
            if ((uint)index >= (uint)items.Count)
                CollectionThrowHelper.ThrowIndexMustBeLess();
            RemoveItem(index);
        }

        protected virtual void ClearItems()
        {
            items.Clear();
        }

        protected virtual void InsertItem(int index, T item)
        {
            items.Insert(index, item);
        }

        protected virtual void RemoveItem(int index)
        {
            items.RemoveAt(index);
        }

        protected virtual void SetItem(int index, T item)
        {
            items[index] = item;
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return items.IsReadOnly; }
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return ((IEnumerable)items).GetEnumerator();
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get
            {
                ICollection c = items as ICollection;
                return c != null ? c.SyncRoot : this;
            }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            CollectionThrowHelper.CheckCopyToArray(array, index, Count);

            T[] tArray = array as T[];
            if (tArray != null)
            {
                items.CopyTo(tArray, index);
                return;
            }

            object[] objects = array as object[];
            if (objects == null)
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");

            int count = items.Count;
            try
            {
                for (int i = 0; i < count; i++)
                    objects[index++] = items[i];
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            }
        }

        object IList.this[int index]
        {
            get { return items[index]; }
            set
            {
                CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<T>(value, "value");
                if (!IsCompatibleObject(value))
                    CollectionThrowHelper.ThrowWrongType(value, typeof(T));
                this[index] = (T)value;
            }
        }

        bool IList.IsReadOnly
        {
            get { return items.IsReadOnly; }
        }

        bool IList.IsFixedSize
        {
            get
            {
                IList list = items as IList;
                if (list != null)
                    return list.IsFixedSize;
                return items.IsReadOnly;
            }
        }

        int IList.Add(object value)
        {
            if (items.IsReadOnly)
                CollectionThrowHelper.ThrowReadOnly();
            CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<T>(value, "value");
            if (!IsCompatibleObject(value))
                CollectionThrowHelper.ThrowWrongType(value, typeof(T));
            Add((T)value);
            return Count - 1;
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
            if (items.IsReadOnly)
                CollectionThrowHelper.ThrowReadOnly();
            CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<T>(value, "value");
            if (!IsCompatibleObject(value))
                CollectionThrowHelper.ThrowWrongType(value, typeof(T));
            Insert(index, (T)value);
        }

        void IList.Remove(object value)
        {
            if (items.IsReadOnly)
                CollectionThrowHelper.ThrowReadOnly();
            if (IsCompatibleObject(value))
                Remove((T)value);
        }

        private static bool IsCompatibleObject(object value)
        {
            return (value is T) || (value == null && default(T) == null);
        }
    }
}
