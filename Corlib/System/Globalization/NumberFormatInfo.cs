// System.Globalization.NumberFormatInfo: the symbols, separators and patterns used to
// format and parse numbers. CILKit has no locale data: InvariantInfo carries .NET's
// invariant values, and the few named cultures CultureInfo knows fill in their own.
namespace System.Globalization
{
    public sealed class NumberFormatInfo : IFormatProvider, ICloneable
    {
        private static NumberFormatInfo s_invariantInfo;

        internal int[] _numberGroupSizes = new int[] { 3 };
        internal int[] _currencyGroupSizes = new int[] { 3 };
        internal int[] _percentGroupSizes = new int[] { 3 };
        internal string _positiveSign = "+";
        internal string _negativeSign = "-";
        internal string _numberDecimalSeparator = ".";
        internal string _numberGroupSeparator = ",";
        internal string _currencyGroupSeparator = ",";
        internal string _currencyDecimalSeparator = ".";
        internal string _currencySymbol = "\u00a4"; // the generic currency sign
        internal string _nanSymbol = "NaN";
        internal string _positiveInfinitySymbol = "Infinity";
        internal string _negativeInfinitySymbol = "-Infinity";
        internal string _percentDecimalSeparator = ".";
        internal string _percentGroupSeparator = ",";
        internal string _percentSymbol = "%";
        internal string _perMilleSymbol = "\u2030";
        internal string[] _nativeDigits = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };

        internal int _numberDecimalDigits = 2;
        internal int _currencyDecimalDigits = 2;
        internal int _currencyPositivePattern = 0;
        internal int _currencyNegativePattern = 0;
        internal int _numberNegativePattern = 1;
        internal int _percentPositivePattern = 0;
        internal int _percentNegativePattern = 0;
        internal int _percentDecimalDigits = 2;

        internal bool _isReadOnly;

        public NumberFormatInfo()
        {
        }

        // True when the signs are the invariant "+" and "-" (enables parsing fast paths).
        internal bool HasInvariantNumberSigns
        {
            get { return _positiveSign == "+" && _negativeSign == "-"; }
        }

        // When the negative sign is a dash-like character (e.g. U+2212 MINUS SIGN), parsing
        // also accepts an ASCII hyphen for it.
        internal bool AllowHyphenDuringParsing
        {
            get { return IsHyphenLike(_negativeSign); }
        }

        private static bool IsHyphenLike(string ns)
        {
            if (ns.Length != 1)
                return false;
            switch (ns[0])
            {
                case '\u2012':
                case '\u207B':
                case '\u208B':
                case '\u2212':
                case '\u2796':
                case '\uFE63':
                case '\uFF0D':
                    return true;
            }
            return false;
        }

        public static NumberFormatInfo InvariantInfo
        {
            get
            {
                if (s_invariantInfo == null)
                {
                    NumberFormatInfo nfi = new NumberFormatInfo();
                    nfi._isReadOnly = true;
                    s_invariantInfo = nfi;
                }
                return s_invariantInfo;
            }
        }

        public static NumberFormatInfo CurrentInfo
        {
            get { return CultureInfo.CurrentCulture.NumberFormat; }
        }

        // The NumberFormatInfo a formatting or parsing method uses for provider.
        public static NumberFormatInfo GetInstance(IFormatProvider formatProvider)
        {
            if (formatProvider == null)
                return CurrentInfo;
            CultureInfo culture = formatProvider as CultureInfo;
            if (culture != null)
                return culture.NumberFormat;
            NumberFormatInfo info = formatProvider as NumberFormatInfo;
            if (info != null)
                return info;
            info = formatProvider.GetFormat(typeof(NumberFormatInfo)) as NumberFormatInfo;
            return info ?? CurrentInfo;
        }

        public object GetFormat(Type formatType)
        {
            return formatType == typeof(NumberFormatInfo) ? this : null;
        }

        public object Clone()
        {
            NumberFormatInfo n = (NumberFormatInfo)MemberwiseClone();
            n._numberGroupSizes = CopyOf(_numberGroupSizes);
            n._currencyGroupSizes = CopyOf(_currencyGroupSizes);
            n._percentGroupSizes = CopyOf(_percentGroupSizes);
            n._nativeDigits = CopyOf(_nativeDigits);
            n._isReadOnly = false;
            return n;
        }

        public static NumberFormatInfo ReadOnly(NumberFormatInfo nfi)
        {
            if (nfi == null)
                throw new ArgumentNullException(nameof(nfi));
            if (nfi._isReadOnly)
                return nfi;
            NumberFormatInfo n = (NumberFormatInfo)nfi.MemberwiseClone();
            n._isReadOnly = true;
            return n;
        }

        public bool IsReadOnly
        {
            get { return _isReadOnly; }
        }

        private static int[] CopyOf(int[] a)
        {
            int[] r = new int[a.Length];
            for (int i = 0; i < a.Length; i++)
                r[i] = a[i];
            return r;
        }

        private static string[] CopyOf(string[] a)
        {
            string[] r = new string[a.Length];
            for (int i = 0; i < a.Length; i++)
                r[i] = a[i];
            return r;
        }

        private void VerifyWritable()
        {
            if (_isReadOnly)
                throw new InvalidOperationException("Instance is read-only.");
        }

        private static void VerifyNotNull(string value, string propertyName)
        {
            if (value == null)
                throw new ArgumentNullException(propertyName);
        }

        private static void VerifyDigits(int value, string propertyName)
        {
            if (value < 0 || value > 99)
                throw new ArgumentOutOfRangeException(propertyName, "Valid values are between 0 and 99, inclusive.");
        }

        private static void VerifyPattern(int value, int max, string propertyName)
        {
            if (value < 0 || value > max)
                throw new ArgumentOutOfRangeException(propertyName, "Valid values are between 0 and " + max.ToString() + ", inclusive.");
        }

        private static int[] VerifyGroupSizes(int[] value, string propertyName)
        {
            if (value == null)
                throw new ArgumentNullException(propertyName);
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] < 1)
                {
                    if (i == value.Length - 1 && value[i] == 0)
                        break;
                    throw new ArgumentException("Every element in the value array should be between one and nine, except for the last element, which can be zero.", propertyName);
                }
                if (value[i] > 9)
                    throw new ArgumentException("Every element in the value array should be between one and nine, except for the last element, which can be zero.", propertyName);
            }
            return CopyOf(value);
        }

        public int CurrencyDecimalDigits
        {
            get { return _currencyDecimalDigits; }
            set { VerifyDigits(value, nameof(value)); VerifyWritable(); _currencyDecimalDigits = value; }
        }

        public string CurrencyDecimalSeparator
        {
            get { return _currencyDecimalSeparator; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _currencyDecimalSeparator = value; }
        }

        public string CurrencyGroupSeparator
        {
            get { return _currencyGroupSeparator; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _currencyGroupSeparator = value; }
        }

        public int[] CurrencyGroupSizes
        {
            get { return CopyOf(_currencyGroupSizes); }
            set { VerifyWritable(); _currencyGroupSizes = VerifyGroupSizes(value, nameof(value)); }
        }

        public int CurrencyNegativePattern
        {
            get { return _currencyNegativePattern; }
            set { VerifyPattern(value, 16, nameof(value)); VerifyWritable(); _currencyNegativePattern = value; }
        }

        public int CurrencyPositivePattern
        {
            get { return _currencyPositivePattern; }
            set { VerifyPattern(value, 3, nameof(value)); VerifyWritable(); _currencyPositivePattern = value; }
        }

        public string CurrencySymbol
        {
            get { return _currencySymbol; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _currencySymbol = value; }
        }

        public string NaNSymbol
        {
            get { return _nanSymbol; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _nanSymbol = value; }
        }

        public string NegativeInfinitySymbol
        {
            get { return _negativeInfinitySymbol; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _negativeInfinitySymbol = value; }
        }

        public string NegativeSign
        {
            get { return _negativeSign; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _negativeSign = value; }
        }

        public int NumberDecimalDigits
        {
            get { return _numberDecimalDigits; }
            set { VerifyDigits(value, nameof(value)); VerifyWritable(); _numberDecimalDigits = value; }
        }

        public string NumberDecimalSeparator
        {
            get { return _numberDecimalSeparator; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _numberDecimalSeparator = value; }
        }

        public string NumberGroupSeparator
        {
            get { return _numberGroupSeparator; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _numberGroupSeparator = value; }
        }

        public int[] NumberGroupSizes
        {
            get { return CopyOf(_numberGroupSizes); }
            set { VerifyWritable(); _numberGroupSizes = VerifyGroupSizes(value, nameof(value)); }
        }

        public int NumberNegativePattern
        {
            get { return _numberNegativePattern; }
            set { VerifyPattern(value, 4, nameof(value)); VerifyWritable(); _numberNegativePattern = value; }
        }

        public int PercentDecimalDigits
        {
            get { return _percentDecimalDigits; }
            set { VerifyDigits(value, nameof(value)); VerifyWritable(); _percentDecimalDigits = value; }
        }

        public string PercentDecimalSeparator
        {
            get { return _percentDecimalSeparator; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _percentDecimalSeparator = value; }
        }

        public string PercentGroupSeparator
        {
            get { return _percentGroupSeparator; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _percentGroupSeparator = value; }
        }

        public int[] PercentGroupSizes
        {
            get { return CopyOf(_percentGroupSizes); }
            set { VerifyWritable(); _percentGroupSizes = VerifyGroupSizes(value, nameof(value)); }
        }

        public int PercentNegativePattern
        {
            get { return _percentNegativePattern; }
            set { VerifyPattern(value, 11, nameof(value)); VerifyWritable(); _percentNegativePattern = value; }
        }

        public int PercentPositivePattern
        {
            get { return _percentPositivePattern; }
            set { VerifyPattern(value, 3, nameof(value)); VerifyWritable(); _percentPositivePattern = value; }
        }

        public string PercentSymbol
        {
            get { return _percentSymbol; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _percentSymbol = value; }
        }

        public string PerMilleSymbol
        {
            get { return _perMilleSymbol; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _perMilleSymbol = value; }
        }

        public string PositiveInfinitySymbol
        {
            get { return _positiveInfinitySymbol; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _positiveInfinitySymbol = value; }
        }

        public string PositiveSign
        {
            get { return _positiveSign; }
            set { VerifyWritable(); VerifyNotNull(value, nameof(value)); _positiveSign = value; }
        }

        public string[] NativeDigits
        {
            get { return CopyOf(_nativeDigits); }
            set
            {
                VerifyWritable();
                if (value == null)
                    throw new ArgumentNullException(nameof(value));
                if (value.Length != 10)
                    throw new ArgumentException("The NativeDigits array must contain exactly ten members.", nameof(value));
                _nativeDigits = CopyOf(value);
            }
        }
    }
}
