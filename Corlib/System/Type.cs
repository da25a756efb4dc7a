// System.Type: a type, as seen by reflection. Type objects handed out by the
// runtime (GetType, typeof) are System.RuntimeType instances, one per type, so
// equality is identity.
using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Type : MemberInfo
    {
        protected Type()
        {
        }

        public abstract string FullName { get; }
        public abstract string Namespace { get; }
        public abstract Type BaseType { get; }
        public abstract bool IsValueType { get; }
        public abstract bool IsInterface { get; }
        public abstract bool IsArray { get; }
        public abstract bool IsEnum { get; }
        public abstract bool IsPrimitive { get; }
        public abstract bool IsGenericType { get; }
        public abstract bool IsGenericTypeDefinition { get; }
        public abstract bool IsAbstract { get; }
        public abstract bool IsSealed { get; }
        public abstract bool IsPointer { get; }
        public abstract bool IsByRef { get; }
        public abstract bool IsNested { get; }
        public abstract string AssemblyQualifiedName { get; }

        public bool IsClass
        {
            get { return !IsValueType && !IsInterface; }
        }

        public System.Reflection.TypeAttributes Attributes
        {
            get { return GetAttributeFlagsImpl(); }
        }

        protected abstract System.Reflection.TypeAttributes GetAttributeFlagsImpl();

        private System.Reflection.TypeAttributes Visibility
        {
            get { return GetAttributeFlagsImpl() & System.Reflection.TypeAttributes.VisibilityMask; }
        }

        public bool IsPublic
        {
            get { return Visibility == System.Reflection.TypeAttributes.Public; }
        }

        public bool IsNotPublic
        {
            get { return Visibility == System.Reflection.TypeAttributes.NotPublic; }
        }

        public bool IsNestedPublic
        {
            get { return Visibility == System.Reflection.TypeAttributes.NestedPublic; }
        }

        public bool IsNestedPrivate
        {
            get { return Visibility == System.Reflection.TypeAttributes.NestedPrivate; }
        }

        public bool IsNestedAssembly
        {
            get { return Visibility == System.Reflection.TypeAttributes.NestedAssembly; }
        }

        public bool IsNestedFamily
        {
            get { return Visibility == System.Reflection.TypeAttributes.NestedFamily; }
        }

        public abstract bool IsGenericParameter { get; }

        public virtual int GenericParameterPosition
        {
            get { throw new InvalidOperationException("Method may only be called on a Type for which Type.IsGenericParameter is true."); }
        }

        public abstract Type[] GetGenericArguments();
        public abstract Type GetGenericTypeDefinition();

        public virtual Type MakeGenericType(params Type[] typeArguments)
        {
            throw new NotSupportedException("Derived classes must provide an implementation.");
        }

        public virtual Type MakeArrayType()
        {
            throw new NotSupportedException("Derived classes must provide an implementation.");
        }

        public virtual Type MakeArrayType(int rank)
        {
            throw new NotSupportedException("Derived classes must provide an implementation.");
        }
        public abstract Type GetElementType();
        public abstract int GetArrayRank();
        public abstract bool IsAssignableFrom(Type c);

        public virtual bool IsInstanceOfType(object o)
        {
            return o != null && IsAssignableFrom(o.GetType());
        }

        public virtual bool IsSubclassOf(Type c)
        {
            Type t = BaseType;
            while (t != null)
            {
                if (t == c)
                    return true;
                t = t.BaseType;
            }
            return false;
        }

        public Type[] GenericTypeArguments
        {
            get { return IsGenericType && !IsGenericTypeDefinition ? GetGenericArguments() : new Type[0]; }
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
