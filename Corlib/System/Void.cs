// System.Void: the return type of methods that return no value.
namespace System
{
    public struct Void
    {
    }
}
