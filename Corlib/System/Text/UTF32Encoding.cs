// System.Text.UTF32Encoding: UTF-32, little- or big-endian. Lone surrogates and
// invalid code points become U+FFFD.
namespace System.Text
{
    public sealed class UTF32Encoding : Encoding
    {
        private readonly bool _bigEndian;
        private readonly bool _emitUTF32ByteOrderMark;
        private readonly bool _isThrowException;

        public UTF32Encoding()
            : this(false, true)
        {
        }

        public UTF32Encoding(bool bigEndian, bool byteOrderMark)
            : this(bigEndian, byteOrderMark, false)
        {
        }

        public UTF32Encoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidCharacters)
            : base(bigEndian ? 12001 : 12000)
        {
            _bigEndian = bigEndian;
            _emitUTF32ByteOrderMark = byteOrderMark;
            _isThrowException = throwOnInvalidCharacters;
        }

        public override string WebName
        {
            get { return _bigEndian ? "utf-32BE" : "utf-32"; }
        }

        public override string EncodingName
        {
            get { return _bigEndian ? "Unicode (UTF-32 Big-Endian)" : "Unicode (UTF-32)"; }
        }

        public override byte[] GetPreamble()
        {
            if (!_emitUTF32ByteOrderMark)
                return new byte[0];
            return _bigEndian ? new byte[] { 0x00, 0x00, 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE, 0x00, 0x00 };
        }

        public override bool Equals(object value)
        {
            UTF32Encoding that = value as UTF32Encoding;
            return that != null && _bigEndian == that._bigEndian && _emitUTF32ByteOrderMark == that._emitUTF32ByteOrderMark && _isThrowException == that._isThrowException;
        }

        public override int GetHashCode()
        {
            return CodePage + (_emitUTF32ByteOrderMark ? 4 : 0) + (_bigEndian ? 8 : 0);
        }

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0)
                throw new ArgumentOutOfRangeException(nameof(charCount), "Non-negative number required.");
            long count = ((long)charCount + 1) * 4;
            if (count > int.MaxValue)
                throw new ArgumentOutOfRangeException(nameof(charCount), "Too many characters. The resulting number of bytes is larger than what can be returned as an int.");
            return (int)count;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0)
                throw new ArgumentOutOfRangeException(nameof(byteCount), "Non-negative number required.");
            return byteCount / 2 + 2;
        }

        // The code points of chars, with lone surrogates replaced.
        private int CodePointAt(char[] chars, ref int i, int end)
        {
            char c = chars[i];
            if (!char.IsSurrogate(c))
                return c;
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                return char.ConvertToUtf32(c, chars[i]);
            }
            if (_isThrowException)
                throw EncodingHelpers.EncoderError(c, i);
            return EncodingHelpers.ReplacementChar;
        }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            CheckRange(chars, index, count, nameof(chars));
            int n = 0;
            int end = index + count;
            for (int i = index; i < end; i++)
            {
                CodePointAt(chars, ref i, end);
                n += 4;
            }
            return n;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars, charIndex, charCount, nameof(chars));
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            if (GetByteCount(chars, charIndex, charCount) > bytes.Length - byteIndex)
                throw new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding codepage '" + CodePage.ToString() + "' and fallback 'System.Text.EncoderReplacementFallback'.", nameof(bytes));
            int end = charIndex + charCount;
            int n = byteIndex;
            for (int i = charIndex; i < end; i++)
            {
                int cp = CodePointAt(chars, ref i, end);
                if (_bigEndian)
                {
                    bytes[n++] = (byte)(cp >> 24);
                    bytes[n++] = (byte)(cp >> 16);
                    bytes[n++] = (byte)(cp >> 8);
                    bytes[n++] = (byte)cp;
                }
                else
                {
                    bytes[n++] = (byte)cp;
                    bytes[n++] = (byte)(cp >> 8);
                    bytes[n++] = (byte)(cp >> 16);
                    bytes[n++] = (byte)(cp >> 24);
                }
            }
            return n - byteIndex;
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
            if (Decode(bytes, byteIndex, byteCount, null, 0) > chars.Length - charIndex)
                throw new ArgumentException("The output char buffer is too small to contain the decoded characters, encoding codepage '" + CodePage.ToString() + "' and fallback 'System.Text.DecoderReplacementFallback'.", nameof(chars));
            return Decode(bytes, byteIndex, byteCount, chars, charIndex);
        }

        private int Decode(byte[] bytes, int index, int count, char[] chars, int charIndex)
        {
            int end = index + (count & ~3);
            int n = 0;
            for (int i = index; i < end; i += 4)
            {
                uint cp = _bigEndian
                    ? (uint)((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3])
                    : (uint)(bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                {
                    if (_isThrowException)
                        throw EncodingHelpers.DecoderError(bytes, i, 4, i - index);
                    cp = EncodingHelpers.ReplacementChar;
                }
                if (cp >= 0x10000)
                {
                    if (chars != null)
                    {
                        cp -= 0x10000;
                        chars[charIndex + n] = (char)(0xD800 + (cp >> 10));
                        chars[charIndex + n + 1] = (char)(0xDC00 + (cp & 0x3FF));
                    }
                    n += 2;
                }
                else
                {
                    if (chars != null)
                        chars[charIndex + n] = (char)cp;
                    n++;
                }
            }
            if ((count & 3) != 0)
            {
                if (_isThrowException)
                    throw EncodingHelpers.DecoderError(bytes, end, count & 3, end - index);
                if (chars != null)
                    chars[charIndex + n] = EncodingHelpers.ReplacementChar;
                n++;
            }
            return n;
        }

        internal override int IncompleteTailLength(byte[] bytes, int index, int count)
        {
            return count & 3;
        }
    }
}
