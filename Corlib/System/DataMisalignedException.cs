// System.DataMisalignedException: a unit of data was read from or written to a misaligned address.
namespace System
{
    public sealed class DataMisalignedException : SystemException
    {
        public DataMisalignedException()
            : base("A datatype misalignment was detected in a load or store instruction.")
        {
        }

        public DataMisalignedException(string message)
            : base(message)
        {
        }

        public DataMisalignedException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
