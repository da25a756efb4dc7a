// System.Collections.Hashtable: a non-generic hash table (a port of .NET's:
// open addressing with double hashing, a collision bit per bucket, load factor
// 0.72). Enumeration walks the buckets from the last to the first, so the order
// of the entries follows their hash codes as in .NET.
using System.Collections.Generic;

namespace System.Collections
{
    public class Hashtable : IDictionary, ICloneable
    {
        // A bucket: key null = never used; key == _buckets = removed ("deleted" marker).
        // The high bit of hash_coll records that some entry probed past this bucket.
        private struct Bucket
        {
            public object key;
            public object val;
            public int hash_coll;
        }

        private const int InitialSize = 3;

        private Bucket[] _buckets;
        private int _count;
        private int _occupancy;   // buckets with the collision bit set
        private int _loadsize;
        private float _loadFactor;
        private int _version;
        private ICollection _keys;
        private ICollection _values;
        private IEqualityComparer _keycomparer;

        public Hashtable()
            : this(0, 1.0f)
        {
        }

        public Hashtable(int capacity)
            : this(capacity, 1.0f)
        {
        }

        public Hashtable(int capacity, float loadFactor)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException("capacity", CollectionThrowHelper.NeedNonNegNum);
            if (!(loadFactor >= 0.1f && loadFactor <= 1.0f))
                throw new ArgumentOutOfRangeException("loadFactor", "Load factor needs to be between 0.1 and 1.0.");

            // 0.72 is the optimal load factor for this table; the argument scales it.
            _loadFactor = 0.72f * loadFactor;

            double rawsize = capacity / _loadFactor;
            if (rawsize > int.MaxValue)
                throw new ArgumentException("Hashtable's capacity overflowed and went negative. Check load factor, capacity and the current size of the table.", "capacity");

            // Avoid awfully small sizes.
            int hashsize = (rawsize > InitialSize) ? HashHelpers.GetPrime((int)rawsize) : InitialSize;
            _buckets = new Bucket[hashsize];

            _loadsize = (int)(_loadFactor * hashsize);
        }

        public Hashtable(int capacity, float loadFactor, IEqualityComparer equalityComparer)
            : this(capacity, loadFactor)
        {
            _keycomparer = equalityComparer;
        }

        public Hashtable(IEqualityComparer equalityComparer)
            : this(0, 1.0f, equalityComparer)
        {
        }

        public Hashtable(int capacity, IEqualityComparer equalityComparer)
            : this(capacity, 1.0f, equalityComparer)
        {
        }

        public Hashtable(IDictionary d)
            : this(d, 1.0f)
        {
        }

        public Hashtable(IDictionary d, float loadFactor)
            : this(d, loadFactor, null)
        {
        }

        public Hashtable(IDictionary d, IEqualityComparer equalityComparer)
            : this(d, 1.0f, equalityComparer)
        {
        }

        public Hashtable(IDictionary d, float loadFactor, IEqualityComparer equalityComparer)
            : this(d != null ? d.Count : 0, loadFactor, equalityComparer)
        {
            if (d == null)
                throw new ArgumentNullException("d", "Dictionary cannot be null.");

            IDictionaryEnumerator e = d.GetEnumerator();
            while (e.MoveNext())
                Add(e.Key, e.Value);
        }

        protected IEqualityComparer EqualityComparer
        {
            get { return _keycomparer; }
        }

        // The first probe position (seed) and the probe step (incr, in [1, hashsize - 1])
        // for key; returns the hash code without the sign bit (used for the collision bit).
        private uint InitHash(object key, int hashsize, out uint seed, out uint incr)
        {
            uint hashcode = (uint)GetHash(key) & 0x7FFFFFFF;
            seed = (uint)hashcode;
            incr = (uint)(1 + ((seed * HashHelpers.HashPrime) % ((uint)hashsize - 1)));
            return hashcode;
        }

        public virtual void Add(object key, object value)
        {
            Insert(key, value, true);
        }

        public virtual void Clear()
        {
            if (_count == 0 && _occupancy == 0)
                return;

            for (int i = 0; i < _buckets.Length; i++)
            {
                _buckets[i].hash_coll = 0;
                _buckets[i].key = null;
                _buckets[i].val = null;
            }

            _count = 0;
            _occupancy = 0;
            UpdateVersion();
        }

        // A shallow copy (same comparer).
        public virtual object Clone()
        {
            Bucket[] lbuckets = _buckets;
            Hashtable ht = new Hashtable(_count, _keycomparer);
            ht._version = _version;
            ht._loadFactor = _loadFactor;
            ht._count = 0;

            int bucket = lbuckets.Length;
            while (bucket > 0)
            {
                bucket--;
                object keyv = lbuckets[bucket].key;
                if ((keyv != null) && (keyv != lbuckets))
                    ht[keyv] = lbuckets[bucket].val;
            }

            return ht;
        }

        public virtual bool Contains(object key)
        {
            return ContainsKey(key);
        }

        public virtual bool ContainsKey(object key)
        {
            if (key == null)
                throw new ArgumentNullException("key", "Key cannot be null.");

            uint seed;
            uint incr;
            Bucket[] lbuckets = _buckets;
            uint hashcode = InitHash(key, lbuckets.Length, out seed, out incr);
            int ntry = 0;

            Bucket b;
            int bucketNumber = (int)(seed % (uint)lbuckets.Length);
            do
            {
                b = lbuckets[bucketNumber];
                if (b.key == null)
                    return false;
                if (((b.hash_coll & 0x7FFFFFFF) == hashcode) && KeyEquals(b.key, key))
                    return true;
                bucketNumber = (int)(((long)bucketNumber + incr) % (uint)lbuckets.Length);
            } while (b.hash_coll < 0 && ++ntry < lbuckets.Length);
            return false;
        }

        public virtual bool ContainsValue(object value)
        {
            if (value == null)
            {
                for (int i = _buckets.Length; --i >= 0;)
                {
                    if (_buckets[i].key != null && _buckets[i].key != _buckets && _buckets[i].val == null)
                        return true;
                }
            }
            else
            {
                for (int i = _buckets.Length; --i >= 0;)
                {
                    object val = _buckets[i].val;
                    if (val != null && val.Equals(value))
                        return true;
                }
            }
            return false;
        }

        // Copies the keys (or values) into array from index, in enumeration order.
        private void CopyKeys(Array array, int arrayIndex)
        {
            Bucket[] lbuckets = _buckets;
            for (int i = lbuckets.Length; --i >= 0;)
            {
                object keyv = lbuckets[i].key;
                if ((keyv != null) && (keyv != _buckets))
                    array.SetValue(keyv, arrayIndex++);
            }
        }

        private void CopyValues(Array array, int arrayIndex)
        {
            Bucket[] lbuckets = _buckets;
            for (int i = lbuckets.Length; --i >= 0;)
            {
                object keyv = lbuckets[i].key;
                if ((keyv != null) && (keyv != _buckets))
                    array.SetValue(lbuckets[i].val, arrayIndex++);
            }
        }

        private void CopyEntries(Array array, int arrayIndex)
        {
            Bucket[] lbuckets = _buckets;
            for (int i = lbuckets.Length; --i >= 0;)
            {
                object keyv = lbuckets[i].key;
                if ((keyv != null) && (keyv != _buckets))
                {
                    DictionaryEntry entry = new DictionaryEntry(keyv, lbuckets[i].val);
                    array.SetValue(entry, arrayIndex++);
                }
            }
        }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array", "Array cannot be null.");
            if (array.Rank != 1)
                throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");
            if (arrayIndex < 0)
                throw new ArgumentOutOfRangeException("arrayIndex", CollectionThrowHelper.NeedNonNegNum);
            if (array.Length - arrayIndex < Count)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");

            CopyEntries(array, arrayIndex);
        }

        public virtual object this[object key]
        {
            get
            {
                if (key == null)
                    throw new ArgumentNullException("key", "Key cannot be null.");

                uint seed;
                uint incr;
                Bucket[] lbuckets = _buckets;
                uint hashcode = InitHash(key, lbuckets.Length, out seed, out incr);
                int ntry = 0;

                Bucket b;
                int bucketNumber = (int)(seed % (uint)lbuckets.Length);
                do
                {
                    b = lbuckets[bucketNumber];
                    if (b.key == null)
                        return null;
                    if (((b.hash_coll & 0x7FFFFFFF) == hashcode) && KeyEquals(b.key, key))
                        return b.val;
                    bucketNumber = (int)(((long)bucketNumber + incr) % (uint)lbuckets.Length);
                } while (b.hash_coll < 0 && ++ntry < lbuckets.Length);
                return null;
            }
            set
            {
                Insert(key, value, false);
            }
        }

        // Grows to the next prime after twice the size.
        private void Expand()
        {
            int rawsize = HashHelpers.ExpandPrime(_buckets.Length);
            Rehash(rawsize);
        }

        // Rehashes in place: clears the collision bits left behind by removals.
        private void Rehash()
        {
            Rehash(_buckets.Length);
        }

        private void UpdateVersion()
        {
            _version++;
        }

        private void Rehash(int newsize)
        {
            _occupancy = 0;

            Bucket[] newBuckets = new Bucket[newsize];

            for (int nb = 0; nb < _buckets.Length; nb++)
            {
                Bucket oldb = _buckets[nb];
                if ((oldb.key != null) && (oldb.key != _buckets))
                {
                    int hashcode = oldb.hash_coll & 0x7FFFFFFF;
                    PutEntry(newBuckets, oldb.key, oldb.val, hashcode);
                }
            }

            _buckets = newBuckets;
            _loadsize = (int)(_loadFactor * newsize);
            UpdateVersion();
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new HashtableEnumerator(this, HashtableEnumerator.DictEntry);
        }

        public virtual IDictionaryEnumerator GetEnumerator()
        {
            return new HashtableEnumerator(this, HashtableEnumerator.DictEntry);
        }

        protected virtual int GetHash(object key)
        {
            if (_keycomparer != null)
                return _keycomparer.GetHashCode(key);
            return key.GetHashCode();
        }

        public virtual bool IsReadOnly
        {
            get { return false; }
        }

        public virtual bool IsFixedSize
        {
            get { return false; }
        }

        public virtual bool IsSynchronized
        {
            get { return false; }
        }

        protected virtual bool KeyEquals(object item, object key)
        {
            if (_buckets == item)
                return false;

            if (item == key)
                return true;

            if (_keycomparer != null)
                return _keycomparer.Equals(item, key);
            return item == null ? false : item.Equals(key);
        }

        public virtual ICollection Keys
        {
            get { return _keys ?? (_keys = new KeyCollection(this)); }
        }

        public virtual ICollection Values
        {
            get { return _values ?? (_values = new ValueCollection(this)); }
        }

        // Inserts (add) or replaces (!add) an entry.
        private void Insert(object key, object nvalue, bool add)
        {
            if (key == null)
                throw new ArgumentNullException("key", "Key cannot be null.");

            if (_count >= _loadsize)
            {
                Expand();
            }
            else if (_occupancy > _loadsize && _count > 100)
            {
                Rehash();
            }

            uint seed;
            uint incr;
            uint hashcode = InitHash(key, _buckets.Length, out seed, out incr);
            int ntry = 0;
            // The first removed bucket with the collision bit set: reused in preference to
            // a fresh bucket further along the probe sequence.
            int emptySlotNumber = -1;
            int bucketNumber = (int)(seed % (uint)_buckets.Length);
            do
            {
                if (emptySlotNumber == -1 && (_buckets[bucketNumber].key == _buckets) && (_buckets[bucketNumber].hash_coll < 0))
                    emptySlotNumber = bucketNumber;

                // A never-used bucket, or a removed one that never had a collision: insert here
                // (or in the remembered slot).
                if ((_buckets[bucketNumber].key == null) ||
                    (_buckets[bucketNumber].key == _buckets && ((_buckets[bucketNumber].hash_coll & unchecked((int)0x80000000)) == 0)))
                {
                    if (emptySlotNumber != -1)
                        bucketNumber = emptySlotNumber;

                    _buckets[bucketNumber].val = nvalue;
                    _buckets[bucketNumber].key = key;
                    _buckets[bucketNumber].hash_coll |= (int)hashcode;
                    _count++;
                    UpdateVersion();
                    return;
                }

                // The key is already there.
                if (((_buckets[bucketNumber].hash_coll & 0x7FFFFFFF) == hashcode) &&
                    KeyEquals(_buckets[bucketNumber].key, key))
                {
                    if (add)
                        throw new ArgumentException("Item has already been added. Key in dictionary: '" + _buckets[bucketNumber].key + "'  Key being added: '" + key + "'");
                    _buckets[bucketNumber].val = nvalue;
                    UpdateVersion();
                    return;
                }

                // The bucket is in use: mark the collision unless a slot is already remembered.
                if (emptySlotNumber == -1)
                {
                    if (_buckets[bucketNumber].hash_coll >= 0)
                    {
                        _buckets[bucketNumber].hash_coll |= unchecked((int)0x80000000);
                        _occupancy++;
                    }
                }

                bucketNumber = (int)(((long)bucketNumber + incr) % (uint)_buckets.Length);
            } while (++ntry < _buckets.Length);

            // Every bucket had its collision bit set: use the remembered slot.
            if (emptySlotNumber != -1)
            {
                _buckets[emptySlotNumber].val = nvalue;
                _buckets[emptySlotNumber].key = key;
                _buckets[emptySlotNumber].hash_coll |= (int)hashcode;
                _count++;
                UpdateVersion();
                return;
            }

            throw new InvalidOperationException("Hashtable insert failed. Load factor too high. The most common cause is multiple threads writing to the Hashtable simultaneously.");
        }

        private void PutEntry(Bucket[] newBuckets, object key, object nvalue, int hashcode)
        {
            uint seed = (uint)hashcode;
            uint incr = unchecked((uint)(1 + ((seed * HashHelpers.HashPrime) % ((uint)newBuckets.Length - 1))));
            int bucketNumber = (int)(seed % (uint)newBuckets.Length);
            while (true)
            {
                if ((newBuckets[bucketNumber].key == null) || (newBuckets[bucketNumber].key == _buckets))
                {
                    newBuckets[bucketNumber].val = nvalue;
                    newBuckets[bucketNumber].key = key;
                    newBuckets[bucketNumber].hash_coll |= hashcode;
                    return;
                }

                if (newBuckets[bucketNumber].hash_coll >= 0)
                {
                    newBuckets[bucketNumber].hash_coll |= unchecked((int)0x80000000);
                    _occupancy++;
                }
                bucketNumber = (int)(((long)bucketNumber + incr) % (uint)newBuckets.Length);
            }
        }

        public virtual void Remove(object key)
        {
            if (key == null)
                throw new ArgumentNullException("key", "Key cannot be null.");

            uint seed;
            uint incr;
            uint hashcode = InitHash(key, _buckets.Length, out seed, out incr);
            int ntry = 0;

            Bucket b;
            int bn = (int)(seed % (uint)_buckets.Length);
            do
            {
                b = _buckets[bn];
                if (((b.hash_coll & 0x7FFFFFFF) == hashcode) && KeyEquals(b.key, key))
                {
                    // Keep only the collision bit; mark the bucket removed if it is set.
                    _buckets[bn].hash_coll &= unchecked((int)0x80000000);
                    if (_buckets[bn].hash_coll != 0)
                        _buckets[bn].key = _buckets;
                    else
                        _buckets[bn].key = null;
                    _buckets[bn].val = null;
                    _count--;
                    UpdateVersion();
                    return;
                }
                bn = (int)(((long)bn + incr) % (uint)_buckets.Length);
            } while (b.hash_coll < 0 && ++ntry < _buckets.Length);
        }

        public virtual object SyncRoot
        {
            get { return this; }
        }

        public virtual int Count
        {
            get { return _count; }
        }

        private sealed class KeyCollection : ICollection
        {
            private readonly Hashtable _hashtable;

            internal KeyCollection(Hashtable hashtable)
            {
                _hashtable = hashtable;
            }

            public void CopyTo(Array array, int arrayIndex)
            {
                if (array == null)
                    throw new ArgumentNullException("array");
                if (array.Rank != 1)
                    throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");
                if (arrayIndex < 0)
                    throw new ArgumentOutOfRangeException("arrayIndex", CollectionThrowHelper.NeedNonNegNum);
                if (array.Length - arrayIndex < _hashtable._count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                _hashtable.CopyKeys(array, arrayIndex);
            }

            public IEnumerator GetEnumerator()
            {
                return new HashtableEnumerator(_hashtable, HashtableEnumerator.Keys);
            }

            public bool IsSynchronized
            {
                get { return false; }
            }

            public object SyncRoot
            {
                get { return _hashtable.SyncRoot; }
            }

            public int Count
            {
                get { return _hashtable._count; }
            }
        }

        private sealed class ValueCollection : ICollection
        {
            private readonly Hashtable _hashtable;

            internal ValueCollection(Hashtable hashtable)
            {
                _hashtable = hashtable;
            }

            public void CopyTo(Array array, int arrayIndex)
            {
                if (array == null)
                    throw new ArgumentNullException("array");
                if (array.Rank != 1)
                    throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported, "array");
                if (arrayIndex < 0)
                    throw new ArgumentOutOfRangeException("arrayIndex", CollectionThrowHelper.NeedNonNegNum);
                if (array.Length - arrayIndex < _hashtable._count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                _hashtable.CopyValues(array, arrayIndex);
            }

            public IEnumerator GetEnumerator()
            {
                return new HashtableEnumerator(_hashtable, HashtableEnumerator.Values);
            }

            public bool IsSynchronized
            {
                get { return false; }
            }

            public object SyncRoot
            {
                get { return _hashtable.SyncRoot; }
            }

            public int Count
            {
                get { return _hashtable._count; }
            }
        }

        // Walks the buckets from the last to the first.
        private sealed class HashtableEnumerator : IDictionaryEnumerator, ICloneable
        {
            private readonly Hashtable _hashtable;
            private int _bucket;
            private readonly int _version;
            private bool _current;
            private readonly int _getObjectRetType; // what Current returns
            private object _currentKey;
            private object _currentValue;

            internal const int Keys = 1;
            internal const int Values = 2;
            internal const int DictEntry = 3;

            internal HashtableEnumerator(Hashtable hashtable, int getObjRetType)
            {
                _hashtable = hashtable;
                _bucket = hashtable._buckets.Length;
                _version = hashtable._version;
                _current = false;
                _getObjectRetType = getObjRetType;
            }

            public object Clone()
            {
                return MemberwiseClone();
            }

            public object Key
            {
                get
                {
                    if (!_current)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _currentKey;
                }
            }

            public bool MoveNext()
            {
                if (_version != _hashtable._version)
                    CollectionThrowHelper.ThrowVersion();
                while (_bucket > 0)
                {
                    _bucket--;
                    object keyv = _hashtable._buckets[_bucket].key;
                    if ((keyv != null) && (keyv != _hashtable._buckets))
                    {
                        _currentKey = keyv;
                        _currentValue = _hashtable._buckets[_bucket].val;
                        _current = true;
                        return true;
                    }
                }
                _current = false;
                return false;
            }

            public DictionaryEntry Entry
            {
                get
                {
                    if (!_current)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return new DictionaryEntry(_currentKey, _currentValue);
                }
            }

            public object Current
            {
                get
                {
                    if (!_current)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();

                    if (_getObjectRetType == Keys)
                        return _currentKey;
                    if (_getObjectRetType == Values)
                        return _currentValue;
                    return new DictionaryEntry(_currentKey, _currentValue);
                }
            }

            public object Value
            {
                get
                {
                    if (!_current)
                        CollectionThrowHelper.ThrowEnumOpCantHappen();
                    return _currentValue;
                }
            }

            public void Reset()
            {
                if (_version != _hashtable._version)
                    CollectionThrowHelper.ThrowVersion();
                _current = false;
                _bucket = _hashtable._buckets.Length;
                _currentKey = null;
                _currentValue = null;
            }
        }
    }
}
