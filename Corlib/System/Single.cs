// System.Single: a 32-bit IEEE 754 floating-point number (ELEMENT_TYPE_R4).
namespace System
{
    public struct Single
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly float m_value;
#pragma warning restore 0649

        public const float MinValue = (float)-3.40282346638528859e+38;
        public const float Epsilon = (float)1.4e-45;
        public const float MaxValue = (float)3.40282346638528859e+38;
        public const float PositiveInfinity = (float)1.0 / (float)0.0;
        public const float NegativeInfinity = (float)-1.0 / (float)0.0;
        public const float NaN = (float)0.0 / (float)0.0;
    }
}
