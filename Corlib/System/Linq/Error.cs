// System.Linq.Error: the exceptions System.Linq throws, with .NET's messages.
// Callers write `throw Error.X(...)` so that the throw stays visible at the call site.
namespace System.Linq
{
    internal static class Error
    {
        internal static Exception ArgumentNull(string paramName)
        {
            return new ArgumentNullException(paramName);
        }

        internal static Exception ArgumentOutOfRange(string paramName)
        {
            return new ArgumentOutOfRangeException(paramName);
        }

        // The comparer named is the Comparison<int> through which .NET's
        // OrderedEnumerable sorts its index map.
        internal static Exception BadComparer()
        {
            return new ArgumentException("Unable to sort because the IComparer.Compare() method returns inconsistent results. Either a value does not compare equal to itself, or one value repeatedly compared to another value yields different results. IComparer: 'System.Comparison`1[System.Int32]'.");
        }

        internal static Exception ComparerFailed(Exception inner)
        {
            return new InvalidOperationException("Failed to compare two elements in the array.", inner);
        }

        internal static Exception MoreThanOneElement()
        {
            return new InvalidOperationException("Sequence contains more than one element");
        }

        internal static Exception MoreThanOneMatch()
        {
            return new InvalidOperationException("Sequence contains more than one matching element");
        }

        internal static Exception NoElements()
        {
            return new InvalidOperationException("Sequence contains no elements");
        }

        internal static Exception NoMatch()
        {
            return new InvalidOperationException("Sequence contains no matching element");
        }

        internal static Exception NotSupported()
        {
            return new NotSupportedException();
        }
    }
}
