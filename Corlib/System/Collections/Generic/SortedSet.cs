// System.Collections.Generic.SortedSet<T>: a sorted set kept in a red-black tree
// (a port of .NET's: top-down insertion and deletion, so the tree shape — which
// decides the order in which RemoveWhere's predicate sees elements — matches).
// GetViewBetween returns a live view (TreeSubSet) over a range of the same tree.
namespace System.Collections.Generic
{
    public class SortedSet<T> : ISet<T>, ICollection<T>, ICollection, IReadOnlyCollection<T>, IReadOnlySet<T>
    {
        internal Node root;
        private IComparer<T> comparer;
        internal int count;
        internal int version;

        public SortedSet()
        {
            comparer = Comparer<T>.Default;
        }

        public SortedSet(IComparer<T> comparer)
        {
            this.comparer = comparer ?? Comparer<T>.Default;
        }

        public SortedSet(IEnumerable<T> collection)
            : this(collection, Comparer<T>.Default)
        {
        }

        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer)
            : this(comparer)
        {
            if (collection == null)
                CollectionThrowHelper.ThrowArgumentNull("collection");

            // Another full set with the same comparer: copy its tree as is.
            SortedSet<T> sortedSet = collection as SortedSet<T>;
            if (sortedSet != null && !(sortedSet is TreeSubSet) && HasEqualComparer(sortedSet))
            {
                if (sortedSet.Count > 0)
                {
                    this.count = sortedSet.count;
                    root = sortedSet.root.DeepClone();
                }
                return;
            }

            // Otherwise sort the elements, drop duplicates (keeping the first of equal ones
            // after the unstable sort) and build a balanced tree.
            T[] elements = new List<T>(collection).ToArray();
            int n = elements.Length;
            if (n > 0)
            {
                IComparer<T> cmp = this.comparer;
                Array.Sort(elements, 0, n, cmp);

                int index = 1;
                for (int i = 1; i < n; i++)
                {
                    if (cmp.Compare(elements[i], elements[i - 1]) != 0)
                        elements[index++] = elements[i];
                }

                n = index;
                root = ConstructRootFromSortedArray(elements, 0, n - 1, null);
                this.count = n;
            }
        }

        // ---- Tree walks ----

        // The in-order walk (ascending, or descending if reverse); stops when action returns false.
        internal virtual bool InOrderTreeWalk(Predicate<Node> action, bool reverse)
        {
            if (root == null)
                return true;

            Stack<Node> stack = new Stack<Node>();
            Node current = root;
            while (current != null)
            {
                stack.Push(current);
                current = reverse ? current.Right : current.Left;
            }

            while (stack.Count != 0)
            {
                current = stack.Pop();
                if (!action(current))
                    return false;

                Node node = reverse ? current.Left : current.Right;
                while (node != null)
                {
                    stack.Push(node);
                    node = reverse ? node.Right : node.Left;
                }
            }
            return true;
        }

        internal bool InOrderTreeWalk(Predicate<Node> action)
        {
            return InOrderTreeWalk(action, false);
        }

        // Level by level, left to right.
        internal virtual bool BreadthFirstTreeWalk(Predicate<Node> action)
        {
            if (root == null)
                return true;

            Queue<Node> processQueue = new Queue<Node>();
            processQueue.Enqueue(root);

            while (processQueue.Count != 0)
            {
                Node current = processQueue.Dequeue();
                if (!action(current))
                    return false;
                if (current.Left != null)
                    processQueue.Enqueue(current.Left);
                if (current.Right != null)
                    processQueue.Enqueue(current.Right);
            }
            return true;
        }

        // ---- Properties ----

        public int Count
        {
            get
            {
                VersionCheck(true);
                return count;
            }
        }

        public IComparer<T> Comparer
        {
            get { return comparer; }
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return this; }
        }

        // ---- Subclass hooks (TreeSubSet) ----

        // Refreshes a view after the underlying set changed (recounting if updateCount).
        internal virtual void VersionCheck(bool updateCount)
        {
        }

        internal void VersionCheck()
        {
            VersionCheck(false);
        }

        internal virtual int TotalCount()
        {
            return Count;
        }

        // -1 below the range, 0 inside, 1 above (always 0 for a full set).
        internal virtual int RangeCheck(T item)
        {
            return 0;
        }

        internal bool IsWithinRange(T item)
        {
            return RangeCheck(item) == 0;
        }

        // ---- Add / Remove ----

        public bool Add(T item)
        {
            return AddIfNotPresent(item);
        }

        void ICollection<T>.Add(T item)
        {
            Add(item);
        }

        internal virtual bool AddIfNotPresent(T item)
        {
            if (root == null)
            {
                root = new Node(item, NodeColor.Black);
                count = 1;
                version++;
                return true;
            }

            // Search for the insertion point, splitting 4-nodes (nodes with two red children)
            // on the way down so that the new node's parent is never a 4-node.
            Node current = root;
            Node parent = null;
            Node grandParent = null;
            Node greatGrandParent = null;

            // Even if nothing is added the structure may change (rotations), so enumerators
            // and views are invalidated regardless.
            version++;

            int order = 0;
            while (current != null)
            {
                order = comparer.Compare(item, current.Item);
                if (order == 0)
                {
                    // The root may have turned red during the search.
                    root.ColorBlack();
                    return false;
                }

                // Split a 4-node into two 2-nodes.
                if (current.Is4Node)
                {
                    current.Split4Node();
                    // That may have made two consecutive red nodes; fix it by rotation.
                    if (Node.IsNonNullRed(parent))
                        InsertionBalance(current, ref parent, grandParent, greatGrandParent);
                }

                greatGrandParent = grandParent;
                grandParent = parent;
                parent = current;
                current = (order < 0) ? current.Left : current.Right;
            }

            // Insert the new (red) node.
            Node node = new Node(item, NodeColor.Red);
            if (order > 0)
                parent.Right = node;
            else
                parent.Left = node;

            // A red node under a red parent needs rebalancing.
            if (parent.IsRed)
                InsertionBalance(node, ref parent, grandParent, greatGrandParent);

            // The root is always black.
            root.ColorBlack();
            ++count;
            return true;
        }

        public bool Remove(T item)
        {
            return DoRemove(item);
        }

        internal virtual bool DoRemove(T item)
        {
            if (root == null)
                return false;

            // Top-down deletion: find the node, then its in-order successor; copy the successor
            // into the node's place and unlink the successor. On the way down, every 2-node
            // is turned into a 3- or 4-node so that the node finally removed is not a 2-node.

            // Even if nothing is removed the structure may change, so invalidate enumerators.
            version++;

            Node current = root;
            Node parent = null;
            Node grandParent = null;
            Node match = null;
            Node parentOfMatch = null;
            bool foundMatch = false;
            while (current != null)
            {
                if (current.Is2Node)
                {
                    // Fix up the 2-node.
                    if (parent == null)
                    {
                        // current is the root: mark it red.
                        current.ColorRed();
                    }
                    else
                    {
                        Node sibling = parent.GetSibling(current);
                        if (sibling.IsRed)
                        {
                            // The parent is a 3-node: flip the orientation of the red link with a
                            // single rotation, which turns this into one of the cases below.
                            if (parent.Right == sibling)
                                parent.RotateLeft();
                            else
                                parent.RotateRight();

                            parent.ColorRed();
                            sibling.ColorBlack(); // the red parent can't have black children
                            // sibling is now the child of grandParent (or the root).
                            ReplaceChildOrRoot(grandParent, parent, sibling);
                            // sibling becomes current's grandparent.
                            grandParent = sibling;
                            if (parent == match)
                                parentOfMatch = sibling;

                            sibling = parent.GetSibling(current);
                        }

                        if (sibling.Is2Node)
                        {
                            parent.Merge2Nodes();
                        }
                        else
                        {
                            // current is a 2-node and sibling a 3- or 4-node: make current red
                            // by a rotation through the parent.
                            Node newGrandParent = parent.Rotate(parent.GetRotation(current, sibling));

                            newGrandParent.Color = parent.Color;
                            parent.ColorBlack();
                            current.ColorRed();

                            ReplaceChildOrRoot(grandParent, parent, newGrandParent);
                            if (parent == match)
                                parentOfMatch = newGrandParent;
                        }
                    }
                }

                // No need to compare after the match: just follow the successor path.
                int order = foundMatch ? -1 : comparer.Compare(item, current.Item);
                if (order == 0)
                {
                    foundMatch = true;
                    match = current;
                    parentOfMatch = parent;
                }

                grandParent = parent;
                parent = current;
                // After a match, continue into the right subtree to find the successor.
                current = order < 0 ? current.Left : current.Right;
            }

            // Move the successor to the matching node's position.
            if (match != null)
            {
                ReplaceNode(match, parentOfMatch, parent, grandParent);
                --count;
            }

            if (root != null)
                root.ColorBlack();
            return foundMatch;
        }

        public virtual void Clear()
        {
            root = null;
            count = 0;
            ++version;
        }

        public virtual bool Contains(T item)
        {
            return FindNode(item) != null;
        }

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0, Count);
        }

        public void CopyTo(T[] array, int index)
        {
            CopyTo(array, index, Count);
        }

        public void CopyTo(T[] array, int index, int count)
        {
            if (array == null)
                CollectionThrowHelper.ThrowArgumentNull("array");
            if (index < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("index");
            if (count < 0)
                CollectionThrowHelper.ThrowNeedNonNegNum("count");
            if (count > array.Length - index)
                CollectionThrowHelper.ThrowArrayPlusOffTooSmall();

            count += index; // the end index
            InOrderTreeWalk(new CopyToWalker(array, index, count).Visit);
        }

        // Writes node items into an array until the end index (a closure without lambdas).
        private sealed class CopyToWalker
        {
            private readonly T[] _array;
            private int _index;
            private readonly int _end;

            public CopyToWalker(T[] array, int index, int end)
            {
                _array = array;
                _index = index;
                _end = end;
            }

            public bool Visit(Node node)
            {
                if (_index >= _end)
                    return false;
                _array[_index++] = node.Item;
                return true;
            }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            CollectionThrowHelper.CheckCopyToArray(array, index, Count);

            T[] tarray = array as T[];
            if (tarray != null)
            {
                CopyTo(tarray, index);
                return;
            }

            object[] objects = array as object[];
            if (objects == null)
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");

            try
            {
                foreach (T item in this)
                    objects[index++] = item;
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            }
        }

        // ---- Enumeration ----

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

        // Descending order.
        public IEnumerable<T> Reverse()
        {
            return new ReverseEnumerable(this);
        }

        // What Reverse() returns: each enumeration starts a new descending walk.
        private sealed class ReverseEnumerable : IEnumerable<T>
        {
            private readonly SortedSet<T> _set;

            public ReverseEnumerable(SortedSet<T> set)
            {
                _set = set;
            }

            public IEnumerator<T> GetEnumerator()
            {
                return new Enumerator(_set, true);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return GetEnumerator();
            }
        }

        // ---- Tree helpers ----

        private static Node ConstructRootFromSortedArray(T[] arr, int startIndex, int endIndex, Node redNode)
        {
            // For an odd number of elements, the middle one is the root of the two halves.
            // For an even number, the left middle one is; the right middle one is added as a
            // red node at the bottom left of the right half (passed down as redNode).
            int size = endIndex - startIndex + 1;
            Node root;

            switch (size)
            {
                case 0:
                    return null;
                case 1:
                    root = new Node(arr[startIndex], NodeColor.Black);
                    if (redNode != null)
                        root.Left = redNode;
                    break;
                case 2:
                    root = new Node(arr[startIndex], NodeColor.Black);
                    root.Right = new Node(arr[endIndex], NodeColor.Black);
                    root.Right.ColorRed();
                    if (redNode != null)
                        root.Left = redNode;
                    break;
                case 3:
                    root = new Node(arr[startIndex + 1], NodeColor.Black);
                    root.Left = new Node(arr[startIndex], NodeColor.Black);
                    root.Right = new Node(arr[endIndex], NodeColor.Black);
                    if (redNode != null)
                        root.Left.Left = redNode;
                    break;
                default:
                    int midpt = (startIndex + endIndex) / 2;
                    root = new Node(arr[midpt], NodeColor.Black);
                    root.Left = ConstructRootFromSortedArray(arr, startIndex, midpt - 1, redNode);
                    root.Right = size % 2 == 0 ?
                        ConstructRootFromSortedArray(arr, midpt + 2, endIndex, new Node(arr[midpt + 1], NodeColor.Red)) :
                        ConstructRootFromSortedArray(arr, midpt + 1, endIndex, null);
                    break;
            }
            return root;
        }

        // Fixes two consecutive red nodes (current and parent) after an insertion or split.
        private void InsertionBalance(Node current, ref Node parent, Node grandParent, Node greatGrandParent)
        {
            bool parentIsOnRight = grandParent.Right == parent;
            bool currentIsOnRight = parent.Right == current;

            Node newChildOfGreatGrandParent;
            if (parentIsOnRight == currentIsOnRight)
            {
                // Same orientation: a single rotation.
                newChildOfGreatGrandParent = currentIsOnRight ? grandParent.RotateLeft() : grandParent.RotateRight();
            }
            else
            {
                // Different orientation: a double rotation.
                newChildOfGreatGrandParent = currentIsOnRight ? grandParent.RotateLeftRight() : grandParent.RotateRightLeft();
                // current becomes the child of greatGrandParent.
                parent = greatGrandParent;
            }

            // grandParent becomes a child of either parent or current.
            grandParent.ColorRed();
            newChildOfGreatGrandParent.ColorBlack();

            ReplaceChildOrRoot(greatGrandParent, grandParent, newChildOfGreatGrandParent);
        }

        // Replaces child of parent with newChild; a null parent means child is the root.
        private void ReplaceChildOrRoot(Node parent, Node child, Node newChild)
        {
            if (parent != null)
                parent.ReplaceChild(child, newChild);
            else
                root = newChild;
        }

        // Puts successor in match's place (successor == match when match has no right child).
        private void ReplaceNode(Node match, Node parentOfMatch, Node successor, Node parentOfSuccessor)
        {
            if (successor == match)
            {
                // No successor: match.Right is null, so the left child takes its place.
                successor = match.Left;
            }
            else
            {
                if (successor.Right != null)
                    successor.Right.ColorBlack();

                if (parentOfSuccessor != match)
                {
                    // Detach the successor from its parent and give it match's right subtree.
                    parentOfSuccessor.Left = successor.Right;
                    successor.Right = match.Right;
                }

                successor.Left = match.Left;
            }

            if (successor != null)
                successor.Color = match.Color;

            ReplaceChildOrRoot(parentOfMatch, match, successor);
        }

        internal virtual Node FindNode(T item)
        {
            Node current = root;
            while (current != null)
            {
                int order = comparer.Compare(item, current.Item);
                if (order == 0)
                    return current;
                current = order < 0 ? current.Left : current.Right;
            }
            return null;
        }

        // The highest node within [from, to] (bounds only when active), or null.
        internal Node FindRange(T from, T to, bool lowerBoundActive, bool upperBoundActive)
        {
            Node current = root;
            while (current != null)
            {
                if (lowerBoundActive && comparer.Compare(from, current.Item) > 0)
                {
                    current = current.Right;
                }
                else
                {
                    if (upperBoundActive && comparer.Compare(to, current.Item) < 0)
                        current = current.Left;
                    else
                        return current;
                }
            }
            return null;
        }

        internal void UpdateVersion()
        {
            ++version;
        }

        private bool HasEqualComparer(SortedSet<T> other)
        {
            // Comparers are not required to override Equals; identity first.
            return Comparer == other.Comparer || Comparer.Equals(other.Comparer);
        }

        // ---- Set operations ----

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            SortedSet<T> asSorted = other as SortedSet<T>;
            TreeSubSet treeSubset = this as TreeSubSet;

            if (treeSubset != null)
                VersionCheck();

            if (asSorted != null && treeSubset == null && count == 0)
            {
                SortedSet<T> dummy = new SortedSet<T>(asSorted, comparer);
                root = dummy.root;
                count = dummy.count;
                version++;
                return;
            }

            // Merging pays off when other is not much smaller than this.
            if (asSorted != null && treeSubset == null && HasEqualComparer(asSorted) && (asSorted.Count > this.Count / 2))
            {
                T[] merged = new T[asSorted.Count + this.Count];
                int c = 0;
                Enumerator mine = this.GetEnumerator();
                Enumerator theirs = asSorted.GetEnumerator();
                bool mineEnded = !mine.MoveNext(), theirsEnded = !theirs.MoveNext();
                while (!mineEnded && !theirsEnded)
                {
                    int comp = Comparer.Compare(mine.Current, theirs.Current);
                    if (comp < 0)
                    {
                        merged[c++] = mine.Current;
                        mineEnded = !mine.MoveNext();
                    }
                    else if (comp == 0)
                    {
                        merged[c++] = theirs.Current;
                        mineEnded = !mine.MoveNext();
                        theirsEnded = !theirs.MoveNext();
                    }
                    else
                    {
                        merged[c++] = theirs.Current;
                        theirsEnded = !theirs.MoveNext();
                    }
                }

                if (!mineEnded || !theirsEnded)
                {
                    Enumerator remaining = mineEnded ? theirs : mine;
                    do
                    {
                        merged[c++] = remaining.Current;
                    } while (remaining.MoveNext());
                }

                root = ConstructRootFromSortedArray(merged, 0, c - 1, null);
                count = c;
                version++;
            }
            else
            {
                AddAllElements(other);
            }
        }

        private void AddAllElements(IEnumerable<T> collection)
        {
            foreach (T item in collection)
            {
                if (!Contains(item))
                    Add(item);
            }
        }

        private void RemoveAllElements(IEnumerable<T> collection)
        {
            T min = MinInternal;
            T max = MaxInternal;
            foreach (T item in collection)
            {
                if (!(comparer.Compare(item, min) < 0 || comparer.Compare(item, max) > 0) && Contains(item))
                    Remove(item);
            }
        }

        public virtual void IntersectWith(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            if (Count == 0)
                return;

            if (other == this)
                return;

            SortedSet<T> asSorted = other as SortedSet<T>;
            TreeSubSet treeSubset = this as TreeSubSet;

            if (treeSubset != null)
                VersionCheck();

            if (asSorted != null && treeSubset == null && HasEqualComparer(asSorted))
            {
                // Merge the two sorted sequences, keeping the common elements (other's instances).
                T[] merged = new T[this.Count];
                int c = 0;
                Enumerator mine = this.GetEnumerator();
                Enumerator theirs = asSorted.GetEnumerator();
                bool mineEnded = !mine.MoveNext(), theirsEnded = !theirs.MoveNext();
                T max = Max;

                while (!mineEnded && !theirsEnded && Comparer.Compare(theirs.Current, max) <= 0)
                {
                    int comp = Comparer.Compare(mine.Current, theirs.Current);
                    if (comp < 0)
                    {
                        mineEnded = !mine.MoveNext();
                    }
                    else if (comp == 0)
                    {
                        merged[c++] = theirs.Current;
                        mineEnded = !mine.MoveNext();
                        theirsEnded = !theirs.MoveNext();
                    }
                    else
                    {
                        theirsEnded = !theirs.MoveNext();
                    }
                }

                root = ConstructRootFromSortedArray(merged, 0, c - 1, null);
                count = c;
                version++;
            }
            else
            {
                IntersectWithEnumerable(other);
            }
        }

        internal void IntersectWithEnumerable(IEnumerable<T> other)
        {
            List<T> toSave = new List<T>(this.Count);
            foreach (T item in other)
            {
                if (Contains(item))
                    toSave.Add(item);
            }

            if (toSave.Count < Count)
            {
                Clear();
                AddAllElements(toSave);
            }
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            if (count == 0)
                return;

            if (other == this)
            {
                Clear();
                return;
            }

            SortedSet<T> asSorted = other as SortedSet<T>;
            if (asSorted != null && HasEqualComparer(asSorted))
            {
                // Nothing to do if the ranges don't overlap.
                if (comparer.Compare(asSorted.Max, MinInternal) >= 0 && comparer.Compare(asSorted.Min, MaxInternal) <= 0)
                {
                    T min = MinInternal;
                    T max = MaxInternal;
                    foreach (T item in other)
                    {
                        if (comparer.Compare(item, min) < 0)
                            continue;
                        if (comparer.Compare(item, max) > 0)
                            break;
                        Remove(item);
                    }
                }
            }
            else
            {
                RemoveAllElements(other);
            }
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            if (Count == 0)
            {
                UnionWith(other);
                return;
            }

            if (other == this)
            {
                Clear();
                return;
            }

            SortedSet<T> asSorted = other as SortedSet<T>;
            if (asSorted != null && HasEqualComparer(asSorted))
            {
                foreach (T item in asSorted)
                {
                    if (Contains(item))
                        Remove(item);
                    else
                        Add(item);
                }
            }
            else
            {
                T[] elements = new List<T>(other).ToArray();
                int length = elements.Length;
                Array.Sort(elements, 0, length, Comparer);
                SymmetricExceptWithSameComparer(elements, length);
            }
        }

        private void SymmetricExceptWithSameComparer(T[] other, int count)
        {
            if (count == 0)
                return;

            T previous = other[0];
            for (int i = 0; i < count; i++)
            {
                // Skip duplicates of the previous element.
                while (i < count && i != 0 && comparer.Compare(other[i], previous) == 0)
                    i++;
                if (i >= count)
                    break;

                T current = other[i];
                if (Contains(current))
                    Remove(current);
                else
                    Add(current);
                previous = current;
            }
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            if (Count == 0)
                return true;

            int uniqueCount, unfoundCount;
            CheckUniqueAndUnfoundElements(other, false, out uniqueCount, out unfoundCount);
            return uniqueCount == Count && unfoundCount >= 0;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            ICollection c = other as ICollection;
            if (c != null && Count == 0)
                return c.Count > 0;

            int uniqueCount, unfoundCount;
            CheckUniqueAndUnfoundElements(other, false, out uniqueCount, out unfoundCount);
            return uniqueCount == Count && unfoundCount > 0;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            ICollection c = other as ICollection;
            if (c != null && c.Count == 0)
                return true;

            foreach (T item in other)
            {
                if (!Contains(item))
                    return false;
            }
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            if (Count == 0)
                return false;

            ICollection c = other as ICollection;
            if (c != null && c.Count == 0)
                return true;

            int uniqueCount, unfoundCount;
            CheckUniqueAndUnfoundElements(other, true, out uniqueCount, out unfoundCount);
            return uniqueCount < Count && unfoundCount == 0;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            int uniqueCount, unfoundCount;
            CheckUniqueAndUnfoundElements(other, true, out uniqueCount, out unfoundCount);
            return uniqueCount == Count && unfoundCount == 0;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null)
                CollectionThrowHelper.ThrowArgumentNull("other");

            if (Count == 0)
                return false;

            ICollection c = other as ICollection;
            if (c != null && c.Count == 0)
                return false;

            foreach (T item in other)
            {
                if (Contains(item))
                    return true;
            }
            return false;
        }

        // How many distinct elements of this set occur in other, and how many elements of
        // other are not in this set (counting stops at the first one if returnIfUnfound).
        private void CheckUniqueAndUnfoundElements(IEnumerable<T> other, bool returnIfUnfound, out int uniqueCount, out int unfoundCount)
        {
            uniqueCount = 0;
            unfoundCount = 0;

            if (Count == 0)
            {
                foreach (T item in other)
                {
                    unfoundCount = 1;
                    break;
                }
                return;
            }

            SortedSet<T> seen = new SortedSet<T>(comparer);
            foreach (T item in other)
            {
                if (Contains(item))
                {
                    if (seen.Add(item))
                        uniqueCount++;
                }
                else
                {
                    unfoundCount++;
                    if (returnIfUnfound)
                        break;
                }
            }
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null)
                CollectionThrowHelper.ThrowArgumentNull("match");

            // The predicate sees the elements breadth first (tree order), as in .NET.
            List<T> matches = new List<T>(this.Count);
            BreadthFirstTreeWalk(new RemoveWhereCollector(match, matches).Visit);

            // Removing from the end is a little faster.
            int actuallyRemoved = 0;
            for (int i = matches.Count - 1; i >= 0; i--)
            {
                if (Remove(matches[i]))
                    actuallyRemoved++;
            }
            return actuallyRemoved;
        }

        private sealed class RemoveWhereCollector
        {
            private readonly Predicate<T> _match;
            private readonly List<T> _matches;

            public RemoveWhereCollector(Predicate<T> match, List<T> matches)
            {
                _match = match;
                _matches = matches;
            }

            public bool Visit(Node n)
            {
                if (_match(n.Item))
                    _matches.Add(n.Item);
                return true;
            }
        }

        // ---- Min / Max / views ----

        // The smallest element, or default(T) when empty.
        public T Min
        {
            get { return MinInternal; }
        }

        internal virtual T MinInternal
        {
            get
            {
                if (root == null)
                    return default(T);

                Node current = root;
                while (current.Left != null)
                    current = current.Left;
                return current.Item;
            }
        }

        public T Max
        {
            get { return MaxInternal; }
        }

        internal virtual T MaxInternal
        {
            get
            {
                if (root == null)
                    return default(T);

                Node current = root;
                while (current.Right != null)
                    current = current.Right;
                return current.Item;
            }
        }

        // A live view of the elements in [lowerValue, upperValue].
        public virtual SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
        {
            if (Comparer.Compare(lowerValue, upperValue) > 0)
                throw new ArgumentException("Must be less than or equal to upperValue.", "lowerValue");
            return new TreeSubSet(this, lowerValue, upperValue, true, true);
        }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            Node node = FindNode(equalValue);
            if (node != null)
            {
                actualValue = node.Item;
                return true;
            }
            actualValue = default(T);
            return false;
        }

        // A view of the range of an underlying set. It shares the underlying tree; its root
        // is the highest underlying node within the range, recomputed whenever the
        // underlying set changes.
        internal sealed class TreeSubSet : SortedSet<T>
        {
            private readonly SortedSet<T> _underlying;
            private readonly T _min;
            private readonly T _max;
            private readonly bool _lBoundActive;
            private readonly bool _uBoundActive;
            private int _countVersion;

            public TreeSubSet(SortedSet<T> underlying, T min, T max, bool lowerBoundActive, bool upperBoundActive)
                : base(underlying.Comparer)
            {
                _underlying = underlying;
                _min = min;
                _max = max;
                _lBoundActive = lowerBoundActive;
                _uBoundActive = upperBoundActive;
                root = _underlying.FindRange(_min, _max, _lBoundActive, _uBoundActive);
                count = 0;
                version = -1;
                _countVersion = -1;
                VersionCheck(true);
            }

            internal override int RangeCheck(T item)
            {
                if (_lBoundActive && Comparer.Compare(_min, item) > 0)
                    return -1;
                if (_uBoundActive && Comparer.Compare(_max, item) < 0)
                    return 1;
                return 0;
            }

            internal override bool AddIfNotPresent(T item)
            {
                if (!IsWithinRange(item))
                    throw new ArgumentOutOfRangeException("item");

                bool ret = _underlying.AddIfNotPresent(item);
                VersionCheck();
                return ret;
            }

            public override bool Contains(T item)
            {
                VersionCheck();
                return base.Contains(item);
            }

            internal override bool DoRemove(T item)
            {
                if (!IsWithinRange(item))
                    return false;

                bool ret = _underlying.Remove(item);
                VersionCheck();
                return ret;
            }

            public override void Clear()
            {
                if (Count == 0)
                    return;

                List<T> toRemove = new List<T>();
                BreadthFirstTreeWalk(new RemoveWhereCollector(AlwaysTrue, toRemove).Visit);
                while (toRemove.Count != 0)
                {
                    _underlying.Remove(toRemove[toRemove.Count - 1]);
                    toRemove.RemoveAt(toRemove.Count - 1);
                }

                root = null;
                count = 0;
                version = _underlying.version;
                _countVersion = version;
            }

            private static bool AlwaysTrue(T item)
            {
                return true;
            }

            internal override T MinInternal
            {
                get
                {
                    VersionCheck();
                    Node current = root;
                    T result = default(T);

                    while (current != null)
                    {
                        int comp = _lBoundActive ? Comparer.Compare(_min, current.Item) : -1;
                        if (comp > 0)
                        {
                            current = current.Right;
                        }
                        else
                        {
                            result = current.Item;
                            if (comp == 0)
                                break;
                            current = current.Left;
                        }
                    }
                    return result;
                }
            }

            internal override T MaxInternal
            {
                get
                {
                    VersionCheck();
                    Node current = root;
                    T result = default(T);

                    while (current != null)
                    {
                        int comp = _uBoundActive ? Comparer.Compare(_max, current.Item) : 1;
                        if (comp < 0)
                        {
                            current = current.Left;
                        }
                        else
                        {
                            result = current.Item;
                            if (comp == 0)
                                break;
                            current = current.Right;
                        }
                    }
                    return result;
                }
            }

            // In-order walk of the nodes within the range.
            internal override bool InOrderTreeWalk(Predicate<Node> action, bool reverse)
            {
                VersionCheck();

                if (root == null)
                    return true;

                Stack<Node> stack = new Stack<Node>();
                PushSpine(stack, root, reverse);
                while (stack.Count != 0)
                {
                    Node current = stack.Pop();
                    if (!action(current))
                        return false;
                    PushSpine(stack, reverse ? current.Left : current.Right, reverse);
                }
                return true;
            }

            // Pushes the in-range nodes on the leftmost (rightmost if reverse) path of node,
            // skipping the out-of-range parts of the subtree.
            private void PushSpine(Stack<Node> stack, Node node, bool reverse)
            {
                while (node != null)
                {
                    int r = RangeCheck(node.Item);
                    if (r < 0)
                    {
                        node = node.Right;
                    }
                    else if (r > 0)
                    {
                        node = node.Left;
                    }
                    else
                    {
                        stack.Push(node);
                        node = reverse ? node.Right : node.Left;
                    }
                }
            }

            internal override bool BreadthFirstTreeWalk(Predicate<Node> action)
            {
                VersionCheck();

                if (root == null)
                    return true;

                Queue<Node> processQueue = new Queue<Node>();
                processQueue.Enqueue(root);

                while (processQueue.Count != 0)
                {
                    Node current = processQueue.Dequeue();
                    if (IsWithinRange(current.Item) && !action(current))
                        return false;
                    if (current.Left != null && (!_lBoundActive || Comparer.Compare(_min, current.Item) < 0))
                        processQueue.Enqueue(current.Left);
                    if (current.Right != null && (!_uBoundActive || Comparer.Compare(_max, current.Item) > 0))
                        processQueue.Enqueue(current.Right);
                }
                return true;
            }

            internal override Node FindNode(T item)
            {
                if (!IsWithinRange(item))
                    return null;

                VersionCheck();
                return base.FindNode(item);
            }

            // Re-finds the root after the underlying set changed, and recounts when asked.
            internal override void VersionCheck(bool updateCount)
            {
                if (version != _underlying.version)
                {
                    root = _underlying.FindRange(_min, _max, _lBoundActive, _uBoundActive);
                    version = _underlying.version;
                }
                if (updateCount && _countVersion != version)
                {
                    int n = 0;
                    Enumerator e = new Enumerator(this, false);
                    while (e.MoveNext())
                        n++;
                    count = n;
                    _countVersion = version;
                }
            }

            public override SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
            {
                if (_lBoundActive && Comparer.Compare(_min, lowerValue) > 0)
                    throw new ArgumentOutOfRangeException("lowerValue");
                if (_uBoundActive && Comparer.Compare(_max, upperValue) < 0)
                    throw new ArgumentOutOfRangeException("upperValue");
                return _underlying.GetViewBetween(lowerValue, upperValue);
            }

            public override void IntersectWith(IEnumerable<T> other)
            {
                if (other == null)
                    CollectionThrowHelper.ThrowArgumentNull("other");
                if (Count == 0 || other == this)
                    return;
                VersionCheck();
                IntersectWithEnumerable(other);
            }
        }

        // ---- Nodes ----

        internal enum NodeColor : byte
        {
            Black,
            Red,
        }

        internal enum TreeRotation : byte
        {
            Left,
            LeftRight,
            Right,
            RightLeft,
        }

        internal sealed class Node
        {
            public T Item;
            public Node Left;
            public Node Right;
            public NodeColor Color;

            public Node(T item, NodeColor color)
            {
                Item = item;
                Color = color;
            }

            public static bool IsNonNullBlack(Node node)
            {
                return node != null && node.IsBlack;
            }

            public static bool IsNonNullRed(Node node)
            {
                return node != null && node.IsRed;
            }

            public static bool IsNullOrBlack(Node node)
            {
                return node == null || node.IsBlack;
            }

            public bool IsBlack
            {
                get { return Color == NodeColor.Black; }
            }

            public bool IsRed
            {
                get { return Color == NodeColor.Red; }
            }

            public bool Is2Node
            {
                get { return IsBlack && IsNullOrBlack(Left) && IsNullOrBlack(Right); }
            }

            public bool Is4Node
            {
                get { return IsNonNullRed(Left) && IsNonNullRed(Right); }
            }

            public void ColorBlack()
            {
                Color = NodeColor.Black;
            }

            public void ColorRed()
            {
                Color = NodeColor.Red;
            }

            // A copy of the subtree with the same shape and colors.
            public Node DeepClone()
            {
                Node clone = new Node(Item, Color);
                if (Left != null)
                    clone.Left = Left.DeepClone();
                if (Right != null)
                    clone.Right = Right.DeepClone();
                return clone;
            }

            // Which rotation turns the 2-node current (a child of this) into a 3-node by
            // borrowing from its 3- or 4-node sibling.
            public TreeRotation GetRotation(Node current, Node sibling)
            {
                bool currentIsLeftChild = Left == current;
                return IsNonNullRed(sibling.Left) ?
                    (currentIsLeftChild ? TreeRotation.RightLeft : TreeRotation.Right) :
                    (currentIsLeftChild ? TreeRotation.Left : TreeRotation.LeftRight);
            }

            public Node GetSibling(Node node)
            {
                return node == Left ? Right : Left;
            }

            public void Split4Node()
            {
                ColorRed();
                Left.ColorBlack();
                Right.ColorBlack();
            }

            // Does a rotation on this tree; returns the new root of the subtree.
            public Node Rotate(TreeRotation rotation)
            {
                Node removeRed;
                switch (rotation)
                {
                    case TreeRotation.Right:
                        removeRed = Left.Left;
                        removeRed.ColorBlack();
                        return RotateRight();
                    case TreeRotation.Left:
                        removeRed = Right.Right;
                        removeRed.ColorBlack();
                        return RotateLeft();
                    case TreeRotation.RightLeft:
                        return RotateRightLeft();
                    case TreeRotation.LeftRight:
                        return RotateLeftRight();
                    default:
                        return null;
                }
            }

            public Node RotateLeft()
            {
                Node child = Right;
                Right = child.Left;
                child.Left = this;
                return child;
            }

            public Node RotateLeftRight()
            {
                Node child = Left;
                Node grandChild = child.Right;

                Left = grandChild.Right;
                grandChild.Right = this;
                child.Right = grandChild.Left;
                grandChild.Left = child;
                return grandChild;
            }

            public Node RotateRight()
            {
                Node child = Left;
                Left = child.Right;
                child.Right = this;
                return child;
            }

            public Node RotateRightLeft()
            {
                Node child = Right;
                Node grandChild = child.Left;

                Right = grandChild.Left;
                grandChild.Left = this;
                child.Left = grandChild.Right;
                grandChild.Right = child;
                return grandChild;
            }

            // Combines two 2-nodes into a 4-node.
            public void Merge2Nodes()
            {
                ColorBlack();
                Left.ColorRed();
                Right.ColorRed();
            }

            public void ReplaceChild(Node child, Node newChild)
            {
                if (Left == child)
                    Left = newChild;
                else
                    Right = newChild;
            }
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly SortedSet<T> _tree;
            private readonly int _version;
            private readonly Stack<Node> _stack;
            private Node _current;
            private readonly bool _reverse;

            internal Enumerator(SortedSet<T> set)
                : this(set, false)
            {
            }

            internal Enumerator(SortedSet<T> set, bool reverse)
            {
                _tree = set;
                set.VersionCheck();
                _version = set.version;
                _stack = new Stack<Node>();
                _current = null;
                _reverse = reverse;
                PushSpine(set.root);
            }

            // Pushes the in-range nodes down the leftmost (rightmost if reversed) path.
            private void PushSpine(Node node)
            {
                while (node != null)
                {
                    int r = _tree.RangeCheck(node.Item);
                    if (r < 0)
                    {
                        node = node.Right;
                    }
                    else if (r > 0)
                    {
                        node = node.Left;
                    }
                    else
                    {
                        _stack.Push(node);
                        node = _reverse ? node.Right : node.Left;
                    }
                }
            }

            public bool MoveNext()
            {
                // Make sure a view is up to date with its underlying set.
                _tree.VersionCheck();
                if (_version != _tree.version)
                    CollectionThrowHelper.ThrowVersion();

                if (_stack.Count == 0)
                {
                    _current = null;
                    return false;
                }

                _current = _stack.Pop();
                PushSpine(_reverse ? _current.Left : _current.Right);
                return true;
            }

            public void Dispose()
            {
            }

            public T Current
            {
                get { return _current != null ? _current.Item : default(T); }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (_current == null)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _current.Item;
                }
            }

            internal bool NotStartedOrEnded
            {
                get { return _current == null; }
            }

            internal void Reset()
            {
                if (_version != _tree.version)
                    CollectionThrowHelper.ThrowVersion();

                _stack.Clear();
                PushSpine(_tree.root);
                _current = null;
            }

            void IEnumerator.Reset()
            {
                Reset();
            }
        }
    }

    // SortedDictionary's set: adding an existing key throws.
    internal sealed class TreeSet<T> : SortedSet<T>
    {
        public TreeSet()
        {
        }

        public TreeSet(IComparer<T> comparer)
            : base(comparer)
        {
        }

        internal TreeSet(TreeSet<T> set, IComparer<T> comparer)
            : base(set, comparer)
        {
        }

        internal override bool AddIfNotPresent(T item)
        {
            bool ret = base.AddIfNotPresent(item);
            if (!ret)
                throw new ArgumentException("An item with the same key has already been added. Key: " + item);
            return ret;
        }
    }
}
