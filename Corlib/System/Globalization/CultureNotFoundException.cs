// System.Globalization.CultureNotFoundException: an unknown culture name or identifier.
namespace System.Globalization
{
    public class CultureNotFoundException : ArgumentException
    {
        private readonly string _invalidCultureName;

        public CultureNotFoundException()
            : base("Culture is not supported.")
        {
        }

        public CultureNotFoundException(string message)
            : base(message)
        {
        }

        public CultureNotFoundException(string paramName, string message)
            : base(message, paramName)
        {
        }

        public CultureNotFoundException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public CultureNotFoundException(string paramName, string invalidCultureName, string message)
            : base(message, paramName)
        {
            _invalidCultureName = invalidCultureName;
        }

        public virtual string InvalidCultureName
        {
            get { return _invalidCultureName; }
        }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_invalidCultureName != null)
                    s = s + "\n" + _invalidCultureName + " is an invalid culture identifier.";
                return s;
            }
        }
    }
}
