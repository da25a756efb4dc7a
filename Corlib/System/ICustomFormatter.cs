// System.ICustomFormatter: custom formatting of one argument of a composite format
// (string.Format asks the provider for one before formatting each argument).
namespace System
{
    public interface ICustomFormatter
    {
        string Format(string format, object arg, IFormatProvider formatProvider);
    }
}
