// Internal: .NET's introspective sort (ArraySortHelper), used by Array.Sort,
// List<T>.Sort, ArrayList.Sort and SortedList. The algorithm is ported step for
// step — insertion sort for partitions of at most 16 elements, heapsort once the
// recursion depth limit is hit, median-of-three quicksort otherwise — because the
// sort is unstable and programs observe the order it leaves equal keys in.
namespace System.Collections.Generic
{
    internal static class ArraySortHelper<TKey, TValue>
    {
        // Partitions at most this big are insertion-sorted.
        private const int IntrosortSizeThreshold = 16;

        // Sorts keys[index .. index+length) (and values, if not null, alongside) with
        // comparer, which may be null for Comparer<TKey>.Default. Exceptions thrown by
        // the comparer are wrapped the way .NET wraps them.
        internal static void Sort(TKey[] keys, TValue[] values, int index, int length, IComparer<TKey> comparer)
        {
            bool isDefault = comparer == null || comparer == Comparer<TKey>.Default;
            if (comparer == null)
                comparer = Comparer<TKey>.Default;
            Sort(keys, values, index, length, new Comparison<TKey>(comparer.Compare), isDefault, comparer);
        }

        internal static void Sort(TKey[] keys, TValue[] values, int index, int length, Comparison<TKey> comparison)
        {
            Sort(keys, values, index, length, comparison, false, comparison);
        }

        // defaultOrder: the comparer is the default one, so float/double NaNs are moved to
        // the front first (as .NET's GenericArraySortHelper does). comparerForMessage is
        // what the "inconsistent results" message names.
        internal static void Sort(TKey[] keys, TValue[] values, int index, int length, Comparison<TKey> comparer, bool defaultOrder, object comparerForMessage)
        {
            try
            {
                if (length < 2)
                    return;
                int depthLimit = 2 * (Log2((uint)length) + 1);
                int lo = index;
                if (defaultOrder && (default(TKey) is double || default(TKey) is float))
                    lo += MoveNaNsToFront(keys, values, index, length);
                IntroSort(keys, values, lo, index + length - 1, depthLimit, comparer);
            }
            catch (IndexOutOfRangeException)
            {
                CollectionThrowHelper.ThrowBadComparer(comparerForMessage);
            }
            catch (Exception e)
            {
                CollectionThrowHelper.ThrowIComparerFailed(e);
            }
        }

        // floor(log2(value)) for value > 0.
        private static int Log2(uint value)
        {
            int result = 0;
            while (value > 1)
            {
                value >>= 1;
                result++;
            }
            return result;
        }

        private static bool IsNaN(TKey key)
        {
            object o = key;
            if (o is double)
                return double.IsNaN((double)o);
            if (o is float)
                return float.IsNaN((float)o);
            return false;
        }

        private static int MoveNaNsToFront(TKey[] keys, TValue[] values, int index, int length)
        {
            int left = index;
            for (int i = index; i < index + length; i++)
            {
                if (IsNaN(keys[i]))
                {
                    TKey temp = keys[left];
                    keys[left] = keys[i];
                    keys[i] = temp;
                    if (values != null)
                    {
                        TValue tempValue = values[left];
                        values[left] = values[i];
                        values[i] = tempValue;
                    }
                    left++;
                }
            }
            return left - index;
        }

        private static void SwapIfGreater(TKey[] keys, TValue[] values, Comparison<TKey> comparer, int i, int j)
        {
            if (comparer(keys[i], keys[j]) > 0)
            {
                TKey key = keys[i];
                keys[i] = keys[j];
                keys[j] = key;
                if (values != null)
                {
                    TValue value = values[i];
                    values[i] = values[j];
                    values[j] = value;
                }
            }
        }

        private static void Swap(TKey[] keys, TValue[] values, int i, int j)
        {
            TKey k = keys[i];
            keys[i] = keys[j];
            keys[j] = k;
            if (values != null)
            {
                TValue v = values[i];
                values[i] = values[j];
                values[j] = v;
            }
        }

        // Sorts keys[lo..hi] (inclusive).
        private static void IntroSort(TKey[] keys, TValue[] values, int lo, int hi, int depthLimit, Comparison<TKey> comparer)
        {
            while (hi > lo)
            {
                int partitionSize = hi - lo + 1;
                if (partitionSize <= IntrosortSizeThreshold)
                {
                    if (partitionSize == 2)
                    {
                        SwapIfGreater(keys, values, comparer, lo, hi);
                        return;
                    }
                    if (partitionSize == 3)
                    {
                        SwapIfGreater(keys, values, comparer, lo, hi - 1);
                        SwapIfGreater(keys, values, comparer, lo, hi);
                        SwapIfGreater(keys, values, comparer, hi - 1, hi);
                        return;
                    }
                    InsertionSort(keys, values, lo, hi, comparer);
                    return;
                }

                if (depthLimit == 0)
                {
                    HeapSort(keys, values, lo, hi, comparer);
                    return;
                }
                depthLimit--;

                int p = PickPivotAndPartition(keys, values, lo, hi, comparer);
                // The pivot is already in place: sort the right part recursively, loop on the left.
                IntroSort(keys, values, p + 1, hi, depthLimit, comparer);
                hi = p - 1;
            }
        }

        private static int PickPivotAndPartition(TKey[] keys, TValue[] values, int lo, int hi, Comparison<TKey> comparer)
        {
            // Median of three: order lo, middle and hi, then use the middle as the pivot.
            int middle = lo + ((hi - lo) >> 1);
            SwapIfGreater(keys, values, comparer, lo, middle);
            SwapIfGreater(keys, values, comparer, lo, hi);
            SwapIfGreater(keys, values, comparer, middle, hi);

            TKey pivot = keys[middle];
            Swap(keys, values, middle, hi - 1);
            int left = lo, right = hi - 1; // lo and hi are already partitioned; the pivot sits at hi - 1.
            while (left < right)
            {
                // .NET relies on the partition's span bounds checks to stop a broken
                // comparer running off either end; the explicit checks do the same here.
                while (true)
                {
                    if (++left > hi)
                        throw new IndexOutOfRangeException();
                    if (!(comparer(keys[left], pivot) < 0))
                        break;
                }
                while (true)
                {
                    if (--right < lo)
                        throw new IndexOutOfRangeException();
                    if (!(comparer(pivot, keys[right]) < 0))
                        break;
                }

                if (left >= right)
                    break;

                Swap(keys, values, left, right);
            }

            // Put the pivot in its final place.
            if (left != hi - 1)
                Swap(keys, values, left, hi - 1);
            return left;
        }

        private static void HeapSort(TKey[] keys, TValue[] values, int lo, int hi, Comparison<TKey> comparer)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--)
                DownHeap(keys, values, i, n, lo, comparer);

            for (int i = n; i > 1; i--)
            {
                Swap(keys, values, lo, lo + i - 1);
                DownHeap(keys, values, 1, i - 1, lo, comparer);
            }
        }

        private static void DownHeap(TKey[] keys, TValue[] values, int i, int n, int lo, Comparison<TKey> comparer)
        {
            TKey d = keys[lo + i - 1];
            TValue dValue = values != null ? values[lo + i - 1] : default(TValue);
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && comparer(keys[lo + child - 1], keys[lo + child]) < 0)
                    child++;

                if (!(comparer(d, keys[lo + child - 1]) < 0))
                    break;

                keys[lo + i - 1] = keys[lo + child - 1];
                if (values != null)
                    values[lo + i - 1] = values[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = d;
            if (values != null)
                values[lo + i - 1] = dValue;
        }

        private static void InsertionSort(TKey[] keys, TValue[] values, int lo, int hi, Comparison<TKey> comparer)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                TKey t = keys[i + 1];
                TValue tValue = values != null ? values[i + 1] : default(TValue);
                while (j >= lo && comparer(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    if (values != null)
                        values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = t;
                if (values != null)
                    values[j + 1] = tValue;
            }
        }

        // Binary search of array[index .. index+length), which must be sorted by comparer.
        // Returns the index found, or the bitwise complement of the insertion point.
        internal static int BinarySearch(TKey[] array, int index, int length, TKey value, IComparer<TKey> comparer)
        {
            try
            {
                if (comparer == null)
                    comparer = Comparer<TKey>.Default;
                int lo = index;
                int hi = index + length - 1;
                while (lo <= hi)
                {
                    int i = lo + ((hi - lo) >> 1);
                    int order = comparer.Compare(array[i], value);
                    if (order == 0)
                        return i;
                    if (order < 0)
                        lo = i + 1;
                    else
                        hi = i - 1;
                }
                return ~lo;
            }
            catch (Exception e)
            {
                CollectionThrowHelper.ThrowIComparerFailed(e);
                return 0;
            }
        }
    }
}
