// System.ApplicationException: the base class of application-defined exceptions (kept for compatibility).
namespace System
{
    public class ApplicationException : Exception
    {
        public ApplicationException()
            : base("Error in the application.")
        {
        }

        public ApplicationException(string message)
            : base(message)
        {
        }

        public ApplicationException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
