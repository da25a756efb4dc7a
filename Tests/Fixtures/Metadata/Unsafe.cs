// mcs-flags: -unsafe
// Unsafe code: pointer types in signatures, fields and locals (ELEMENT_TYPE_PTR,
// including void*, pointers to pointers and pointers to structs), `fixed`
// statements over arrays, strings and fields (pinned locals; strings use
// RuntimeHelpers.OffsetToStringData), `stackalloc` (localloc), sizeof of
// primitives and structs (the `sizeof` opcode), fixed-size buffers
// (FixedBufferAttribute and a nested <Buffer>e__FixedBuffer struct), pointer
// arithmetic and comparison, ->, pointer/integer conversions, function-like use
// of void* (memory copy/fill helpers), and IntPtr interop.
using System;
using System.Runtime.InteropServices;

namespace Fixtures.Unsafe
{
    [StructLayout(LayoutKind.Sequential)]
    public struct Pair
    {
        public int A;
        public long B;
    }

    public unsafe struct Header
    {
        public fixed byte Magic[4];
        public fixed int Words[3];
        public fixed char Name[8];
        public Pair* Next;
        public void* Opaque;
        public byte** Table;
    }

    public unsafe class Buffers
    {
        public int* Cursor;
        private int[] storage = new int[8];
        public Header Head;

        public static void Copy(void* destination, void* source, int byteCount)
        {
            byte* d = (byte*)destination;
            byte* s = (byte*)source;
            for (int i = 0; i < byteCount; i++) *d++ = *s++;
        }

        public static void Fill(void* destination, byte value, int byteCount)
        {
            byte* end = (byte*)destination + byteCount;
            for (byte* p = (byte*)destination; p < end; p++) *p = value;
        }

        public static int Sum(int* values, int count)
        {
            int total = 0;
            for (int* p = values; p != values + count; ++p) total += *p;
            return total;
        }

        public int StorageSum()
        {
            fixed (int* p = storage)                      // pinned int[] -> int*
            {
                for (int i = 0; i < storage.Length; i++) p[i] = i * i;
                return Sum(p, storage.Length);
            }
        }

        public int FirstAndLast()
        {
            fixed (int* first = &storage[0], last = &storage[7])   // two pinned locals
            {
                return (int)(last - first);
            }
        }
    }

    public unsafe class Program
    {
        static int Length(char* s)
        {
            char* p = s;
            while (*p != '\0') p++;
            return (int)(p - s);
        }

        static long Swap(Pair* pair)
        {
            long t = pair->A;
            pair->A = (int)pair->B;
            pair->B = t;
            return pair->A + pair->B;
        }

        static void** Indirect(void** slot, void* value)
        {
            *slot = value;
            return slot;
        }

        public static int Main()
        {
            Console.WriteLine("sizeof: " + sizeof(byte) + " " + sizeof(char) + " " + sizeof(int) + " " + sizeof(long) + " " + sizeof(double) +
                              " " + sizeof(decimal) + " " + sizeof(Pair) + " " + sizeof(Header) + " " + (sizeof(IntPtr) == sizeof(void*)));

            int* numbers = stackalloc int[10];
            for (int i = 0; i < 10; i++) numbers[i] = i + 1;
            Console.WriteLine("stackalloc: " + Buffers.Sum(numbers, 10) + " " + *(numbers + 9) + " " + numbers[4]);

            byte* bytes = stackalloc byte[16];
            Buffers.Fill(bytes, 0xAB, 16);
            byte* copy = stackalloc byte[16];
            Buffers.Copy(copy, bytes, 16);
            Console.WriteLine("fill/copy: " + copy[0].ToString("X") + " " + copy[15].ToString("X"));

            var buffers = new Buffers();
            Console.WriteLine("fixed array: " + buffers.StorageSum() + " " + buffers.FirstAndLast());

            string text = "pinned string";
            fixed (char* p = text)
            {
                Console.WriteLine("fixed string: " + Length(p) + " " + p[7]);
            }

            char magic1;
            fixed (byte* magic = buffers.Head.Magic)          // fixed buffer in a movable object
            {
                magic[0] = (byte)'C'; magic[1] = (byte)'I'; magic[2] = (byte)'L'; magic[3] = 0;
                magic1 = (char)magic[1];
            }
            Header h = new Header();
            h.Words[0] = 1; h.Words[2] = 3;
            h.Name[0] = 'h';
            Pair pair = new Pair { A = 1, B = 2 };
            h.Next = &pair;
            h.Opaque = &pair;
            Console.WriteLine("fixed buffers: " + magic1 + " " + (h.Words[0] + h.Words[1] + h.Words[2]) + " " + h.Name[0] +
                              " " + h.Next->B + " " + ((Pair*)h.Opaque)->A);

            Console.WriteLine("arrow: " + Swap(&pair) + " " + pair.A + " " + pair.B);

            void* slotValue = null;
            void** slot = &slotValue;
            Indirect(slot, &pair);
            Console.WriteLine("void**: " + (*slot == (void*)&pair) + " " + (slotValue != null));

            long address = (long)&pair;
            Pair* back = (Pair*)address;
            IntPtr handle = new IntPtr(back);
            UIntPtr uhandle = (UIntPtr)(void*)handle;
            Console.WriteLine("conversions: " + (back == &pair) + " " + ((Pair*)handle.ToPointer())->B + " " + (uhandle.ToUInt64() == (ulong)address));

            int* a = numbers + 2, b = numbers + 5;
            Console.WriteLine("compare: " + (a < b) + " " + (b - a) + " " + (a >= b) + " " + (*(a + 1) == numbers[3]));

            IntPtr unmanaged = Marshal.AllocHGlobal(64);
            try
            {
                long* wide = (long*)unmanaged;
                wide[0] = long.MaxValue;
                wide[7] = -1;
                Console.WriteLine("hglobal: " + Marshal.ReadInt64(unmanaged) + " " + Marshal.ReadInt64(unmanaged, 56));
            }
            finally
            {
                Marshal.FreeHGlobal(unmanaged);
            }

            char** table = stackalloc char*[2];
            fixed (char* one = "one")
            fixed (char* two = "two")
            {
                table[0] = one; table[1] = two;
                Console.WriteLine("pointer table: " + table[1][1] + " " + Length(table[0]));
            }
            return 0;
        }
    }
}
