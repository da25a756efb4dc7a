// System.UInt16: a 16-bit unsigned integer (ELEMENT_TYPE_U2).
namespace System
{
    public struct UInt16
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly ushort m_value;
#pragma warning restore 0649

        public const ushort MaxValue = (ushort)0xFFFF;
        public const ushort MinValue = 0;
    }
}
