// System.MissingMethodException: an attempt to access a method that does not exist.
namespace System
{
    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException()
            : base("Attempted to access a missing method.")
        {
        }

        public MissingMethodException(string message)
            : base(message)
        {
        }

        public MissingMethodException(string message, Exception inner)
            : base(message, inner)
        {
        }

        public MissingMethodException(string className, string methodName)
        {
            ClassName = className;
            MemberName = methodName;
        }

        // "Method 'Class.Method' not found." when built from a class and method name.
        public override string Message
        {
            get
            {
                if (ClassName == null)
                    return base.Message;
                return "Method '" + ClassName + "." + MemberName + "' not found.";
            }
        }
    }
}
