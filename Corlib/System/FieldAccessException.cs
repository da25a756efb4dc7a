// System.FieldAccessException: an invalid attempt to access a private or protected field.
namespace System
{
    public class FieldAccessException : MemberAccessException
    {
        public FieldAccessException()
            : base("Attempted to access a field that is not accessible by the caller.")
        {
        }

        public FieldAccessException(string message)
            : base(message)
        {
        }

        public FieldAccessException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
