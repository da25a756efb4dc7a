// System.Text.ASCIIEncoding: 7-bit ASCII; anything else becomes '?' both ways.
namespace System.Text
{
    public class ASCIIEncoding : Encoding
    {
        public ASCIIEncoding()
            : base(20127)
        {
        }

        public override string WebName
        {
            get { return "us-ascii"; }
        }

        public override string EncodingName
        {
            get { return "US-ASCII"; }
        }

        public override bool IsSingleByte
        {
            get { return true; }
        }

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0)
                throw new ArgumentOutOfRangeException(nameof(charCount), "Non-negative number required.");
            return charCount + 1;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0)
                throw new ArgumentOutOfRangeException(nameof(byteCount), "Non-negative number required.");
            return byteCount;
        }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            CheckRange(chars, index, count, nameof(chars));
            // Every char is one byte; an unencodable one (each half of a surrogate pair
            // too, as .NET's replacement fallback does) becomes '?'.
            return count;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars, charIndex, charCount, nameof(chars));
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            if (byteIndex < 0 || byteIndex > bytes.Length)
                throw new ArgumentOutOfRangeException(nameof(byteIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (GetByteCount(chars, charIndex, charCount) > bytes.Length - byteIndex)
                throw new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding codepage '20127' and fallback 'System.Text.EncoderReplacementFallback'.", nameof(bytes));
            int n = 0;
            int end = charIndex + charCount;
            for (int i = charIndex; i < end; i++)
            {
                char c = chars[i];
                if (c < 0x80)
                {
                    bytes[byteIndex + n++] = (byte)c;
                    continue;
                }
                bytes[byteIndex + n++] = (byte)'?';
            }
            return n;
        }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            CheckRange(bytes, index, count, nameof(bytes));
            return count;
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            CheckRange(bytes, byteIndex, byteCount, nameof(bytes));
            if (chars == null)
                throw new ArgumentNullException(nameof(chars));
            if (charIndex < 0 || charIndex > chars.Length)
                throw new ArgumentOutOfRangeException(nameof(charIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (byteCount > chars.Length - charIndex)
                throw new ArgumentException("The output char buffer is too small to contain the decoded characters, encoding codepage '20127' and fallback 'System.Text.DecoderReplacementFallback'.", nameof(chars));
            for (int i = 0; i < byteCount; i++)
            {
                byte b = bytes[byteIndex + i];
                chars[charIndex + i] = b < 0x80 ? (char)b : '?';
            }
            return byteCount;
        }
    }
}
