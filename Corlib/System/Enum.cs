// System.Enum: base class of all enumeration types.
namespace System
{
    public abstract class Enum : ValueType
    {
        protected Enum()
        {
        }
    }
}
