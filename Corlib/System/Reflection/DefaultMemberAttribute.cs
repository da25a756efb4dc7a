// System.Reflection.DefaultMemberAttribute: names the default member of a type.
// Compilers emit it on types with an indexer (e.g. String's "Chars") and look
// for it to find indexers of imported types.
namespace System.Reflection
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : Attribute
    {
        public DefaultMemberAttribute(string memberName)
        {
            MemberName = memberName;
        }

        public string MemberName { get; }
    }
}
