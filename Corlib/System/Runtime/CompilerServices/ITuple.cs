// System.Runtime.CompilerServices.ITuple: untyped access to the elements of a tuple.
namespace System.Runtime.CompilerServices
{
    public interface ITuple
    {
        int Length { get; }

        object this[int index] { get; }
    }
}
