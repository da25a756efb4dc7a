// System.Threading.LazyThreadSafetyMode: how a Lazy<T> guards its initialization.
namespace System.Threading
{
    public enum LazyThreadSafetyMode
    {
        None = 0,
        PublicationOnly = 1,
        ExecutionAndPublication = 2,
    }
}
