// System.Reflection.MemberInfo: base of the reflection objects. CILKit's reflection is
// minimal: types (System.RuntimeType) with their names and shape.
namespace System.Reflection
{
    public abstract class MemberInfo
    {
        protected MemberInfo()
        {
        }

        public abstract string Name { get; }

        public abstract Type DeclaringType { get; }
    }
}
