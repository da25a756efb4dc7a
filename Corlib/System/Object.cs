// System.Object: the root of the type hierarchy.
using System.Runtime.CompilerServices;

namespace System
{
    public class Object
    {
        public Object()
        {
        }

        // Object's finalizer does nothing; types that override it get called by the GC.
        ~Object()
        {
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern Type GetType();

        public virtual string ToString()
        {
            return GetType().ToString();
        }

        public virtual bool Equals(object obj)
        {
            return this == obj;
        }

        public static bool Equals(object objA, object objB)
        {
            if (objA == objB)
                return true;
            if (objA == null || objB == null)
                return false;
            return objA.Equals(objB);
        }

        public static bool ReferenceEquals(object objA, object objB)
        {
            return objA == objB;
        }

        public virtual int GetHashCode()
        {
            return RuntimeHelpers.GetHashCode(this);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        protected extern object MemberwiseClone();
    }
}
