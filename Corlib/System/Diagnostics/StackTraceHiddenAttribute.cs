// System.Diagnostics.StackTraceHiddenAttribute: frames of a method (or of every method of a
// type) carrying it are left out of exception stack traces — the await and rethrow plumbing
// (awaiters, ExceptionDispatchInfo, AsyncHelpers), as in .NET.
namespace System.Diagnostics
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Struct, Inherited = false)]
    public sealed class StackTraceHiddenAttribute : Attribute
    {
    }
}
