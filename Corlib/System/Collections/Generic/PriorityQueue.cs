// System.Collections.Generic.PriorityQueue<TElement, TPriority>: a min-priority queue
// kept as an array-backed quaternary heap (a port of .NET 6+'s; the heap layout,
// visible through UnorderedItems and in the order of equal priorities, matches).
namespace System.Collections.Generic
{
    public class PriorityQueue<TElement, TPriority>
    {
        // The heap: the children of node i are 4i+1 .. 4i+4.
        private ValueTuple<TElement, TPriority>[] _nodes;
        private readonly IComparer<TPriority> _comparer;
        private UnorderedItemsCollection _unorderedItems;
        private int _size;
        private int _version;

        private const int Arity = 4;
        private const int Log2Arity = 2;
        private const int MaxArrayLength = 0x7FFFFFC7;

        public PriorityQueue()
        {
            _nodes = new ValueTuple<TElement, TPriority>[0];
            _comparer = Comparer<TPriority>.Default;
        }

        public PriorityQueue(int initialCapacity)
            : this(initialCapacity, null)
        {
        }

        public PriorityQueue(IComparer<TPriority> comparer)
        {
            _nodes = new ValueTuple<TElement, TPriority>[0];
            _comparer = comparer ?? Comparer<TPriority>.Default;
        }

        public PriorityQueue(int initialCapacity, IComparer<TPriority> comparer)
        {
            if (initialCapacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("initialCapacity");
            _nodes = new ValueTuple<TElement, TPriority>[initialCapacity];
            _comparer = comparer ?? Comparer<TPriority>.Default;
        }

        public PriorityQueue(IEnumerable<ValueTuple<TElement, TPriority>> items)
            : this(items, null)
        {
        }

        // Copies the items and heapifies them in place.
        public PriorityQueue(IEnumerable<ValueTuple<TElement, TPriority>> items, IComparer<TPriority> comparer)
        {
            if (items == null)
                CollectionThrowHelper.ThrowArgumentNull("items");
            _nodes = new List<ValueTuple<TElement, TPriority>>(items).ToArray();
            _size = _nodes.Length;
            _comparer = comparer ?? Comparer<TPriority>.Default;

            if (_size > 1)
                Heapify();
        }

        public int Count
        {
            get { return _size; }
        }

        // .NET 9: the current capacity.
        public int Capacity
        {
            get { return _nodes.Length; }
        }

        public IComparer<TPriority> Comparer
        {
            get { return _comparer; }
        }

        // The elements in heap (array) order.
        public UnorderedItemsCollection UnorderedItems
        {
            get { return _unorderedItems ?? (_unorderedItems = new UnorderedItemsCollection(this)); }
        }

        public void Enqueue(TElement element, TPriority priority)
        {
            // Put the node at the end of the heap, then sift it up.
            int currentSize = _size;
            _version++;

            if (_nodes.Length == currentSize)
                Grow(currentSize + 1);

            _size = currentSize + 1;
            MoveUp(new ValueTuple<TElement, TPriority>(element, priority), currentSize);
        }

        public TElement Peek()
        {
            if (_size == 0)
                throw new InvalidOperationException("Queue empty.");
            return _nodes[0].Item1;
        }

        public TElement Dequeue()
        {
            if (_size == 0)
                throw new InvalidOperationException("Queue empty.");

            TElement element = _nodes[0].Item1;
            RemoveRootNode();
            return element;
        }

        // Removes the minimal element and adds the new one, in one sift (.NET 8).
        public TElement DequeueEnqueue(TElement element, TPriority priority)
        {
            if (_size == 0)
                throw new InvalidOperationException("Queue empty.");

            ValueTuple<TElement, TPriority> root = _nodes[0];

            if (_comparer.Compare(priority, root.Item2) > 0)
                MoveDown(new ValueTuple<TElement, TPriority>(element, priority), 0);
            else
                _nodes[0] = new ValueTuple<TElement, TPriority>(element, priority);

            _version++;
            return root.Item1;
        }

        public bool TryDequeue(out TElement element, out TPriority priority)
        {
            if (_size != 0)
            {
                element = _nodes[0].Item1;
                priority = _nodes[0].Item2;
                RemoveRootNode();
                return true;
            }

            element = default(TElement);
            priority = default(TPriority);
            return false;
        }

        public bool TryPeek(out TElement element, out TPriority priority)
        {
            if (_size != 0)
            {
                element = _nodes[0].Item1;
                priority = _nodes[0].Item2;
                return true;
            }

            element = default(TElement);
            priority = default(TPriority);
            return false;
        }

        // Adds the element then removes the minimal one; if the new element would be the
        // minimum, it is returned directly and the queue is unchanged.
        public TElement EnqueueDequeue(TElement element, TPriority priority)
        {
            if (_size != 0)
            {
                ValueTuple<TElement, TPriority> root = _nodes[0];

                if (_comparer.Compare(priority, root.Item2) > 0)
                {
                    MoveDown(new ValueTuple<TElement, TPriority>(element, priority), 0);
                    _version++;
                    return root.Item1;
                }
            }
            return element;
        }

        public void EnqueueRange(IEnumerable<ValueTuple<TElement, TPriority>> items)
        {
            if (items == null)
                CollectionThrowHelper.ThrowArgumentNull("items");

            int count = 0;
            ICollection<ValueTuple<TElement, TPriority>> collection = items as ICollection<ValueTuple<TElement, TPriority>>;
            if (collection != null && (count = collection.Count) > _nodes.Length - _size)
                Grow(checked(_size + count));

            if (_size == 0)
            {
                // An empty queue: copy everything, then heapify once.
                if (collection != null)
                {
                    collection.CopyTo(_nodes, 0);
                    _size = count;
                }
                else
                {
                    int i = 0;
                    foreach (ValueTuple<TElement, TPriority> item in items)
                    {
                        if (_nodes.Length == i)
                            Grow(i + 1);
                        _nodes[i++] = item;
                    }
                    _size = i;
                }

                _version++;

                if (_size > 1)
                    Heapify();
            }
            else
            {
                foreach (ValueTuple<TElement, TPriority> item in items)
                    Enqueue(item.Item1, item.Item2);
            }
        }

        public void EnqueueRange(IEnumerable<TElement> elements, TPriority priority)
        {
            if (elements == null)
                CollectionThrowHelper.ThrowArgumentNull("elements");

            int count;
            ICollection<TElement> collection = elements as ICollection<TElement>;
            if (collection != null && (count = collection.Count) > _nodes.Length - _size)
                Grow(checked(_size + count));

            if (_size == 0)
            {
                int i = 0;
                foreach (TElement element in elements)
                {
                    if (_nodes.Length == i)
                        Grow(i + 1);
                    _nodes[i++] = new ValueTuple<TElement, TPriority>(element, priority);
                }

                _size = i;
                _version++;

                if (i > 1)
                    Heapify();
            }
            else
            {
                foreach (TElement element in elements)
                    Enqueue(element, priority);
            }
        }

        // .NET 9: removes the first element (in heap order) equal to element.
        public bool Remove(TElement element, out TElement removedElement, out TPriority priority, IEqualityComparer<TElement> equalityComparer = null)
        {
            int index = FindIndex(element, equalityComparer);
            if (index < 0)
            {
                removedElement = default(TElement);
                priority = default(TPriority);
                return false;
            }

            ValueTuple<TElement, TPriority>[] nodes = _nodes;
            ValueTuple<TElement, TPriority> removedNode = nodes[index];
            int newSize = --_size;

            if (index < newSize)
            {
                // Move the last node into the hole and restore the heap around it.
                ValueTuple<TElement, TPriority> lastNode = nodes[newSize];
                if (_comparer.Compare(lastNode.Item2, removedNode.Item2) < 0)
                    MoveUp(lastNode, index);
                else
                    MoveDown(lastNode, index);
            }

            nodes[newSize] = default(ValueTuple<TElement, TPriority>);
            _version++;

            removedElement = removedNode.Item1;
            priority = removedNode.Item2;
            return true;
        }

        private int FindIndex(TElement element, IEqualityComparer<TElement> equalityComparer)
        {
            if (equalityComparer == null)
                equalityComparer = EqualityComparer<TElement>.Default;
            for (int i = 0; i < _size; i++)
            {
                if (equalityComparer.Equals(element, _nodes[i].Item1))
                    return i;
            }
            return -1;
        }

        public void Clear()
        {
            Array.Clear(_nodes, 0, _size);
            _size = 0;
            _version++;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("capacity");

            if (_nodes.Length < capacity)
            {
                Grow(capacity);
                _version++;
            }
            return _nodes.Length;
        }

        // Shrinks the capacity to Count if less than 90% of it is used.
        public void TrimExcess()
        {
            int threshold = (int)(_nodes.Length * 0.9);
            if (_size < threshold)
            {
                Array.Resize(ref _nodes, _size);
                _version++;
            }
        }

        private void Grow(int minCapacity)
        {
            const int GrowFactor = 2;
            const int MinimumGrow = 4;

            int newcapacity = GrowFactor * _nodes.Length;

            // Allow the queue to grow to the maximum array length before failing.
            if ((uint)newcapacity > MaxArrayLength)
                newcapacity = MaxArrayLength;

            // Ensure a minimum growth.
            if (newcapacity < _nodes.Length + MinimumGrow)
                newcapacity = _nodes.Length + MinimumGrow;

            if (newcapacity < minCapacity)
                newcapacity = minCapacity;

            Array.Resize(ref _nodes, newcapacity);
        }

        // Removes the root, moving the last node down from the top.
        private void RemoveRootNode()
        {
            int lastNodeIndex = --_size;
            _version++;

            if (lastNodeIndex > 0)
            {
                ValueTuple<TElement, TPriority> lastNode = _nodes[lastNodeIndex];
                MoveDown(lastNode, 0);
            }

            _nodes[lastNodeIndex] = default(ValueTuple<TElement, TPriority>);
        }

        private static int GetParentIndex(int index)
        {
            return (index - 1) >> Log2Arity;
        }

        private static int GetFirstChildIndex(int index)
        {
            return (index << Log2Arity) + 1;
        }

        // Turns the unordered array into a heap, sifting down every parent from the last.
        private void Heapify()
        {
            ValueTuple<TElement, TPriority>[] nodes = _nodes;
            int lastParentWithChildren = GetParentIndex(_size - 1);

            for (int index = lastParentWithChildren; index >= 0; --index)
                MoveDown(nodes[index], index);
        }

        // Moves a node up the tree and stores it at its final position.
        private void MoveUp(ValueTuple<TElement, TPriority> node, int nodeIndex)
        {
            ValueTuple<TElement, TPriority>[] nodes = _nodes;

            while (nodeIndex > 0)
            {
                int parentIndex = GetParentIndex(nodeIndex);
                ValueTuple<TElement, TPriority> parent = nodes[parentIndex];

                if (_comparer.Compare(node.Item2, parent.Item2) < 0)
                {
                    nodes[nodeIndex] = parent;
                    nodeIndex = parentIndex;
                }
                else
                {
                    break;
                }
            }

            nodes[nodeIndex] = node;
        }

        // Moves a node down the tree and stores it at its final position.
        private void MoveDown(ValueTuple<TElement, TPriority> node, int nodeIndex)
        {
            ValueTuple<TElement, TPriority>[] nodes = _nodes;
            int size = _size;

            int i;
            while ((i = GetFirstChildIndex(nodeIndex)) < size)
            {
                // Find the child with the minimal priority (the first of equal ones).
                ValueTuple<TElement, TPriority> minChild = nodes[i];
                int minChildIndex = i;

                int childIndexUpperBound = i + Arity < size ? i + Arity : size;
                while (++i < childIndexUpperBound)
                {
                    ValueTuple<TElement, TPriority> nextChild = nodes[i];
                    if (_comparer.Compare(nextChild.Item2, minChild.Item2) < 0)
                    {
                        minChild = nextChild;
                        minChildIndex = i;
                    }
                }

                // Heap property satisfied: the node goes here.
                if (_comparer.Compare(node.Item2, minChild.Item2) <= 0)
                    break;

                // Otherwise swap with the minimal child and continue down.
                nodes[nodeIndex] = minChild;
                nodeIndex = minChildIndex;
            }

            nodes[nodeIndex] = node;
        }

        public sealed class UnorderedItemsCollection : IReadOnlyCollection<ValueTuple<TElement, TPriority>>, ICollection
        {
            internal readonly PriorityQueue<TElement, TPriority> _queue;

            internal UnorderedItemsCollection(PriorityQueue<TElement, TPriority> queue)
            {
                _queue = queue;
            }

            public int Count
            {
                get { return _queue._size; }
            }

            object ICollection.SyncRoot
            {
                get { return this; }
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            void ICollection.CopyTo(Array array, int index)
            {
                CollectionThrowHelper.CheckCopyToArray(array, index, _queue._size);

                try
                {
                    Array.Copy(_queue._nodes, 0, array, index, _queue._size);
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                }
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_queue);
            }

            IEnumerator<ValueTuple<TElement, TPriority>> IEnumerable<ValueTuple<TElement, TPriority>>.GetEnumerator()
            {
                return new Enumerator(_queue);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_queue);
            }

            public struct Enumerator : IEnumerator<ValueTuple<TElement, TPriority>>
            {
                private readonly PriorityQueue<TElement, TPriority> _queue;
                private readonly int _version;
                private int _index;
                private ValueTuple<TElement, TPriority> _current;

                internal Enumerator(PriorityQueue<TElement, TPriority> queue)
                {
                    _queue = queue;
                    _index = 0;
                    _version = queue._version;
                    _current = default(ValueTuple<TElement, TPriority>);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    PriorityQueue<TElement, TPriority> localQueue = _queue;

                    if (_version == localQueue._version && ((uint)_index < (uint)localQueue._size))
                    {
                        _current = localQueue._nodes[_index];
                        _index++;
                        return true;
                    }

                    return MoveNextRare();
                }

                private bool MoveNextRare()
                {
                    if (_version != _queue._version)
                        CollectionThrowHelper.ThrowVersion();

                    _index = _queue._size + 1;
                    _current = default(ValueTuple<TElement, TPriority>);
                    return false;
                }

                public ValueTuple<TElement, TPriority> Current
                {
                    get { return _current; }
                }

                object IEnumerator.Current
                {
                    get { return _current; }
                }

                void IEnumerator.Reset()
                {
                    if (_version != _queue._version)
                        CollectionThrowHelper.ThrowVersion();

                    _index = 0;
                    _current = default(ValueTuple<TElement, TPriority>);
                }
            }
        }
    }
}
