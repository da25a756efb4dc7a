// System.Collections.Generic.LinkedList<T> and LinkedListNode<T>: a doubly linked
// list (a port of .NET's: circular, with head pointing at the first node).
namespace System.Collections.Generic
{
    public class LinkedList<T> : ICollection<T>, ICollection, IReadOnlyCollection<T>
    {
        // head.prev is the last node; the list is circular.
        internal LinkedListNode<T> head;
        internal int count;
        internal int version;

        public LinkedList()
        {
        }

        public LinkedList(IEnumerable<T> collection)
        {
            if (collection == null)
                CollectionThrowHelper.ThrowArgumentNull("collection");

            foreach (T item in collection)
                AddLast(item);
        }

        public int Count
        {
            get { return count; }
        }

        public LinkedListNode<T> First
        {
            get { return head; }
        }

        public LinkedListNode<T> Last
        {
            get { return head == null ? null : head.prev; }
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
        }

        void ICollection<T>.Add(T value)
        {
            AddLast(value);
        }

        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            LinkedListNode<T> result = new LinkedListNode<T>(node.list, value);
            InternalInsertNodeBefore(node.next, result);
            return result;
        }

        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node);
            ValidateNewNode(newNode);
            InternalInsertNodeBefore(node.next, newNode);
            newNode.list = this;
        }

        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            LinkedListNode<T> result = new LinkedListNode<T>(node.list, value);
            InternalInsertNodeBefore(node, result);
            if (node == head)
                head = result;
            return result;
        }

        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node);
            ValidateNewNode(newNode);
            InternalInsertNodeBefore(node, newNode);
            newNode.list = this;
            if (node == head)
                head = newNode;
        }

        public LinkedListNode<T> AddFirst(T value)
        {
            LinkedListNode<T> result = new LinkedListNode<T>(this, value);
            if (head == null)
            {
                InternalInsertNodeToEmptyList(result);
            }
            else
            {
                InternalInsertNodeBefore(head, result);
                head = result;
            }
            return result;
        }

        public void AddFirst(LinkedListNode<T> node)
        {
            ValidateNewNode(node);

            if (head == null)
            {
                InternalInsertNodeToEmptyList(node);
            }
            else
            {
                InternalInsertNodeBefore(head, node);
                head = node;
            }
            node.list = this;
        }

        public LinkedListNode<T> AddLast(T value)
        {
            LinkedListNode<T> result = new LinkedListNode<T>(this, value);
            if (head == null)
                InternalInsertNodeToEmptyList(result);
            else
                InternalInsertNodeBefore(head, result);
            return result;
        }

        public void AddLast(LinkedListNode<T> node)
        {
            ValidateNewNode(node);

            if (head == null)
                InternalInsertNodeToEmptyList(node);
            else
                InternalInsertNodeBefore(head, node);
            node.list = this;
        }

        public void Clear()
        {
            LinkedListNode<T> current = head;
            while (current != null)
            {
                LinkedListNode<T> temp = current;
                current = current.Next; // use Next, not next: it returns null at the end
                temp.Invalidate();
            }

            head = null;
            count = 0;
            version++;
        }

        public bool Contains(T value)
        {
            return Find(value) != null;
        }

        public void CopyTo(T[] array, int index)
        {
            if (array == null)
                CollectionThrowHelper.ThrowArgumentNull("array");
            if (index < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("index");
            if (index > array.Length)
                CollectionThrowHelper.ThrowArgumentOutOfRange("index", CollectionThrowHelper.BiggerThanCollection);
            if (array.Length - index < Count)
                throw new ArgumentException("Insufficient space in the target location to copy the information.");

            LinkedListNode<T> node = head;
            if (node != null)
            {
                do
                {
                    array[index++] = node.item;
                    node = node.next;
                } while (node != head);
            }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            CollectionThrowHelper.CheckCopyToArray(array, index, Count);

            T[] tArray = array as T[];
            if (tArray != null)
            {
                CopyTo(tArray, index);
                return;
            }

            object[] objects = array as object[];
            if (objects == null)
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            LinkedListNode<T> node = head;
            try
            {
                if (node != null)
                {
                    do
                    {
                        objects[index++] = node.item;
                        node = node.next;
                    } while (node != head);
                }
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            }
        }

        // The first node holding value (by EqualityComparer<T>.Default), or null.
        public LinkedListNode<T> Find(T value)
        {
            LinkedListNode<T> node = head;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            if (node != null)
            {
                if (value != null)
                {
                    do
                    {
                        if (c.Equals(node.item, value))
                            return node;
                        node = node.next;
                    } while (node != head);
                }
                else
                {
                    do
                    {
                        if (node.item == null)
                            return node;
                        node = node.next;
                    } while (node != head);
                }
            }
            return null;
        }

        public LinkedListNode<T> FindLast(T value)
        {
            if (head == null)
                return null;

            LinkedListNode<T> last = head.prev;
            LinkedListNode<T> node = last;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            if (node != null)
            {
                if (value != null)
                {
                    do
                    {
                        if (c.Equals(node.item, value))
                            return node;
                        node = node.prev;
                    } while (node != last);
                }
                else
                {
                    do
                    {
                        if (node.item == null)
                            return node;
                        node = node.prev;
                    } while (node != last);
                }
            }
            return null;
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

        public bool Remove(T value)
        {
            LinkedListNode<T> node = Find(value);
            if (node != null)
            {
                InternalRemoveNode(node);
                return true;
            }
            return false;
        }

        public void Remove(LinkedListNode<T> node)
        {
            ValidateNode(node);
            InternalRemoveNode(node);
        }

        public void RemoveFirst()
        {
            if (head == null)
                throw new InvalidOperationException("The LinkedList is empty.");
            InternalRemoveNode(head);
        }

        public void RemoveLast()
        {
            if (head == null)
                throw new InvalidOperationException("The LinkedList is empty.");
            InternalRemoveNode(head.prev);
        }

        private void InternalInsertNodeBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            newNode.next = node;
            newNode.prev = node.prev;
            node.prev.next = newNode;
            node.prev = newNode;
            version++;
            count++;
        }

        private void InternalInsertNodeToEmptyList(LinkedListNode<T> newNode)
        {
            newNode.next = newNode;
            newNode.prev = newNode;
            head = newNode;
            version++;
            count++;
        }

        internal void InternalRemoveNode(LinkedListNode<T> node)
        {
            if (node.next == node)
            {
                head = null;
            }
            else
            {
                node.next.prev = node.prev;
                node.prev.next = node.next;
                if (head == node)
                    head = node.next;
            }
            node.Invalidate();
            count--;
            version++;
        }

        internal static void ValidateNewNode(LinkedListNode<T> node)
        {
            if (node == null)
                CollectionThrowHelper.ThrowArgumentNull("node");
            if (node.list != null)
                throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }

        internal void ValidateNode(LinkedListNode<T> node)
        {
            if (node == null)
                CollectionThrowHelper.ThrowArgumentNull("node");
            if (node.list != this)
                throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly LinkedList<T> _list;
            private LinkedListNode<T> _node;
            private readonly int _version;
            private T _current;
            private int _index;

            internal Enumerator(LinkedList<T> list)
            {
                _list = list;
                _version = list.version;
                _node = list.head;
                _current = default(T);
                _index = 0;
            }

            public T Current
            {
                get { return _current; }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || (_index == _list.Count + 1))
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return Current;
                }
            }

            public bool MoveNext()
            {
                if (_version != _list.version)
                    CollectionThrowHelper.ThrowVersion();

                if (_node == null)
                {
                    _index = _list.Count + 1;
                    return false;
                }

                ++_index;
                _current = _node.item;
                _node = _node.next;
                if (_node == _list.head)
                    _node = null;
                return true;
            }

            void IEnumerator.Reset()
            {
                if (_version != _list.version)
                    CollectionThrowHelper.ThrowVersion();

                _current = default(T);
                _node = _list.head;
                _index = 0;
            }

            public void Dispose()
            {
            }
        }
    }

    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T> list;
        internal LinkedListNode<T> next;
        internal LinkedListNode<T> prev;
        internal T item;

        public LinkedListNode(T value)
        {
            item = value;
        }

        internal LinkedListNode(LinkedList<T> list, T value)
        {
            this.list = list;
            item = value;
        }

        public LinkedList<T> List
        {
            get { return list; }
        }

        // null at the end of the list (the list itself is circular).
        public LinkedListNode<T> Next
        {
            get { return next == null || next == list.head ? null : next; }
        }

        public LinkedListNode<T> Previous
        {
            get { return prev == null || this == list.head ? null : prev; }
        }

        public T Value
        {
            get { return item; }
            set { item = value; }
        }

        // .NET 5+: a reference to the value.
        public ref T ValueRef
        {
            get { return ref item; }
        }

        internal void Invalidate()
        {
            list = null;
            next = null;
            prev = null;
        }
    }
}
