// System.Boolean: the bool primitive type (ELEMENT_TYPE_BOOLEAN).
namespace System
{
    public struct Boolean
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly bool m_value;
#pragma warning restore 0649
    }
}
