// System.DllNotFoundException: a native library named in a DllImport could not be found.
namespace System
{
    public class DllNotFoundException : TypeLoadException
    {
        public DllNotFoundException()
            : base("Dll was not found.")
        {
        }

        public DllNotFoundException(string message)
            : base(message)
        {
        }

        public DllNotFoundException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
