// System.Text.DecoderFallbackException: thrown by an encoding created to throw (for
// example new UTF8Encoding(false, true)) when it meets bytes it cannot decode.
namespace System.Text
{
    public sealed class DecoderFallbackException : ArgumentException
    {
        private readonly byte[] _bytesUnknown;
        private readonly int _index;

        public DecoderFallbackException()
            : base("Value does not fall within the expected range.")
        {
        }

        public DecoderFallbackException(string message)
            : base(message)
        {
        }

        public DecoderFallbackException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public DecoderFallbackException(string message, byte[] bytesUnknown, int index)
            : base(message)
        {
            _bytesUnknown = bytesUnknown;
            _index = index;
        }

        // The bytes that could not be decoded (the whole ill-formed sequence).
        public byte[] BytesUnknown
        {
            get { return _bytesUnknown; }
        }

        // The position of the first unknown byte in the input.
        public int Index
        {
            get { return _index; }
        }
    }
}
