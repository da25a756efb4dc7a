// System.IFormatProvider: supplies formatting information (a NumberFormatInfo,
// an ICustomFormatter, ...) for a requested type.
namespace System
{
    public interface IFormatProvider
    {
        object GetFormat(Type formatType);
    }
}
