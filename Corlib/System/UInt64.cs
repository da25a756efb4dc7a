// System.UInt64: a 64-bit unsigned integer (ELEMENT_TYPE_U8).
namespace System
{
    public struct UInt64
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly ulong m_value;
#pragma warning restore 0649

        public const ulong MaxValue = (ulong)0xffffffffffffffffL;
        public const ulong MinValue = 0x0;
    }
}
