// System.Runtime.CompilerServices.CompilerGeneratedAttribute: marks compiler-generated
// elements (backing fields, closures, state machines).
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.All, Inherited = true)]
    public sealed class CompilerGeneratedAttribute : Attribute
    {
        public CompilerGeneratedAttribute()
        {
        }
    }
}
