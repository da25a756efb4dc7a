// System.Int16: a 16-bit signed integer (ELEMENT_TYPE_I2).
namespace System
{
    public struct Int16
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly short m_value;
#pragma warning restore 0649

        public const short MaxValue = (short)0x7FFF;
        public const short MinValue = unchecked((short)0x8000);
    }
}
