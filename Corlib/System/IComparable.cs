// System.IComparable: a type whose instances are ordered against other objects.
namespace System
{
    public interface IComparable
    {
        int CompareTo(object obj);
    }
}
