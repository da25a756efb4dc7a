// System.InsufficientExecutionStackException: too little stack is left to run most methods safely.
namespace System
{
    public sealed class InsufficientExecutionStackException : SystemException
    {
        public InsufficientExecutionStackException()
            : base("Insufficient stack to continue executing the program safely. This can happen from having too many functions on the call stack or function on the stack using too much stack space.")
        {
        }

        public InsufficientExecutionStackException(string message)
            : base(message)
        {
        }

        public InsufficientExecutionStackException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
