// System.Runtime.InteropServices.OutAttribute: a pseudo-attribute; the compiler
// sets the Out flag of the parameter (ParamAttributes 0x0002).
namespace System.Runtime.InteropServices
{
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OutAttribute : Attribute
    {
        public OutAttribute()
        {
        }
    }
}
