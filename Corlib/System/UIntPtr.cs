// System.UIntPtr: a pointer-sized unsigned integer (ELEMENT_TYPE_U).
namespace System
{
    public unsafe struct UIntPtr
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly void* m_value;
#pragma warning restore 0649

        // The value as a number (CILKit is 64-bit), as .NET formats it.
        public override string ToString()
        {
            return ((ulong)m_value).ToString();
        }

        public string ToString(string format)
        {
            return ((ulong)m_value).ToString(format);
        }

        public override bool Equals(object obj)
        {
            if (!(obj is UIntPtr))
                return false;
            return m_value == ((UIntPtr)obj).m_value;
        }

        public override int GetHashCode()
        {
            ulong value = (ulong)m_value;
            return unchecked((int)value ^ (int)(value >> 32));
        }
    }
}
