// System.ObjectDisposedException: an operation on an object that has been disposed.
namespace System
{
    public class ObjectDisposedException : InvalidOperationException
    {
        private string _objectName;

        private ObjectDisposedException()
            : this(null, "Cannot access a disposed object.")
        {
        }

        public ObjectDisposedException(string objectName)
            : this(objectName, "Cannot access a disposed object.")
        {
        }

        public ObjectDisposedException(string objectName, string message)
            : base(message)
        {
            _objectName = objectName;
        }

        public ObjectDisposedException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        // The message, followed (when there is an object name) by "\nObject name: 'name'.".
        public override string Message
        {
            get
            {
                string name = ObjectName;
                if (string.IsNullOrEmpty(name))
                    return base.Message;
                return base.Message + "\n" + "Object name: '" + name + "'.";
            }
        }

        public string ObjectName
        {
            get { return _objectName ?? ""; }
        }
    }
}
