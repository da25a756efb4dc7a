// System.Text.EncoderFallbackException: thrown by an encoding created to throw (for
// example new UTF8Encoding(false, true)) when it meets a character it cannot encode,
// such as a lone surrogate.
namespace System.Text
{
    public sealed class EncoderFallbackException : ArgumentException
    {
        private readonly char _charUnknown;
        private readonly char _charUnknownHigh;
        private readonly char _charUnknownLow;
        private readonly int _index;

        public EncoderFallbackException()
            : base("Value does not fall within the expected range.")
        {
        }

        public EncoderFallbackException(string message)
            : base(message)
        {
        }

        public EncoderFallbackException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        internal EncoderFallbackException(string message, char charUnknown, int index)
            : base(message)
        {
            _charUnknown = charUnknown;
            _index = index;
        }

        internal EncoderFallbackException(string message, char charUnknownHigh, char charUnknownLow, int index)
            : base(message)
        {
            if (!char.IsHighSurrogate(charUnknownHigh))
                throw new ArgumentOutOfRangeException(nameof(charUnknownHigh), "Valid values are between 0xD800 and 0xDBFF, inclusive.");
            if (!char.IsLowSurrogate(charUnknownLow))
                throw new ArgumentOutOfRangeException(nameof(charUnknownLow), "Valid values are between 0xDC00 and 0xDFFF, inclusive.");
            _charUnknownHigh = charUnknownHigh;
            _charUnknownLow = charUnknownLow;
            _index = index;
        }

        public char CharUnknown
        {
            get { return _charUnknown; }
        }

        public char CharUnknownHigh
        {
            get { return _charUnknownHigh; }
        }

        public char CharUnknownLow
        {
            get { return _charUnknownLow; }
        }

        public int Index
        {
            get { return _index; }
        }

        // True when the character that could not be encoded is a (valid) surrogate pair.
        public bool IsUnknownSurrogate()
        {
            return _charUnknownHigh != '\0';
        }
    }
}
