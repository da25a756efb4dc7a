// System.Array: base class of all array types. Element access for vectors uses
// the ldelem/stelem opcodes; multi-dimensional arrays get runtime-provided
// Get/Set/Address methods.
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Array
    {
        private protected Array()
        {
        }

        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }
    }
}
