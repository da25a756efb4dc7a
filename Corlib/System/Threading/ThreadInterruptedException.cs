// System.Threading.ThreadInterruptedException: a thread was interrupted while waiting.
namespace System.Threading
{
    public class ThreadInterruptedException : SystemException
    {
        public ThreadInterruptedException()
            : base("Thread was interrupted from a waiting state.")
        {
        }

        public ThreadInterruptedException(string message)
            : base(message)
        {
        }

        public ThreadInterruptedException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
