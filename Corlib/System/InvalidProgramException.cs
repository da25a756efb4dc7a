// System.InvalidProgramException: the program contains invalid CIL or metadata.
namespace System
{
    public sealed class InvalidProgramException : SystemException
    {
        public InvalidProgramException()
            : base("Common Language Runtime detected an invalid program.")
        {
        }

        public InvalidProgramException(string message)
            : base(message)
        {
        }

        public InvalidProgramException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
