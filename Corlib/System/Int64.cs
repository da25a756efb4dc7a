// System.Int64: a 64-bit signed integer (ELEMENT_TYPE_I8).
namespace System
{
    public struct Int64
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly long m_value;
#pragma warning restore 0649

        public const long MaxValue = 0x7fffffffffffffffL;
        public const long MinValue = unchecked((long)0x8000000000000000L);
    }
}
