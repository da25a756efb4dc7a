// System.IO.StreamWriter: a TextWriter that encodes characters into a Stream. Characters
// are buffered and encoded on Flush (or on every write with AutoFlush); the encoding's
// preamble is written first unless the stream was already past its start. The default
// encoding is UTF-8 without a BOM that throws on invalid text, as in .NET.
using System.Text;

namespace System.IO
{
    public class StreamWriter : TextWriter
    {
        private const int DefaultBufferSize = 1024;
        private const int MinBufferSize = 128;

        public static new readonly StreamWriter Null = new StreamWriter(Stream.Null, new UTF8Encoding(false, true), MinBufferSize, true);

        private static Encoding s_utf8NoBom;

        private Stream _stream;
        private readonly Encoding _encoding;
        private readonly Encoder _encoder;
        private readonly char[] _charBuffer;
        private int _charPos;
        private bool _autoFlush;
        private bool _haveWrittenPreamble;
        private readonly bool _closable;
        private bool _disposed;

        private static Encoding UTF8NoBOM
        {
            get { return s_utf8NoBom ?? (s_utf8NoBom = new UTF8Encoding(false, true)); }
        }

        public StreamWriter(Stream stream)
            : this(stream, UTF8NoBOM, -1, false)
        {
        }

        public StreamWriter(Stream stream, Encoding encoding)
            : this(stream, encoding, -1, false)
        {
        }

        public StreamWriter(Stream stream, Encoding encoding, int bufferSize)
            : this(stream, encoding, bufferSize, false)
        {
        }

        public StreamWriter(Stream stream, Encoding encoding = null, int bufferSize = -1, bool leaveOpen = false)
            : base(null)
        {
            if (stream == null)
                throw new ArgumentNullException(nameof(stream));
            if (bufferSize == -1)
                bufferSize = DefaultBufferSize;
            else if (bufferSize <= 0)
                throw new ArgumentOutOfRangeException(nameof(bufferSize), bufferSize, "bufferSize ('" + bufferSize.ToString() + "') must be a non-negative and non-zero value.");
            if (!stream.CanWrite)
                throw new ArgumentException("Stream was not writable.");
            if (bufferSize < MinBufferSize)
                bufferSize = MinBufferSize;
            _stream = stream;
            _encoding = encoding ?? UTF8NoBOM;
            _encoder = _encoding.GetEncoder();
            _charBuffer = new char[bufferSize];
            _closable = !leaveOpen;
            // A stream that is not at its start already holds data, so no preamble.
            if (_stream.CanSeek && _stream.Position > 0)
                _haveWrittenPreamble = true;
        }

        public virtual bool AutoFlush
        {
            get { return _autoFlush; }
            set
            {
                CheckAsyncTaskInProgress();
                _autoFlush = value;
                if (value)
                    Flush(true, false);
            }
        }

        public virtual Stream BaseStream
        {
            get { return _stream; }
        }

        public override Encoding Encoding
        {
            get { return _encoding; }
        }

        private void CheckAsyncTaskInProgress()
        {
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
                throw new ObjectDisposedException(GetType().Name, "Cannot write to a closed TextWriter.");
        }

        public override void Close()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected override void Dispose(bool disposing)
        {
            try
            {
                if (!_disposed && disposing)
                {
                    CheckAsyncTaskInProgress();
                    Flush(true, true);
                }
            }
            finally
            {
                if (!_disposed)
                {
                    _disposed = true;
                    try
                    {
                        if (_closable)
                            _stream.Close();
                    }
                    finally
                    {
                        _charPos = 0;
                        base.Dispose(disposing);
                    }
                }
            }
        }

        public override void Flush()
        {
            CheckAsyncTaskInProgress();
            Flush(true, true);
        }

        // Encodes the buffered characters into the stream. flushEncoder also writes out a
        // pending high surrogate (as a replacement) instead of keeping it for later.
        private void Flush(bool flushStream, bool flushEncoder)
        {
            ThrowIfDisposed();
            if (_charPos == 0 && !flushStream && !flushEncoder)
                return;
            if (!_haveWrittenPreamble)
            {
                _haveWrittenPreamble = true;
                byte[] preamble = _encoding.GetPreamble();
                if (preamble.Length > 0)
                    _stream.Write(preamble, 0, preamble.Length);
            }
            int count = _encoder.GetByteCount(_charBuffer, 0, _charPos, flushEncoder);
            byte[] bytes = new byte[count];
            int n = _encoder.GetBytes(_charBuffer, 0, _charPos, bytes, 0, flushEncoder);
            _charPos = 0;
            if (n > 0)
                _stream.Write(bytes, 0, n);
            if (flushStream)
                _stream.Flush();
        }

        public override void Write(char value)
        {
            ThrowIfDisposed();
            if (_charPos == _charBuffer.Length)
                Flush(false, false);
            _charBuffer[_charPos++] = value;
            if (_autoFlush)
                Flush(true, false);
        }

        public override void Write(char[] buffer)
        {
            if (buffer != null)
                Write(buffer, 0, buffer.Length);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException(nameof(buffer), "Buffer cannot be null.");
            if (index < 0)
                throw new ArgumentOutOfRangeException(nameof(index), "Non-negative number required.");
            if (count < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            if (buffer.Length - index < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            WriteCore(buffer, index, count, false);
        }

        public override void Write(string value)
        {
            if (value != null)
                WriteCore(value.ToCharArray(), 0, value.Length, false);
        }

        public override void WriteLine(string value)
        {
            if (value == null)
                value = "";
            WriteCore(value.ToCharArray(), 0, value.Length, false);
            WriteCore(CoreNewLine, 0, CoreNewLine.Length, true);
        }

        // Copies chars into the buffer, flushing it whenever it fills; with AutoFlush the
        // stream is flushed at the end (after a line, for WriteLine).
        private void WriteCore(char[] chars, int index, int count, bool endOfLine)
        {
            ThrowIfDisposed();
            while (count > 0)
            {
                if (_charPos == _charBuffer.Length)
                    Flush(false, false);
                int n = _charBuffer.Length - _charPos;
                if (n > count)
                    n = count;
                Array.Copy(chars, index, _charBuffer, _charPos, n);
                _charPos += n;
                index += n;
                count -= n;
            }
            if (_autoFlush)
                Flush(true, false);
        }
    }
}
