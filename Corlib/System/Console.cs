// System.Console: standard input, output and error. Output goes through Console.Out, a
// TextWriter the program can replace with SetOut; the default writers hand whole strings
// to the runtime, which buffers them.
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    public static class Console
    {
        private static TextWriter s_out;
        private static TextWriter s_error;

        // Writes to standard output (stream 1) or standard error (stream 2).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalWrite(string value, int stream);

        // A line from standard input without its terminator, or null at end of input.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string ReadLine();

        public static TextWriter Out
        {
            get
            {
                if (s_out == null)
                    s_out = new ConsoleWriter(1);
                return s_out;
            }
        }

        public static TextWriter Error
        {
            get
            {
                if (s_error == null)
                    s_error = new ConsoleWriter(2);
                return s_error;
            }
        }

        public static void SetOut(TextWriter newOut)
        {
            if (newOut == null)
                throw new ArgumentNullException("newOut");
            s_out = newOut;
        }

        public static void SetError(TextWriter newError)
        {
            if (newError == null)
                throw new ArgumentNullException("newError");
            s_error = newError;
        }

        public static void WriteLine() { Out.WriteLine(); }
        public static void WriteLine(bool value) { Out.WriteLine(value); }
        public static void WriteLine(char value) { Out.WriteLine(value); }
        public static void WriteLine(char[] buffer) { Out.WriteLine(buffer); }
        public static void WriteLine(char[] buffer, int index, int count) { Out.WriteLine(buffer, index, count); }
        public static void WriteLine(decimal value) { Out.WriteLine(value); }
        public static void WriteLine(double value) { Out.WriteLine(value); }
        public static void WriteLine(float value) { Out.WriteLine(value); }
        public static void WriteLine(int value) { Out.WriteLine(value); }
        public static void WriteLine(uint value) { Out.WriteLine(value); }
        public static void WriteLine(long value) { Out.WriteLine(value); }
        public static void WriteLine(ulong value) { Out.WriteLine(value); }
        public static void WriteLine(object value) { Out.WriteLine(value); }
        public static void WriteLine(string value) { Out.WriteLine(value); }
        public static void WriteLine(string format, object arg0) { Out.WriteLine(format, arg0); }
        public static void WriteLine(string format, object arg0, object arg1) { Out.WriteLine(format, arg0, arg1); }
        public static void WriteLine(string format, object arg0, object arg1, object arg2) { Out.WriteLine(format, arg0, arg1, arg2); }
        public static void WriteLine(string format, params object[] arg) { Out.WriteLine(format, arg); }

        public static void Write(bool value) { Out.Write(value); }
        public static void Write(char value) { Out.Write(value); }
        public static void Write(char[] buffer) { Out.Write(buffer); }
        public static void Write(char[] buffer, int index, int count) { Out.Write(buffer, index, count); }
        public static void Write(decimal value) { Out.Write(value); }
        public static void Write(double value) { Out.Write(value); }
        public static void Write(float value) { Out.Write(value); }
        public static void Write(int value) { Out.Write(value); }
        public static void Write(uint value) { Out.Write(value); }
        public static void Write(long value) { Out.Write(value); }
        public static void Write(ulong value) { Out.Write(value); }
        public static void Write(object value) { Out.Write(value); }
        public static void Write(string value) { Out.Write(value); }
        public static void Write(string format, object arg0) { Out.Write(format, arg0); }
        public static void Write(string format, object arg0, object arg1) { Out.Write(format, arg0, arg1); }
        public static void Write(string format, object arg0, object arg1, object arg2) { Out.Write(format, arg0, arg1, arg2); }
        public static void Write(string format, params object[] arg) { Out.Write(format, arg); }

        // The default writers: strings go straight to the runtime, characters one by one.
        private sealed class ConsoleWriter : TextWriter
        {
            private readonly int _stream;

            internal ConsoleWriter(int stream)
            {
                _stream = stream;
            }

            public override Encoding Encoding
            {
                get { return Encoding.UTF8; }
            }

            public override void Write(char value)
            {
                InternalWrite(new string(value, 1), _stream);
            }

            public override void Write(string value)
            {
                if (value != null)
                    InternalWrite(value, _stream);
            }

            public override void Write(char[] buffer, int index, int count)
            {
                InternalWrite(new string(buffer, index, count), _stream);
            }

            public override void WriteLine(string value)
            {
                InternalWrite(value == null ? "\n" : value + "\n", _stream);
            }
        }
    }
}
