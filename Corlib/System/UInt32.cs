// System.UInt32: a 32-bit unsigned integer (ELEMENT_TYPE_U4).
namespace System
{
    public struct UInt32
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly uint m_value;
#pragma warning restore 0649

        public const uint MaxValue = (uint)0xffffffff;
        public const uint MinValue = 0U;
    }
}
