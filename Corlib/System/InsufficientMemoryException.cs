// System.InsufficientMemoryException: a check for sufficient available memory failed.
namespace System
{
    public sealed class InsufficientMemoryException : OutOfMemoryException
    {
        public InsufficientMemoryException()
            : base("Insufficient memory to continue the execution of the program.")
        {
        }

        public InsufficientMemoryException(string message)
            : base(message)
        {
        }

        public InsufficientMemoryException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
