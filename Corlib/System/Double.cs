// System.Double: a 64-bit IEEE 754 floating-point number (ELEMENT_TYPE_R8).
namespace System
{
    public struct Double
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly double m_value;
#pragma warning restore 0649

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NegativeInfinity = (double)-1.0 / (double)(0.0);
        public const double PositiveInfinity = (double)1.0 / (double)(0.0);
        public const double NaN = (double)0.0 / (double)0.0;
    }
}
