// System.IO.EndOfStreamException: a read was attempted past the end of a stream.
namespace System.IO
{
    public class EndOfStreamException : IOException
    {
        public EndOfStreamException()
            : base("Attempted to read past the end of the stream.")
        {
        }

        public EndOfStreamException(string message)
            : base(message)
        {
        }

        public EndOfStreamException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
