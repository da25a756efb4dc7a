// System.Runtime.CompilerServices.IndexerNameAttribute: sets the metadata name of
// an indexer (default "Item"). The compiler consumes it; nothing is stored.
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Property, Inherited = true)]
    public sealed class IndexerNameAttribute : Attribute
    {
        public IndexerNameAttribute(string indexerName)
        {
        }
    }
}
