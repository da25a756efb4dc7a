// System.ThreadStaticAttribute: a static field with one value per thread (the engine keeps
// the storage; field initialisers run only on the thread that runs the static constructor).
namespace System
{
    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public class ThreadStaticAttribute : Attribute
    {
        public ThreadStaticAttribute()
        {
        }
    }
}
