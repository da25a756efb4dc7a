// System.TypeInitializationException: wraps the exception thrown by a type's static constructor.
namespace System
{
    public sealed class TypeInitializationException : SystemException
    {
        private readonly string _typeName;

        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException)
        {
            _typeName = fullTypeName;
        }

        public string TypeName
        {
            get { return _typeName ?? ""; }
        }
    }
}
