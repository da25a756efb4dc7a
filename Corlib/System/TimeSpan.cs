// System.TimeSpan: a time interval, as a signed count of 100-nanosecond ticks.
// Formatting is in TimeSpanFormat.cs, parsing in TimeSpanParse.cs.
using System.Globalization;

namespace System
{
    public struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long NanosecondsPerTick = 100;
        public const long TicksPerMicrosecond = 10;
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = TicksPerMillisecond * 1000;
        public const long TicksPerMinute = TicksPerSecond * 60;
        public const long TicksPerHour = TicksPerMinute * 60;
        public const long TicksPerDay = TicksPerHour * 24;

        internal const long MaxSeconds = long.MaxValue / TicksPerSecond;
        internal const long MinSeconds = long.MinValue / TicksPerSecond;
        internal const long MaxMilliSeconds = long.MaxValue / TicksPerMillisecond;
        internal const long MinMilliSeconds = long.MinValue / TicksPerMillisecond;

        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

        internal readonly long _ticks;

        public TimeSpan(long ticks)
        {
            _ticks = ticks;
        }

        public TimeSpan(int hours, int minutes, int seconds)
        {
            _ticks = TimeToTicks(hours, minutes, seconds);
        }

        public TimeSpan(int days, int hours, int minutes, int seconds)
            : this(days, hours, minutes, seconds, 0)
        {
        }

        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds)
            : this(days, hours, minutes, seconds, milliseconds, 0)
        {
        }

        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds, int microseconds)
        {
            // With int components the millisecond total cannot overflow a long.
            long totalMilliseconds = ((long)days * 3600 * 24 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds;
            if (totalMilliseconds > MaxMilliSeconds || totalMilliseconds < MinMilliSeconds)
                throw new ArgumentOutOfRangeException(null, TooLong);
            long ticks = totalMilliseconds * TicksPerMillisecond;
            long result = ticks + (long)microseconds * TicksPerMicrosecond;
            if (((ticks ^ result) & ((long)microseconds ^ result)) < 0)
                throw new ArgumentOutOfRangeException(null, TooLong);
            _ticks = result;
        }

        public long Ticks
        {
            get { return _ticks; }
        }

        public int Days
        {
            get { return (int)(_ticks / TicksPerDay); }
        }

        public int Hours
        {
            get { return (int)(_ticks / TicksPerHour % 24); }
        }

        public int Minutes
        {
            get { return (int)(_ticks / TicksPerMinute % 60); }
        }

        public int Seconds
        {
            get { return (int)(_ticks / TicksPerSecond % 60); }
        }

        public int Milliseconds
        {
            get { return (int)(_ticks / TicksPerMillisecond % 1000); }
        }

        public int Microseconds
        {
            get { return (int)(_ticks / TicksPerMicrosecond % 1000); }
        }

        public int Nanoseconds
        {
            get { return (int)(_ticks % TicksPerMicrosecond * 100); }
        }

        public double TotalDays
        {
            get { return (double)_ticks / TicksPerDay; }
        }

        public double TotalHours
        {
            get { return (double)_ticks / TicksPerHour; }
        }

        public double TotalMinutes
        {
            get { return (double)_ticks / TicksPerMinute; }
        }

        public double TotalSeconds
        {
            get { return (double)_ticks / TicksPerSecond; }
        }

        // Clamped to the whole milliseconds of MaxValue/MinValue, as .NET does.
        public double TotalMilliseconds
        {
            get
            {
                double temp = (double)_ticks / TicksPerMillisecond;
                if (temp > MaxMilliSeconds)
                    return MaxMilliSeconds;
                if (temp < MinMilliSeconds)
                    return MinMilliSeconds;
                return temp;
            }
        }

        public double TotalMicroseconds
        {
            get { return (double)_ticks / TicksPerMicrosecond; }
        }

        public double TotalNanoseconds
        {
            get { return (double)_ticks * NanosecondsPerTick; }
        }

        public TimeSpan Add(TimeSpan ts)
        {
            long result = _ticks + ts._ticks;
            // Overflow if both operands have the same sign and the result's sign differs.
            if ((_ticks >> 63 == ts._ticks >> 63) && (_ticks >> 63 != result >> 63))
                throw new OverflowException(TooLong);
            return new TimeSpan(result);
        }

        public TimeSpan Subtract(TimeSpan ts)
        {
            long result = _ticks - ts._ticks;
            // Overflow if the operands' signs differ and the result's sign differs from the first's.
            if ((_ticks >> 63 != ts._ticks >> 63) && (_ticks >> 63 != result >> 63))
                throw new OverflowException(TooLong);
            return new TimeSpan(result);
        }

        public TimeSpan Multiply(double factor)
        {
            return this * factor;
        }

        public TimeSpan Divide(double divisor)
        {
            return this / divisor;
        }

        public double Divide(TimeSpan ts)
        {
            return this / ts;
        }

        public TimeSpan Duration()
        {
            if (_ticks == MinValue._ticks)
                throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
            return new TimeSpan(_ticks >= 0 ? _ticks : -_ticks);
        }

        public TimeSpan Negate()
        {
            if (_ticks == MinValue._ticks)
                throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-_ticks);
        }

        public static TimeSpan FromDays(double value)
        {
            return Interval(value, TicksPerDay);
        }

        public static TimeSpan FromHours(double value)
        {
            return Interval(value, TicksPerHour);
        }

        public static TimeSpan FromMinutes(double value)
        {
            return Interval(value, TicksPerMinute);
        }

        public static TimeSpan FromSeconds(double value)
        {
            return Interval(value, TicksPerSecond);
        }

        public static TimeSpan FromMilliseconds(double value)
        {
            return Interval(value, TicksPerMillisecond);
        }

        public static TimeSpan FromMicroseconds(double value)
        {
            return Interval(value, TicksPerMicrosecond);
        }

        public static TimeSpan FromTicks(long value)
        {
            return new TimeSpan(value);
        }

        // Modern .NET keeps full tick precision (truncating toward zero); .NET Framework (and
        // Mono) rounded FromX results to whole milliseconds.
        private static TimeSpan Interval(double value, double scale)
        {
            if (double.IsNaN(value))
                throw new ArgumentException(NaN);
            return IntervalFromDoubleTicks(value * scale);
        }

        private static TimeSpan IntervalFromDoubleTicks(double ticks)
        {
            if (ticks > long.MaxValue || ticks < long.MinValue || double.IsNaN(ticks))
                throw new OverflowException(TooLong);
            if (ticks == long.MaxValue)
                return MaxValue;
            return new TimeSpan((long)ticks);
        }

        internal static long TimeToTicks(int hour, int minute, int second)
        {
            // totalSeconds is bounded by 2^31 * 3600 + 2^31 * 60 + 2^31, well within a long.
            long totalSeconds = (long)hour * 3600 + (long)minute * 60 + (long)second;
            if (totalSeconds > MaxSeconds || totalSeconds < MinSeconds)
                throw new ArgumentOutOfRangeException(null, TooLong);
            return totalSeconds * TicksPerSecond;
        }

        // Math.Round(double): to the nearest integer, ties to even.
        private static double RoundToEven(double x)
        {
            // 2^52: from there on every double is an integer (this also passes NaN and infinities).
            if (!(x < 4503599627370496.0 && x > -4503599627370496.0))
                return x;
            double t = (double)(long)x;
            double diff = x - t; // exact
            if (diff > 0.5 || (diff == 0.5 && ((long)t & 1) != 0))
                t += 1.0;
            else if (diff < -0.5 || (diff == -0.5 && ((long)t & 1) != 0))
                t -= 1.0;
            return t;
        }

        public static int Compare(TimeSpan t1, TimeSpan t2)
        {
            if (t1._ticks > t2._ticks)
                return 1;
            if (t1._ticks < t2._ticks)
                return -1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is TimeSpan))
                throw new ArgumentException("Object must be of type TimeSpan.");
            return Compare(this, (TimeSpan)value);
        }

        public int CompareTo(TimeSpan value)
        {
            return Compare(this, value);
        }

        public override bool Equals(object value)
        {
            return value is TimeSpan && _ticks == ((TimeSpan)value)._ticks;
        }

        public bool Equals(TimeSpan obj)
        {
            return _ticks == obj._ticks;
        }

        public static bool Equals(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks == t2._ticks;
        }

        // Int64.GetHashCode of the ticks.
        public override int GetHashCode()
        {
            return unchecked((int)_ticks ^ (int)(_ticks >> 32));
        }

        // The constant ("c") format: [-][d.]hh:mm:ss[.fffffff].
        public override string ToString()
        {
            return TimeSpanFormat.Format(this, null, null);
        }

        public string ToString(string format)
        {
            return TimeSpanFormat.Format(this, format, null);
        }

        public string ToString(string format, IFormatProvider formatProvider)
        {
            return TimeSpanFormat.Format(this, format, formatProvider);
        }

        public static TimeSpan Parse(string s)
        {
            if (s == null)
                throw new ArgumentNullException("input");
            return TimeSpanParse.Parse(s, null);
        }

        public static TimeSpan Parse(string input, IFormatProvider formatProvider)
        {
            if (input == null)
                throw new ArgumentNullException(nameof(input));
            return TimeSpanParse.Parse(input, formatProvider);
        }

        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider)
        {
            return ParseExact(input, format, formatProvider, TimeSpanStyles.None);
        }

        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider, TimeSpanStyles styles)
        {
            TimeSpanParse.ValidateStyles(styles);
            if (input == null)
                throw new ArgumentNullException(nameof(input));
            if (format == null)
                throw new ArgumentNullException(nameof(format));
            return TimeSpanParse.ParseExact(input, format, formatProvider, styles);
        }

        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider)
        {
            return ParseExact(input, formats, formatProvider, TimeSpanStyles.None);
        }

        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider, TimeSpanStyles styles)
        {
            TimeSpanParse.ValidateStyles(styles);
            if (input == null)
                throw new ArgumentNullException(nameof(input));
            return TimeSpanParse.ParseExactMultiple(input, formats, formatProvider, styles);
        }

        public static bool TryParse(string s, out TimeSpan result)
        {
            if (s == null)
            {
                result = default(TimeSpan);
                return false;
            }
            return TimeSpanParse.TryParse(s, null, out result);
        }

        public static bool TryParse(string input, IFormatProvider formatProvider, out TimeSpan result)
        {
            if (input == null)
            {
                result = default(TimeSpan);
                return false;
            }
            return TimeSpanParse.TryParse(input, formatProvider, out result);
        }

        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, out TimeSpan result)
        {
            return TryParseExact(input, format, formatProvider, TimeSpanStyles.None, out result);
        }

        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, TimeSpanStyles styles, out TimeSpan result)
        {
            TimeSpanParse.ValidateStyles(styles);
            if (input == null || format == null)
            {
                result = default(TimeSpan);
                return false;
            }
            return TimeSpanParse.TryParseExact(input, format, formatProvider, styles, out result);
        }

        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, out TimeSpan result)
        {
            return TryParseExact(input, formats, formatProvider, TimeSpanStyles.None, out result);
        }

        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, TimeSpanStyles styles, out TimeSpan result)
        {
            TimeSpanParse.ValidateStyles(styles);
            if (input == null)
            {
                result = default(TimeSpan);
                return false;
            }
            return TimeSpanParse.TryParseExactMultiple(input, formats, formatProvider, styles, out result);
        }

        public static TimeSpan operator -(TimeSpan t)
        {
            if (t._ticks == MinValue._ticks)
                throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-t._ticks);
        }

        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2)
        {
            return t1.Subtract(t2);
        }

        public static TimeSpan operator +(TimeSpan t)
        {
            return t;
        }

        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2)
        {
            return t1.Add(t2);
        }

        // Rounds to the nearest tick (ties to even), like Math.Round.
        public static TimeSpan operator *(TimeSpan timeSpan, double factor)
        {
            if (double.IsNaN(factor))
                throw new ArgumentException(NaN, nameof(factor));
            return IntervalFromDoubleTicks(RoundToEven(timeSpan._ticks * factor));
        }

        public static TimeSpan operator *(double factor, TimeSpan timeSpan)
        {
            return timeSpan * factor;
        }

        public static TimeSpan operator /(TimeSpan timeSpan, double divisor)
        {
            if (double.IsNaN(divisor))
                throw new ArgumentException(NaN, nameof(divisor));
            return IntervalFromDoubleTicks(RoundToEven(timeSpan._ticks / divisor));
        }

        // Infinity for a zero divisor, NaN for Zero / Zero (no exception).
        public static double operator /(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks / (double)t2._ticks;
        }

        public static bool operator ==(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks == t2._ticks;
        }

        public static bool operator !=(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks != t2._ticks;
        }

        public static bool operator <(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks < t2._ticks;
        }

        public static bool operator <=(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks <= t2._ticks;
        }

        public static bool operator >(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks > t2._ticks;
        }

        public static bool operator >=(TimeSpan t1, TimeSpan t2)
        {
            return t1._ticks >= t2._ticks;
        }

        internal const string TooLong = "TimeSpan overflowed because the duration is too long.";
        private const string NaN = "TimeSpan does not accept floating point Not-a-Number values.";
    }
}
