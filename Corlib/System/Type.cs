// System.Type: a type, as seen by reflection. Type objects handed out by the
// runtime (GetType, typeof) are System.RuntimeType instances.
using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Type : MemberInfo
    {
        protected Type()
        {
        }

        // typeof(T) compiles to "ldtoken T; call GetTypeFromHandle".
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern Type GetTypeFromHandle(RuntimeTypeHandle handle);
    }
}
