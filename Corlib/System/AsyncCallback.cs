// System.IAsyncResult and System.AsyncCallback: the asynchronous programming model's
// types. Delegate types get runtime-provided BeginInvoke/EndInvoke signatures that name
// them; CILKit does not implement BeginInvoke itself (it throws PlatformNotSupported, as
// .NET Core does).
namespace System
{
    public interface IAsyncResult
    {
        object AsyncState { get; }
        bool IsCompleted { get; }
        bool CompletedSynchronously { get; }
        System.Threading.WaitHandle AsyncWaitHandle { get; }
    }

    public delegate void AsyncCallback(IAsyncResult ar);
}
