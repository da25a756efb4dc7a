// System.NotFiniteNumberException: a floating-point value is infinity or NaN.
namespace System
{
    public class NotFiniteNumberException : ArithmeticException
    {
        private double _offendingNumber;

        public NotFiniteNumberException()
            : base("Number encountered was not a finite quantity.")
        {
        }

        public NotFiniteNumberException(double offendingNumber)
            : base("Number encountered was not a finite quantity.")
        {
            _offendingNumber = offendingNumber;
        }

        public NotFiniteNumberException(string message)
            : base(message)
        {
        }

        public NotFiniteNumberException(string message, double offendingNumber)
            : base(message)
        {
            _offendingNumber = offendingNumber;
        }

        public NotFiniteNumberException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public NotFiniteNumberException(string message, double offendingNumber, Exception innerException)
            : base(message, innerException)
        {
            _offendingNumber = offendingNumber;
        }

        public double OffendingNumber
        {
            get { return _offendingNumber; }
        }
    }
}
