// System.IO.DirectoryNotFoundException: part of a file or directory path cannot be found.
namespace System.IO
{
    public class DirectoryNotFoundException : IOException
    {
        public DirectoryNotFoundException()
            : base("Attempted to access a path that is not on disk.")
        {
        }

        public DirectoryNotFoundException(string message)
            : base(message)
        {
        }

        public DirectoryNotFoundException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
