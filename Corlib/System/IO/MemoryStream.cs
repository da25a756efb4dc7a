// System.IO.MemoryStream: a Stream over a byte array. Created without an array it is
// growable (capacity at least 256, doubling); over a caller's array it is fixed-size and
// may be read-only. After Dispose, reads, writes, seeks and Length/Position/Capacity
// throw ObjectDisposedException, but ToArray still returns the data, as in .NET.
namespace System.IO
{
    public class MemoryStream : Stream
    {
        private byte[] _buffer;
        private readonly int _origin;   // where the stream starts in _buffer
        private int _position;          // read/write head, an index into _buffer
        private int _length;            // end of the data, an index into _buffer
        private int _capacity;          // usable end of _buffer
        private bool _expandable;       // created by us, so it can grow
        private bool _writable;
        private readonly bool _exposable; // GetBuffer is allowed
        private bool _isOpen;

        private const int MemStreamMaxLength = int.MaxValue;

        public MemoryStream()
            : this(0)
        {
        }

        public MemoryStream(int capacity)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity ('" + capacity.ToString() + "') must be a non-negative value.");
            _buffer = capacity != 0 ? new byte[capacity] : Array.Empty<byte>();
            _capacity = capacity;
            _expandable = true;
            _writable = true;
            _exposable = true;
            _isOpen = true;
        }

        public MemoryStream(byte[] buffer)
            : this(buffer, true)
        {
        }

        public MemoryStream(byte[] buffer, bool writable)
        {
            if (buffer == null)
                throw new ArgumentNullException(nameof(buffer));
            _buffer = buffer;
            _length = _capacity = buffer.Length;
            _writable = writable;
            _isOpen = true;
        }

        public MemoryStream(byte[] buffer, int index, int count)
            : this(buffer, index, count, true, false)
        {
        }

        public MemoryStream(byte[] buffer, int index, int count, bool writable)
            : this(buffer, index, count, writable, false)
        {
        }

        public MemoryStream(byte[] buffer, int index, int count, bool writable, bool publiclyVisible)
        {
            ValidateBufferArguments(buffer, index, count);
            _buffer = buffer;
            _origin = _position = index;
            _length = _capacity = index + count;
            _writable = writable;
            _exposable = publiclyVisible;
            _isOpen = true;
        }

        public override bool CanRead
        {
            get { return _isOpen; }
        }

        public override bool CanSeek
        {
            get { return _isOpen; }
        }

        public override bool CanWrite
        {
            get { return _writable; }
        }

        private void EnsureNotClosed()
        {
            if (!_isOpen)
                throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
        }

        private void EnsureWriteable()
        {
            if (!CanWrite)
                throw new NotSupportedException("Stream does not support writing.");
        }

        protected override void Dispose(bool disposing)
        {
            try
            {
                if (disposing)
                {
                    _isOpen = false;
                    _writable = false;
                    _expandable = false;
                }
            }
            finally
            {
                base.Dispose(disposing);
            }
        }

        // Grows the buffer to hold value bytes; true when a new array was allocated.
        private bool EnsureCapacity(int value)
        {
            if (value < 0)
                throw new IOException("Stream was too long.");
            if (value > _capacity)
            {
                int newCapacity = Math.Max(value, 256);
                if (newCapacity < _capacity * 2)
                    newCapacity = _capacity * 2;
                if ((uint)(_capacity * 2) > (uint)Array.MaxLength)
                    newCapacity = Math.Max(value, Array.MaxLength);
                Capacity = newCapacity;
                return true;
            }
            return false;
        }

        public override void Flush()
        {
        }

        public virtual byte[] GetBuffer()
        {
            if (!_exposable)
                throw new UnauthorizedAccessException("MemoryStream's internal buffer cannot be accessed.");
            return _buffer;
        }

        public virtual int Capacity
        {
            get
            {
                EnsureNotClosed();
                return _capacity - _origin;
            }
            set
            {
                if (value < Length)
                    throw new ArgumentOutOfRangeException(nameof(value), "capacity was less than the current size.");
                EnsureNotClosed();
                if (!_expandable && value != Capacity)
                    throw new NotSupportedException("Memory stream is not expandable.");
                if (_expandable && value != _capacity)
                {
                    if (value > 0)
                    {
                        byte[] newBuffer = new byte[value];
                        if (_length > 0)
                            Buffer.BlockCopy(_buffer, 0, newBuffer, 0, _length);
                        _buffer = newBuffer;
                    }
                    else
                    {
                        _buffer = Array.Empty<byte>();
                    }
                    _capacity = value;
                }
            }
        }

        public override long Length
        {
            get
            {
                EnsureNotClosed();
                return _length - _origin;
            }
        }

        public override long Position
        {
            get
            {
                EnsureNotClosed();
                return _position - _origin;
            }
            set
            {
                if (value < 0)
                    throw new ArgumentOutOfRangeException(nameof(value), value, "value ('" + value.ToString() + "') must be a non-negative value.");
                EnsureNotClosed();
                if (value > MemStreamMaxLength - _origin)
                    throw new ArgumentOutOfRangeException(nameof(value), "Stream length must be non-negative and less than 2^31 - 1 - origin.");
                _position = _origin + (int)value;
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureNotClosed();
            int n = _length - _position;
            if (n > count)
                n = count;
            if (n <= 0)
                return 0;
            Buffer.BlockCopy(_buffer, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override int ReadByte()
        {
            EnsureNotClosed();
            if (_position >= _length)
                return -1;
            return _buffer[_position++];
        }

        public override void CopyTo(Stream destination, int bufferSize)
        {
            // A subclass may override Read; only a plain MemoryStream can hand over its array.
            if (GetType() != typeof(MemoryStream))
            {
                base.CopyTo(destination, bufferSize);
                return;
            }
            ValidateCopyToArguments(destination, bufferSize);
            EnsureNotClosed();
            int originalPosition = _position;
            int remaining = _length - originalPosition;
            if (remaining > 0)
            {
                _position = _length;
                destination.Write(_buffer, originalPosition, remaining);
            }
        }

        public override long Seek(long offset, SeekOrigin loc)
        {
            EnsureNotClosed();
            int origin;
            switch (loc)
            {
                case SeekOrigin.Begin:
                    origin = _origin;
                    break;
                case SeekOrigin.Current:
                    origin = _position;
                    break;
                case SeekOrigin.End:
                    origin = _length;
                    break;
                default:
                    throw new ArgumentException("Invalid seek origin.");
            }
            if (offset > MemStreamMaxLength - origin)
                throw new ArgumentOutOfRangeException(nameof(offset), "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            int tempPosition = unchecked(origin + (int)offset);
            if (unchecked(origin + offset) < _origin || tempPosition < _origin)
                throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            _position = tempPosition;
            return _position - _origin;
        }

        // Truncates or extends (with zeros) the stream; the position is clamped to the end.
        public override void SetLength(long value)
        {
            if (value < 0 || value > int.MaxValue)
                throw new ArgumentOutOfRangeException(nameof(value), "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            EnsureWriteable();
            if (value > (int.MaxValue - _origin))
                throw new ArgumentOutOfRangeException(nameof(value), "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            int newLength = _origin + (int)value;
            bool allocatedNewArray = EnsureCapacity(newLength);
            if (!allocatedNewArray && newLength > _length)
                Array.Clear(_buffer, _length, newLength - _length);
            _length = newLength;
            if (_position > newLength)
                _position = newLength;
        }

        // A copy of the stream's data (works after Dispose too).
        public virtual byte[] ToArray()
        {
            int count = _length - _origin;
            if (count == 0)
                return Array.Empty<byte>();
            byte[] copy = new byte[count];
            Buffer.BlockCopy(_buffer, _origin, copy, 0, count);
            return copy;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureNotClosed();
            EnsureWriteable();
            int i = _position + count;
            if (i < 0)
                throw new IOException("Stream was too long.");
            if (i > _length)
            {
                bool mustZero = _position > _length;
                if (i > _capacity)
                {
                    if (EnsureCapacity(i))
                        mustZero = false;
                }
                if (mustZero)
                    Array.Clear(_buffer, _length, i - _length);
                _length = i;
            }
            Buffer.BlockCopy(buffer, offset, _buffer, _position, count);
            _position = i;
        }

        public override void WriteByte(byte value)
        {
            EnsureNotClosed();
            EnsureWriteable();
            if (_position >= _length)
            {
                int newLength = _position + 1;
                bool mustZero = _position > _length;
                if (newLength >= _capacity)
                {
                    if (EnsureCapacity(newLength))
                        mustZero = false;
                }
                if (mustZero)
                    Array.Clear(_buffer, _length, _position - _length);
                _length = newLength;
            }
            _buffer[_position++] = value;
        }

        // Writes the whole content (from the start, whatever the position) to stream.
        public virtual void WriteTo(Stream stream)
        {
            if (stream == null)
                throw new ArgumentNullException(nameof(stream));
            EnsureNotClosed();
            stream.Write(_buffer, _origin, _length - _origin);
        }
    }
}
