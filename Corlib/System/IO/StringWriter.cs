// System.IO.StringWriter: a TextWriter into a StringBuilder.
using System.Text;

namespace System.IO
{
    public class StringWriter : TextWriter
    {
        private readonly StringBuilder _sb;

        public StringWriter() : this(new StringBuilder())
        {
        }

        public StringWriter(IFormatProvider formatProvider) : this(new StringBuilder())
        {
        }

        public StringWriter(StringBuilder sb)
        {
            if (sb == null)
                throw new ArgumentNullException("sb");
            _sb = sb;
        }

        public override Encoding Encoding
        {
            get { return Encoding.Unicode; }
        }

        public virtual StringBuilder GetStringBuilder()
        {
            return _sb;
        }

        public override void Write(char value)
        {
            _sb.Append(value);
        }

        public override void Write(string value)
        {
            if (value != null)
                _sb.Append(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            _sb.Append(buffer, index, count);
        }

        public override string ToString()
        {
            return _sb.ToString();
        }
    }
}
