// System.IntPtr: a pointer-sized signed integer (ELEMENT_TYPE_I).
namespace System
{
    public unsafe struct IntPtr
    {
#pragma warning disable 0649 // the value is the struct itself; only the runtime reads or writes it
        internal readonly void* m_value;
#pragma warning restore 0649

        public static readonly IntPtr Zero;

        public IntPtr(int value) { m_value = (void*)value; }
        public IntPtr(long value) { m_value = (void*)value; }
        public IntPtr(void* value) { m_value = value; }

        public static int Size { get { return 8; } }
        public static IntPtr MaxValue { get { return new IntPtr(long.MaxValue); } }
        public static IntPtr MinValue { get { return new IntPtr(long.MinValue); } }

        public int ToInt32() { return checked((int)(long)m_value); }
        public long ToInt64() { return (long)m_value; }
        public void* ToPointer() { return m_value; }

        public static explicit operator IntPtr(int value) { return new IntPtr(value); }
        public static explicit operator IntPtr(long value) { return new IntPtr(value); }
        public static explicit operator IntPtr(void* value) { return new IntPtr(value); }
        public static explicit operator int(IntPtr value) { return checked((int)(long)value.m_value); }
        public static explicit operator long(IntPtr value) { return (long)value.m_value; }
        public static explicit operator void*(IntPtr value) { return value.m_value; }
        public static bool operator ==(IntPtr value1, IntPtr value2) { return value1.m_value == value2.m_value; }
        public static bool operator !=(IntPtr value1, IntPtr value2) { return value1.m_value != value2.m_value; }
        public static IntPtr operator +(IntPtr pointer, int offset) { return new IntPtr((long)pointer.m_value + offset); }
        public static IntPtr operator -(IntPtr pointer, int offset) { return new IntPtr((long)pointer.m_value - offset); }
        public static IntPtr Add(IntPtr pointer, int offset) { return pointer + offset; }
        public static IntPtr Subtract(IntPtr pointer, int offset) { return pointer - offset; }

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
