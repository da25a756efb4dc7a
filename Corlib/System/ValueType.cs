// System.ValueType: base class of all value types.
namespace System
{
    public abstract class ValueType
    {
        protected ValueType()
        {
        }
    }
}
