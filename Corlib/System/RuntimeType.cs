// System.RuntimeType: the runtime's concrete Type. Instances are created by the
// runtime only.
using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    internal sealed class RuntimeType : TypeInfo
    {
        private RuntimeType()
        {
        }

        // The type's name in reflection format, e.g. "System.Int32".
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern string ToString();
    }
}
