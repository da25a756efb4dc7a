// System.Threading.SpinWait: spin-then-yield waiting. With green threads on one OS thread,
// spinning cannot observe progress by others, so every spin yields.
namespace System.Threading
{
    public struct SpinWait
    {
        internal const int YieldThreshold = 10;
        private int _count;

        public int Count
        {
            get { return _count; }
        }

        public bool NextSpinWillYield
        {
            get { return true; }
        }

        public void SpinOnce()
        {
            GreenThreads.Yield();
            _count = _count == int.MaxValue ? YieldThreshold : _count + 1;
        }

        public void SpinOnce(int sleep1Threshold)
        {
            if (sleep1Threshold < -1)
                throw new ArgumentOutOfRangeException("sleep1Threshold", sleep1Threshold, "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            SpinOnce();
        }

        public void Reset()
        {
            _count = 0;
        }

        public static void SpinUntil(Func<bool> condition)
        {
            SpinUntil(condition, Timeout.Infinite);
        }

        public static bool SpinUntil(Func<bool> condition, TimeSpan timeout)
        {
            return SpinUntil(condition, Thread.ToTimeoutMilliseconds(timeout, "timeout"));
        }

        public static bool SpinUntil(Func<bool> condition, int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            if (condition == null)
                throw new ArgumentNullException("condition", "The condition argument is null.");
            long deadline = Thread.Deadline(millisecondsTimeout);
            var spinner = new SpinWait();
            while (!condition())
            {
                if (millisecondsTimeout == 0 || Thread.Remaining(deadline) == 0)
                    return false;
                spinner.SpinOnce();
            }
            return true;
        }
    }
}
