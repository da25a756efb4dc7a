// System.IO.FileNotFoundException: an attempt to access a file that does not exist.
namespace System.IO
{
    public class FileNotFoundException : IOException
    {
        private readonly string _fileName;
        // True when the caller gave no message: Message is then derived from FileName.
        private readonly bool _noMessage;

        public FileNotFoundException()
            : base("Unable to find the specified file.")
        {
        }

        public FileNotFoundException(string message)
            : base(message)
        {
        }

        public FileNotFoundException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public FileNotFoundException(string message, string fileName)
            : base(message)
        {
            _fileName = fileName;
            _noMessage = message == null;
        }

        public FileNotFoundException(string message, string fileName, Exception innerException)
            : base(message, innerException)
        {
            _fileName = fileName;
            _noMessage = message == null;
        }

        public string FileName
        {
            get { return _fileName; }
        }

        public override string Message
        {
            get
            {
                if (_noMessage && _fileName != null)
                    return "Could not load file or assembly '" + _fileName + "'. The system cannot find the file specified.";
                return base.Message;
            }
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
