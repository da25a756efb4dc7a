// System.Text.UnicodeEncoding: UTF-16, little- or big-endian. Lone surrogates become
// U+FFFD both ways, and so does an odd trailing byte.
namespace System.Text
{
    public class UnicodeEncoding : Encoding
    {
        public const int CharSize = 2;

        private readonly bool _bigEndian;
        private readonly bool _byteOrderMark;
        private readonly bool _isThrowException;

        public UnicodeEncoding()
            : this(false, true)
        {
        }

        public UnicodeEncoding(bool bigEndian, bool byteOrderMark)
            : this(bigEndian, byteOrderMark, false)
        {
        }

        public UnicodeEncoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidBytes)
            : base(bigEndian ? 1201 : 1200)
        {
            _bigEndian = bigEndian;
            _byteOrderMark = byteOrderMark;
            _isThrowException = throwOnInvalidBytes;
        }

        public override string WebName
        {
            get { return _bigEndian ? "utf-16BE" : "utf-16"; }
        }

        public override string EncodingName
        {
            get { return _bigEndian ? "Unicode (Big-Endian)" : "Unicode"; }
        }

        public override byte[] GetPreamble()
        {
            if (!_byteOrderMark)
                return new byte[0];
            return _bigEndian ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE };
        }

        public override bool Equals(object value)
        {
            UnicodeEncoding that = value as UnicodeEncoding;
            return that != null && _bigEndian == that._bigEndian && _byteOrderMark == that._byteOrderMark && _isThrowException == that._isThrowException;
        }

        public override int GetHashCode()
        {
            return CodePage + (_byteOrderMark ? 4 : 0) + (_bigEndian ? 8 : 0);
        }

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0)
                throw new ArgumentOutOfRangeException(nameof(charCount), "Non-negative number required.");
            long count = ((long)charCount + 1) * 2;
            if (count > int.MaxValue)
                throw new ArgumentOutOfRangeException(nameof(charCount), "Too many characters. The resulting number of bytes is larger than what can be returned as an int.");
            return (int)count;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0)
                throw new ArgumentOutOfRangeException(nameof(byteCount), "Non-negative number required.");
            long count = (long)(byteCount >> 1) + (byteCount & 1) + 1;
            if (count > int.MaxValue)
                throw new ArgumentOutOfRangeException(nameof(byteCount), "Too many bytes. The resulting number of chars is larger than what can be returned as an int.");
            return (int)count;
        }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            CheckRange(chars, index, count, nameof(chars));
            return count * 2;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars, charIndex, charCount, nameof(chars));
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            if (byteIndex < 0 || byteIndex > bytes.Length)
                throw new ArgumentOutOfRangeException(nameof(byteIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (charCount * 2 > bytes.Length - byteIndex)
                throw new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding codepage '" + CodePage.ToString() + "' and fallback 'System.Text.EncoderReplacementFallback'.", nameof(bytes));
            int end = charIndex + charCount;
            int n = byteIndex;
            for (int i = charIndex; i < end; i++)
            {
                char c = chars[i];
                if (char.IsSurrogate(c))
                {
                    if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(chars[i + 1]))
                    {
                        Put(bytes, ref n, c);
                        Put(bytes, ref n, chars[++i]);
                        continue;
                    }
                    if (_isThrowException)
                        throw EncodingHelpers.EncoderError(c, i);
                    c = EncodingHelpers.ReplacementChar;
                }
                Put(bytes, ref n, c);
            }
            return n - byteIndex;
        }

        private void Put(byte[] bytes, ref int n, char c)
        {
            if (_bigEndian)
            {
                bytes[n++] = (byte)(c >> 8);
                bytes[n++] = (byte)c;
            }
            else
            {
                bytes[n++] = (byte)c;
                bytes[n++] = (byte)(c >> 8);
            }
        }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            CheckRange(bytes, index, count, nameof(bytes));
            return Decode(bytes, index, count, null, 0);
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            CheckRange(bytes, byteIndex, byteCount, nameof(bytes));
            if (chars == null)
                throw new ArgumentNullException(nameof(chars));
            if (charIndex < 0 || charIndex > chars.Length)
                throw new ArgumentOutOfRangeException(nameof(charIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (Decode(bytes, byteIndex, byteCount, null, 0) > chars.Length - charIndex)
                throw new ArgumentException("The output char buffer is too small to contain the decoded characters, encoding codepage '" + CodePage.ToString() + "' and fallback 'System.Text.DecoderReplacementFallback'.", nameof(chars));
            return Decode(bytes, byteIndex, byteCount, chars, charIndex);
        }

        private char Get(byte[] bytes, int i)
        {
            return _bigEndian ? (char)((bytes[i] << 8) | bytes[i + 1]) : (char)(bytes[i] | (bytes[i + 1] << 8));
        }

        private int Decode(byte[] bytes, int index, int count, char[] chars, int charIndex)
        {
            int end = index + (count & ~1);
            int n = 0;
            for (int i = index; i < end; i += 2)
            {
                char c = Get(bytes, i);
                if (char.IsSurrogate(c))
                {
                    if (char.IsHighSurrogate(c) && i + 2 < end && char.IsLowSurrogate(Get(bytes, i + 2)))
                    {
                        if (chars != null)
                        {
                            chars[charIndex + n] = c;
                            chars[charIndex + n + 1] = Get(bytes, i + 2);
                        }
                        n += 2;
                        i += 2;
                        continue;
                    }
                    if (_isThrowException)
                        throw EncodingHelpers.DecoderError(bytes, i, 2, i - index);
                    c = EncodingHelpers.ReplacementChar;
                }
                if (chars != null)
                    chars[charIndex + n] = c;
                n++;
            }
            if ((count & 1) != 0)
            {
                if (_isThrowException)
                    throw EncodingHelpers.DecoderError(bytes[index + count - 1], count - 1);
                if (chars != null)
                    chars[charIndex + n] = EncodingHelpers.ReplacementChar;
                n++;
            }
            return n;
        }

        internal override int IncompleteTailLength(byte[] bytes, int index, int count)
        {
            if ((count & 1) != 0)
                return 1 + (count >= 3 && char.IsHighSurrogate(Get(bytes, index + count - 3)) ? 2 : 0);
            if (count >= 2 && char.IsHighSurrogate(Get(bytes, index + count - 2)))
                return 2;
            return 0;
        }
    }
}
