// System.IConvertible: a value that converts itself to each of the base types. The
// primitive types, decimal, string, DateTime and enums implement it explicitly, each by
// calling the matching System.Convert overload; Convert's object overloads (and
// ChangeType) go through this interface, so a value that does not implement it gets an
// InvalidCastException from the cast.
namespace System
{
    public interface IConvertible
    {
        TypeCode GetTypeCode();

        bool ToBoolean(IFormatProvider provider);

        char ToChar(IFormatProvider provider);

        sbyte ToSByte(IFormatProvider provider);

        byte ToByte(IFormatProvider provider);

        short ToInt16(IFormatProvider provider);

        ushort ToUInt16(IFormatProvider provider);

        int ToInt32(IFormatProvider provider);

        uint ToUInt32(IFormatProvider provider);

        long ToInt64(IFormatProvider provider);

        ulong ToUInt64(IFormatProvider provider);

        float ToSingle(IFormatProvider provider);

        double ToDouble(IFormatProvider provider);

        decimal ToDecimal(IFormatProvider provider);

        DateTime ToDateTime(IFormatProvider provider);

        string ToString(IFormatProvider provider);

        object ToType(Type conversionType, IFormatProvider provider);
    }
}
