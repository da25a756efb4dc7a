// System.Runtime.CompilerServices.RuntimeHelpers: runtime services the compiler
// and the core library call into.
namespace System.Runtime.CompilerServices
{
    public static class RuntimeHelpers
    {
        // Array initializers: copies the FieldRVA data of fldHandle into array.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void InitializeArray(Array array, RuntimeFieldHandle fldHandle);

        // Byte offset of a string's first character from the object reference (used by
        // `fixed (char* p = s)`).
        public static extern int OffsetToStringData
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        // The identity hash code of o (Object.GetHashCode), 0 for null.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int GetHashCode(object o);
    }
}
