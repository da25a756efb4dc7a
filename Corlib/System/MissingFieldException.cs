// System.MissingFieldException: an attempt to access a field that does not exist.
namespace System
{
    public class MissingFieldException : MissingMemberException
    {
        public MissingFieldException()
            : base("Attempted to access a non-existing field.")
        {
        }

        public MissingFieldException(string message)
            : base(message)
        {
        }

        public MissingFieldException(string message, Exception inner)
            : base(message, inner)
        {
        }

        public MissingFieldException(string className, string fieldName)
        {
            ClassName = className;
            MemberName = fieldName;
        }

        // "Field 'Class.Field' not found." when built from a class and field name.
        public override string Message
        {
            get
            {
                if (ClassName == null)
                    return base.Message;
                return "Field '" + ClassName + "." + MemberName + "' not found.";
            }
        }
    }
}
