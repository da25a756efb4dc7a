// System.StackOverflowException: the execution stack overflowed.
namespace System
{
    public sealed class StackOverflowException : SystemException
    {
        public StackOverflowException()
            : base("Operation caused a stack overflow.")
        {
        }

        public StackOverflowException(string message)
            : base(message)
        {
        }

        public StackOverflowException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
