// System.RuntimeTypeHandle, RuntimeMethodHandle, RuntimeFieldHandle: opaque
// handles produced by ldtoken. The value is an internal runtime pointer.
namespace System
{
#pragma warning disable 0649 // only the runtime writes the handle values
    public struct RuntimeTypeHandle
    {
        internal readonly IntPtr m_value;
    }

    public struct RuntimeMethodHandle
    {
        internal readonly IntPtr m_value;
    }

    public struct RuntimeFieldHandle
    {
        internal readonly IntPtr m_value;
    }
#pragma warning restore 0649
}
