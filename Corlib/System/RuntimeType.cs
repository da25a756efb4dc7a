// System.RuntimeType: the runtime's concrete Type. Instances are created by the
// runtime only; every member reads the engine's type descriptor.
using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    internal sealed class RuntimeType : TypeInfo
    {
        private RuntimeType()
        {
        }

        // The type's name in reflection format, e.g. "System.Int32" or
        // "System.Collections.Generic.List`1[System.Int32]".
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern string ToString();

        public override extern string Name { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern string FullName { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern string Namespace { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern string AssemblyQualifiedName { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern Type BaseType { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern Type DeclaringType { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsValueType { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsInterface { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsArray { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsEnum { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsPrimitive { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsGenericType { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsGenericTypeDefinition { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsAbstract { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsSealed { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsPointer { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsByRef { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsNested { [MethodImpl(MethodImplOptions.InternalCall)] get; }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type[] GetGenericArguments();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type GetGenericTypeDefinition();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type GetElementType();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type MakeGenericType(params Type[] typeArguments);

        [MethodImpl(MethodImplOptions.InternalCall)]
        protected override extern System.Reflection.TypeAttributes GetAttributeFlagsImpl();

        public override extern bool IsGenericParameter { [MethodImpl(MethodImplOptions.InternalCall)] get; }

        public override extern int GenericParameterPosition { [MethodImpl(MethodImplOptions.InternalCall)] get; }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type MakeArrayType();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type MakeArrayType(int rank);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern int GetArrayRank();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern bool IsAssignableFrom(Type c);
    }
}
