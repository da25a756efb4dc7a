// System.IO.TextReader: a reader of characters. Subclasses override Peek and Read();
// Read(char[], int, int), ReadBlock, ReadLine and ReadToEnd are built on them.
using System.Text;

namespace System.IO
{
    public abstract class TextReader : IDisposable
    {
        public static readonly TextReader Null = new NullTextReader();

        protected TextReader()
        {
        }

        public virtual void Close()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
        }

        // The next character without consuming it, or -1 when there is none.
        public virtual int Peek()
        {
            return -1;
        }

        // The next character, or -1 at the end of the input.
        public virtual int Read()
        {
            return -1;
        }

        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException(nameof(buffer), "Buffer cannot be null.");
            if (index < 0)
                throw new ArgumentOutOfRangeException(nameof(index), "Non-negative number required.");
            if (count < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            if (buffer.Length - index < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int n;
            for (n = 0; n < count; n++)
            {
                int ch = Read();
                if (ch == -1)
                    break;
                buffer[index + n] = (char)ch;
            }
            return n;
        }

        // Reads until count characters were read or the input ends.
        public virtual int ReadBlock(char[] buffer, int index, int count)
        {
            int i, n = 0;
            do
            {
                n += (i = Read(buffer, index + n, count - n));
            } while (i > 0 && n < count);
            return n;
        }

        public virtual string ReadToEnd()
        {
            char[] chars = new char[4096];
            int len;
            StringBuilder sb = new StringBuilder(4096);
            while ((len = Read(chars, 0, chars.Length)) != 0)
                sb.Append(chars, 0, len);
            return sb.ToString();
        }

        // A line without its terminator ("\n", "\r" or "\r\n"), or null at the end of input.
        public virtual string ReadLine()
        {
            StringBuilder sb = new StringBuilder();
            while (true)
            {
                int ch = Read();
                if (ch == -1)
                    break;
                if (ch == '\r' || ch == '\n')
                {
                    if (ch == '\r' && Peek() == '\n')
                        Read();
                    return sb.ToString();
                }
                sb.Append((char)ch);
            }
            if (sb.Length > 0)
                return sb.ToString();
            return null;
        }

        public static TextReader Synchronized(TextReader reader)
        {
            if (reader == null)
                throw new ArgumentNullException(nameof(reader));
            return reader;
        }

        private sealed class NullTextReader : TextReader
        {
            public override int Read(char[] buffer, int index, int count) { return 0; }
            public override string ReadLine() { return null; }
        }
    }
}
