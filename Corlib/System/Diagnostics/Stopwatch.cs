// System.Diagnostics.Stopwatch: measures elapsed time with the engine's monotonic clock.
// Timestamps are nanoseconds, so Frequency is 1_000_000_000 and ElapsedTicks (which is in
// timestamp units, not TimeSpan ticks) counts nanoseconds.
using System.Runtime.CompilerServices;

namespace System.Diagnostics
{
    public class Stopwatch
    {
        public static readonly long Frequency = 1000000000;
        public static readonly bool IsHighResolution = true;

        // TimeSpan ticks are 100 ns: one TimeSpan tick per 100 timestamp units.
        private const long TimestampUnitsPerTick = 100;

        private long _elapsed;
        private long _startTimeStamp;
        private bool _isRunning;

        public Stopwatch()
        {
            Reset();
        }

        public static Stopwatch StartNew()
        {
            Stopwatch s = new Stopwatch();
            s.Start();
            return s;
        }

        public void Start()
        {
            // Calling Start on a running Stopwatch is a no-op.
            if (!_isRunning)
            {
                _startTimeStamp = GetTimestamp();
                _isRunning = true;
            }
        }

        public void Stop()
        {
            // Calling Stop on a stopped Stopwatch is a no-op.
            if (_isRunning)
            {
                long endTimeStamp = GetTimestamp();
                _elapsed += endTimeStamp - _startTimeStamp;
                _isRunning = false;
                if (_elapsed < 0)
                    _elapsed = 0;
            }
        }

        public void Reset()
        {
            _elapsed = 0;
            _isRunning = false;
            _startTimeStamp = 0;
        }

        public void Restart()
        {
            _elapsed = 0;
            _startTimeStamp = GetTimestamp();
            _isRunning = true;
        }

        public bool IsRunning
        {
            get { return _isRunning; }
        }

        public TimeSpan Elapsed
        {
            get { return new TimeSpan(GetRawElapsedTicks() / TimestampUnitsPerTick); }
        }

        public long ElapsedMilliseconds
        {
            get { return GetRawElapsedTicks() / TimestampUnitsPerTick / TimeSpan.TicksPerMillisecond; }
        }

        // In timestamp units (nanoseconds), like .NET's ElapsedTicks.
        public long ElapsedTicks
        {
            get { return GetRawElapsedTicks(); }
        }

        public static long GetTimestamp()
        {
            return GetTimestampNanoseconds();
        }

        public static TimeSpan GetElapsedTime(long startingTimestamp)
        {
            return GetElapsedTime(startingTimestamp, GetTimestamp());
        }

        public static TimeSpan GetElapsedTime(long startingTimestamp, long endingTimestamp)
        {
            return new TimeSpan((endingTimestamp - startingTimestamp) / TimestampUnitsPerTick);
        }

        public override string ToString()
        {
            return Elapsed.ToString();
        }

        // Elapsed timestamp units, including the current period when running.
        private long GetRawElapsedTicks()
        {
            long timeElapsed = _elapsed;
            if (_isRunning)
                timeElapsed += GetTimestamp() - _startTimeStamp;
            return timeElapsed;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long GetTimestampNanoseconds();
    }
}
