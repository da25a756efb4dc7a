// System.Activator: creating instances from types. `new T()` in generic code compiles to
// Activator.CreateInstance<T>(); the runtime allocates the object and runs its
// parameterless constructor.
using System.Runtime.CompilerServices;

namespace System
{
    public static class Activator
    {
        public static T CreateInstance<T>()
        {
            return (T)CreateInstance(typeof(T));
        }

        public static object CreateInstance(Type type)
        {
            if (type == null)
                throw new ArgumentNullException("type");
            return InternalCreateInstance(type);
        }

        public static object CreateInstance(Type type, bool nonPublic)
        {
            return CreateInstance(type);
        }

        // A new instance (boxed, for value types) after its parameterless constructor ran;
        // MissingMethodException when there is none.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern object InternalCreateInstance(Type type);
    }
}
