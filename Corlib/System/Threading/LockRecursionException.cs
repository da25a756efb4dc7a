// System.Threading.LockRecursionException: recursive entry into a lock that does not allow recursion.
namespace System.Threading
{
    public class LockRecursionException : Exception
    {
        public LockRecursionException()
        {
        }

        public LockRecursionException(string message)
            : base(message)
        {
        }

        public LockRecursionException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
