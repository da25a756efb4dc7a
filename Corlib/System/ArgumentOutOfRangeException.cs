// System.ArgumentOutOfRangeException: an argument outside its allowed range.
namespace System
{
    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException()
            : base("Specified argument was out of the range of valid values.")
        {
        }

        public ArgumentOutOfRangeException(string paramName)
            : base("Specified argument was out of the range of valid values.", paramName)
        {
        }

        public ArgumentOutOfRangeException(string paramName, string message)
            : base(message, paramName)
        {
        }

        public ArgumentOutOfRangeException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
