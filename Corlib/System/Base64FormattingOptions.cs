// System.Base64FormattingOptions: whether Convert.ToBase64String breaks lines.
namespace System
{
    [Flags]
    public enum Base64FormattingOptions
    {
        None = 0,
        InsertLineBreaks = 1,
    }
}
