// System.Globalization.CultureInfo: a culture (names, number formats, comparison).
// CILKit carries no locale database: the invariant culture is complete, and a handful
// of common cultures (en-US, en-GB, de-DE, fr-FR) get their number formats as .NET on
// ICU reports them; everything else throws CultureNotFoundException. CurrentCulture
// starts as the invariant culture.
namespace System.Globalization
{
    public class CultureInfo : IFormatProvider, ICloneable
    {
        private static CultureInfo s_invariantCulture;
        private static CultureInfo s_currentCulture;
        private static CultureInfo s_currentUICulture;
        private static CultureInfo s_defaultThreadCurrentCulture;
        private static CultureInfo s_defaultThreadCurrentUICulture;

        private readonly string _name;
        private readonly string _englishName;
        private readonly int _lcid;
        private readonly bool _useUserOverride;
        private bool _isReadOnly;
        private NumberFormatInfo _numberFormat;
        private CompareInfo _compareInfo;
        private TextInfo _textInfo;

        public CultureInfo(string name)
            : this(name, true)
        {
        }

        public CultureInfo(string name, bool useUserOverride)
        {
            if (name == null)
                throw new ArgumentNullException(nameof(name));
            string canonical;
            if (!TryGetCultureData(name, out canonical, out _englishName, out _lcid))
                throw new CultureNotFoundException(nameof(name), name, "Culture is not supported.");
            _name = canonical;
            _useUserOverride = useUserOverride;
        }

        public CultureInfo(int culture)
            : this(culture, true)
        {
        }

        public CultureInfo(int culture, bool useUserOverride)
            : this(NameOfLcid(culture), useUserOverride)
        {
        }

        private static string NameOfLcid(int lcid)
        {
            switch (lcid)
            {
                case 0x007F: return "";
                case 0x0409: return "en-US";
                case 0x0809: return "en-GB";
                case 0x0407: return "de-DE";
                case 0x040C: return "fr-FR";
                case 0x0009: return "en";
                case 0x0007: return "de";
                case 0x000C: return "fr";
            }
            throw new CultureNotFoundException("culture", lcid.ToString() + " (0x" + lcid.ToString("x4") + ") is an invalid culture identifier.");
        }

        private static bool TryGetCultureData(string name, out string canonical, out string englishName, out int lcid)
        {
            string lower = name.ToLowerInvariant().Replace('_', '-');
            switch (lower)
            {
                case "":
                    canonical = ""; englishName = "Invariant Language (Invariant Country)"; lcid = 0x007F; return true;
                case "en":
                    canonical = "en"; englishName = "English"; lcid = 0x0009; return true;
                case "en-us":
                    canonical = "en-US"; englishName = "English (United States)"; lcid = 0x0409; return true;
                case "en-gb":
                    canonical = "en-GB"; englishName = "English (United Kingdom)"; lcid = 0x0809; return true;
                case "de":
                    canonical = "de"; englishName = "German"; lcid = 0x0007; return true;
                case "de-de":
                    canonical = "de-DE"; englishName = "German (Germany)"; lcid = 0x0407; return true;
                case "fr":
                    canonical = "fr"; englishName = "French"; lcid = 0x000C; return true;
                case "fr-fr":
                    canonical = "fr-FR"; englishName = "French (France)"; lcid = 0x040C; return true;
            }
            canonical = null;
            englishName = null;
            lcid = 0;
            return false;
        }

        public static CultureInfo InvariantCulture
        {
            get
            {
                if (s_invariantCulture == null)
                {
                    CultureInfo c = new CultureInfo("", false);
                    c._isReadOnly = true;
                    s_invariantCulture = c;
                }
                return s_invariantCulture;
            }
        }

        public static CultureInfo CurrentCulture
        {
            get { return s_currentCulture ?? s_defaultThreadCurrentCulture ?? InvariantCulture; }
            set
            {
                if (value == null)
                    throw new ArgumentNullException(nameof(value));
                s_currentCulture = value;
            }
        }

        public static CultureInfo CurrentUICulture
        {
            get { return s_currentUICulture ?? s_defaultThreadCurrentUICulture ?? InvariantCulture; }
            set
            {
                if (value == null)
                    throw new ArgumentNullException(nameof(value));
                s_currentUICulture = value;
            }
        }

        public static CultureInfo DefaultThreadCurrentCulture
        {
            get { return s_defaultThreadCurrentCulture; }
            set { s_defaultThreadCurrentCulture = value; }
        }

        public static CultureInfo DefaultThreadCurrentUICulture
        {
            get { return s_defaultThreadCurrentUICulture; }
            set { s_defaultThreadCurrentUICulture = value; }
        }

        public static CultureInfo GetCultureInfo(string name)
        {
            if (name == null)
                throw new ArgumentNullException(nameof(name));
            if (name.Length == 0)
                return InvariantCulture;
            CultureInfo c = new CultureInfo(name, false);
            c._isReadOnly = true;
            return c;
        }

        public static CultureInfo CreateSpecificCulture(string name)
        {
            CultureInfo c = new CultureInfo(name);
            switch (c._name)
            {
                case "en": return new CultureInfo("en-US");
                case "de": return new CultureInfo("de-DE");
                case "fr": return new CultureInfo("fr-FR");
            }
            return c;
        }

        public static CultureInfo ReadOnly(CultureInfo ci)
        {
            if (ci == null)
                throw new ArgumentNullException(nameof(ci));
            if (ci._isReadOnly)
                return ci;
            CultureInfo c = (CultureInfo)ci.MemberwiseClone();
            c._isReadOnly = true;
            if (c._numberFormat != null)
                c._numberFormat = NumberFormatInfo.ReadOnly(c._numberFormat);
            return c;
        }

        public virtual object Clone()
        {
            CultureInfo c = (CultureInfo)MemberwiseClone();
            c._isReadOnly = false;
            if (_numberFormat != null)
                c._numberFormat = (NumberFormatInfo)_numberFormat.Clone();
            return c;
        }

        public virtual string Name
        {
            get { return _name; }
        }

        public virtual string DisplayName
        {
            get { return _englishName; }
        }

        public virtual string EnglishName
        {
            get { return _englishName; }
        }

        public virtual string NativeName
        {
            get
            {
                switch (_name)
                {
                    case "de": return "Deutsch";
                    case "de-DE": return "Deutsch (Deutschland)";
                    case "fr": return "français";
                    case "fr-FR": return "français (France)";
                }
                return _englishName;
            }
        }

        public virtual string TwoLetterISOLanguageName
        {
            get { return _name.Length == 0 ? "iv" : _name.Substring(0, 2); }
        }

        public virtual string ThreeLetterISOLanguageName
        {
            get
            {
                switch (TwoLetterISOLanguageName)
                {
                    case "en": return "eng";
                    case "de": return "deu";
                    case "fr": return "fra";
                }
                return "ivl";
            }
        }

        public virtual int LCID
        {
            get { return _lcid; }
        }

        public virtual bool IsNeutralCulture
        {
            get { return _name.Length == 2; }
        }

        public bool IsReadOnly
        {
            get { return _isReadOnly; }
        }

        public bool UseUserOverride
        {
            get { return _useUserOverride; }
        }

        public virtual CultureInfo Parent
        {
            get
            {
                int dash = _name.IndexOf('-');
                if (dash > 0)
                    return new CultureInfo(_name.Substring(0, dash));
                return InvariantCulture;
            }
        }

        public virtual NumberFormatInfo NumberFormat
        {
            get
            {
                if (_numberFormat == null)
                {
                    NumberFormatInfo nfi = _name.Length == 0 ? NumberFormatInfo.InvariantInfo : CreateNumberFormat(_name);
                    if (_isReadOnly)
                        nfi = NumberFormatInfo.ReadOnly(nfi);
                    else if (nfi.IsReadOnly)
                        nfi = (NumberFormatInfo)nfi.Clone();
                    _numberFormat = nfi;
                }
                return _numberFormat;
            }
            set
            {
                if (value == null)
                    throw new ArgumentNullException(nameof(value));
                if (_isReadOnly)
                    throw new InvalidOperationException("Instance is read-only.");
                _numberFormat = value;
            }
        }

        // Number formats of the named cultures, as .NET reports them with ICU.
        private static NumberFormatInfo CreateNumberFormat(string name)
        {
            NumberFormatInfo n = new NumberFormatInfo();
            n._positiveInfinitySymbol = "\u221E";
            n._negativeInfinitySymbol = "-\u221E";
            switch (name)
            {
                case "en":
                case "en-US":
                    n._currencySymbol = "$";
                    n._currencyNegativePattern = 1;
                    n._percentPositivePattern = 1;
                    n._percentNegativePattern = 1;
                    break;
                case "en-GB":
                    n._currencySymbol = "\u00A3";
                    n._currencyNegativePattern = 1;
                    n._percentPositivePattern = 1;
                    n._percentNegativePattern = 1;
                    break;
                case "de":
                case "de-DE":
                    n._currencySymbol = "\u20AC";
                    n._numberDecimalSeparator = n._currencyDecimalSeparator = n._percentDecimalSeparator = ",";
                    n._numberGroupSeparator = n._currencyGroupSeparator = n._percentGroupSeparator = ".";
                    n._currencyPositivePattern = 3;
                    n._currencyNegativePattern = 8;
                    break;
                case "fr":
                case "fr-FR":
                    n._currencySymbol = "\u20AC";
                    n._numberDecimalSeparator = n._currencyDecimalSeparator = n._percentDecimalSeparator = ",";
                    n._numberGroupSeparator = n._currencyGroupSeparator = n._percentGroupSeparator = "\u202F";
                    n._currencyPositivePattern = 3;
                    n._currencyNegativePattern = 8;
                    break;
            }
            return n;
        }

        public virtual CompareInfo CompareInfo
        {
            get
            {
                if (_compareInfo == null)
                    _compareInfo = new CompareInfo(_name);
                return _compareInfo;
            }
        }

        public virtual TextInfo TextInfo
        {
            get
            {
                if (_textInfo == null)
                    _textInfo = new TextInfo(_name);
                return _textInfo;
            }
        }

        public virtual object GetFormat(Type formatType)
        {
            if (formatType == typeof(NumberFormatInfo))
                return NumberFormat;
            return null;
        }

        public override bool Equals(object value)
        {
            if (ReferenceEquals(this, value))
                return true;
            CultureInfo that = value as CultureInfo;
            return that != null && _name == that._name;
        }

        public override int GetHashCode()
        {
            return _name.GetHashCode();
        }

        public override string ToString()
        {
            return _name;
        }
    }
}
