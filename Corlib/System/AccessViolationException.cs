// System.AccessViolationException: an attempt to read or write protected memory.
namespace System
{
    public class AccessViolationException : SystemException
    {
        public AccessViolationException()
            : base("Attempted to read or write protected memory. This is often an indication that other memory is corrupt.")
        {
        }

        public AccessViolationException(string message)
            : base(message)
        {
        }

        public AccessViolationException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
