// Internal: the exceptions (and .NET's exact messages) thrown by the collection
// types, Array and SZArrayHelper, kept in one place so the messages stay identical.
namespace System.Collections.Generic
{
    internal static class CollectionThrowHelper
    {
        internal const string EnumFailedVersion = "Collection was modified; enumeration operation may not execute.";
        internal const string EnumOpCantHappen = "Enumeration has either not started or has already finished.";
        internal const string EnumNotStarted = "Enumeration has not started. Call MoveNext.";
        internal const string EnumEnded = "Enumeration already finished.";
        internal const string IndexMustBeLess = "Index was out of range. Must be non-negative and less than the size of the collection.";
        internal const string IndexMustBeLessOrEqual = "Index was out of range. Must be non-negative and less than or equal to the size of the collection.";
        internal const string NeedNonNegNum = "Non-negative number required.";
        internal const string Count = "Count must be positive and count must refer to a location within the string/array/collection.";
        internal const string InvalidOffLen = "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.";
        internal const string BiggerThanCollection = "Must be less than or equal to the size of the collection.";
        internal const string SmallCapacity = "capacity was less than the current size.";
        internal const string ListInsert = "Index must be within the bounds of the List.";
        internal const string ArrayPlusOffTooSmall = "Destination array is not long enough to copy all the items in the collection. Check array index and length.";
        internal const string RankMultiDimNotSupported = "Only single dimensional arrays are supported for the requested action.";
        internal const string NonZeroLowerBound = "The lower bound of target array must be zero.";
        internal const string InvalidArrayType = "Target array type is not compatible with the type of items in the collection.";
        internal const string FixedSizeCollection = "Collection was of a fixed size.";
        internal const string ReadOnlyCollection = "Collection is read-only.";
        internal const string KeyCollectionSet = "Mutating a key collection derived from a dictionary is not allowed.";
        internal const string ValueCollectionSet = "Mutating a value collection derived from a dictionary is not allowed.";
        internal const string ImplementIComparable = "At least one object must implement IComparable.";
        internal const string IComparerFailed = "Failed to compare two elements in the array.";
        internal const string InvalidArgumentForComparison = "Type of argument is not compatible with the generic comparer.";

        internal static void ThrowVersion()
        {
            throw new InvalidOperationException(EnumFailedVersion);
        }

        internal static void ThrowEnumOpCantHappen()
        {
            throw new InvalidOperationException(EnumOpCantHappen);
        }

        // Current of Queue/Stack/array enumerators: before the first MoveNext or after the last.
        internal static void ThrowEnumNotStartedOrEnded(bool notStarted)
        {
            throw new InvalidOperationException(notStarted ? EnumNotStarted : EnumEnded);
        }

        internal static void ThrowIndexMustBeLess()
        {
            throw new ArgumentOutOfRangeException("index", IndexMustBeLess);
        }

        internal static void ThrowArgumentOutOfRange(string paramName, string message)
        {
            throw new ArgumentOutOfRangeException(paramName, message);
        }

        internal static void ThrowNeedNonNegNum(string paramName)
        {
            throw new ArgumentOutOfRangeException(paramName, NeedNonNegNum);
        }

        internal static void ThrowArgumentNull(string paramName)
        {
            throw new ArgumentNullException(paramName);
        }

        internal static void ThrowInvalidOffLen()
        {
            throw new ArgumentException(InvalidOffLen);
        }

        internal static void ThrowArrayPlusOffTooSmall()
        {
            throw new ArgumentException(ArrayPlusOffTooSmall);
        }

        internal static void ThrowAddingDuplicateWithKey(object key)
        {
            throw new ArgumentException("An item with the same key has already been added. Key: " + key);
        }

        internal static void ThrowKeyNotFound(object key)
        {
            throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
        }

        internal static void ThrowFixedSize()
        {
            throw new NotSupportedException(FixedSizeCollection);
        }

        internal static void ThrowReadOnly()
        {
            throw new NotSupportedException(ReadOnlyCollection);
        }

        internal static void ThrowWrongType(object value, Type targetType)
        {
            throw new ArgumentException("The value \"" + value + "\" is not of type \"" + targetType + "\" and cannot be used in this generic collection.", "value");
        }

        // The non-generic interfaces of generic collections accept null only when T can hold it.
        internal static void IfNullAndNullsAreIllegalThenThrow<T>(object value, string paramName)
        {
            if (value == null && !(default(T) == null))
                throw new ArgumentNullException(paramName);
        }

        internal static void ThrowBadComparer(object comparer)
        {
            throw new ArgumentException("Unable to sort because the IComparer.Compare() method returns inconsistent results. Either a value does not compare equal to itself, or one value repeatedly compared to another value yields different results. IComparer: '" + comparer + "'.");
        }

        internal static void ThrowIComparerFailed(Exception inner)
        {
            throw new InvalidOperationException(IComparerFailed, inner);
        }

        // ICollection.CopyTo(Array, int) argument checks shared by the generic collections.
        internal static void CheckCopyToArray(Array array, int index, int count)
        {
            if (array == null)
                ThrowArgumentNull("array");
            if (array.Rank != 1)
                throw new ArgumentException(RankMultiDimNotSupported, "array");
            if (array.GetLowerBound(0) != 0)
                throw new ArgumentException(NonZeroLowerBound, "array");
            if (index < 0)
                ThrowNeedNonNegNum("index");
            if (array.Length - index < count)
                ThrowArrayPlusOffTooSmall();
        }

        // Generic CopyTo(T[], int) argument checks.
        internal static void CheckCopyTo<T>(T[] array, int index, int count)
        {
            if (array == null)
                ThrowArgumentNull("array");
            if (index < 0 || index > array.Length)
                ThrowNeedNonNegNum("index");
            if (array.Length - index < count)
                ThrowArrayPlusOffTooSmall();
        }
    }
}
