// System.MissingMemberException: an attempt to access a class member that does not exist.
namespace System
{
    public class MissingMemberException : MemberAccessException
    {
        // Set by the (className, memberName) constructor; the message is then built from them.
        protected string ClassName;
        protected string MemberName;
        protected byte[] Signature;

        public MissingMemberException()
            : base("Attempted to access a missing member.")
        {
        }

        public MissingMemberException(string message)
            : base(message)
        {
        }

        public MissingMemberException(string message, Exception inner)
            : base(message, inner)
        {
        }

        public MissingMemberException(string className, string memberName)
        {
            ClassName = className;
            MemberName = memberName;
        }

        // "Member 'Class.Member' not found." when built from a class and member name.
        public override string Message
        {
            get
            {
                if (ClassName == null)
                    return base.Message;
                return "Member '" + ClassName + "." + MemberName + "' not found.";
            }
        }
    }
}
