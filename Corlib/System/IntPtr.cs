// System.IntPtr: a pointer-sized signed integer (ELEMENT_TYPE_I).
namespace System
{
    public unsafe struct IntPtr
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly void* m_value;
#pragma warning restore 0649

        // The value as a number (CILKit is 64-bit), as .NET formats it.
        public override string ToString()
        {
            return ((long)m_value).ToString();
        }

        public string ToString(string format)
        {
            return ((long)m_value).ToString(format);
        }

        public override bool Equals(object obj)
        {
            if (!(obj is IntPtr))
                return false;
            return m_value == ((IntPtr)obj).m_value;
        }

        public override int GetHashCode()
        {
            long value = (long)m_value;
            return unchecked((int)value ^ (int)(value >> 32));
        }
    }
}
