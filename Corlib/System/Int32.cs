// System.Int32: a 32-bit signed integer (ELEMENT_TYPE_I4).
namespace System
{
    public struct Int32
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly int m_value;
#pragma warning restore 0649

        public const int MaxValue = 0x7fffffff;
        public const int MinValue = unchecked((int)0x80000000);
    }
}
