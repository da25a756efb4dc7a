// System.IO.StreamReader: a TextReader that decodes a Stream. By default it detects the
// encoding from a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) and otherwise uses
// the given encoding (UTF-8 if none); the given encoding's own preamble is skipped.
using System.Text;

namespace System.IO
{
    public class StreamReader : TextReader
    {
        private const int DefaultBufferSize = 1024;
        private const int MinBufferSize = 128;

        public static new readonly StreamReader Null = new StreamReader(Stream.Null, Encoding.UTF8, false, MinBufferSize, true);

        private Stream _stream;
        private Encoding _encoding;
        private Decoder _decoder;
        private readonly byte[] _byteBuffer;
        private int _byteLen;
        private char[] _charBuffer;
        private int _charPos;
        private int _charLen;
        private bool _detectEncoding;
        private bool _checkPreamble;
        private bool _isBlocked;        // the stream returned fewer bytes than asked
        private bool _endOfStream;      // the stream is exhausted and the decoder flushed
        private readonly bool _closable;

        public StreamReader(Stream stream)
            : this(stream, true)
        {
        }

        public StreamReader(Stream stream, bool detectEncodingFromByteOrderMarks)
            : this(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks, DefaultBufferSize, false)
        {
        }

        public StreamReader(Stream stream, Encoding encoding)
            : this(stream, encoding, true, DefaultBufferSize, false)
        {
        }

        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks)
            : this(stream, encoding, detectEncodingFromByteOrderMarks, DefaultBufferSize, false)
        {
        }

        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize)
            : this(stream, encoding, detectEncodingFromByteOrderMarks, bufferSize, false)
        {
        }

        public StreamReader(Stream stream, Encoding encoding = null, bool detectEncodingFromByteOrderMarks = true, int bufferSize = -1, bool leaveOpen = false)
        {
            if (stream == null)
                throw new ArgumentNullException(nameof(stream));
            if (bufferSize == -1)
                bufferSize = DefaultBufferSize;
            else if (bufferSize <= 0)
                throw new ArgumentOutOfRangeException(nameof(bufferSize), bufferSize, "bufferSize ('" + bufferSize.ToString() + "') must be a non-negative and non-zero value.");
            if (!stream.CanRead)
                throw new ArgumentException("Stream was not readable.");
            if (bufferSize < MinBufferSize)
                bufferSize = MinBufferSize;
            _stream = stream;
            _byteBuffer = new byte[bufferSize];
            _closable = !leaveOpen;
            _detectEncoding = detectEncodingFromByteOrderMarks;
            SetEncoding(encoding ?? Encoding.UTF8);
            _checkPreamble = _encoding.GetPreamble().Length > 0;
        }

        private void SetEncoding(Encoding encoding)
        {
            _encoding = encoding;
            _decoder = encoding.GetDecoder();
            // Room for a whole buffer plus bytes a decoder may carry over from the last one.
            _charBuffer = new char[encoding.GetMaxCharCount(_byteBuffer.Length + 4) + 1];
        }

        public virtual Encoding CurrentEncoding
        {
            get { return _encoding; }
        }

        public virtual Stream BaseStream
        {
            get { return _stream; }
        }

        public bool EndOfStream
        {
            get
            {
                ThrowIfDisposed();
                if (_charPos < _charLen)
                    return false;
                return ReadBuffer() == 0;
            }
        }

        private void ThrowIfDisposed()
        {
            if (_stream == null)
                throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
        }

        public override void Close()
        {
            Dispose(true);
        }

        protected override void Dispose(bool disposing)
        {
            if (_stream == null)
                return;
            try
            {
                if (disposing && _closable)
                    _stream.Close();
            }
            finally
            {
                _stream = null;
                _charPos = 0;
                _charLen = 0;
                base.Dispose(disposing);
            }
        }

        // Forgets buffered data, for example after the caller seeks the base stream.
        public void DiscardBufferedData()
        {
            _byteLen = 0;
            _charLen = 0;
            _charPos = 0;
            _endOfStream = false;
            _isBlocked = false;
            if (_encoding != null)
                _decoder = _encoding.GetDecoder();
        }

        public override int Peek()
        {
            ThrowIfDisposed();
            if (_charPos == _charLen)
            {
                if (ReadBuffer() == 0)
                    return -1;
            }
            return _charBuffer[_charPos];
        }

        public override int Read()
        {
            ThrowIfDisposed();
            if (_charPos == _charLen)
            {
                if (ReadBuffer() == 0)
                    return -1;
            }
            return _charBuffer[_charPos++];
        }

        public override int Read(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException(nameof(buffer), "Buffer cannot be null.");
            if (index < 0)
                throw new ArgumentOutOfRangeException(nameof(index), "Non-negative number required.");
            if (count < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            if (buffer.Length - index < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            ThrowIfDisposed();
            int charsRead = 0;
            while (count > 0)
            {
                int n = _charLen - _charPos;
                if (n == 0)
                    n = ReadBuffer();
                if (n == 0)
                    break;
                if (n > count)
                    n = count;
                Array.Copy(_charBuffer, _charPos, buffer, index + charsRead, n);
                _charPos += n;
                charsRead += n;
                count -= n;
                // Return what there is rather than wait for a slow stream.
                if (_isBlocked)
                    break;
            }
            return charsRead;
        }

        public override string ReadToEnd()
        {
            ThrowIfDisposed();
            StringBuilder sb = new StringBuilder(_charLen - _charPos);
            do
            {
                sb.Append(_charBuffer, _charPos, _charLen - _charPos);
                _charPos = _charLen;
                ReadBuffer();
            } while (_charLen > 0);
            return sb.ToString();
        }

        public override string ReadLine()
        {
            ThrowIfDisposed();
            if (_charPos == _charLen)
            {
                if (ReadBuffer() == 0)
                    return null;
            }
            StringBuilder sb = null;
            do
            {
                int i = _charPos;
                do
                {
                    char ch = _charBuffer[i];
                    if (ch == '\r' || ch == '\n')
                    {
                        string s;
                        if (sb != null)
                        {
                            sb.Append(_charBuffer, _charPos, i - _charPos);
                            s = sb.ToString();
                        }
                        else
                        {
                            s = new string(_charBuffer, _charPos, i - _charPos);
                        }
                        _charPos = i + 1;
                        if (ch == '\r' && (_charPos < _charLen || ReadBuffer() > 0))
                        {
                            if (_charBuffer[_charPos] == '\n')
                                _charPos++;
                        }
                        return s;
                    }
                    i++;
                } while (i < _charLen);
                if (sb == null)
                    sb = new StringBuilder(i - _charPos + 80);
                sb.Append(_charBuffer, _charPos, i - _charPos);
            } while (ReadBuffer() > 0);
            return sb.ToString();
        }

        // Refills the char buffer from the stream; the number of chars now buffered, 0 at
        // the end of the stream.
        private int ReadBuffer()
        {
            _charLen = 0;
            _charPos = 0;
            while (_charLen == 0)
            {
                if (_endOfStream)
                    return 0;
                _byteLen = _stream.Read(_byteBuffer, 0, _byteBuffer.Length);
                _isBlocked = _byteLen < _byteBuffer.Length;
                if (_byteLen == 0)
                {
                    // The end: let the decoder turn an incomplete sequence into U+FFFD.
                    _charLen = _decoder.GetChars(_byteBuffer, 0, 0, _charBuffer, 0, true);
                    _endOfStream = true;
                    return _charLen;
                }
                int start = 0;
                if (_detectEncoding || _checkPreamble)
                    start = CheckPreambleAndEncoding();
                _charLen = _decoder.GetChars(_byteBuffer, start, _byteLen - start, _charBuffer, 0, false);
            }
            return _charLen;
        }

        // Called with the first bytes of the stream: switches encoding on a byte order mark
        // (when detecting) and returns how many bytes of BOM/preamble to skip. A BOM split
        // across reads is not recognised (the first read of a stream normally has it all).
        private int CheckPreambleAndEncoding()
        {
            byte[] b = _byteBuffer;
            int len = _byteLen;
            int skip = 0;
            if (_detectEncoding)
            {
                _detectEncoding = false;
                if (len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
                {
                    SetEncoding(Encoding.BigEndianUnicode);
                    skip = 2;
                }
                else if (len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
                {
                    if (len >= 4 && b[2] == 0 && b[3] == 0)
                    {
                        SetEncoding(Encoding.UTF32);
                        skip = 4;
                    }
                    else
                    {
                        SetEncoding(Encoding.Unicode);
                        skip = 2;
                    }
                }
                else if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
                {
                    SetEncoding(Encoding.UTF8);
                    skip = 3;
                }
                else if (len >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
                {
                    SetEncoding(new UTF32Encoding(true, true));
                    skip = 4;
                }
                if (skip > 0)
                {
                    _checkPreamble = false;
                    return skip;
                }
            }
            if (_checkPreamble)
            {
                _checkPreamble = false;
                byte[] preamble = _encoding.GetPreamble();
                if (len >= preamble.Length)
                {
                    for (int i = 0; i < preamble.Length; i++)
                        if (b[i] != preamble[i])
                            return 0;
                    return preamble.Length;
                }
            }
            return 0;
        }
    }
}
