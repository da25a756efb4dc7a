// System.Decimal: a 128-bit decimal floating-point number (not a CLI primitive;
// mcs needs the type to exist). Field layout as in .NET: sign and scale in _flags,
// 96-bit integer mantissa in _hi32:_lo64.
namespace System
{
    public struct Decimal
    {
#pragma warning disable 0169 // no arithmetic yet: the runtime is the only writer
        private readonly int _flags;
        private readonly uint _hi32;
        private readonly ulong _lo64;
#pragma warning restore 0169
    }
}
