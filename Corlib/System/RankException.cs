// System.RankException: an array with the wrong number of dimensions was passed to a method.
namespace System
{
    public class RankException : SystemException
    {
        public RankException()
            : base("Attempted to operate on an array with the incorrect number of dimensions.")
        {
        }

        public RankException(string message)
            : base(message)
        {
        }

        public RankException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
