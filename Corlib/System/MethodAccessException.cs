// System.MethodAccessException: an invalid attempt to access a private or protected method.
namespace System
{
    public class MethodAccessException : MemberAccessException
    {
        public MethodAccessException()
            : base("Attempted to access a method that is not accessible by the caller.")
        {
        }

        public MethodAccessException(string message)
            : base(message)
        {
        }

        public MethodAccessException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
