// System.IO.StringWriter: a TextWriter into a StringBuilder. After Dispose (or Close)
// writing throws ObjectDisposedException, but ToString and GetStringBuilder still work.
using System.Globalization;
using System.Text;

namespace System.IO
{
    public class StringWriter : TextWriter
    {
        private static UnicodeEncoding s_encoding;

        private readonly StringBuilder _sb;
        private bool _isOpen;

        public StringWriter()
            : this(new StringBuilder(), CultureInfo.CurrentCulture)
        {
        }

        public StringWriter(IFormatProvider formatProvider)
            : this(new StringBuilder(), formatProvider)
        {
        }

        public StringWriter(StringBuilder sb)
            : this(sb, CultureInfo.CurrentCulture)
        {
        }

        public StringWriter(StringBuilder sb, IFormatProvider formatProvider)
            : base(formatProvider)
        {
            if (sb == null)
                throw new ArgumentNullException(nameof(sb));
            _sb = sb;
            _isOpen = true;
        }

        public override void Close()
        {
            Dispose(true);
        }

        protected override void Dispose(bool disposing)
        {
            _isOpen = false;
            base.Dispose(disposing);
        }

        public override Encoding Encoding
        {
            get { return s_encoding ?? (s_encoding = new UnicodeEncoding(false, false)); }
        }

        public virtual StringBuilder GetStringBuilder()
        {
            return _sb;
        }

        private void EnsureOpen()
        {
            if (!_isOpen)
                throw new ObjectDisposedException(null, "Cannot write to a closed TextWriter.");
        }

        public override void Write(char value)
        {
            EnsureOpen();
            _sb.Append(value);
        }

        public override void Write(string value)
        {
            EnsureOpen();
            if (value != null)
                _sb.Append(value);
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
            EnsureOpen();
            _sb.Append(buffer, index, count);
        }

        public override void WriteLine(string value)
        {
            EnsureOpen();
            if (value != null)
                _sb.Append(value);
            _sb.Append(CoreNewLine);
        }

        public override string ToString()
        {
            return _sb.ToString();
        }
    }
}
