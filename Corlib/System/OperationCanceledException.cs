// System.OperationCanceledException: an operation was canceled.
// The constructors that take a CancellationToken (and the CancellationToken property)
// come with the task library.
namespace System
{
    public class OperationCanceledException : SystemException
    {
        public OperationCanceledException()
            : base("The operation was canceled.")
        {
        }

        public OperationCanceledException(string message)
            : base(message)
        {
        }

        public OperationCanceledException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
