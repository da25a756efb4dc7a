// switch on integral types: dense ranges (IL switch table), sparse values (compare trees),
// clusters, negative and extreme values (int.MinValue/MaxValue), several labels per section,
// default in the middle, fallthrough via goto case, switch on long, char, byte, sbyte, enum,
// and nullable int (with a null case). Every input in a range is printed.
using System;

namespace Corpus
{
    enum Color { Red = 1, Green = 2, Blue = 4, Black = -1 }

    static class Program
    {
        static string Dense(int x)
        {
            switch (x)
            {
                case 0: return "zero";
                case 1: return "one";
                case 2: return "two";
                case 3: return "three";
                case 4: return "four";
                case 5: return "five";
                case 6: return "six";
                case 7: return "seven";
                default: return "other";
            }
        }

        static string DenseOffset(int x)
        {
            switch (x)
            {
                case 100: return "a";
                case 101:
                case 102: return "b";
                case 104: return "c";  // hole at 103
                case 105: return "d";
                case 106: return "e";
                default: return "-";
            }
        }

        static string Sparse(int x)
        {
            switch (x)
            {
                case int.MinValue: return "min";
                case -1000000: return "-1e6";
                case -5: return "-5";
                case 1: return "1";
                case 100: return "100";
                case 1000: return "1000";
                case 65536: return "2^16";
                case int.MaxValue: return "max";
                default: return "?";
            }
        }

        static string Clustered(int x)
        {
            string r;
            switch (x)
            {
                case 1: case 2: case 3: r = "low"; break;
                default: r = "default"; break;  // default in the middle
                case 1000: case 1001: case 1002: case 1003: r = "k"; break;
                case -3: case -2: case -1: r = "neg"; break;
            }
            return r;
        }

        static string Fallthrough(int x)
        {
            string r = "";
            switch (x)
            {
                case 3: r += "3"; goto case 2;
                case 2: r += "2"; goto case 1;
                case 1: r += "1"; break;
                case 10: r += "10"; goto default;
                default: r += "d"; break;
            }
            return r;
        }

        static string OnLong(long x)
        {
            switch (x)
            {
                case 0L: return "0";
                case 1L: return "1";
                case 2L: return "2";
                case 4294967296L: return "2^32";
                case long.MinValue: return "min";
                case -1L: return "-1";
                default: return "?";
            }
        }

        static string OnChar(char c)
        {
            switch (c)
            {
                case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
                case ' ': return "space";
                case '\0': return "nul";
                case '\uFFFF': return "max";
                default:
                    if (c >= '0' && c <= '9') return "digit";
                    return "other";
            }
        }

        static string OnByte(byte b)
        {
            switch (b)
            {
                case 0: return "0";
                case 127: return "127";
                case 128: return "128";
                case 255: return "255";
                default: return "?";
            }
        }

        static string OnSByte(sbyte b)
        {
            switch (b)
            {
                case -128: return "-128";
                case -1: return "-1";
                case 0: return "0";
                case 127: return "127";
                default: return "?";
            }
        }

        static string OnEnum(Color c)
        {
            switch (c)
            {
                case Color.Red: return "R";
                case Color.Green: return "G";
                case Color.Blue: return "B";
                case Color.Black: return "K";
                default: return "undefined(" + (int)c + ")";
            }
        }

        static string OnNullable(int? x)
        {
            switch (x)
            {
                case null: return "null";
                case 0: return "zero";
                case 1: return "one";
                default: return "value " + x.Value;
            }
        }

        static int sideEffects;
        static int Next() { return sideEffects++; }

        static void Main()
        {
            string line = "";
            for (int i = -2; i <= 9; i++) line += i + ":" + Dense(i) + " ";
            Console.WriteLine("dense: " + line);
            Console.WriteLine("dense extremes: " + Dense(int.MinValue) + " " + Dense(int.MaxValue) + " " + Dense(8));
            line = "";
            for (int i = 98; i <= 108; i++) line += i + ":" + DenseOffset(i) + " ";
            Console.WriteLine("offset: " + line);
            int[] sparseInputs = { int.MinValue, int.MinValue + 1, -1000000, -999999, -5, -4, 0, 1, 2, 99, 100, 101, 1000, 65536, 65535, int.MaxValue, int.MaxValue - 1 };
            line = "";
            foreach (int s in sparseInputs) line += s + ":" + Sparse(s) + " ";
            Console.WriteLine("sparse: " + line);
            line = "";
            for (int i = -4; i <= 4; i++) line += i + ":" + Clustered(i) + " ";
            for (int i = 999; i <= 1004; i++) line += i + ":" + Clustered(i) + " ";
            Console.WriteLine("clustered: " + line);
            line = "";
            for (int i = 0; i <= 4; i++) line += i + ":" + Fallthrough(i) + " ";
            line += "10:" + Fallthrough(10);
            Console.WriteLine("fallthrough: " + line);
            long[] longs = { 0, 1, 2, 3, 4294967296L, 4294967297L, long.MinValue, -1, long.MaxValue };
            line = "";
            foreach (long l in longs) line += OnLong(l) + " ";
            Console.WriteLine("long: " + line);
            line = "";
            foreach (char c in "aeb 5\0\uFFFFz") line += OnChar(c) + " ";
            Console.WriteLine("char: " + line);
            line = "";
            foreach (int b in new[] { 0, 1, 127, 128, 129, 255 }) line += OnByte((byte)b) + " ";
            Console.WriteLine("byte: " + line);
            line = "";
            foreach (int b in new[] { -128, -127, -1, 0, 1, 127 }) line += OnSByte((sbyte)b) + " ";
            Console.WriteLine("sbyte: " + line);
            line = "";
            foreach (int e in new[] { 1, 2, 3, 4, -1, 0, 8 }) line += OnEnum((Color)e) + " ";
            Console.WriteLine("enum: " + line);
            line = "";
            foreach (int? n in new int?[] { null, 0, 1, 2, -7 }) line += OnNullable(n) + " | ";
            Console.WriteLine("nullable: " + line);

            // The switch expression is evaluated exactly once.
            sideEffects = 0;
            switch (Next())
            {
                case 0: Console.WriteLine("switch(Next()) matched 0, calls = " + sideEffects); break;
                default: Console.WriteLine("wrong"); break;
            }
            // switch on a computed value with a big table
            int checksum = 0;
            for (int i = 0; i < 1000; i++)
            {
                switch (i % 13)
                {
                    case 0: checksum += 1; break;
                    case 1: checksum += 3; break;
                    case 2: checksum ^= i; break;
                    case 3: checksum -= 7; break;
                    case 4: case 5: checksum += i; break;
                    case 6: checksum *= 3; checksum &= 0xFFFFF; break;
                    case 12: checksum += 100; break;
                    default: checksum--; break;
                }
            }
            Console.WriteLine("checksum: " + checksum);
        }
    }
}
