// System.Runtime.ExceptionServices.ExceptionDispatchInfo: rethrows a captured exception
// object from another place (another thread, a later await) without losing it. The engine
// records an exception's stack trace only at its first throw, so Throw keeps the original
// trace text.
namespace System.Runtime.ExceptionServices
{
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
            throw _exception;
        }

        public static void Throw(Exception source)
        {
            Capture(source).Throw();
        }
    }
}
