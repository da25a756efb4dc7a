// System.IFormattable: a value that formats itself with a format string and a provider.
namespace System
{
    public interface IFormattable
    {
        string ToString(string format, IFormatProvider formatProvider);
    }
}
