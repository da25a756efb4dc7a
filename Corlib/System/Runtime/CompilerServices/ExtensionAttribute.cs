// System.Runtime.CompilerServices.ExtensionAttribute: marks an extension method and
// the classes and assemblies that declare extension methods (emitted by the C#
// compiler for `this` parameters).
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly)]
    public sealed class ExtensionAttribute : Attribute
    {
        public ExtensionAttribute()
        {
        }
    }
}
