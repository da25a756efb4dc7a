// System.IO.TextWriter: a writer of characters. Every overload funnels into Write(char),
// Write(string) or Write(char[], int, int), which subclasses override.
using System.Globalization;
using System.Text;

namespace System.IO
{
    public abstract class TextWriter : IDisposable
    {
        public static readonly TextWriter Null = new NullTextWriter();

        protected char[] CoreNewLine = new char[] { '\n' };

        private readonly IFormatProvider _internalFormatProvider;

        protected TextWriter()
        {
        }

        protected TextWriter(IFormatProvider formatProvider)
        {
            _internalFormatProvider = formatProvider;
        }

        public virtual string NewLine
        {
            get { return new string(CoreNewLine); }
            set { CoreNewLine = (value ?? "\n").ToCharArray(); }
        }

        // The provider given to the constructor, or else the current culture.
        public virtual IFormatProvider FormatProvider
        {
            get { return _internalFormatProvider ?? CultureInfo.CurrentCulture; }
        }

        public abstract Encoding Encoding { get; }

        public virtual void Write(char value)
        {
        }

        public virtual void Write(char[] buffer)
        {
            if (buffer != null)
                Write(buffer, 0, buffer.Length);
        }

        public virtual void Write(char[] buffer, int index, int count)
        {
            if (buffer == null)
                throw new ArgumentNullException("buffer");
            for (int i = 0; i < count; i++)
                Write(buffer[index + i]);
        }

        public virtual void Write(string value)
        {
            if (value != null)
                for (int i = 0; i < value.Length; i++)
                    Write(value[i]);
        }

        public virtual void Write(bool value) { Write(value ? "True" : "False"); }
        public virtual void Write(int value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(uint value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(long value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(ulong value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(float value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(double value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(decimal value) { Write(value.ToString(FormatProvider)); }

        public virtual void Write(object value)
        {
            if (value != null)
            {
                IFormattable f = value as IFormattable;
                Write(f != null ? f.ToString(null, FormatProvider) : value.ToString());
            }
        }

        public virtual void Write(string format, object arg0) { Write(string.Format(FormatProvider, format, arg0)); }
        public virtual void Write(string format, object arg0, object arg1) { Write(string.Format(FormatProvider, format, arg0, arg1)); }
        public virtual void Write(string format, object arg0, object arg1, object arg2) { Write(string.Format(FormatProvider, format, arg0, arg1, arg2)); }
        public virtual void Write(string format, params object[] arg) { Write(string.Format(FormatProvider, format, arg)); }

        public virtual void WriteLine() { Write(CoreNewLine); }
        public virtual void WriteLine(char value) { Write(value); WriteLine(); }
        public virtual void WriteLine(char[] buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(char[] buffer, int index, int count) { Write(buffer, index, count); WriteLine(); }
        public virtual void WriteLine(string value) { Write(value); WriteLine(); }
        public virtual void WriteLine(bool value) { Write(value); WriteLine(); }
        public virtual void WriteLine(int value) { Write(value); WriteLine(); }
        public virtual void WriteLine(uint value) { Write(value); WriteLine(); }
        public virtual void WriteLine(long value) { Write(value); WriteLine(); }
        public virtual void WriteLine(ulong value) { Write(value); WriteLine(); }
        public virtual void WriteLine(float value) { Write(value); WriteLine(); }
        public virtual void WriteLine(double value) { Write(value); WriteLine(); }
        public virtual void WriteLine(decimal value) { Write(value); WriteLine(); }
        public virtual void WriteLine(object value) { Write(value); WriteLine(); }
        public virtual void WriteLine(string format, object arg0) { WriteLine(string.Format(FormatProvider, format, arg0)); }
        public virtual void WriteLine(string format, object arg0, object arg1) { WriteLine(string.Format(FormatProvider, format, arg0, arg1)); }
        public virtual void WriteLine(string format, object arg0, object arg1, object arg2) { WriteLine(string.Format(FormatProvider, format, arg0, arg1, arg2)); }
        public virtual void WriteLine(string format, params object[] arg) { WriteLine(string.Format(FormatProvider, format, arg)); }

        public virtual void Flush()
        {
        }

        public virtual void Close()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
        }

        public void Dispose()
        {
            Dispose(true);
        }

        public static TextWriter Synchronized(TextWriter writer)
        {
            if (writer == null)
                throw new ArgumentNullException("writer");
            return writer;
        }

        private sealed class NullTextWriter : TextWriter
        {
            public override Encoding Encoding { get { return Encoding.UTF8; } }
            public override void Write(char value) { }
            public override void Write(string value) { }
            public override void Write(char[] buffer, int index, int count) { }
        }
    }
}
