// System.Buffer: byte-level copies between arrays of primitive types.
using System.Runtime.CompilerServices;

namespace System
{
    public static class Buffer
    {
        // Copies count bytes; both arrays must hold primitive values.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void BlockCopy(Array src, int srcOffset, Array dst, int dstOffset, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int ByteLength(Array array);

        public static byte GetByte(Array array, int index)
        {
            byte[] one = new byte[1];
            BlockCopy(array, index, one, 0, 1);
            return one[0];
        }

        public static void SetByte(Array array, int index, byte value)
        {
            byte[] one = new byte[] { value };
            BlockCopy(one, 0, array, index, 1);
        }

        public static unsafe void MemoryCopy(void* source, void* destination, long destinationSizeInBytes, long sourceBytesToCopy)
        {
            if (sourceBytesToCopy > destinationSizeInBytes)
                throw new ArgumentOutOfRangeException("sourceBytesToCopy");
            byte* s = (byte*)source;
            byte* d = (byte*)destination;
            if (d > s && d < s + sourceBytesToCopy)
            {
                for (long i = sourceBytesToCopy - 1; i >= 0; i--)
                    d[i] = s[i];
            }
            else
            {
                for (long i = 0; i < sourceBytesToCopy; i++)
                    d[i] = s[i];
            }
        }
    }
}
