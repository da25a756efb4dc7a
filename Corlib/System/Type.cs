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

        // Type objects are unique per type, so equality is identity.
        public static bool operator ==(Type left, Type right)
        {
            return (object)left == (object)right;
        }

        public static bool operator !=(Type left, Type right)
        {
            return (object)left != (object)right;
        }

        public override bool Equals(object o)
        {
            return (object)this == o;
        }

        public override int GetHashCode()
        {
            return base.GetHashCode();
        }

        // typeof(T) compiles to "ldtoken T; call GetTypeFromHandle".
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern Type GetTypeFromHandle(RuntimeTypeHandle handle);
    }
}
