// System.Text.UTF8Encoding: UTF-8. Lone surrogates encode as U+FFFD; each maximal
// ill-formed subsequence decodes to one U+FFFD (the Unicode recommendation .NET Core
// follows), unless the encoding was created with throwOnInvalidBytes.
namespace System.Text
{
    public class UTF8Encoding : Encoding
    {
        private readonly bool _emitUTF8Identifier;
        private readonly bool _isThrowException;

        public UTF8Encoding()
            : this(false)
        {
        }

        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier)
            : this(encoderShouldEmitUTF8Identifier, false)
        {
        }

        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes)
            : base(65001)
        {
            _emitUTF8Identifier = encoderShouldEmitUTF8Identifier;
            _isThrowException = throwOnInvalidBytes;
        }

        public override string WebName
        {
            get { return "utf-8"; }
        }

        public override string EncodingName
        {
            get { return "Unicode (UTF-8)"; }
        }

        public override byte[] GetPreamble()
        {
            return _emitUTF8Identifier ? new byte[] { 0xEF, 0xBB, 0xBF } : new byte[0];
        }

        public override bool Equals(object value)
        {
            UTF8Encoding that = value as UTF8Encoding;
            return that != null && _emitUTF8Identifier == that._emitUTF8Identifier && _isThrowException == that._isThrowException;
        }

        public override int GetHashCode()
        {
            return 65001 + (_emitUTF8Identifier ? 1 : 0);
        }

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0)
                throw new ArgumentOutOfRangeException(nameof(charCount), "Non-negative number required.");
            long count = ((long)charCount + 1) * 3;
            if (count > int.MaxValue)
                throw new ArgumentOutOfRangeException(nameof(charCount), "Too many characters. The resulting number of bytes is larger than what can be returned as an int.");
            return (int)count;
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0)
                throw new ArgumentOutOfRangeException(nameof(byteCount), "Non-negative number required.");
            long count = (long)byteCount + 1;
            if (count > int.MaxValue)
                throw new ArgumentOutOfRangeException(nameof(byteCount), "Too many bytes. The resulting number of chars is larger than what can be returned as an int.");
            return (int)count;
        }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            CheckRange(chars, index, count, nameof(chars));
            return Encode(chars, index, count, null, 0);
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            CheckRange(chars, charIndex, charCount, nameof(chars));
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            if (byteIndex < 0 || byteIndex > bytes.Length)
                throw new ArgumentOutOfRangeException(nameof(byteIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (Encode(chars, charIndex, charCount, null, 0) > bytes.Length - byteIndex)
                throw new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding codepage '65001' and fallback 'System.Text.EncoderReplacementFallback'.", nameof(bytes));
            return Encode(chars, charIndex, charCount, bytes, byteIndex);
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
                throw new ArgumentException("The output char buffer is too small to contain the decoded characters, encoding codepage '65001' and fallback 'System.Text.DecoderReplacementFallback'.", nameof(chars));
            return Decode(bytes, byteIndex, byteCount, chars, charIndex);
        }

        // Encodes (or, with bytes null, counts) chars[index, index + count).
        private int Encode(char[] chars, int index, int count, byte[] bytes, int byteIndex)
        {
            int end = index + count;
            int n = 0;
            for (int i = index; i < end; i++)
            {
                int c = chars[i];
                if (c < 0x80)
                {
                    if (bytes != null)
                        bytes[byteIndex + n] = (byte)c;
                    n++;
                    continue;
                }
                if (c < 0x800)
                {
                    if (bytes != null)
                    {
                        bytes[byteIndex + n] = (byte)(0xC0 | (c >> 6));
                        bytes[byteIndex + n + 1] = (byte)(0x80 | (c & 0x3F));
                    }
                    n += 2;
                    continue;
                }
                if (char.IsSurrogate((char)c))
                {
                    if (char.IsHighSurrogate((char)c) && i + 1 < end && char.IsLowSurrogate(chars[i + 1]))
                    {
                        int cp = char.ConvertToUtf32((char)c, chars[i + 1]);
                        i++;
                        if (bytes != null)
                        {
                            bytes[byteIndex + n] = (byte)(0xF0 | (cp >> 18));
                            bytes[byteIndex + n + 1] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                            bytes[byteIndex + n + 2] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                            bytes[byteIndex + n + 3] = (byte)(0x80 | (cp & 0x3F));
                        }
                        n += 4;
                        continue;
                    }
                    if (_isThrowException)
                        throw EncodingHelpers.EncoderError((char)c, i - index);
                    c = EncodingHelpers.ReplacementChar;
                }
                if (bytes != null)
                {
                    bytes[byteIndex + n] = (byte)(0xE0 | (c >> 12));
                    bytes[byteIndex + n + 1] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    bytes[byteIndex + n + 2] = (byte)(0x80 | (c & 0x3F));
                }
                n += 3;
            }
            return n;
        }

        // The number of bytes of the sequence starting at b0 (1 for an invalid lead byte)
        // and the allowed range of its second byte.
        private static int SequenceLength(int b0, out int secondLow, out int secondHigh)
        {
            secondLow = 0x80;
            secondHigh = 0xBF;
            if (b0 < 0x80)
                return 1;
            if (b0 >= 0xC2 && b0 <= 0xDF)
                return 2;
            if (b0 >= 0xE0 && b0 <= 0xEF)
            {
                if (b0 == 0xE0)
                    secondLow = 0xA0;
                else if (b0 == 0xED)
                    secondHigh = 0x9F; // no surrogates
                return 3;
            }
            if (b0 >= 0xF0 && b0 <= 0xF4)
            {
                if (b0 == 0xF0)
                    secondLow = 0x90;
                else if (b0 == 0xF4)
                    secondHigh = 0x8F; // nothing above U+10FFFF
                return 4;
            }
            return 0; // invalid lead byte
        }

        // Decodes (or, with chars null, counts) bytes[index, index + count).
        private int Decode(byte[] bytes, int index, int count, char[] chars, int charIndex)
        {
            int end = index + count;
            int n = 0;
            int i = index;
            while (i < end)
            {
                int b0 = bytes[i];
                if (b0 < 0x80)
                {
                    if (chars != null)
                        chars[charIndex + n] = (char)b0;
                    n++;
                    i++;
                    continue;
                }
                int secondLow, secondHigh;
                int length = SequenceLength(b0, out secondLow, out secondHigh);
                int cp = 0;
                int valid = 0; // bytes of a valid (prefix of a) sequence
                if (length > 0)
                {
                    cp = b0 & (0x7F >> length);
                    valid = 1;
                    while (valid < length && i + valid < end)
                    {
                        int b = bytes[i + valid];
                        int low = valid == 1 ? secondLow : 0x80;
                        int high = valid == 1 ? secondHigh : 0xBF;
                        if (b < low || b > high)
                            break;
                        cp = (cp << 6) | (b & 0x3F);
                        valid++;
                    }
                }
                if (length > 0 && valid == length)
                {
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
                    i += length;
                    continue;
                }
                // An ill-formed subsequence: the lead byte and the valid continuations.
                if (_isThrowException)
                    throw EncodingHelpers.DecoderError(bytes, i, valid > 0 ? valid : 1, i - index);
                if (chars != null)
                    chars[charIndex + n] = EncodingHelpers.ReplacementChar;
                n++;
                i += valid > 0 ? valid : 1;
            }
            return n;
        }

        internal override int IncompleteTailLength(byte[] bytes, int index, int count)
        {
            // Look back at most 3 bytes for a lead byte whose sequence is cut off.
            int end = index + count;
            for (int back = 1; back <= 3 && back <= count; back++)
            {
                int b = bytes[end - back];
                if (b >= 0x80 && b <= 0xBF)
                    continue; // continuation byte
                int secondLow, secondHigh;
                int length = SequenceLength(b, out secondLow, out secondHigh);
                if (length <= back)
                    return 0;
                // Every byte after the lead must be a valid continuation so far.
                for (int k = 1; k < back; k++)
                {
                    int c = bytes[end - back + k];
                    int low = k == 1 ? secondLow : 0x80;
                    int high = k == 1 ? secondHigh : 0xBF;
                    if (c < low || c > high)
                        return 0;
                }
                return back;
            }
            return 0;
        }
    }
}
