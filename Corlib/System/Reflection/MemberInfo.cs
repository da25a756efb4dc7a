// System.Reflection.MemberInfo: base class of reflection member descriptions.
namespace System.Reflection
{
    public abstract class MemberInfo
    {
        protected MemberInfo()
        {
        }
    }
}
