// System.Collections.IDictionaryEnumerator: a cursor over a non-generic dictionary.
namespace System.Collections
{
    public interface IDictionaryEnumerator : IEnumerator
    {
        object Key { get; }

        object Value { get; }

        DictionaryEntry Entry { get; }
    }
}
