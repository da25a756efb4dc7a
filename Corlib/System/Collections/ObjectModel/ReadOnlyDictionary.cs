// System.Collections.ObjectModel.ReadOnlyDictionary<TKey, TValue>: a read-only
// wrapper around an IDictionary<TKey, TValue>.
using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    public class ReadOnlyDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly IDictionary<TKey, TValue> m_dictionary;
        private KeyCollection _keys;
        private ValueCollection _values;

        public ReadOnlyDictionary(IDictionary<TKey, TValue> dictionary)
        {
            if (dictionary == null)
                CollectionThrowHelper.ThrowArgumentNull("dictionary");
            m_dictionary = dictionary;
        }

        protected IDictionary<TKey, TValue> Dictionary
        {
            get { return m_dictionary; }
        }

        public KeyCollection Keys
        {
            get { return _keys ?? (_keys = new KeyCollection(m_dictionary.Keys)); }
        }

        public ValueCollection Values
        {
            get { return _values ?? (_values = new ValueCollection(m_dictionary.Values)); }
        }

        public bool ContainsKey(TKey key)
        {
            return m_dictionary.ContainsKey(key);
        }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            return m_dictionary.TryGetValue(key, out value);
        }

        ICollection<TValue> IDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        public TValue this[TKey key]
        {
            get { return m_dictionary[key]; }
        }

        void IDictionary<TKey, TValue>.Add(TKey key, TValue value)
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        bool IDictionary<TKey, TValue>.Remove(TKey key)
        {
            CollectionThrowHelper.ThrowReadOnly();
            return false;
        }

        TValue IDictionary<TKey, TValue>.this[TKey key]
        {
            get { return m_dictionary[key]; }
            set { CollectionThrowHelper.ThrowReadOnly(); }
        }

        public int Count
        {
            get { return m_dictionary.Count; }
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            return m_dictionary.Contains(item);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            m_dictionary.CopyTo(array, arrayIndex);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly
        {
            get { return true; }
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item)
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Clear()
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            CollectionThrowHelper.ThrowReadOnly();
            return false;
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
        {
            return m_dictionary.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return ((IEnumerable)m_dictionary).GetEnumerator();
        }

        private static bool IsCompatibleKey(object key)
        {
            if (key == null)
                CollectionThrowHelper.ThrowArgumentNull("key");
            return key is TKey;
        }

        void IDictionary.Add(object key, object value)
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        void IDictionary.Clear()
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        bool IDictionary.Contains(object key)
        {
            return IsCompatibleKey(key) && ContainsKey((TKey)key);
        }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            IDictionary d = m_dictionary as IDictionary;
            if (d != null)
                return d.GetEnumerator();
            return new DictionaryEnumerator(m_dictionary);
        }

        bool IDictionary.IsFixedSize
        {
            get { return true; }
        }

        bool IDictionary.IsReadOnly
        {
            get { return true; }
        }

        ICollection IDictionary.Keys
        {
            get { return Keys; }
        }

        void IDictionary.Remove(object key)
        {
            CollectionThrowHelper.ThrowReadOnly();
        }

        ICollection IDictionary.Values
        {
            get { return Values; }
        }

        object IDictionary.this[object key]
        {
            get
            {
                if (!IsCompatibleKey(key))
                    return null;

                TValue value;
                if (m_dictionary.TryGetValue((TKey)key, out value))
                    return value;
                return null;
            }
            set { CollectionThrowHelper.ThrowReadOnly(); }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            CollectionThrowHelper.CheckCopyToArray(array, index, Count);

            KeyValuePair<TKey, TValue>[] pairs = array as KeyValuePair<TKey, TValue>[];
            if (pairs != null)
            {
                m_dictionary.CopyTo(pairs, index);
                return;
            }

            DictionaryEntry[] dictEntryArray = array as DictionaryEntry[];
            if (dictEntryArray != null)
            {
                foreach (KeyValuePair<TKey, TValue> item in m_dictionary)
                    dictEntryArray[index++] = new DictionaryEntry(item.Key, item.Value);
                return;
            }

            object[] objects = array as object[];
            if (objects == null)
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            try
            {
                foreach (KeyValuePair<TKey, TValue> item in m_dictionary)
                    objects[index++] = new KeyValuePair<TKey, TValue>(item.Key, item.Value);
            }
            catch (ArrayTypeMismatchException)
            {
                throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
            }
        }

        bool ICollection.IsSynchronized
        {
            get { return false; }
        }

        object ICollection.SyncRoot
        {
            get
            {
                ICollection c = m_dictionary as ICollection;
                return c != null ? c.SyncRoot : this;
            }
        }

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        private sealed class DictionaryEnumerator : IDictionaryEnumerator
        {
            private readonly IDictionary<TKey, TValue> _dictionary;
            private IEnumerator<KeyValuePair<TKey, TValue>> _enumerator;

            public DictionaryEnumerator(IDictionary<TKey, TValue> dictionary)
            {
                _dictionary = dictionary;
                _enumerator = _dictionary.GetEnumerator();
            }

            public DictionaryEntry Entry
            {
                get { return new DictionaryEntry(_enumerator.Current.Key, _enumerator.Current.Value); }
            }

            public object Key
            {
                get { return _enumerator.Current.Key; }
            }

            public object Value
            {
                get { return _enumerator.Current.Value; }
            }

            public object Current
            {
                get { return Entry; }
            }

            public bool MoveNext()
            {
                return _enumerator.MoveNext();
            }

            public void Reset()
            {
                _enumerator.Reset();
            }
        }

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly ICollection<TKey> _collection;

            internal KeyCollection(ICollection<TKey> collection)
            {
                if (collection == null)
                    CollectionThrowHelper.ThrowArgumentNull("collection");
                _collection = collection;
            }

            void ICollection<TKey>.Add(TKey item)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            void ICollection<TKey>.Clear()
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            public bool Contains(TKey item)
            {
                return _collection.Contains(item);
            }

            public void CopyTo(TKey[] array, int arrayIndex)
            {
                _collection.CopyTo(array, arrayIndex);
            }

            public int Count
            {
                get { return _collection.Count; }
            }

            bool ICollection<TKey>.IsReadOnly
            {
                get { return true; }
            }

            bool ICollection<TKey>.Remove(TKey item)
            {
                CollectionThrowHelper.ThrowReadOnly();
                return false;
            }

            public IEnumerator<TKey> GetEnumerator()
            {
                return _collection.GetEnumerator();
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return ((IEnumerable)_collection).GetEnumerator();
            }

            void ICollection.CopyTo(Array array, int index)
            {
                CollectionThrowHelper.CheckCopyToArray(array, index, Count);
                object[] objects = array as object[];
                TKey[] keys = array as TKey[];
                if (keys != null)
                {
                    _collection.CopyTo(keys, index);
                    return;
                }
                if (objects == null)
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                foreach (TKey key in _collection)
                    objects[index++] = key;
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get
                {
                    ICollection c = _collection as ICollection;
                    return c != null ? c.SyncRoot : this;
                }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly ICollection<TValue> _collection;

            internal ValueCollection(ICollection<TValue> collection)
            {
                if (collection == null)
                    CollectionThrowHelper.ThrowArgumentNull("collection");
                _collection = collection;
            }

            void ICollection<TValue>.Add(TValue item)
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            void ICollection<TValue>.Clear()
            {
                CollectionThrowHelper.ThrowReadOnly();
            }

            bool ICollection<TValue>.Contains(TValue item)
            {
                return _collection.Contains(item);
            }

            public void CopyTo(TValue[] array, int arrayIndex)
            {
                _collection.CopyTo(array, arrayIndex);
            }

            public int Count
            {
                get { return _collection.Count; }
            }

            bool ICollection<TValue>.IsReadOnly
            {
                get { return true; }
            }

            bool ICollection<TValue>.Remove(TValue item)
            {
                CollectionThrowHelper.ThrowReadOnly();
                return false;
            }

            public IEnumerator<TValue> GetEnumerator()
            {
                return _collection.GetEnumerator();
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return ((IEnumerable)_collection).GetEnumerator();
            }

            void ICollection.CopyTo(Array array, int index)
            {
                CollectionThrowHelper.CheckCopyToArray(array, index, Count);
                TValue[] values = array as TValue[];
                if (values != null)
                {
                    _collection.CopyTo(values, index);
                    return;
                }
                object[] objects = array as object[];
                if (objects == null)
                    throw new ArgumentException(CollectionThrowHelper.InvalidArrayType, "array");
                foreach (TValue value in _collection)
                    objects[index++] = value;
            }

            bool ICollection.IsSynchronized
            {
                get { return false; }
            }

            object ICollection.SyncRoot
            {
                get
                {
                    ICollection c = _collection as ICollection;
                    return c != null ? c.SyncRoot : this;
                }
            }
        }
    }
}
