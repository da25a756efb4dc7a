// System.Reflection.TypeInfo: base class of the runtime's Type implementation.
namespace System.Reflection
{
    public abstract class TypeInfo : Type
    {
        protected TypeInfo()
        {
        }
    }
}
