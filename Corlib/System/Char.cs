// System.Char: a UTF-16 code unit (ELEMENT_TYPE_CHAR).
namespace System
{
    public struct Char
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly char m_value;
#pragma warning restore 0649

        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0x00;
    }
}
