// System.IO.PathTooLongException: a path or file name is longer than the system-defined maximum.
namespace System.IO
{
    public class PathTooLongException : IOException
    {
        public PathTooLongException()
            : base("The filename or extension is too long.")
        {
        }

        public PathTooLongException(string message)
            : base(message)
        {
        }

        public PathTooLongException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
