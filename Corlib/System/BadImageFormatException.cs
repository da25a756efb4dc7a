// System.BadImageFormatException: the file image of an assembly or executable is invalid.
namespace System
{
    public class BadImageFormatException : SystemException
    {
        private readonly string _fileName;

        public BadImageFormatException()
            : base("Format of the executable (.exe) or library (.dll) is invalid.")
        {
        }

        public BadImageFormatException(string message)
            : base(message)
        {
        }

        public BadImageFormatException(string message, Exception inner)
            : base(message, inner)
        {
        }

        public BadImageFormatException(string message, string fileName)
            : base(message)
        {
            _fileName = fileName;
        }

        public BadImageFormatException(string message, string fileName, Exception inner)
            : base(message, inner)
        {
            _fileName = fileName;
        }

        public string FileName
        {
            get { return _fileName; }
        }

        // .NET adds a "File name: 'x'" line after the message.
        public override string ToString()
        {
            string s = GetType().ToString() + ": " + Message;
            if (!string.IsNullOrEmpty(_fileName))
                s = s + "\n" + "File name: '" + _fileName + "'";
            if (InnerException != null)
                s = s + " ---> " + InnerException.ToString() + "\n   --- End of inner exception stack trace ---";
            if (StackTrace != null)
                s = s + "\n" + StackTrace;
            return s;
        }
    }
}
