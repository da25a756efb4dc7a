// System.SByte: an 8-bit signed integer (ELEMENT_TYPE_I1).
namespace System
{
    public struct SByte
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly sbyte m_value;
#pragma warning restore 0649

        public const sbyte MaxValue = (sbyte)0x7F;
        public const sbyte MinValue = unchecked((sbyte)0x80);
    }
}
