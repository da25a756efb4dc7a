// System.ValueType: base class of all value types. Equality and hashing compare the
// fields, as .NET does: the runtime compares the bits of values without references and
// calls Equals on each field otherwise.
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class ValueType
    {
        protected ValueType()
        {
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern bool Equals(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern int GetHashCode();

        public override string ToString()
        {
            return GetType().ToString();
        }
    }
}
