// System.IntPtr: a pointer-sized signed integer (ELEMENT_TYPE_I).
namespace System
{
    public unsafe struct IntPtr
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly void* m_value;
#pragma warning restore 0649
    }
}
