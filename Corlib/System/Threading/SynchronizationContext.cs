// System.Threading.SynchronizationContext: where posted work runs. The base class posts to
// the thread pool and sends inline; UI-style contexts override Post/Send. Current is per thread.
namespace System.Threading
{
    public delegate void SendOrPostCallback(object state);

    public class SynchronizationContext
    {
        private bool _waitNotificationRequired;

        public SynchronizationContext()
        {
        }

        public static SynchronizationContext Current
        {
            get { return Thread.CurrentThread._synchronizationContext; }
        }

        public static void SetSynchronizationContext(SynchronizationContext syncContext)
        {
            Thread.CurrentThread._synchronizationContext = syncContext;
        }

        public virtual void Send(SendOrPostCallback d, object state)
        {
            d(state);
        }

        public virtual void Post(SendOrPostCallback d, object state)
        {
            ThreadPool.QueueUserWorkItem(s_postCallback, new PostItem(d, state));
        }

        private sealed class PostItem
        {
            internal readonly SendOrPostCallback Callback;
            internal readonly object State;

            internal PostItem(SendOrPostCallback callback, object state)
            {
                Callback = callback;
                State = state;
            }
        }

        private static readonly WaitCallback s_postCallback = s =>
        {
            var item = (PostItem)s;
            item.Callback(item.State);
        };

        public virtual SynchronizationContext CreateCopy()
        {
            return new SynchronizationContext();
        }

        public virtual void OperationStarted()
        {
        }

        public virtual void OperationCompleted()
        {
        }

        public bool IsWaitNotificationRequired()
        {
            return _waitNotificationRequired;
        }

        protected void SetWaitNotificationRequired()
        {
            _waitNotificationRequired = true;
        }
    }
}
