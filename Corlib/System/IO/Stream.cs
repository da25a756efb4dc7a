// System.IO.Stream: an abstract sequence of bytes that may support reading, writing and
// seeking. Subclasses implement Read/Write/Seek/SetLength/Flush and the Can*, Length and
// Position members; ReadByte/WriteByte, CopyTo, ReadExactly/ReadAtLeast and the dispose
// pattern (Dispose -> Close -> Dispose(true)) are built on them, as in .NET.
namespace System.IO
{
    public abstract class Stream : IDisposable
    {
        public static readonly Stream Null = new NullStream();

        // .NET's largest buffer size that stays out of the large object heap.
        private const int DefaultCopyBufferSize = 81920;

        protected Stream()
        {
        }

        public abstract bool CanRead { get; }

        public abstract bool CanSeek { get; }

        public abstract bool CanWrite { get; }

        public virtual bool CanTimeout
        {
            get { return false; }
        }

        public abstract long Length { get; }

        public abstract long Position { get; set; }

        public virtual int ReadTimeout
        {
            get { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
            set { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
        }

        public virtual int WriteTimeout
        {
            get { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
            set { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
        }

        public abstract void Flush();

        public abstract long Seek(long offset, SeekOrigin origin);

        public abstract void SetLength(long value);

        public abstract int Read(byte[] buffer, int offset, int count);

        public abstract void Write(byte[] buffer, int offset, int count);

        // The next byte, or -1 at the end of the stream.
        public virtual int ReadByte()
        {
            byte[] oneByteArray = new byte[1];
            int r = Read(oneByteArray, 0, 1);
            return r == 0 ? -1 : oneByteArray[0];
        }

        public virtual void WriteByte(byte value)
        {
            Write(new byte[] { value }, 0, 1);
        }

        // Reads exactly count bytes, throwing EndOfStreamException if the stream ends first.
        public void ReadExactly(byte[] buffer, int offset, int count)
        {
            ReadAtLeastCore(buffer, offset, count, count, true);
        }

        public void ReadExactly(byte[] buffer)
        {
            if (buffer == null)
                throw new ArgumentNullException(nameof(buffer));
            ReadAtLeastCore(buffer, 0, buffer.Length, buffer.Length, true);
        }

        // Reads at least minimumBytes (at most buffer.Length) bytes into buffer.
        public int ReadAtLeast(byte[] buffer, int minimumBytes, bool throwOnEndOfStream = true)
        {
            if (buffer == null)
                throw new ArgumentNullException(nameof(buffer));
            if (minimumBytes < 0)
                throw new ArgumentOutOfRangeException(nameof(minimumBytes), minimumBytes, "minimumBytes ('" + minimumBytes.ToString() + "') must be a non-negative value.");
            if (buffer.Length < minimumBytes)
                throw new ArgumentOutOfRangeException(nameof(minimumBytes), minimumBytes, "minimumBytes ('" + minimumBytes.ToString() + "') must be less than or equal to '" + buffer.Length.ToString() + "'.");
            return ReadAtLeastCore(buffer, 0, buffer.Length, minimumBytes, throwOnEndOfStream);
        }

        private int ReadAtLeastCore(byte[] buffer, int offset, int count, int minimumBytes, bool throwOnEndOfStream)
        {
            ValidateBufferArguments(buffer, offset, count);
            int totalRead = 0;
            while (totalRead < minimumBytes)
            {
                int read = Read(buffer, offset + totalRead, count - totalRead);
                if (read == 0)
                {
                    if (throwOnEndOfStream)
                        throw new EndOfStreamException("Unable to read beyond the end of the stream.");
                    return totalRead;
                }
                totalRead += read;
            }
            return totalRead;
        }

        public void CopyTo(Stream destination)
        {
            CopyTo(destination, GetCopyBufferSize());
        }

        public virtual void CopyTo(Stream destination, int bufferSize)
        {
            ValidateCopyToArguments(destination, bufferSize);
            if (!CanRead)
            {
                if (CanWrite)
                    throw new NotSupportedException("Stream does not support reading.");
                throw new ObjectDisposedException(GetType().Name, "Cannot access a closed Stream.");
            }
            byte[] buffer = new byte[bufferSize];
            int bytesRead;
            while ((bytesRead = Read(buffer, 0, buffer.Length)) != 0)
                destination.Write(buffer, 0, bytesRead);
        }

        // The default buffer size, shrunk to what is left of a seekable stream.
        private int GetCopyBufferSize()
        {
            int bufferSize = DefaultCopyBufferSize;
            if (CanSeek)
            {
                long length = Length;
                long position = Position;
                if (length <= position)
                    bufferSize = 1;
                else
                {
                    long remaining = length - position;
                    if (remaining > 0)
                        bufferSize = (int)Math.Min(bufferSize, remaining);
                }
            }
            return bufferSize;
        }

        public virtual void Close()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        public void Dispose()
        {
            Close();
        }

        protected virtual void Dispose(bool disposing)
        {
        }

        public static Stream Synchronized(Stream stream)
        {
            if (stream == null)
                throw new ArgumentNullException(nameof(stream));
            return stream;
        }

        protected static void ValidateBufferArguments(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException(nameof(buffer));
            if (offset < 0)
                throw new ArgumentOutOfRangeException(nameof(offset), "Non-negative number required.");
            if ((uint)count > (uint)(buffer.Length - offset))
                throw new ArgumentOutOfRangeException(nameof(count), "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        protected static void ValidateCopyToArguments(Stream destination, int bufferSize)
        {
            if (destination == null)
                throw new ArgumentNullException(nameof(destination));
            if (bufferSize <= 0)
                throw new ArgumentOutOfRangeException(nameof(bufferSize), bufferSize, "bufferSize ('" + bufferSize.ToString() + "') must be a non-negative and non-zero value.");
            if (!destination.CanWrite)
            {
                if (destination.CanRead)
                    throw new NotSupportedException("Stream does not support writing.");
                throw new ObjectDisposedException(destination.GetType().Name, "Cannot access a closed Stream.");
            }
        }

        // Stream.Null: reads nothing, discards writes.
        private sealed class NullStream : Stream
        {
            public override bool CanRead { get { return true; } }
            public override bool CanSeek { get { return true; } }
            public override bool CanWrite { get { return true; } }
            public override long Length { get { return 0; } }

            public override long Position
            {
                get { return 0; }
                set { }
            }

            public override void Flush() { }

            public override int Read(byte[] buffer, int offset, int count)
            {
                ValidateBufferArguments(buffer, offset, count);
                return 0;
            }

            public override int ReadByte() { return -1; }

            public override void Write(byte[] buffer, int offset, int count)
            {
                ValidateBufferArguments(buffer, offset, count);
            }

            public override void WriteByte(byte value) { }

            public override void CopyTo(Stream destination, int bufferSize)
            {
                ValidateCopyToArguments(destination, bufferSize);
            }

            public override long Seek(long offset, SeekOrigin origin) { return 0; }

            public override void SetLength(long length) { }
        }
    }
}
