// System.Byte: an 8-bit unsigned integer (ELEMENT_TYPE_U1).
namespace System
{
    public struct Byte
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly byte m_value;
#pragma warning restore 0649

        public const byte MaxValue = (byte)0xFF;
        public const byte MinValue = 0;
    }
}
