// System.Array: base class of all array types. Element access for vectors uses
// the ldelem/stelem opcodes; multi-dimensional arrays get runtime-provided
// Get/Set/Address methods. The shape of an array (Length, Rank, bounds), raw
// element access by flat index, Copy and Clear are internal calls; everything else
// (searching, sorting, the non-generic IList view) is C# on top of them.
// The generic IList<T>/IReadOnlyList<T> of T[] is SZArrayHelper<T>.
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Array : ICloneable, IList, IStructuralComparable, IStructuralEquatable
    {
        private protected Array()
        {
        }

        // ---- Internal calls (implemented by the runtime) ----

        // The total number of elements in all dimensions.
        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        // The number of dimensions (1 for vectors).
        public extern int Rank
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        // The number of elements in a dimension; IndexOutOfRangeException for a bad dimension.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetLength(int dimension);

        // The lower bound of a dimension (0 for vectors); IndexOutOfRangeException for a bad dimension.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetLowerBound(int dimension);

        // The element at a row-major flat index in [0, Length), boxed. No bounds check needed
        // beyond the flat range: callers have validated the index.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern object InternalGetValue(int flatIndex);

        // Stores value (unboxing / converting as stelem would; InvalidCastException if
        // value does not fit the element type; null stores the zero value of a value type)
        // at a row-major flat index in [0, Length).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern void InternalSetValue(object value, int flatIndex);

        // Copies length elements (overlapping ranges behave as if through a temporary), with
        // .NET's checks and exceptions: ArgumentNullException, RankException for different
        // ranks, ArgumentOutOfRangeException / ArgumentException for bad ranges,
        // ArrayTypeMismatchException / InvalidCastException for incompatible element types.
        // Indices are relative to the lower bound of dimension 0 as in .NET.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length);

        // Sets length elements starting at index to zero / null (index relative to
        // GetLowerBound(0); ArgumentNullException / IndexOutOfRangeException as in .NET).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Clear(Array array, int index, int length);

        // ---- Shape ----

        // .NET's largest array length (for byte arrays it is larger).
        public static int MaxLength
        {
            get { return 0x7FFFFFC7; }
        }

        public long LongLength
        {
            get { return Length; }
        }

        public long GetLongLength(int dimension)
        {
            return GetLength(dimension);
        }

        public int GetUpperBound(int dimension)
        {
            return GetLowerBound(dimension) + GetLength(dimension) - 1;
        }

        public bool IsFixedSize
        {
            get { return true; }
        }

        public bool IsReadOnly
        {
            get { return false; }
        }

        public bool IsSynchronized
        {
            get { return false; }
        }

        public object SyncRoot
        {
            get { return this; }
        }

        public object Clone()
        {
            return MemberwiseClone();
        }

        // ---- GetValue / SetValue ----

        // The row-major flat index of a one-dimensional index, checking the bounds.
        private int FlatIndex1(int index)
        {
            int i = index - GetLowerBound(0);
            if ((uint)i >= (uint)GetLength(0))
                throw new IndexOutOfRangeException();
            return i;
        }

        private int FlatIndex(int[] indices)
        {
            if (indices == null)
                throw new ArgumentNullException("indices");
            int rank = Rank;
            if (indices.Length != rank)
                throw new ArgumentException("Indices length does not match the array rank.");

            int flat = 0;
            for (int d = 0; d < rank; d++)
            {
                int length = GetLength(d);
                int i = indices[d] - GetLowerBound(d);
                if ((uint)i >= (uint)length)
                    throw new IndexOutOfRangeException();
                flat = flat * length + i;
            }
            return flat;
        }

        private static int ToInt(long value, string paramName)
        {
            if (value > int.MaxValue || value < int.MinValue)
                throw new ArgumentOutOfRangeException(paramName, "Arrays larger than 2GB are not supported.");
            return (int)value;
        }

        public object GetValue(params int[] indices)
        {
            return InternalGetValue(FlatIndex(indices));
        }

        public object GetValue(int index)
        {
            if (Rank != 1)
                throw new ArgumentException("Array was not a one-dimensional array.");
            return InternalGetValue(FlatIndex1(index));
        }

        public object GetValue(int index1, int index2)
        {
            if (Rank != 2)
                throw new ArgumentException("Array was not a two-dimensional array.");
            return InternalGetValue(FlatIndex(new int[] { index1, index2 }));
        }

        public object GetValue(int index1, int index2, int index3)
        {
            if (Rank != 3)
                throw new ArgumentException("Array was not a three-dimensional array.");
            return InternalGetValue(FlatIndex(new int[] { index1, index2, index3 }));
        }

        public object GetValue(long index)
        {
            return GetValue(ToInt(index, "index"));
        }

        public object GetValue(long index1, long index2)
        {
            return GetValue(ToInt(index1, "index1"), ToInt(index2, "index2"));
        }

        public object GetValue(long index1, long index2, long index3)
        {
            return GetValue(ToInt(index1, "index1"), ToInt(index2, "index2"), ToInt(index3, "index3"));
        }

        public void SetValue(object value, params int[] indices)
        {
            InternalSetValue(value, FlatIndex(indices));
        }

        public void SetValue(object value, int index)
        {
            if (Rank != 1)
                throw new ArgumentException("Array was not a one-dimensional array.");
            InternalSetValue(value, FlatIndex1(index));
        }

        public void SetValue(object value, int index1, int index2)
        {
            if (Rank != 2)
                throw new ArgumentException("Array was not a two-dimensional array.");
            InternalSetValue(value, FlatIndex(new int[] { index1, index2 }));
        }

        public void SetValue(object value, int index1, int index2, int index3)
        {
            if (Rank != 3)
                throw new ArgumentException("Array was not a three-dimensional array.");
            InternalSetValue(value, FlatIndex(new int[] { index1, index2, index3 }));
        }

        public void SetValue(object value, long index)
        {
            SetValue(value, ToInt(index, "index"));
        }

        public void SetValue(object value, long index1, long index2)
        {
            SetValue(value, ToInt(index1, "index1"), ToInt(index2, "index2"));
        }

        public void SetValue(object value, long index1, long index2, long index3)
        {
            SetValue(value, ToInt(index1, "index1"), ToInt(index2, "index2"), ToInt(index3, "index3"));
        }

        // ---- Copy / Clear / Resize ----

        public static void Copy(Array sourceArray, Array destinationArray, int length)
        {
            if (sourceArray == null)
                throw new ArgumentNullException("sourceArray");
            if (destinationArray == null)
                throw new ArgumentNullException("destinationArray");
            Copy(sourceArray, sourceArray.GetLowerBound(0), destinationArray, destinationArray.GetLowerBound(0), length);
        }

        public static void Copy(Array sourceArray, Array destinationArray, long length)
        {
            Copy(sourceArray, destinationArray, ToInt(length, "length"));
        }

        public static void Copy(Array sourceArray, long sourceIndex, Array destinationArray, long destinationIndex, long length)
        {
            Copy(sourceArray, ToInt(sourceIndex, "sourceIndex"), destinationArray, ToInt(destinationIndex, "destinationIndex"), ToInt(length, "length"));
        }

        // Copy with the guarantee that nothing is copied if it fails; Copy checks
        // everything before copying, so it is the same here.
        public static void ConstrainedCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
        }

        public void CopyTo(Array array, int index)
        {
            if (array != null && array.Rank != 1)
                throw new ArgumentException(CollectionThrowHelper.RankMultiDimNotSupported);
            // Copy validates everything else.
            Copy(this, GetLowerBound(0), array, index, Length);
        }

        public void CopyTo(Array array, long index)
        {
            CopyTo(array, ToInt(index, "index"));
        }

        // Clears every element (.NET 6+).
        public static void Clear(Array array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            Clear(array, array.GetLowerBound(0), array.Length);
        }

        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0)
                throw new ArgumentOutOfRangeException("newSize", CollectionThrowHelper.NeedNonNegNum);

            T[] larray = array;
            if (larray == null)
            {
                array = new T[newSize];
                return;
            }

            if (larray.Length != newSize)
            {
                T[] newArray = new T[newSize];
                Copy(larray, 0, newArray, 0, larray.Length > newSize ? newSize : larray.Length);
                array = newArray;
            }
        }

        // A new array of elementType with the given lengths (one dimension: a vector).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern Array InternalCreate(Type elementType, int[] lengths, int[] lowerBounds);

        public static Array CreateInstance(Type elementType, int length)
        {
            if (elementType == null)
                throw new ArgumentNullException("elementType");
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            return InternalCreate(elementType, new int[] { length }, null);
        }

        public static Array CreateInstance(Type elementType, int length1, int length2)
        {
            return CreateInstance(elementType, new int[] { length1, length2 });
        }

        public static Array CreateInstance(Type elementType, int length1, int length2, int length3)
        {
            return CreateInstance(elementType, new int[] { length1, length2, length3 });
        }

        public static Array CreateInstance(Type elementType, params int[] lengths)
        {
            if (elementType == null)
                throw new ArgumentNullException("elementType");
            if (lengths == null)
                throw new ArgumentNullException("lengths");
            if (lengths.Length == 0)
                throw new ArgumentException("Must provide at least one rank.");
            for (int i = 0; i < lengths.Length; i++)
                if (lengths[i] < 0)
                    throw new ArgumentOutOfRangeException("lengths[" + i + "]", "Non-negative number required.");
            return InternalCreate(elementType, lengths, null);
        }

        public static Array CreateInstance(Type elementType, int[] lengths, int[] lowerBounds)
        {
            if (elementType == null)
                throw new ArgumentNullException("elementType");
            if (lengths == null)
                throw new ArgumentNullException("lengths");
            if (lowerBounds == null)
                throw new ArgumentNullException("lowerBounds");
            if (lengths.Length != lowerBounds.Length)
                throw new ArgumentException("The length of lengths must equal the length of lowerBounds.");
            return InternalCreate(elementType, lengths, lowerBounds);
        }

        public static T[] Empty<T>()
        {
            return EmptyArray<T>.Value;
        }

        public static ReadOnlyCollection<T> AsReadOnly<T>(T[] array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return new ReadOnlyCollection<T>(array);
        }

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            for (int i = 0; i < array.Length; i++)
                array[i] = value;
        }

        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if ((uint)startIndex > (uint)array.Length)
                throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLessOrEqual);
            if ((uint)count > (uint)(array.Length - startIndex))
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.Count);
            for (int i = startIndex; i < startIndex + count; i++)
                array[i] = value;
        }

        // ---- Predicates ----

        public static bool Exists<T>(T[] array, Predicate<T> match)
        {
            return FindIndex(array, match) != -1;
        }

        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (match == null)
                throw new ArgumentNullException("match");

            for (int i = 0; i < array.Length; i++)
            {
                if (!match(array[i]))
                    return false;
            }
            return true;
        }

        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (action == null)
                throw new ArgumentNullException("action");

            for (int i = 0; i < array.Length; i++)
                action(array[i]);
        }

        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (converter == null)
                throw new ArgumentNullException("converter");

            TOutput[] newArray = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++)
                newArray[i] = converter(array[i]);
            return newArray;
        }

        public static T Find<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (match == null)
                throw new ArgumentNullException("match");

            for (int i = 0; i < array.Length; i++)
            {
                if (match(array[i]))
                    return array[i];
            }
            return default(T);
        }

        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (match == null)
                throw new ArgumentNullException("match");

            List<T> list = new List<T>();
            for (int i = 0; i < array.Length; i++)
            {
                if (match(array[i]))
                    list.Add(array[i]);
            }
            return list.ToArray();
        }

        public static int FindIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return FindIndex(array, 0, array.Length, match);
        }

        public static int FindIndex<T>(T[] array, int startIndex, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return FindIndex(array, startIndex, array.Length - startIndex, match);
        }

        public static int FindIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length)
                throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLessOrEqual);
            if (count < 0 || startIndex > array.Length - count)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.Count);
            if (match == null)
                throw new ArgumentNullException("match");

            int endIndex = startIndex + count;
            for (int i = startIndex; i < endIndex; i++)
            {
                if (match(array[i]))
                    return i;
            }
            return -1;
        }

        public static T FindLast<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (match == null)
                throw new ArgumentNullException("match");

            for (int i = array.Length - 1; i >= 0; i--)
            {
                if (match(array[i]))
                    return array[i];
            }
            return default(T);
        }

        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return FindLastIndex(array, array.Length - 1, array.Length, match);
        }

        public static int FindLastIndex<T>(T[] array, int startIndex, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return FindLastIndex(array, startIndex, startIndex + 1, match);
        }

        public static int FindLastIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (match == null)
                throw new ArgumentNullException("match");

            if (array.Length == 0)
            {
                // Special case for a 0-length array: -1 is the only valid start index.
                if (startIndex != -1)
                    throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLess);
            }
            else
            {
                if (startIndex < 0 || startIndex >= array.Length)
                    throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLess);
            }

            // The second half also catches startIndex == int.MaxValue.
            if (count < 0 || startIndex - count + 1 < 0)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.Count);

            int endIndex = startIndex - count;
            for (int i = startIndex; i > endIndex; i--)
            {
                if (match(array[i]))
                    return i;
            }
            return -1;
        }

        // ---- IndexOf / LastIndexOf ----

        public static int IndexOf(Array array, object value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return IndexOf(array, value, array.GetLowerBound(0), array.Length);
        }

        public static int IndexOf(Array array, object value, int startIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            return IndexOf(array, value, startIndex, array.Length - startIndex + lb);
        }

        // Compares with the element's Equals (value's for a null element... no: a null
        // element only matches a null value). Returns GetLowerBound(0) - 1 when not found.
        public static int IndexOf(Array array, object value, int startIndex, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (array.Rank != 1)
                throw new RankException(CollectionThrowHelper.RankMultiDimNotSupported);

            int lb = array.GetLowerBound(0);
            if (startIndex < lb || startIndex > array.Length + lb)
                throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLessOrEqual);
            if (count < 0 || count > array.Length - startIndex + lb)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.Count);

            int endIndex = startIndex + count;
            object[] objArray = array as object[];
            if (objArray != null)
            {
                if (value == null)
                {
                    for (int i = startIndex; i < endIndex; i++)
                    {
                        if (objArray[i] == null)
                            return i;
                    }
                }
                else
                {
                    for (int i = startIndex; i < endIndex; i++)
                    {
                        object obj = objArray[i];
                        if (obj != null && obj.Equals(value))
                            return i;
                    }
                }
            }
            else
            {
                for (int i = startIndex; i < endIndex; i++)
                {
                    object obj = array.GetValue(i);
                    if (obj == null)
                    {
                        if (value == null)
                            return i;
                    }
                    else if (obj.Equals(value))
                    {
                        return i;
                    }
                }
            }
            // One less than the lower bound, so that arrays with a lower bound of -1 don't return -1.
            return lb - 1;
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return IndexOf(array, value, 0, array.Length);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return IndexOf(array, value, startIndex, array.Length - startIndex);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if ((uint)startIndex > (uint)array.Length)
                throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLessOrEqual);
            if ((uint)count > (uint)(array.Length - startIndex))
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.Count);

            return EqualityComparer<T>.Default.IndexOf(array, value, startIndex, count);
        }

        public static int LastIndexOf(Array array, object value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            return LastIndexOf(array, value, array.Length - 1 + lb, array.Length);
        }

        public static int LastIndexOf(Array array, object value, int startIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            return LastIndexOf(array, value, startIndex, startIndex + 1 - lb);
        }

        public static int LastIndexOf(Array array, object value, int startIndex, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");

            int lb = array.GetLowerBound(0);
            if (array.Length == 0)
                return lb - 1;

            if (startIndex < lb || startIndex >= array.Length + lb)
                throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLess);
            if (count < 0)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.Count);
            if (count > startIndex - lb + 1)
                throw new ArgumentOutOfRangeException("endIndex", "endIndex cannot be greater than startIndex.");
            if (array.Rank != 1)
                throw new RankException(CollectionThrowHelper.RankMultiDimNotSupported);

            int endIndex = startIndex - count + 1;
            object[] objArray = array as object[];
            if (objArray != null)
            {
                if (value == null)
                {
                    for (int i = startIndex; i >= endIndex; i--)
                    {
                        if (objArray[i] == null)
                            return i;
                    }
                }
                else
                {
                    for (int i = startIndex; i >= endIndex; i--)
                    {
                        object obj = objArray[i];
                        if (obj != null && obj.Equals(value))
                            return i;
                    }
                }
            }
            else
            {
                for (int i = startIndex; i >= endIndex; i--)
                {
                    object obj = array.GetValue(i);
                    if (obj == null)
                    {
                        if (value == null)
                            return i;
                    }
                    else if (obj.Equals(value))
                    {
                        return i;
                    }
                }
            }
            return lb - 1;
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return LastIndexOf(array, value, array.Length - 1, array.Length);
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            // Make sure an empty array works.
            return LastIndexOf(array, value, startIndex, (array.Length == 0) ? 0 : (startIndex + 1));
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null)
                throw new ArgumentNullException("array");

            if (array.Length == 0)
            {
                // An empty array accepts -1 and 0 as the start index, and only 0 as the count.
                if (startIndex != -1 && startIndex != 0)
                    throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLess);
                if (count != 0)
                    throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.Count);
                return -1;
            }

            if ((uint)startIndex >= (uint)array.Length)
                throw new ArgumentOutOfRangeException("startIndex", CollectionThrowHelper.IndexMustBeLess);
            // The second half also catches startIndex == int.MaxValue.
            if (count < 0 || startIndex - count + 1 < 0)
                throw new ArgumentOutOfRangeException("count", CollectionThrowHelper.Count);

            return EqualityComparer<T>.Default.LastIndexOf(array, value, startIndex, count);
        }

        // ---- Reverse ----

        public static void Reverse(Array array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            Reverse(array, array.GetLowerBound(0), array.Length);
        }

        public static void Reverse(Array array, int index, int length)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            int lowerBound = array.GetLowerBound(0);
            if (index < lowerBound)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", CollectionThrowHelper.NeedNonNegNum);
            if (array.Length - (index - lowerBound) < length)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);
            if (array.Rank != 1)
                throw new RankException(CollectionThrowHelper.RankMultiDimNotSupported);

            if (length <= 1)
                return;

            int i = index;
            int j = index + length - 1;
            object[] objArray = array as object[];
            if (objArray != null)
            {
                while (i < j)
                {
                    object temp = objArray[i];
                    objArray[i] = objArray[j];
                    objArray[j] = temp;
                    i++;
                    j--;
                }
            }
            else
            {
                while (i < j)
                {
                    object temp = array.GetValue(i);
                    array.SetValue(array.GetValue(j), i);
                    array.SetValue(temp, j);
                    i++;
                    j--;
                }
            }
        }

        public static void Reverse<T>(T[] array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            Reverse(array, 0, array.Length);
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (index < 0)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", CollectionThrowHelper.NeedNonNegNum);
            if (array.Length - index < length)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            int i = index;
            int j = index + length - 1;
            while (i < j)
            {
                T temp = array[i];
                array[i] = array[j];
                array[j] = temp;
                i++;
                j--;
            }
        }

        // ---- BinarySearch ----

        public static int BinarySearch(Array array, object value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return BinarySearch(array, array.GetLowerBound(0), array.Length, value, null);
        }

        public static int BinarySearch(Array array, int index, int length, object value)
        {
            return BinarySearch(array, index, length, value, null);
        }

        public static int BinarySearch(Array array, object value, IComparer comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return BinarySearch(array, array.GetLowerBound(0), array.Length, value, comparer);
        }

        // The index of value in the sorted range, or the bitwise complement of where it
        // would be inserted.
        public static int BinarySearch(Array array, int index, int length, object value, IComparer comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (array.Rank != 1)
                throw new RankException(CollectionThrowHelper.RankMultiDimNotSupported);
            int lb = array.GetLowerBound(0);
            if (index < lb)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", CollectionThrowHelper.NeedNonNegNum);
            if (array.Length - (index - lb) < length)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            if (comparer == null)
                comparer = Comparer.Default;

            int lo = index;
            int hi = index + length - 1;
            object[] objArray = array as object[];
            while (lo <= hi)
            {
                int i = lo + ((hi - lo) >> 1);
                int c;
                try
                {
                    c = comparer.Compare(objArray != null ? objArray[i] : array.GetValue(i), value);
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException(CollectionThrowHelper.IComparerFailed, e);
                }
                if (c == 0)
                    return i;
                if (c < 0)
                    lo = i + 1;
                else
                    hi = i - 1;
            }
            return ~lo;
        }

        public static int BinarySearch<T>(T[] array, T value)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return BinarySearch(array, 0, array.Length, value, null);
        }

        public static int BinarySearch<T>(T[] array, T value, IComparer<T> comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            return BinarySearch(array, 0, array.Length, value, comparer);
        }

        public static int BinarySearch<T>(T[] array, int index, int length, T value)
        {
            return BinarySearch(array, index, length, value, null);
        }

        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (index < 0 || length < 0)
                throw new ArgumentOutOfRangeException(length < 0 ? "length" : "index", CollectionThrowHelper.NeedNonNegNum);
            if (array.Length - index < length)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            return ArraySortHelper<T, T>.BinarySearch(array, index, length, value, comparer);
        }

        // ---- Sort ----
        // All overloads use .NET's introsort (ArraySortHelper): unstable, and equal keys end
        // up where .NET leaves them.

        public static void Sort(Array array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            Sort(array, null, array.GetLowerBound(0), array.Length, null);
        }

        public static void Sort(Array keys, Array items)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            Sort(keys, items, keys.GetLowerBound(0), keys.Length, null);
        }

        public static void Sort(Array array, int index, int length)
        {
            Sort(array, null, index, length, null);
        }

        public static void Sort(Array keys, Array items, int index, int length)
        {
            Sort(keys, items, index, length, null);
        }

        public static void Sort(Array array, IComparer comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            Sort(array, null, array.GetLowerBound(0), array.Length, comparer);
        }

        public static void Sort(Array keys, Array items, IComparer comparer)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            Sort(keys, items, keys.GetLowerBound(0), keys.Length, comparer);
        }

        public static void Sort(Array array, int index, int length, IComparer comparer)
        {
            Sort(array, null, index, length, comparer);
        }

        public static void Sort(Array keys, Array items, int index, int length, IComparer comparer)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            if (keys.Rank != 1 || (items != null && items.Rank != 1))
                throw new RankException(CollectionThrowHelper.RankMultiDimNotSupported);
            int keysLowerBound = keys.GetLowerBound(0);
            if (items != null && keysLowerBound != items.GetLowerBound(0))
                throw new ArgumentException("The arrays' lower bounds must be identical.");
            if (index < keysLowerBound)
                throw new ArgumentOutOfRangeException("index", CollectionThrowHelper.NeedNonNegNum);
            if (length < 0)
                throw new ArgumentOutOfRangeException("length", CollectionThrowHelper.NeedNonNegNum);
            if (keys.Length - (index - keysLowerBound) < length || (items != null && (index - keysLowerBound) > items.Length - length))
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            if (length <= 1)
                return;

            bool isDefault = comparer == null || comparer == Comparer.Default;
            if (comparer == null)
                comparer = Comparer.Default;
            // The default order sorts float/double NaNs first, as .NET's primitive sort does.
            bool nanPrepass = isDefault && (keys is double[] || keys is float[]);
            Comparison<object> comparison = new Comparison<object>(comparer.Compare);

            object[] objKeys = keys as object[];
            object[] objItems = items as object[];
            if (objKeys != null && (items == null || objItems != null))
            {
                ArraySortHelper<object, object>.Sort(objKeys, objItems, index, length, comparison, nanPrepass, comparer);
                return;
            }

            // Other element types: sort boxed copies with the same algorithm, then store back.
            object[] tempKeys = new object[length];
            object[] tempItems = items != null ? new object[length] : null;
            for (int i = 0; i < length; i++)
            {
                tempKeys[i] = keys.GetValue(index + i);
                if (items != null)
                    tempItems[i] = items.GetValue(index + i);
            }
            ArraySortHelper<object, object>.Sort(tempKeys, tempItems, 0, length, comparison, nanPrepass, comparer);
            for (int i = 0; i < length; i++)
            {
                keys.SetValue(tempKeys[i], index + i);
                if (items != null)
                    items.SetValue(tempItems[i], index + i);
            }
        }

        public static void Sort<T>(T[] array)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (array.Length > 1)
                ArraySortHelper<T, T>.Sort(array, null, 0, array.Length, (IComparer<T>)null);
        }

        public static void Sort<T>(T[] array, int index, int length)
        {
            Sort(array, index, length, null);
        }

        public static void Sort<T>(T[] array, IComparer<T> comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            Sort(array, 0, array.Length, comparer);
        }

        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (index < 0 || length < 0)
                throw new ArgumentOutOfRangeException(length < 0 ? "length" : "index", CollectionThrowHelper.NeedNonNegNum);
            if (array.Length - index < length)
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            if (length > 1)
                ArraySortHelper<T, T>.Sort(array, null, index, length, comparer);
        }

        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null)
                throw new ArgumentNullException("array");
            if (comparison == null)
                throw new ArgumentNullException("comparison");

            if (array.Length > 1)
                ArraySortHelper<T, T>.Sort(array, null, 0, array.Length, comparison);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            Sort(keys, items, 0, keys.Length, null);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length)
        {
            Sort(keys, items, index, length, null);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, IComparer<TKey> comparer)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            Sort(keys, items, 0, keys.Length, comparer);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length, IComparer<TKey> comparer)
        {
            if (keys == null)
                throw new ArgumentNullException("keys");
            if (index < 0 || length < 0)
                throw new ArgumentOutOfRangeException(length < 0 ? "length" : "index", CollectionThrowHelper.NeedNonNegNum);
            if (keys.Length - index < length || (items != null && index > items.Length - length))
                throw new ArgumentException(CollectionThrowHelper.InvalidOffLen);

            if (length > 1)
                ArraySortHelper<TKey, TValue>.Sort(keys, items, index, length, comparer);
        }

        // ---- Non-generic IEnumerable / ICollection / IList ----

        public IEnumerator GetEnumerator()
        {
            return new ArrayEnumerator(this);
        }

        int ICollection.Count
        {
            get { return Length; }
        }

        object IList.this[int index]
        {
            get { return GetValue(index); }
            set { SetValue(value, index); }
        }

        int IList.Add(object value)
        {
            throw new NotSupportedException(CollectionThrowHelper.FixedSizeCollection);
        }

        bool IList.Contains(object value)
        {
            return IndexOf(this, value) >= GetLowerBound(0);
        }

        void IList.Clear()
        {
            Clear(this);
        }

        int IList.IndexOf(object value)
        {
            return IndexOf(this, value);
        }

        void IList.Insert(int index, object value)
        {
            throw new NotSupportedException(CollectionThrowHelper.FixedSizeCollection);
        }

        void IList.Remove(object value)
        {
            throw new NotSupportedException(CollectionThrowHelper.FixedSizeCollection);
        }

        void IList.RemoveAt(int index)
        {
            throw new NotSupportedException(CollectionThrowHelper.FixedSizeCollection);
        }

        // ---- IStructuralComparable / IStructuralEquatable ----

        // Element by element under comparer; other must be an array of the same length.
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;

            Array o = other as Array;
            if (o == null || Length != o.Length)
                throw new ArgumentException("Object is not a array with the same number of elements as the array to compare it to.", "other");

            int i = 0;
            int c = 0;
            while (i < o.Length && c == 0)
            {
                object left = GetValue(i);
                object right = o.GetValue(i);
                c = comparer.Compare(left, right);
                i++;
            }
            return c;
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null)
                return false;
            if (object.ReferenceEquals(this, other))
                return true;

            Array o = other as Array;
            if (o == null || o.Length != Length)
                return false;

            for (int i = 0; i < o.Length; i++)
            {
                if (!comparer.Equals(GetValue(i), o.GetValue(i)))
                    return false;
            }
            return true;
        }

        // Like .NET, hashes only the last eight elements.
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            if (comparer == null)
                throw new ArgumentNullException("comparer");

            int ret = 0;
            for (int i = (Length >= 8 ? Length - 8 : 0); i < Length; i++)
            {
                int h = comparer.GetHashCode(GetValue(i));
                ret = ((ret << 5) + ret) ^ h;
            }
            return ret;
        }

        // Enumerates every element in row-major order (any rank).
        private sealed class ArrayEnumerator : IEnumerator, ICloneable
        {
            private readonly Array _array;
            private int _index;

            internal ArrayEnumerator(Array array)
            {
                _array = array;
                _index = -1;
            }

            public object Clone()
            {
                return MemberwiseClone();
            }

            public bool MoveNext()
            {
                int index = _index + 1;
                if ((uint)index >= (uint)_array.Length)
                {
                    _index = _array.Length;
                    return false;
                }
                _index = index;
                return true;
            }

            public object Current
            {
                get
                {
                    int index = _index;
                    if ((uint)index >= (uint)_array.Length)
                        CollectionThrowHelper.ThrowEnumNotStartedOrEnded(index < 0);
                    return _array.InternalGetValue(index);
                }
            }

            public void Reset()
            {
                _index = -1;
            }
        }
    }

    // The cached empty array behind Array.Empty<T>().
    internal static class EmptyArray<T>
    {
        internal static readonly T[] Value = new T[0];
    }
}
