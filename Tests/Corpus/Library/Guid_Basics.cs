// System.Guid without NewGuid values: parsing every format (D, N, B, P, X,
// upper/lower case, surrounding whitespace), ToString("D"/"N"/"B"/"P"/"X")
// and the default, invalid strings (FormatException from Parse, false from
// TryParse, ParseExact with a mismatched format), byte-array constructor
// and ToByteArray (little-endian first three fields), the (int, short,
// short, bytes) constructor, Empty, equality / == / CompareTo ordering,
// use as dictionary keys; plus NewGuid only checked for being non-empty
// and unique, and Stopwatch only checked for IsRunning / non-negative.
using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Corpus.Library.Guid_Basics
{
    public static class Program
    {
        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Guid g = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
            Console.WriteLine("default " + g + " | D " + g.ToString("D") + " | N " + g.ToString("N") + " | B " + g.ToString("B") + " | P " + g.ToString("P"));
            Console.WriteLine("X " + g.ToString("X") + " | lower-case d " + g.ToString("d") + " | empty format " + g.ToString("") + " | null format " + g.ToString(null));
            Try("ToString(\"Q\")", () => g.ToString("Q"));
            Try("ToString(\"DD\")", () => g.ToString("DD"));
            Console.WriteLine("Empty " + Guid.Empty + " == default " + (Guid.Empty == default(Guid)) + " == new Guid() " + (Guid.Empty == new Guid()));

            Console.WriteLine("-- parsing");
            string[] inputs = {
                "0F8FAD5B-D9CB-469F-A165-70867728950E", "0f8fad5bd9cb469fa16570867728950e", "{0f8fad5b-d9cb-469f-a165-70867728950e}",
                "(0f8fad5b-d9cb-469f-a165-70867728950e)", "{0x0f8fad5b,0xd9cb,0x469f,{0xa1,0x65,0x70,0x86,0x77,0x28,0x95,0x0e}}",
                "  0f8fad5b-d9cb-469f-a165-70867728950e  ", "0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5b-d9cb-469f-a165-70867728950e0",
                "0f8fad5b-d9cb-469f-a165_70867728950e", "zf8fad5b-d9cb-469f-a165-70867728950e", "{0f8fad5b-d9cb-469f-a165-70867728950e", "", "00000000-0000-0000-0000-000000000000"
            };
            foreach (string s in inputs)
            {
                Guid r;
                bool ok = Guid.TryParse(s, out r);
                string strict;
                try { strict = Guid.Parse(s).ToString(); } catch (Exception e) { strict = e.GetType().Name; }
                Console.WriteLine("\"" + s + "\": Parse " + strict + " TryParse " + ok + " equal to g " + (r == g));
            }
            Try("Parse(null)", () => Guid.Parse(null));
            Try("new Guid(null)", () => new Guid((string)null));
            Try("ParseExact(N string, \"N\")", () => Guid.ParseExact("0f8fad5bd9cb469fa16570867728950e", "N"));
            Try("ParseExact(D string, \"N\")", () => Guid.ParseExact("0f8fad5b-d9cb-469f-a165-70867728950e", "N"));
            Try("ParseExact(B string, \"B\")", () => Guid.ParseExact("{0f8fad5b-d9cb-469f-a165-70867728950e}", "B"));
            Try("ParseExact(.., \"Z\")", () => Guid.ParseExact("0f8fad5bd9cb469fa16570867728950e", "Z"));
            Guid tpe;
            Console.WriteLine("TryParseExact(P string, \"D\") " + Guid.TryParseExact("(0f8fad5b-d9cb-469f-a165-70867728950e)", "D", out tpe) + " " + tpe);

            Console.WriteLine("-- bytes");
            byte[] bytes = g.ToByteArray();
            Console.WriteLine("ToByteArray " + BitConverter.ToString(bytes));
            Console.WriteLine("from bytes equals " + (new Guid(bytes) == g));
            Console.WriteLine("from int/short/short/bytes " + new Guid(0x01020304, 0x0506, 0x0708, 9, 10, 11, 12, 13, 14, 15, 16));
            Console.WriteLine("from (int, short, short, byte[]) " + new Guid(-1, -2, 3, new byte[] { 0, 1, 2, 3, 4, 5, 6, 7 }));
            Console.WriteLine("from uint/ushort " + new Guid(0xFFFFFFFFu, 0xFFFF, 1, 2, 3, 4, 5, 6, 7, 8, 9));
            Try("new Guid(15 bytes)", () => new Guid(new byte[15]));
            Try("new Guid(null bytes)", () => new Guid((byte[])null));

            Console.WriteLine("-- equality and ordering");
            Guid g2 = Guid.Parse(g.ToString("N"));
            Console.WriteLine("equal " + (g == g2) + " Equals " + g.Equals(g2) + " Equals(object) " + g.Equals((object)g2) + " Equals(string) " + g.Equals((object)g.ToString()) + " != Empty " + (g != Guid.Empty) + " hash agree " + (g.GetHashCode() == g2.GetHashCode()));
            Guid[] list = {
                new Guid("00000002-0000-0000-0000-000000000000"), new Guid("00000001-0000-0000-0000-000000000000"), new Guid("00000001-0000-0000-0000-000000000001"),
                new Guid("00000001-0001-0000-0000-000000000000"), new Guid("00000001-0000-0000-0100-000000000000"), new Guid("ffffffff-0000-0000-0000-000000000000"), Guid.Empty
            };
            Array.Sort(list);
            foreach (Guid x in list) Console.WriteLine("  " + x);
            Console.WriteLine("CompareTo " + Math.Sign(list[1].CompareTo(list[2])) + " " + list[0].CompareTo(Guid.Empty) + " CompareTo(null) " + g.CompareTo(null));
            Try("CompareTo(\"x\")", () => g.CompareTo("x"));
            Dictionary<Guid, string> d = new Dictionary<Guid, string> { { g, "first" } };
            d[Guid.Parse(g.ToString("B"))] = "second";
            Console.WriteLine("dictionary count " + d.Count + " value " + d[g2]);

            Console.WriteLine("-- NewGuid and Stopwatch (properties only)");
            Guid n1 = Guid.NewGuid(), n2 = Guid.NewGuid();
            Console.WriteLine("NewGuid not empty " + (n1 != Guid.Empty) + " distinct " + (n1 != n2) + " version nibble 4 " + (n1.ToString("N")[12] == '4') + " length " + n1.ToString().Length);
            Stopwatch sw = new Stopwatch();
            Console.WriteLine("new Stopwatch IsRunning " + sw.IsRunning + " Elapsed zero " + (sw.ElapsedTicks == 0));
            sw.Start();
            Console.WriteLine("started IsRunning " + sw.IsRunning + " non-negative " + (sw.ElapsedMilliseconds >= 0));
            sw.Stop();
            long frozen = sw.ElapsedTicks;
            Console.WriteLine("stopped IsRunning " + sw.IsRunning + " frozen " + (sw.ElapsedTicks == frozen) + " Frequency positive " + (Stopwatch.Frequency > 0));
            sw.Reset();
            Console.WriteLine("reset elapsed zero " + (sw.ElapsedTicks == 0) + " StartNew running " + Stopwatch.StartNew().IsRunning);
            return 0;
        }
    }
}
