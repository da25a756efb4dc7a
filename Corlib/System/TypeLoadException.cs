// System.TypeLoadException: a type could not be loaded.
namespace System
{
    public class TypeLoadException : SystemException
    {
#pragma warning disable 649 // set by the runtime when it names the type that failed to load
        private string _className;
#pragma warning restore 649

        public TypeLoadException()
            : base("Failure has occurred while loading a type.")
        {
        }

        public TypeLoadException(string message)
            : base(message)
        {
        }

        public TypeLoadException(string message, Exception inner)
            : base(message, inner)
        {
        }

        public string TypeName
        {
            get { return _className ?? ""; }
        }
    }
}
