// System.ICloneable: an object that can make a copy of itself.
namespace System
{
    public interface ICloneable
    {
        object Clone();
    }
}
