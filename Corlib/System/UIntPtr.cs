// System.UIntPtr: a pointer-sized unsigned integer (ELEMENT_TYPE_U).
namespace System
{
    public unsafe struct UIntPtr
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly void* m_value;
#pragma warning restore 0649
    }
}
