// System.StringComparer: string comparison and hashing as IComparer/IEqualityComparer
// objects: ordinal (optionally ignoring case) or culture-sensitive (see CompareInfo).
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace System
{
    public abstract class StringComparer : IComparer, IEqualityComparer, IComparer<string>, IEqualityComparer<string>
    {
        private static readonly StringComparer s_ordinal = new OrdinalComparer(false);
        private static readonly StringComparer s_ordinalIgnoreCase = new OrdinalComparer(true);
        private static StringComparer s_invariantCulture;
        private static StringComparer s_invariantCultureIgnoreCase;

        protected StringComparer()
        {
        }

        public static StringComparer InvariantCulture
        {
            get { return s_invariantCulture ?? (s_invariantCulture = new CultureAwareComparer(CompareInfo.Invariant, CompareOptions.None)); }
        }

        public static StringComparer InvariantCultureIgnoreCase
        {
            get { return s_invariantCultureIgnoreCase ?? (s_invariantCultureIgnoreCase = new CultureAwareComparer(CompareInfo.Invariant, CompareOptions.IgnoreCase)); }
        }

        public static StringComparer CurrentCulture
        {
            get { return new CultureAwareComparer(CultureInfo.CurrentCulture.CompareInfo, CompareOptions.None); }
        }

        public static StringComparer CurrentCultureIgnoreCase
        {
            get { return new CultureAwareComparer(CultureInfo.CurrentCulture.CompareInfo, CompareOptions.IgnoreCase); }
        }

        public static StringComparer Ordinal
        {
            get { return s_ordinal; }
        }

        public static StringComparer OrdinalIgnoreCase
        {
            get { return s_ordinalIgnoreCase; }
        }

        public static StringComparer FromComparison(StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture: return CurrentCulture;
                case StringComparison.CurrentCultureIgnoreCase: return CurrentCultureIgnoreCase;
                case StringComparison.InvariantCulture: return InvariantCulture;
                case StringComparison.InvariantCultureIgnoreCase: return InvariantCultureIgnoreCase;
                case StringComparison.Ordinal: return Ordinal;
                case StringComparison.OrdinalIgnoreCase: return OrdinalIgnoreCase;
            }
            throw new ArgumentException("The string comparison type passed in is currently not supported.", nameof(comparisonType));
        }

        public static StringComparer Create(CultureInfo culture, bool ignoreCase)
        {
            if (culture == null)
                throw new ArgumentNullException(nameof(culture));
            return new CultureAwareComparer(culture.CompareInfo, ignoreCase ? CompareOptions.IgnoreCase : CompareOptions.None);
        }

        public static StringComparer Create(CultureInfo culture, CompareOptions options)
        {
            if (culture == null)
                throw new ArgumentNullException(nameof(culture));
            return new CultureAwareComparer(culture.CompareInfo, options);
        }

        public int Compare(object x, object y)
        {
            if (x == y)
                return 0;
            if (x == null)
                return -1;
            if (y == null)
                return 1;
            string sa = x as string;
            string sb = y as string;
            if (sa != null && sb != null)
                return Compare(sa, sb);
            IComparable ia = x as IComparable;
            if (ia != null)
                return ia.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public new bool Equals(object x, object y)
        {
            if (x == y)
                return true;
            if (x == null || y == null)
                return false;
            string sa = x as string;
            string sb = y as string;
            if (sa != null && sb != null)
                return Equals(sa, sb);
            return x.Equals(y);
        }

        public int GetHashCode(object obj)
        {
            if (obj == null)
                throw new ArgumentNullException(nameof(obj));
            string s = obj as string;
            if (s != null)
                return GetHashCode(s);
            return obj.GetHashCode();
        }

        public abstract int Compare(string x, string y);

        public abstract bool Equals(string x, string y);

        public abstract int GetHashCode(string obj);
    }

    internal sealed class OrdinalComparer : StringComparer
    {
        private readonly bool _ignoreCase;

        internal OrdinalComparer(bool ignoreCase)
        {
            _ignoreCase = ignoreCase;
        }

        public override int Compare(string x, string y)
        {
            if ((object)x == (object)y)
                return 0;
            if (x == null)
                return -1;
            if (y == null)
                return 1;
            if (_ignoreCase)
                return string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
            return string.CompareOrdinal(x, y);
        }

        public override bool Equals(string x, string y)
        {
            if ((object)x == (object)y)
                return true;
            if (x == null || y == null)
                return false;
            if (_ignoreCase)
                return string.EqualsOrdinalIgnoreCase(x, y);
            return string.Equals(x, y);
        }

        public override int GetHashCode(string obj)
        {
            if (obj == null)
                throw new ArgumentNullException(nameof(obj));
            return _ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            OrdinalComparer that = obj as OrdinalComparer;
            return that != null && _ignoreCase == that._ignoreCase;
        }

        public override int GetHashCode()
        {
            return _ignoreCase ? 0x2A0CB0E9 : 0x4C9A3A1D;
        }
    }

    internal sealed class CultureAwareComparer : StringComparer
    {
        private readonly CompareInfo _compareInfo;
        private readonly CompareOptions _options;

        internal CultureAwareComparer(CompareInfo compareInfo, CompareOptions options)
        {
            _compareInfo = compareInfo;
            _options = options;
        }

        public override int Compare(string x, string y)
        {
            if ((object)x == (object)y)
                return 0;
            if (x == null)
                return -1;
            if (y == null)
                return 1;
            return _compareInfo.Compare(x, y, _options);
        }

        public override bool Equals(string x, string y)
        {
            if ((object)x == (object)y)
                return true;
            if (x == null || y == null)
                return false;
            return _compareInfo.Compare(x, y, _options) == 0;
        }

        public override int GetHashCode(string obj)
        {
            if (obj == null)
                throw new ArgumentNullException(nameof(obj));
            return _compareInfo.GetHashCode(obj, _options);
        }

        public override bool Equals(object obj)
        {
            CultureAwareComparer that = obj as CultureAwareComparer;
            return that != null && _options == that._options && _compareInfo.Equals(that._compareInfo);
        }

        public override int GetHashCode()
        {
            return _compareInfo.GetHashCode() ^ (int)_options;
        }
    }
}
