// System.Threading.SynchronizationLockException: a Monitor method was called by a thread that does not own the lock.
namespace System.Threading
{
    public class SynchronizationLockException : SystemException
    {
        public SynchronizationLockException()
            : base("Object synchronization method was called from an unsynchronized block of code.")
        {
        }

        public SynchronizationLockException(string message)
            : base(message)
        {
        }

        public SynchronizationLockException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
