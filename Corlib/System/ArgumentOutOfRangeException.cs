// System.ArgumentOutOfRangeException: an argument outside its allowed range.
namespace System
{
    public class ArgumentOutOfRangeException : ArgumentException
    {
        private readonly object _actualValue;

        public ArgumentOutOfRangeException()
            : base("Specified argument was out of the range of valid values.")
        {
        }

        public ArgumentOutOfRangeException(string paramName)
            : base("Specified argument was out of the range of valid values.", paramName)
        {
        }

        public ArgumentOutOfRangeException(string paramName, string message)
            : base(message, paramName)
        {
        }

        public ArgumentOutOfRangeException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public ArgumentOutOfRangeException(string paramName, object actualValue, string message)
            : base(message, paramName)
        {
            _actualValue = actualValue;
        }

        // ArgumentException's message, then "\nActual value was X." when an actual value was given.
        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_actualValue != null)
                {
                    string valueMessage = "Actual value was " + _actualValue.ToString() + ".";
                    if (s == null)
                        return valueMessage;
                    return s + "\n" + valueMessage;
                }
                return s;
            }
        }

        public virtual object ActualValue
        {
            get { return _actualValue; }
        }
    }
}
