// mcs-flags: -unsafe
// stackalloc (CIL localloc): zeroed blocks, pointer arithmetic, blocks surviving collections
// while the frame is live, recursion with a block per frame, and fixed-size buffers in structs.
using System;

namespace Corpus.Engine.Unsafe_Stackalloc
{
    unsafe struct Packet
    {
        public fixed byte Data[16];
        public int Length;
    }

    public static unsafe class Program
    {
        static int SumSquares(int n)
        {
            int* squares = stackalloc int[n];
            for (int i = 0; i < n; i++) squares[i] = i * i;
            // Allocate garbage and collect: the block must stay intact.
            int[] junk = null;
            for (int i = 0; i < 1000; i++) junk = new int[100];
            GC.KeepAlive(junk);
            GC.Collect();
            int sum = 0;
            for (int* p = squares; p < squares + n; p++) sum += *p;
            return sum;
        }

        static long Depth(int level)
        {
            long* cell = stackalloc long[4];
            cell[0] = level;
            cell[3] = level * 10;
            long below = level == 0 ? 0 : Depth(level - 1);
            return cell[0] + cell[3] + below;
        }

        static string Hex(byte* p, int count)
        {
            char* buffer = stackalloc char[count * 2];
            const string digits = "0123456789abcdef";
            for (int i = 0; i < count; i++)
            {
                buffer[2 * i] = digits[p[i] >> 4];
                buffer[2 * i + 1] = digits[p[i] & 15];
            }
            return new string(buffer, 0, count * 2);
        }

        public static int Main()
        {
            byte* zeroed = stackalloc byte[64];
            bool allZero = true;
            for (int i = 0; i < 64; i++) if (zeroed[i] != 0) allZero = false;
            Console.WriteLine("zeroed: " + allZero);
            Console.WriteLine("sum of squares below 100: " + SumSquares(100));
            Console.WriteLine("depth 50: " + Depth(50));
            byte* bytes = stackalloc byte[6];
            bytes[0] = 0xde; bytes[1] = 0xad; bytes[2] = 0xbe; bytes[3] = 0xef; bytes[4] = 1; bytes[5] = 2;
            Console.WriteLine("hex: " + Hex(bytes, 6));
            Packet packet = new Packet();
            for (int i = 0; i < 16; i++) packet.Data[i] = (byte)(i * 3);
            packet.Length = 16;
            Console.WriteLine("fixed buffer: " + Hex(packet.Data, packet.Length));
            int* empty = stackalloc int[0];
            Console.WriteLine("empty block ok: " + (empty != null || empty == null));
            int n = 3;
            double* d = stackalloc double[n];
            d[0] = 1.5; d[1] = 2.25; d[2] = d[0] * d[1];
            Console.WriteLine("doubles: " + d[0] + " " + d[1] + " " + d[2]);
            return 0;
        }
    }
}
