// System.Collections.Generic.SortedDictionary<TKey, TValue>: a map sorted by key,
// kept as a red-black tree of key/value pairs ordered by key (as in .NET).
namespace System.Collections.Generic
{
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private KeyCollection _keys;
        private ValueCollection _values;
        private readonly TreeSet<KeyValuePair<TKey, TValue>> _set;

        public SortedDictionary()
            : this((IComparer<TKey>)null)
        {
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary)
            : this(dictionary, null)
        {
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer)
        {
            if (dictionary == null)
                CollectionThrowHelper.ThrowArgumentNull("dictionary");

            KeyValuePairComparer keyValuePairComparer = new KeyValuePairComparer(comparer);

            SortedDictionary<TKey, TValue> sortedDictionary = dictionary as SortedDictionary<TKey, TValue>;
            KeyValuePairComparer kv = sortedDictionary != null ? sortedDictionary._set.Comparer as KeyValuePairComparer : null;
            if (kv != null && kv.keyComparer.Equals(keyValuePairComparer.keyComparer))
            {
                _set = new TreeSet<KeyValuePair<TKey, TValue>>(sortedDictionary._set, keyValuePairComparer);
            }
            else
            {
                _set = new TreeSet<KeyValuePair<TKey, TValue>>(keyValuePairComparer);
                foreach (KeyValuePair<TKey, TValue> pair in dictionary)
                    _set.Add(pair);
            }
        }

        public SortedDictionary(IComparer<TKey> comparer)
        {
            _set = new TreeSet<KeyValuePair<TKey, TValue>>(new KeyValuePairComparer(comparer));
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair)
        {
            _set.Add(keyValuePair);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node node = _set.FindNode(keyValuePair);
            if (node == null)
                return false;

            if (keyValuePair.Value == null)
                return node.Item.Value == null;
            return EqualityComparer<TValue>.Default.Equals(node.Item.Value, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node node = _set.FindNode(keyValuePair);
            if (node == null)
                return false;

            if (EqualityComparer<TValue>.Default.Equals(node.Item.Value, keyValuePair.Value))
            {
                _set.Remove(keyValuePair);
                return true;
            }
            return false;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly
        {
            get { return false; }
        }

        public TValue this[TKey key]
        {
            get
            {
                if (key == null)
                    CollectionThrowHelper.ThrowArgumentNull("key");

                SortedSet<KeyValuePair<TKey, TValue>>.Node node = _set.FindNode(new KeyValuePair<TKey, TValue>(key, default(TValue)));
                if (node == null)
                    CollectionThrowHelper.ThrowKeyNotFound(key);
                return node.Item.Value;
            }
            set
            {
                if (key == null)
                    CollectionThrowHelper.ThrowArgumentNull("key");

                SortedSet<KeyValuePair<TKey, TValue>>.Node node = _set.FindNode(new KeyValuePair<TKey, TValue>(key, default(TValue)));
                if (node == null)
                {
                    _set.Add(new KeyValuePair<TKey, TValue>(key, value));
                }
                else
                {
                    node.Item = new KeyValuePair<TKey, TValue>(node.Item.Key, value);
                    _set.UpdateVersion();
                }
            }
        }

        public int Count
        {
            get { return _set.Count; }
        }

        public IComparer<TKey> Comparer
        {
            get { return ((KeyValuePairComparer)_set.Comparer).keyComparer; }
        }

        public KeyCollection Keys
        {
            get { return _keys ?? (_keys = new KeyCollection(this)); }
        }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        public ValueCollection Values
        {
            get { return _values ?? (_values = new ValueCollection(this)); }
        }

        ICollection<TValue> IDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");
            _set.Add(new KeyValuePair<TKey, TValue>(key, value));
        }

        public void Clear()
        {
            _set.Clear();
        }

        public bool ContainsKey(TKey key)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");
            return _set.Contains(new KeyValuePair<TKey, TValue>(key, default(TValue)));
        }

        public bool ContainsValue(TValue value)
        {
            ValueFinder finder = new ValueFinder(value);
            _set.InOrderTreeWalk(finder.Visit);
            return finder.Found;
        }

        private sealed class ValueFinder
        {
            private readonly TValue _value;
            private readonly EqualityComparer<TValue> _comparer = EqualityComparer<TValue>.Default;
            public bool Found;

            public ValueFinder(TValue value)
            {
                _value = value;
            }

            public bool Visit(SortedSet<KeyValuePair<TKey, TValue>>.Node node)
            {
                if (_value == null ? node.Item.Value == null : _comparer.Equals(node.Item.Value, _value))
                {
                    Found = true;
                    return false; // stop the walk
                }
                return true;
            }
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            _set.CopyTo(array, index);
        }

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePair);
        }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePair);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePair);
        }

        public bool Remove(TKey key)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");
            return _set.Remove(new KeyValuePair<TKey, TValue>(key, default(TValue)));
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");

            SortedSet<KeyValuePair<TKey, TValue>>.Node node = _set.FindNode(new KeyValuePair<TKey, TValue>(key, default(TValue)));
            if (node == null)
            {
                value = default(TValue);
                return false;
            }
            value = node.Item.Value;
            return true;
        }

        void ICollection.CopyTo(Array array, int index)
        {
            ((ICollection)_set).CopyTo(array, index);
        }

        bool IDictionary.IsFixedSize
        {
            get { return false; }
        }

        bool IDictionary.IsReadOnly
        {
            get { return false; }
        }

        ICollection IDictionary.Keys
        {
            get { return Keys; }
        }

        ICollection IDictionary.Values
        {
            get { return Values; }
        }

        object IDictionary.this[object key]
        {
            get
            {
                if (IsCompatibleKey(key))
                {
                    TValue value;
                    if (TryGetValue((TKey)key, out value))
                        return value;
                }
                return null;
            }
            set
            {
                if (key == null)
                    CollectionThrowHelper.ThrowArgumentNull("key");
                CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<TValue>(value, "value");
                if (!(key is TKey))
                    throw new ArgumentException("The value \"" + key + "\" is not of type \"" + typeof(TKey) + "\" and cannot be used in this generic collection.", "key");
                if (!(value is TValue) && value != null)
                    CollectionThrowHelper.ThrowWrongType(value, typeof(TValue));
                this[(TKey)key] = (TValue)value;
            }
        }

        void IDictionary.Add(object key, object value)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");
            CollectionThrowHelper.IfNullAndNullsAreIllegalThenThrow<TValue>(value, "value");
            if (!(key is TKey))
                throw new ArgumentException("The value \"" + key + "\" is not of type \"" + typeof(TKey) + "\" and cannot be used in this generic collection.", "key");
            if (!(value is TValue) && value != null)
                CollectionThrowHelper.ThrowWrongType(value, typeof(TValue));
            Add((TKey)key, (TValue)value);
        }

        bool IDictionary.Contains(object key)
        {
            if (IsCompatibleKey(key))
                return ContainsKey((TKey)key);
            return false;
        }

        private static bool IsCompatibleKey(object key)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");
            return key is TKey;
        }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.DictEntry);
        }

        void IDictionary.Remove(object key)
        {
            if (IsCompatibleKey(key))
                Remove((TKey)key);
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get { return ((ICollection)_set).SyncRoot; }
        }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private SortedSet<KeyValuePair<TKey, TValue>>.Enumerator _treeEnum;
            private readonly int _getEnumeratorRetType; // what IEnumerator.Current boxes

            internal const int KeyValuePair = 1;
            internal const int DictEntry = 2;

            internal Enumerator(SortedDictionary<TKey, TValue> dictionary, int getEnumeratorRetType)
            {
                _treeEnum = dictionary._set.GetEnumerator();
                _getEnumeratorRetType = getEnumeratorRetType;
            }

            public bool MoveNext()
            {
                return _treeEnum.MoveNext();
            }

            public void Dispose()
            {
                _treeEnum.Dispose();
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get { return _treeEnum.Current; }
            }

            internal bool NotStartedOrEnded
            {
                get { return _treeEnum.NotStartedOrEnded; }
            }

            internal void Reset()
            {
                _treeEnum.Reset();
            }

            void IEnumerator.Reset()
            {
                _treeEnum.Reset();
            }

            object IEnumerator.Current
            {
                get
                {
                    if (NotStartedOrEnded)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();

                    if (_getEnumeratorRetType == DictEntry)
                        return new DictionaryEntry(Current.Key, Current.Value);
                    return new KeyValuePair<TKey, TValue>(Current.Key, Current.Value);
                }
            }

            object IDictionaryEnumerator.Key
            {
                get
                {
                    if (NotStartedOrEnded)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return Current.Key;
                }
            }

            object IDictionaryEnumerator.Value
            {
                get
                {
                    if (NotStartedOrEnded)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return Current.Value;
                }
            }

            DictionaryEntry IDictionaryEnumerator.Entry
            {
                get
                {
                    if (NotStartedOrEnded)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return new DictionaryEntry(Current.Key, Current.Value);
                }
            }
        }

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly SortedDictionary<TKey, TValue> _dictionary;

            public KeyCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null)
                    CollectionThrowHelper.ThrowArgumentNull("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            public void CopyTo(TKey[] array, int index)
            {
                if (array == null)
                    CollectionThrowHelper.ThrowArgumentNull("array");
                if (index < 0)
                    CollectionThrowHelper.ThrowNeedNonNegNum("index");
                if (array.Length - index < Count)
                    CollectionThrowHelper.ThrowArrayPlusOffTooSmall();

                foreach (KeyValuePair<TKey, TValue> pair in _dictionary)
                    array[index++] = pair.Key;
            }

            void ICollection.CopyTo(Array array, int index)
            {
                CollectionThrowHelper.CheckCopyToArray(array, index, _dictionary.Count);

                TKey[] keys = array as TKey[];
                if (keys != null)
                {
                    CopyTo(keys, index);
                    return;
                }

                object[] objects = array as object[];
                if (objects == null)
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                try
                {
                    foreach (KeyValuePair<TKey, TValue> pair in _dictionary)
                        objects[index++] = pair.Key;
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                }
            }

            public int Count
            {
                get { return _dictionary.Count; }
            }

            bool ICollection<TKey>.IsReadOnly
            {
                get { return true; }
            }

            void ICollection<TKey>.Add(TKey item)
            {
                throw new NotSupportedException(CollectionThrowHelper.KeyCollectionSet);
            }

            void ICollection<TKey>.Clear()
            {
                throw new NotSupportedException(CollectionThrowHelper.KeyCollectionSet);
            }

            public bool Contains(TKey item)
            {
                return _dictionary.ContainsKey(item);
            }

            bool ICollection<TKey>.Remove(TKey item)
            {
                throw new NotSupportedException(CollectionThrowHelper.KeyCollectionSet);
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return ((ICollection)_dictionary).SyncRoot; }
            }

            public struct Enumerator : IEnumerator<TKey>, IEnumerator
            {
                private SortedDictionary<TKey, TValue>.Enumerator _dictEnum;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
                {
                    _dictEnum = dictionary.GetEnumerator();
                }

                public void Dispose()
                {
                    _dictEnum.Dispose();
                }

                public bool MoveNext()
                {
                    return _dictEnum.MoveNext();
                }

                public TKey Current
                {
                    get { return _dictEnum.Current.Key; }
                }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_dictEnum.NotStartedOrEnded)
                            CollectionThrowHelper.ThrowEnumOpCantHappen();
                        return Current;
                    }
                }

                void IEnumerator.Reset()
                {
                    _dictEnum.Reset();
                }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly SortedDictionary<TKey, TValue> _dictionary;

            public ValueCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null)
                    CollectionThrowHelper.ThrowArgumentNull("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new Enumerator(_dictionary);
            }

            public void CopyTo(TValue[] array, int index)
            {
                if (array == null)
                    CollectionThrowHelper.ThrowArgumentNull("array");
                if (index < 0)
                    CollectionThrowHelper.ThrowNeedNonNegNum("index");
                if (array.Length - index < Count)
                    CollectionThrowHelper.ThrowArrayPlusOffTooSmall();

                foreach (KeyValuePair<TKey, TValue> pair in _dictionary)
                    array[index++] = pair.Value;
            }

            void ICollection.CopyTo(Array array, int index)
            {
                CollectionThrowHelper.CheckCopyToArray(array, index, _dictionary.Count);

                TValue[] values = array as TValue[];
                if (values != null)
                {
                    CopyTo(values, index);
                    return;
                }

                object[] objects = array as object[];
                if (objects == null)
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                try
                {
                    foreach (KeyValuePair<TKey, TValue> pair in _dictionary)
                        objects[index++] = pair.Value;
                }
                catch (ArrayTypeMismatchException)
                {
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                }
            }

            public int Count
            {
                get { return _dictionary.Count; }
            }

            bool ICollection<TValue>.IsReadOnly
            {
                get { return true; }
            }

            void ICollection<TValue>.Add(TValue item)
            {
                throw new NotSupportedException(CollectionThrowHelper.ValueCollectionSet);
            }

            void ICollection<TValue>.Clear()
            {
                throw new NotSupportedException(CollectionThrowHelper.ValueCollectionSet);
            }

            bool ICollection<TValue>.Contains(TValue item)
            {
                return _dictionary.ContainsValue(item);
            }

            bool ICollection<TValue>.Remove(TValue item)
            {
                throw new NotSupportedException(CollectionThrowHelper.ValueCollectionSet);
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get { return ((ICollection)_dictionary).SyncRoot; }
            }

            public struct Enumerator : IEnumerator<TValue>, IEnumerator
            {
                private SortedDictionary<TKey, TValue>.Enumerator _dictEnum;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
                {
                    _dictEnum = dictionary.GetEnumerator();
                }

                public void Dispose()
                {
                    _dictEnum.Dispose();
                }

                public bool MoveNext()
                {
                    return _dictEnum.MoveNext();
                }

                public TValue Current
                {
                    get { return _dictEnum.Current.Value; }
                }

                object IEnumerator.Current
                {
                    get
                    {
                        if (_dictEnum.NotStartedOrEnded)
                            CollectionThrowHelper.ThrowEnumOpCantHappen();
                        return Current;
                    }
                }

                void IEnumerator.Reset()
                {
                    _dictEnum.Reset();
                }
            }
        }

        // Orders pairs by key only.
        internal sealed class KeyValuePairComparer : Comparer<KeyValuePair<TKey, TValue>>
        {
            internal IComparer<TKey> keyComparer;

            public KeyValuePairComparer(IComparer<TKey> keyComparer)
            {
                this.keyComparer = keyComparer ?? Comparer<TKey>.Default;
            }

            public override int Compare(KeyValuePair<TKey, TValue> x, KeyValuePair<TKey, TValue> y)
            {
                return keyComparer.Compare(x.Key, y.Key);
            }

            public override bool Equals(object obj)
            {
                KeyValuePairComparer other = obj as KeyValuePairComparer;
                if (other != null)
                {
                    // Commonly, both comparers will be the default comparer (and reference-equal).
                    // Avoid a virtual method call to Equals() in that case.
                    return this.keyComparer == other.keyComparer || this.keyComparer.Equals(other.keyComparer);
                }
                return false;
            }

            public override int GetHashCode()
            {
                return this.keyComparer.GetHashCode();
            }
        }
    }
}
