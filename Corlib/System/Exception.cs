// System.Exception: base class of all exceptions.
using System.Runtime.CompilerServices;

namespace System
{
    public class Exception
    {
        private string _message;
        private Exception _innerException;
        // The frames the exception left, recorded by the engine as it unwinds: a chain of
        // segments (one per throw, rethrow or ExceptionDispatchInfo.Throw), formatted in .NET's
        // format into _stackTraceString when first read. Appending a segment costs only its own
        // frames, however long the trace already is.
#pragma warning disable 649
        private object _stackTraceSegments;
        private string _stackTraceString;
        // Set by ExceptionDispatchInfo.Throw: the engine appends the frames of the next throw
        // to the trace (after "--- End of stack trace from previous location ---").
        internal bool _appendStackTrace;
#pragma warning restore 649

        public Exception()
        {
        }

        public Exception(string message)
        {
            _message = message;
        }

        public Exception(string message, Exception innerException)
        {
            _message = message;
            _innerException = innerException;
        }

        public virtual string Message
        {
            get { return _message ?? "Exception of type '" + GetClassName() + "' was thrown."; }
        }

        public Exception InnerException
        {
            get { return _innerException; }
        }

        // The innermost exception of the InnerException chain.
        public virtual Exception GetBaseException()
        {
            Exception inner = InnerException;
            Exception back = this;
            while (inner != null)
            {
                back = inner;
                inner = inner.InnerException;
            }
            return back;
        }

        public int HResult { get; set; }

        private System.Collections.IDictionary _data;

        public virtual System.Collections.IDictionary Data
        {
            get
            {
                if (_data == null)
                    _data = new System.Collections.Hashtable();
                return _data;
            }
        }

        public virtual string Source { get; set; }

        public virtual string HelpLink { get; set; }

        // The frames between the throw point and the catching frame, one per line,
        // or null if the exception has not been thrown.
        public virtual string StackTrace
        {
            get
            {
                if (_stackTraceString == null && _stackTraceSegments != null)
                    _stackTraceString = FormatStackTrace(_stackTraceSegments);
                return _stackTraceString;
            }
        }

        internal bool HasStackTrace
        {
            get { return _stackTraceSegments != null || _stackTraceString != null; }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string FormatStackTrace(object segments);

        public override string ToString()
        {
            string s = GetClassName();
            string message = Message;
            if (!string.IsNullOrEmpty(message))
                s = s + ": " + message;
            if (_innerException != null)
                s = s + " ---> " + _innerException.ToString() + "\n   --- End of inner exception stack trace ---";
            string stackTrace = StackTrace;
            if (stackTrace != null)
                s = s + "\n" + stackTrace;
            return s;
        }

        private string GetClassName()
        {
            return GetType().ToString();
        }
    }
}
