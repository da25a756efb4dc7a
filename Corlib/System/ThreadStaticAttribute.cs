// System.ThreadStaticAttribute: a static field marked with it has one value per thread. The
// engine gives every thread its own zeroed block of such fields, made on first access.
namespace System
{
    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public class ThreadStaticAttribute : Attribute
    {
    }
}
