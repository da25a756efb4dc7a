// System.EventArgs: base class of event data; EventArgs.Empty carries none.
namespace System
{
    public class EventArgs
    {
        public static readonly EventArgs Empty = new EventArgs();

        public EventArgs()
        {
        }
    }
}
