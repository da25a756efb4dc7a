// System.OperationCanceledException: an operation was canceled, optionally carrying the
// CancellationToken that caused it.
using System.Threading;

namespace System
{
    public class OperationCanceledException : SystemException
    {
        private CancellationToken _cancellationToken;

        public CancellationToken CancellationToken
        {
            get { return _cancellationToken; }
            private set { _cancellationToken = value; }
        }

        public OperationCanceledException()
            : base("The operation was canceled.")
        {
        }

        public OperationCanceledException(string message)
            : base(message)
        {
        }

        public OperationCanceledException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public OperationCanceledException(CancellationToken token)
            : this()
        {
            _cancellationToken = token;
        }

        public OperationCanceledException(string message, CancellationToken token)
            : this(message)
        {
            _cancellationToken = token;
        }

        public OperationCanceledException(string message, Exception innerException, CancellationToken token)
            : this(message, innerException)
        {
            _cancellationToken = token;
        }
    }
}
