// System.Version: a version number major.minor[.build[.revision]]. Unset components
// (build, revision) are -1.
namespace System
{
    public sealed class Version : ICloneable, IComparable, IComparable<Version>, IEquatable<Version>
    {
        private readonly int _Major;
        private readonly int _Minor;
        private readonly int _Build;
        private readonly int _Revision;

        public Version(int major, int minor, int build, int revision)
        {
            if (major < 0)
                throw new ArgumentOutOfRangeException(nameof(major), VersionNegative);
            if (minor < 0)
                throw new ArgumentOutOfRangeException(nameof(minor), VersionNegative);
            if (build < 0)
                throw new ArgumentOutOfRangeException(nameof(build), VersionNegative);
            if (revision < 0)
                throw new ArgumentOutOfRangeException(nameof(revision), VersionNegative);
            _Major = major;
            _Minor = minor;
            _Build = build;
            _Revision = revision;
        }

        public Version(int major, int minor, int build)
        {
            if (major < 0)
                throw new ArgumentOutOfRangeException(nameof(major), VersionNegative);
            if (minor < 0)
                throw new ArgumentOutOfRangeException(nameof(minor), VersionNegative);
            if (build < 0)
                throw new ArgumentOutOfRangeException(nameof(build), VersionNegative);
            _Major = major;
            _Minor = minor;
            _Build = build;
            _Revision = -1;
        }

        public Version(int major, int minor)
        {
            if (major < 0)
                throw new ArgumentOutOfRangeException(nameof(major), VersionNegative);
            if (minor < 0)
                throw new ArgumentOutOfRangeException(nameof(minor), VersionNegative);
            _Major = major;
            _Minor = minor;
            _Build = -1;
            _Revision = -1;
        }

        public Version(string version)
        {
            Version v = Parse(version);
            _Major = v.Major;
            _Minor = v.Minor;
            _Build = v.Build;
            _Revision = v.Revision;
        }

        public Version()
        {
            _Build = -1;
            _Revision = -1;
        }

        private Version(Version version)
        {
            _Major = version._Major;
            _Minor = version._Minor;
            _Build = version._Build;
            _Revision = version._Revision;
        }

        public object Clone()
        {
            return new Version(this);
        }

        public int Major
        {
            get { return _Major; }
        }

        public int Minor
        {
            get { return _Minor; }
        }

        public int Build
        {
            get { return _Build; }
        }

        public int Revision
        {
            get { return _Revision; }
        }

        public short MajorRevision
        {
            get { return (short)(_Revision >> 16); }
        }

        public short MinorRevision
        {
            get { return (short)(_Revision & 0xFFFF); }
        }

        public int CompareTo(object version)
        {
            if (version == null)
                return 1;
            Version v = version as Version;
            if (v == null)
                throw new ArgumentException("Object must be of type Version.", nameof(version));
            return CompareTo(v);
        }

        public int CompareTo(Version value)
        {
            if ((object)value == (object)this)
                return 0;
            if ((object)value == null)
                return 1;
            if (_Major != value._Major)
                return _Major > value._Major ? 1 : -1;
            if (_Minor != value._Minor)
                return _Minor > value._Minor ? 1 : -1;
            if (_Build != value._Build)
                return _Build > value._Build ? 1 : -1;
            if (_Revision != value._Revision)
                return _Revision > value._Revision ? 1 : -1;
            return 0;
        }

        public override bool Equals(object obj)
        {
            return Equals(obj as Version);
        }

        public bool Equals(Version obj)
        {
            return (object)obj == (object)this ||
                ((object)obj != null &&
                 _Major == obj._Major &&
                 _Minor == obj._Minor &&
                 _Build == obj._Build &&
                 _Revision == obj._Revision);
        }

        public override int GetHashCode()
        {
            // Let's assume that most version numbers will be pretty small and just
            // OR some lower order bits together.
            int accumulator = 0;
            accumulator |= (_Major & 0x0000000F) << 28;
            accumulator |= (_Minor & 0x000000FF) << 20;
            accumulator |= (_Build & 0x000000FF) << 12;
            accumulator |= (_Revision & 0x00000FFF);
            return accumulator;
        }

        // "major.minor[.build[.revision]]", with as many components as are set.
        public override string ToString()
        {
            return ToString(DefaultFormatFieldCount);
        }

        public string ToString(int fieldCount)
        {
            if (fieldCount < 0 || fieldCount > 4)
                throw new ArgumentException("Argument must be between 0 and 4.", nameof(fieldCount));
            if (fieldCount > DefaultFormatFieldCount)
                throw new ArgumentException("Argument must be between 0 and " + DefaultFormatFieldCount.ToString() + ".", nameof(fieldCount));

            string s = "";
            if (fieldCount >= 1)
                s = _Major.ToString();
            if (fieldCount >= 2)
                s = s + "." + _Minor.ToString();
            if (fieldCount >= 3)
                s = s + "." + _Build.ToString();
            if (fieldCount >= 4)
                s = s + "." + _Revision.ToString();
            return s;
        }

        private int DefaultFormatFieldCount
        {
            get { return _Build == -1 ? 2 : (_Revision == -1 ? 3 : 4); }
        }

        public static Version Parse(string input)
        {
            if (input == null)
                throw new ArgumentNullException(nameof(input));
            return ParseVersion(input, true);
        }

        public static bool TryParse(string input, out Version result)
        {
            if (input == null)
            {
                result = null;
                return false;
            }
            result = ParseVersion(input, false);
            return result != null;
        }

        // 2 to 4 components separated by '.'; each is parsed like int.Parse with
        // NumberStyles.Integer (surrounding white space and a sign allowed) and must not be
        // negative. Failures throw (ArgumentException for the wrong number of components,
        // FormatException, OverflowException, ArgumentOutOfRangeException) or return null.
        private static Version ParseVersion(string input, bool throwOnFailure)
        {
            int majorEnd = IndexOfDot(input, 0);
            if (majorEnd < 0)
            {
                if (throwOnFailure)
                    throw new ArgumentException(VersionStringInvalid, nameof(input));
                return null;
            }

            int buildEnd = -1;
            int minorEnd = IndexOfDot(input, majorEnd + 1);
            if (minorEnd >= 0)
            {
                buildEnd = IndexOfDot(input, minorEnd + 1);
                if (buildEnd >= 0 && IndexOfDot(input, buildEnd + 1) >= 0)
                {
                    if (throwOnFailure)
                        throw new ArgumentException(VersionStringInvalid, nameof(input));
                    return null;
                }
            }

            int major, minor, build, revision;
            if (!TryParseComponent(input, 0, majorEnd, nameof(input), throwOnFailure, out major))
                return null;

            if (minorEnd == -1)
            {
                if (!TryParseComponent(input, majorEnd + 1, input.Length, nameof(input), throwOnFailure, out minor))
                    return null;
                return new Version(major, minor);
            }

            if (!TryParseComponent(input, majorEnd + 1, minorEnd, nameof(input), throwOnFailure, out minor))
                return null;

            if (buildEnd == -1)
            {
                if (!TryParseComponent(input, minorEnd + 1, input.Length, nameof(build), throwOnFailure, out build))
                    return null;
                return new Version(major, minor, build);
            }

            if (!TryParseComponent(input, minorEnd + 1, buildEnd, nameof(build), throwOnFailure, out build) ||
                !TryParseComponent(input, buildEnd + 1, input.Length, nameof(revision), throwOnFailure, out revision))
                return null;
            return new Version(major, minor, build, revision);
        }

        // Parses input[start, end) as an Int32 in NumberStyles.Integer style.
        private static bool TryParseComponent(string input, int start, int end, string componentName, bool throwOnFailure, out int parsedComponent)
        {
            parsedComponent = 0;
            int i = start;
            while (i < end && IsWhite(input[i]))
                i++;
            bool negative = false;
            if (i < end && (input[i] == '-' || input[i] == '+'))
            {
                negative = input[i] == '-';
                i++;
            }
            int digitsStart = i;
            long value = 0;
            bool overflow = false;
            while (i < end && input[i] >= '0' && input[i] <= '9')
            {
                value = value * 10 + (input[i] - '0');
                if (value > 0x80000000L)
                {
                    overflow = true;
                    value = 0x80000000L;
                }
                i++;
            }
            bool digitsFound = i > digitsStart;
            while (i < end && IsWhite(input[i]))
                i++;

            if (!digitsFound || i != end)
            {
                if (throwOnFailure)
                    throw new FormatException("The input string '" + Slice(input, start, end) + "' was not in a correct format.");
                return false;
            }
            if (negative)
                value = -value;
            if (overflow || value > int.MaxValue || value < int.MinValue)
            {
                if (throwOnFailure)
                    throw new OverflowException("Value was either too large or too small for an Int32.");
                return false;
            }
            parsedComponent = (int)value;
            if (parsedComponent < 0)
            {
                if (throwOnFailure)
                    throw new ArgumentOutOfRangeException(componentName, VersionNegative);
                return false;
            }
            return true;
        }

        private static int IndexOfDot(string s, int start)
        {
            for (int i = start; i < s.Length; i++)
            {
                if (s[i] == '.')
                    return i;
            }
            return -1;
        }

        // The white space NumberStyles.AllowLeadingWhite/AllowTrailingWhite accept.
        private static bool IsWhite(char c)
        {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        private static string Slice(string s, int start, int end)
        {
            char[] chars = new char[end - start];
            for (int i = start; i < end; i++)
                chars[i - start] = s[i];
            return new string(chars);
        }

        public static bool operator ==(Version v1, Version v2)
        {
            if ((object)v2 == null)
                return (object)v1 == null;
            return (object)v2 == (object)v1 || v2.Equals(v1);
        }

        public static bool operator !=(Version v1, Version v2)
        {
            return !(v1 == v2);
        }

        public static bool operator <(Version v1, Version v2)
        {
            if ((object)v1 == null)
                return (object)v2 != null;
            return v1.CompareTo(v2) < 0;
        }

        public static bool operator <=(Version v1, Version v2)
        {
            if ((object)v1 == null)
                return true;
            return v1.CompareTo(v2) <= 0;
        }

        public static bool operator >(Version v1, Version v2)
        {
            return v2 < v1;
        }

        public static bool operator >=(Version v1, Version v2)
        {
            return v2 <= v1;
        }

        private const string VersionNegative = "Version's parameters must be greater than or equal to zero.";
        private const string VersionStringInvalid = "Version string portion was too short or too long.";
    }
}
