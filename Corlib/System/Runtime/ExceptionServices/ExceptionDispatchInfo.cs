// System.Runtime.ExceptionServices.ExceptionDispatchInfo: rethrows a captured exception
// object from another place (another thread, a later await) without losing it. The engine
// records an exception's stack trace at its first throw; Throw marks it so that the frames of
// this throw are appended after "--- End of stack trace from previous location ---", as .NET
// prints awaited exceptions.
namespace System.Runtime.ExceptionServices
{
    [System.Diagnostics.StackTraceHidden]
    public sealed class ExceptionDispatchInfo
    {
        private readonly Exception _exception;

        private ExceptionDispatchInfo(Exception exception)
        {
            _exception = exception;
        }

        public static ExceptionDispatchInfo Capture(Exception source)
        {
            if (source == null)
                throw new ArgumentNullException("source");
            return new ExceptionDispatchInfo(source);
        }

        public Exception SourceException
        {
            get { return _exception; }
        }

        public void Throw()
        {
            if (_exception.HasStackTrace)
                _exception._appendStackTrace = true;
            throw _exception;
        }

        public static void Throw(Exception source)
        {
            Capture(source).Throw();
        }
    }
}
