// System.DateTime: a date and time from 0001-01-01 to 9999-12-31, as 100-nanosecond ticks
// plus a DateTimeKind, packed like .NET's into one 64-bit field (ticks in the low 62 bits,
// the kind in the top two).
//
// CILKit has no time zones: local time is UTC. Local values are therefore only UTC values
// labelled Local (ToLocalTime/ToUniversalTime relabel without shifting), and the local
// offset formats as "+00:00".
// Formatting is in DateTimeFormat.cs, parsing in DateTimeParse.cs.
using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    public struct DateTime : IComparable, IComparable<DateTime>, IEquatable<DateTime>, IFormattable, IConvertible
    {
        private const long TicksPerMillisecond = TimeSpan.TicksPerMillisecond;
        private const long TicksPerSecond = TimeSpan.TicksPerSecond;
        private const long TicksPerMinute = TimeSpan.TicksPerMinute;
        private const long TicksPerHour = TimeSpan.TicksPerHour;
        private const long TicksPerDay = TimeSpan.TicksPerDay;
        private const int MillisPerDay = 86400000;

        private const int DaysPerYear = 365;
        private const int DaysPer4Years = DaysPerYear * 4 + 1;       // 1461
        private const int DaysPer100Years = DaysPer4Years * 25 - 1;  // 36524
        private const int DaysPer400Years = DaysPer100Years * 4 + 1; // 146097
        private const int DaysTo1601 = DaysPer400Years * 4;          // 584388
        private const int DaysTo1899 = DaysPer400Years * 4 + DaysPer100Years * 3 - 367; // 693593
        internal const int DaysTo1970 = DaysPer400Years * 4 + DaysPer100Years * 3 + DaysPer4Years * 17 + DaysPerYear; // 719162
        private const int DaysTo10000 = DaysPer400Years * 25 - 366;  // 3652059

        internal const long MinTicks = 0;
        internal const long MaxTicks = DaysTo10000 * TicksPerDay - 1;
        private const long MaxMillis = (long)DaysTo10000 * MillisPerDay;
        private const long UnixEpochTicks = DaysTo1970 * TicksPerDay;
        private const long FileTimeOffset = DaysTo1601 * TicksPerDay;
        private const long DoubleDateOffset = DaysTo1899 * TicksPerDay;
        // The minimum OA date is 0100/01/01 (the maximum is DateTime.MaxValue).
        private const long OADateMinAsTicks = (DaysPer100Years - DaysPerYear) * TicksPerDay;
        private const double OADateMinAsDouble = -657435.0;
        private const double OADateMaxAsDouble = 2958466.0;

        private const ulong TicksMask = 0x3FFFFFFFFFFFFFFF;
        private const ulong FlagsMask = 0xC000000000000000;
        private const ulong KindUnspecified = 0x0000000000000000;
        private const ulong KindUtc = 0x4000000000000000;
        private const ulong KindLocal = 0x8000000000000000;
        private const int KindShift = 62;
        private const long TicksCeiling = 0x4000000000000000;

        private static readonly int[] s_daysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        private static readonly int[] s_daysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };

        public static readonly DateTime MinValue = new DateTime(MinTicks, DateTimeKind.Unspecified);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks, DateTimeKind.Unspecified);
        public static readonly DateTime UnixEpoch = new DateTime(UnixEpochTicks, DateTimeKind.Utc);

        // Ticks in bits 0-61, DateTimeKind in bits 62-63.
        private readonly ulong _dateData;

        public DateTime(long ticks)
        {
            if ((ulong)ticks > MaxTicks)
                throw new ArgumentOutOfRangeException(nameof(ticks), BadTicks);
            _dateData = (ulong)ticks;
        }

        public DateTime(long ticks, DateTimeKind kind)
        {
            if ((ulong)ticks > MaxTicks)
                throw new ArgumentOutOfRangeException(nameof(ticks), BadTicks);
            if ((uint)kind > (uint)DateTimeKind.Local)
                throw new ArgumentException(InvalidKind, nameof(kind));
            _dateData = (ulong)ticks | ((ulong)(uint)kind << KindShift);
        }

        private DateTime(ulong dateData)
        {
            _dateData = dateData;
        }

        public DateTime(int year, int month, int day)
        {
            _dateData = (ulong)DateToTicks(year, month, day);
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second)
        {
            _dateData = (ulong)(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second));
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind)
        {
            if ((uint)kind > (uint)DateTimeKind.Local)
                throw new ArgumentException(InvalidKind, nameof(kind));
            ulong ticks = (ulong)(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second));
            _dateData = ticks | ((ulong)(uint)kind << KindShift);
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond)
            : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified)
        {
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
        {
            if ((uint)millisecond >= 1000)
                throw new ArgumentOutOfRangeException(nameof(millisecond), "Valid values are between 0 and 999, inclusive.");
            if ((uint)kind > (uint)DateTimeKind.Local)
                throw new ArgumentException(InvalidKind, nameof(kind));
            long ticks = DateToTicks(year, month, day) + TimeToTicks(hour, minute, second) + millisecond * TicksPerMillisecond;
            _dateData = (ulong)ticks | ((ulong)(uint)kind << KindShift);
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int microsecond)
            : this(year, month, day, hour, minute, second, millisecond, microsecond, DateTimeKind.Unspecified)
        {
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, int microsecond, DateTimeKind kind)
            : this(year, month, day, hour, minute, second, millisecond, kind)
        {
            if ((uint)microsecond >= 1000)
                throw new ArgumentOutOfRangeException(nameof(microsecond), "Valid values are between 0 and 999, inclusive.");
            _dateData += (ulong)(microsecond * TimeSpan.TicksPerMicrosecond);
        }

        private ulong UTicks
        {
            get { return _dateData & TicksMask; }
        }

        private ulong InternalKind
        {
            get { return _dateData & FlagsMask; }
        }

        public long Ticks
        {
            get { return (long)(_dateData & TicksMask); }
        }

        public DateTimeKind Kind
        {
            get
            {
                ulong kind = InternalKind;
                if (kind == KindUnspecified)
                    return DateTimeKind.Unspecified;
                if (kind == KindUtc)
                    return DateTimeKind.Utc;
                return DateTimeKind.Local;
            }
        }

        public DateTime Date
        {
            get
            {
                ulong ticks = UTicks;
                return new DateTime((ticks - ticks % TicksPerDay) | InternalKind);
            }
        }

        public int Year
        {
            get
            {
                int year, month, day;
                GetDate(out year, out month, out day);
                return year;
            }
        }

        public int Month
        {
            get
            {
                int year, month, day;
                GetDate(out year, out month, out day);
                return month;
            }
        }

        public int Day
        {
            get
            {
                int year, month, day;
                GetDate(out year, out month, out day);
                return day;
            }
        }

        public DayOfWeek DayOfWeek
        {
            // 0001-01-01 was a Monday.
            get { return (DayOfWeek)((int)(UTicks / TicksPerDay + 1) % 7); }
        }

        public int DayOfYear
        {
            get
            {
                int n = (int)(UTicks / TicksPerDay);
                int y400 = n / DaysPer400Years;
                n -= y400 * DaysPer400Years;
                int y100 = n / DaysPer100Years;
                if (y100 == 4)
                    y100 = 3;
                n -= y100 * DaysPer100Years;
                int y4 = n / DaysPer4Years;
                n -= y4 * DaysPer4Years;
                int y1 = n / DaysPerYear;
                if (y1 == 4)
                    y1 = 3;
                return n - y1 * DaysPerYear + 1;
            }
        }

        public int Hour
        {
            get { return (int)(UTicks / TicksPerHour % 24); }
        }

        public int Minute
        {
            get { return (int)(UTicks / TicksPerMinute % 60); }
        }

        public int Second
        {
            get { return (int)(UTicks / TicksPerSecond % 60); }
        }

        public int Millisecond
        {
            get { return (int)(UTicks / TicksPerMillisecond % 1000); }
        }

        public int Microsecond
        {
            get { return (int)(UTicks / TimeSpan.TicksPerMicrosecond % 1000); }
        }

        public int Nanosecond
        {
            get { return (int)(UTicks % TimeSpan.TicksPerMicrosecond) * 100; }
        }

        public TimeSpan TimeOfDay
        {
            get { return new TimeSpan((long)(UTicks % TicksPerDay)); }
        }

        // The current time, from the engine's wall clock (UTC ticks since 0001-01-01).
        public static DateTime UtcNow
        {
            get { return new DateTime((ulong)GetSystemTimeAsTicks() | KindUtc); }
        }

        // Local time is UTC in CILKit.
        public static DateTime Now
        {
            get { return new DateTime((ulong)GetSystemTimeAsTicks() | KindLocal); }
        }

        public static DateTime Today
        {
            get { return Now.Date; }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long GetSystemTimeAsTicks();

        // The year, month and day of this date (the classic 400/100/4/1-year decomposition).
        internal void GetDate(out int year, out int month, out int day)
        {
            int n = (int)(UTicks / TicksPerDay);
            int y400 = n / DaysPer400Years;
            n -= y400 * DaysPer400Years;
            int y100 = n / DaysPer100Years;
            if (y100 == 4)
                y100 = 3; // the last day of a 400-year cycle
            n -= y100 * DaysPer100Years;
            int y4 = n / DaysPer4Years;
            n -= y4 * DaysPer4Years;
            int y1 = n / DaysPerYear;
            if (y1 == 4)
                y1 = 3; // the last day of a leap year
            year = y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
            n -= y1 * DaysPerYear;
            // n is now the zero-based day of the year.
            bool leapYear = y1 == 3 && (y4 != 24 || y100 == 3);
            int[] days = leapYear ? s_daysToMonth366 : s_daysToMonth365;
            int m = (n >> 5) + 1; // an estimate that is at most one month low
            while (n >= days[m])
                m++;
            month = m;
            day = n - days[m - 1] + 1;
        }

        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999)
                throw new ArgumentOutOfRangeException(nameof(year), "Year must be between 1 and 9999.");
            return (year & 3) == 0 && ((year % 100) != 0 || (year % 400) == 0);
        }

        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12)
                throw new ArgumentOutOfRangeException(nameof(month), "Month must be between one and twelve.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            return days[month] - days[month - 1];
        }

        private static long DateToTicks(int year, int month, int day)
        {
            long ticks;
            if (!TryDateToTicks(year, month, day, out ticks))
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            return ticks;
        }

        internal static bool TryDateToTicks(int year, int month, int day, out long ticks)
        {
            ticks = 0;
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
                return false;
            int[] days = ((year & 3) == 0 && ((year % 100) != 0 || (year % 400) == 0)) ? s_daysToMonth366 : s_daysToMonth365;
            if (day > days[month] - days[month - 1])
                return false;
            int y = year - 1;
            int n = y * 365 + y / 4 - y / 100 + y / 400 + days[month - 1] + day - 1;
            ticks = n * TicksPerDay;
            return true;
        }

        private static long TimeToTicks(int hour, int minute, int second)
        {
            long ticks;
            if (!TryTimeToTicks(hour, minute, second, out ticks))
                throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            return ticks;
        }

        internal static bool TryTimeToTicks(int hour, int minute, int second, out long ticks)
        {
            ticks = 0;
            if ((uint)hour >= 24 || (uint)minute >= 60 || (uint)second >= 60)
                return false;
            ticks = (hour * 3600L + minute * 60L + second) * TicksPerSecond;
            return true;
        }

        public DateTime Add(TimeSpan value)
        {
            return AddTicks(value._ticks);
        }

        // AddDays and friends keep full tick precision like modern .NET: the integral part is
        // scaled exactly and the fractional part truncated to ticks. (.NET Framework and Mono
        // round the whole value to milliseconds instead.)
        private DateTime AddUnits(double value, long maxUnitCount, long ticksPerUnit)
        {
            if (!(value <= maxUnitCount && value >= -maxUnitCount))
                throw new ArgumentOutOfRangeException(nameof(value), "Value to add was out of range.");
            double integralPart = (double)(long)value; // Math.Truncate: |value| < 2^63 here
            double fractionalPart = value - integralPart;
            long ticks = (long)integralPart * ticksPerUnit;
            ticks += (long)(fractionalPart * ticksPerUnit);
            return AddTicks(ticks);
        }

        public DateTime AddDays(double value)
        {
            return AddUnits(value, MaxTicks / TicksPerDay, TicksPerDay);
        }

        public DateTime AddHours(double value)
        {
            return AddUnits(value, MaxTicks / TicksPerHour, TicksPerHour);
        }

        public DateTime AddMinutes(double value)
        {
            return AddUnits(value, MaxTicks / TicksPerMinute, TicksPerMinute);
        }

        public DateTime AddSeconds(double value)
        {
            return AddUnits(value, MaxTicks / TicksPerSecond, TicksPerSecond);
        }

        public DateTime AddMilliseconds(double value)
        {
            return AddUnits(value, MaxTicks / TicksPerMillisecond, TicksPerMillisecond);
        }

        public DateTime AddMicroseconds(double value)
        {
            return AddUnits(value, MaxTicks / TimeSpan.TicksPerMicrosecond, TimeSpan.TicksPerMicrosecond);
        }

        public DateTime AddTicks(long value)
        {
            ulong ticks = (ulong)(Ticks + value);
            if (ticks > MaxTicks)
                throw new ArgumentOutOfRangeException(nameof(value), DateArithmetic);
            return new DateTime(ticks | InternalKind);
        }

        // Adds whole months; a day past the end of the target month is clamped to its last
        // day (Jan 31 + 1 month = Feb 28 or 29). The time of day is kept.
        public DateTime AddMonths(int months)
        {
            if (months < -120000 || months > 120000)
                throw new ArgumentOutOfRangeException(nameof(months), "Months value must be between +/-120000.");
            int year, month, day;
            GetDate(out year, out month, out day);
            int y = year;
            int d = day;
            int m = month + months;
            int q = m > 0 ? (int)((uint)(m - 1) / 12) : m / 12 - 1;
            y += q;
            m -= q * 12;
            if (y < 1 || y > 9999)
                throw new ArgumentOutOfRangeException(nameof(months), DateArithmetic);
            int[] daysTo = IsLeapYear(y) ? s_daysToMonth366 : s_daysToMonth365;
            int daysInMonth = daysTo[m] - daysTo[m - 1];
            if (d > daysInMonth)
                d = daysInMonth;
            long ticks = DateToTicks(y, m, d);
            return new DateTime((ulong)ticks + UTicks % TicksPerDay | InternalKind);
        }

        // Adds whole years; Feb 29 becomes Feb 28 in a non-leap year.
        public DateTime AddYears(int value)
        {
            if (value < -10000 || value > 10000)
                throw new ArgumentOutOfRangeException(nameof(value), "Years value must be between +/-10000.");
            int year, month, day;
            GetDate(out year, out month, out day);
            int y = year + value;
            if (y < 1 || y > 9999)
                throw new ArgumentOutOfRangeException(nameof(value), DateArithmetic);
            if (month == 2 && day == 29 && !IsLeapYear(y))
                day = 28;
            long ticks = DateToTicks(y, month, day);
            return new DateTime((ulong)ticks + UTicks % TicksPerDay | InternalKind);
        }

        public TimeSpan Subtract(DateTime value)
        {
            return new TimeSpan(Ticks - value.Ticks);
        }

        public DateTime Subtract(TimeSpan value)
        {
            ulong ticks = (ulong)(Ticks - value._ticks);
            if (ticks > MaxTicks)
                throw new ArgumentOutOfRangeException(nameof(value), DateArithmetic);
            return new DateTime(ticks | InternalKind);
        }

        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind)
        {
            if ((uint)kind > (uint)DateTimeKind.Local)
                throw new ArgumentException(InvalidKind, nameof(kind));
            return new DateTime(value.UTicks | ((ulong)(uint)kind << KindShift));
        }

        // Local time is UTC: converting only changes the Kind.
        public DateTime ToLocalTime()
        {
            if (InternalKind == KindLocal)
                return this;
            return new DateTime(UTicks | KindLocal);
        }

        public DateTime ToUniversalTime()
        {
            if (InternalKind == KindUtc)
                return this;
            return new DateTime(UTicks | KindUtc);
        }

        public bool IsDaylightSavingTime()
        {
            return false;
        }

        // Utc and Unspecified values serialize as ticks | kind << 62; Local values store the
        // ticks converted to UTC (the same ticks here).
        public long ToBinary()
        {
            return (long)_dateData;
        }

        public static DateTime FromBinary(long dateData)
        {
            if ((dateData & unchecked((long)KindLocal)) != 0)
            {
                // Local values store UTC ticks (the same ticks here); ticks that went below
                // zero when the offset was subtracted are stored at the top of the range.
                long ticks = dateData & (long)TicksMask;
                if (ticks > TicksCeiling - TicksPerDay)
                    ticks -= TicksCeiling;
                if (ticks < 0)
                    ticks += TicksPerDay;
                if ((ulong)ticks > MaxTicks)
                    throw new ArgumentException(BadBinaryData, nameof(dateData));
                return new DateTime((ulong)ticks | KindLocal);
            }
            if (((ulong)dateData & TicksMask) > MaxTicks)
                throw new ArgumentException(BadBinaryData, nameof(dateData));
            return new DateTime((ulong)dateData);
        }

        public static DateTime FromFileTime(long fileTime)
        {
            return FromFileTimeUtc(fileTime).ToLocalTime();
        }

        public static DateTime FromFileTimeUtc(long fileTime)
        {
            if ((ulong)fileTime > MaxTicks - FileTimeOffset)
                throw new ArgumentOutOfRangeException(nameof(fileTime), FileTimeInvalid);
            return new DateTime((ulong)(fileTime + FileTimeOffset) | KindUtc);
        }

        public long ToFileTime()
        {
            return ToUniversalTime().ToFileTimeUtc();
        }

        public long ToFileTimeUtc()
        {
            long ticks = Ticks - FileTimeOffset;
            if (ticks < 0)
                throw new ArgumentOutOfRangeException(null, FileTimeInvalid);
            return ticks;
        }

        // OLE Automation dates: days since 1899-12-30 as a double, where the fraction is the
        // time of day even for negative values (-1.25 is 1899-12-29 06:00).
        public static DateTime FromOADate(double d)
        {
            if (!(d < OADateMaxAsDouble) || !(d > OADateMinAsDouble))
                throw new ArgumentException("Not a legal OleAut date.");
            long millis = (long)(d * MillisPerDay + (d >= 0 ? 0.5 : -0.5));
            if (millis < 0)
                millis -= (millis % MillisPerDay) * 2;
            millis += DoubleDateOffset / TicksPerMillisecond;
            if (millis < 0 || millis >= MaxMillis)
                throw new ArgumentException("OleAut date did not convert to a DateTime correctly.");
            return new DateTime((ulong)(millis * TicksPerMillisecond));
        }

        public double ToOADate()
        {
            long value = Ticks;
            if (value == 0)
                return 0.0;
            // Times of day alone (before 0001-01-02) count from 1899-12-30.
            if (value < TicksPerDay)
                value += DoubleDateOffset;
            if (value < OADateMinAsTicks)
                throw new OverflowException("Not a legal OleAut date.");
            long millis = (value - DoubleDateOffset) / TicksPerMillisecond;
            if (millis < 0)
            {
                long frac = millis % MillisPerDay;
                if (frac != 0)
                    millis -= (MillisPerDay + frac) * 2;
            }
            return (double)millis / MillisPerDay;
        }

        public static int Compare(DateTime t1, DateTime t2)
        {
            long ticks1 = t1.Ticks;
            long ticks2 = t2.Ticks;
            if (ticks1 > ticks2)
                return 1;
            if (ticks1 < ticks2)
                return -1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null)
                return 1;
            if (!(value is DateTime))
                throw new ArgumentException("Object must be of type DateTime.");
            return Compare(this, (DateTime)value);
        }

        public int CompareTo(DateTime value)
        {
            return Compare(this, value);
        }

        // Equality compares the ticks only, not the Kind.
        public override bool Equals(object value)
        {
            return value is DateTime && Ticks == ((DateTime)value).Ticks;
        }

        public bool Equals(DateTime value)
        {
            return Ticks == value.Ticks;
        }

        public static bool Equals(DateTime t1, DateTime t2)
        {
            return t1.Ticks == t2.Ticks;
        }

        public override int GetHashCode()
        {
            long ticks = Ticks;
            return unchecked((int)ticks ^ (int)(ticks >> 32));
        }

        // "MM/dd/yyyy HH:mm:ss" (InvariantCulture's "G").
        public override string ToString()
        {
            return DateTimeFormat.Format(this, null, null);
        }

        public string ToString(string format)
        {
            return DateTimeFormat.Format(this, format, null);
        }

        public string ToString(IFormatProvider provider)
        {
            return DateTimeFormat.Format(this, null, provider);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return DateTimeFormat.Format(this, format, provider);
        }

        public string ToLongDateString()
        {
            return DateTimeFormat.Format(this, "D", null);
        }

        public string ToLongTimeString()
        {
            return DateTimeFormat.Format(this, "T", null);
        }

        public string ToShortDateString()
        {
            return DateTimeFormat.Format(this, "d", null);
        }

        public string ToShortTimeString()
        {
            return DateTimeFormat.Format(this, "t", null);
        }

        public static DateTime Parse(string s)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            return DateTimeParse.Parse(s, DateTimeStyles.None);
        }

        public static DateTime Parse(string s, IFormatProvider provider)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            return DateTimeParse.Parse(s, DateTimeStyles.None);
        }

        public static DateTime Parse(string s, IFormatProvider provider, DateTimeStyles styles)
        {
            DateTimeParse.ValidateStyles(styles, nameof(styles));
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            return DateTimeParse.Parse(s, styles);
        }

        public static DateTime ParseExact(string s, string format, IFormatProvider provider)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if (format == null)
                throw new ArgumentNullException(nameof(format));
            return DateTimeParse.ParseExact(s, format, DateTimeStyles.None);
        }

        public static DateTime ParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style)
        {
            DateTimeParse.ValidateStyles(style, nameof(style));
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if (format == null)
                throw new ArgumentNullException(nameof(format));
            return DateTimeParse.ParseExact(s, format, style);
        }

        public static DateTime ParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style)
        {
            DateTimeParse.ValidateStyles(style, nameof(style));
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            return DateTimeParse.ParseExactMultiple(s, formats, style);
        }

        public static bool TryParse(string s, out DateTime result)
        {
            if (s == null)
            {
                result = default(DateTime);
                return false;
            }
            return DateTimeParse.TryParse(s, DateTimeStyles.None, out result);
        }

        public static bool TryParse(string s, IFormatProvider provider, out DateTime result)
        {
            return TryParse(s, provider, DateTimeStyles.None, out result);
        }

        public static bool TryParse(string s, IFormatProvider provider, DateTimeStyles styles, out DateTime result)
        {
            DateTimeParse.ValidateStyles(styles, nameof(styles));
            if (s == null)
            {
                result = default(DateTime);
                return false;
            }
            return DateTimeParse.TryParse(s, styles, out result);
        }

        public static bool TryParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            DateTimeParse.ValidateStyles(style, nameof(style));
            if (s == null || format == null)
            {
                result = default(DateTime);
                return false;
            }
            return DateTimeParse.TryParseExact(s, format, style, out result);
        }

        public static bool TryParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            DateTimeParse.ValidateStyles(style, nameof(style));
            if (s == null)
            {
                result = default(DateTime);
                return false;
            }
            return DateTimeParse.TryParseExactMultiple(s, formats, style, out result);
        }

        public static DateTime operator +(DateTime d, TimeSpan t)
        {
            ulong ticks = (ulong)(d.Ticks + t._ticks);
            if (ticks > MaxTicks)
                throw new ArgumentOutOfRangeException("t", DateArithmetic);
            return new DateTime(ticks | d.InternalKind);
        }

        public static DateTime operator -(DateTime d, TimeSpan t)
        {
            ulong ticks = (ulong)(d.Ticks - t._ticks);
            if (ticks > MaxTicks)
                throw new ArgumentOutOfRangeException("t", DateArithmetic);
            return new DateTime(ticks | d.InternalKind);
        }

        public static TimeSpan operator -(DateTime d1, DateTime d2)
        {
            return new TimeSpan(d1.Ticks - d2.Ticks);
        }

        public static bool operator ==(DateTime d1, DateTime d2)
        {
            return d1.Ticks == d2.Ticks;
        }

        public static bool operator !=(DateTime d1, DateTime d2)
        {
            return d1.Ticks != d2.Ticks;
        }

        public static bool operator <(DateTime t1, DateTime t2)
        {
            return t1.Ticks < t2.Ticks;
        }

        public static bool operator <=(DateTime t1, DateTime t2)
        {
            return t1.Ticks <= t2.Ticks;
        }

        public static bool operator >(DateTime t1, DateTime t2)
        {
            return t1.Ticks > t2.Ticks;
        }

        public static bool operator >=(DateTime t1, DateTime t2)
        {
            return t1.Ticks >= t2.Ticks;
        }

        private const string BadTicks = "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.";
        private const string InvalidKind = "Invalid DateTimeKind value.";
        private const string DateArithmetic = "The added or subtracted value results in an un-representable DateTime.";
        private const string BadBinaryData = "The binary data must result in a DateTime with ticks between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.";
        private const string FileTimeInvalid = "Not a valid Win32 FileTime.";

        // ---- IConvertible: explicit; a DateTime converts only to itself and to string ----

        public TypeCode GetTypeCode()
        {
            return TypeCode.DateTime;
        }

        bool IConvertible.ToBoolean(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'Boolean'.");
        }

        char IConvertible.ToChar(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'Char'.");
        }

        sbyte IConvertible.ToSByte(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'SByte'.");
        }

        byte IConvertible.ToByte(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'Byte'.");
        }

        short IConvertible.ToInt16(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int16'.");
        }

        ushort IConvertible.ToUInt16(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt16'.");
        }

        int IConvertible.ToInt32(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int32'.");
        }

        uint IConvertible.ToUInt32(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt32'.");
        }

        long IConvertible.ToInt64(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int64'.");
        }

        ulong IConvertible.ToUInt64(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt64'.");
        }

        float IConvertible.ToSingle(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'Single'.");
        }

        double IConvertible.ToDouble(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'Double'.");
        }

        decimal IConvertible.ToDecimal(IFormatProvider provider)
        {
            throw new InvalidCastException("Invalid cast from 'DateTime' to 'Decimal'.");
        }

        DateTime IConvertible.ToDateTime(IFormatProvider provider)
        {
            return this;
        }

        object IConvertible.ToType(Type type, IFormatProvider provider)
        {
            return Convert.DefaultToType(this, type, provider);
        }
    }
}
