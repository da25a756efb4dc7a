// Other built-in encodings: ASCII (non-ASCII chars become '?', bytes >= 0x80
// decode to '?'), UTF-16 little and big endian (Encoding.Unicode /
// BigEndianUnicode, preambles, odd byte counts), UTF-32, Latin-1 (code page
// 28591), lookup by name and code page (case-insensitive, aliases),
// Encoding.Convert between encodings, and the properties WebName /
// CodePage / IsSingleByte / BodyName.
using System;
using System.Text;

namespace Corpus.Library.Encoding_Others
{
    public static class Program
    {
        static string Hex(byte[] b) { return b.Length == 0 ? "(none)" : BitConverter.ToString(b); }

        static string Codes(string s)
        {
            StringBuilder sb = new StringBuilder();
            foreach (char c in s) sb.Append(((int)c).ToString("X4")).Append(' ');
            return sb.ToString().TrimEnd();
        }

        static void Try(string label, Func<string> f)
        {
            try { Console.WriteLine(label + ": " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            string text = "Az~\u00E9\u20AC\U0001F600";
            Console.WriteLine("text [" + Codes(text) + "]");

            Console.WriteLine("-- ASCII");
            Encoding ascii = Encoding.ASCII;
            Console.WriteLine("GetBytes " + Hex(ascii.GetBytes(text)) + " count " + ascii.GetByteCount(text));
            Console.WriteLine("decode 41 7F 80 FF -> [" + Codes(ascii.GetString(new byte[] { 0x41, 0x7F, 0x80, 0xFF })) + "]");
            Console.WriteLine("WebName " + ascii.WebName + " CodePage " + ascii.CodePage + " IsSingleByte " + ascii.IsSingleByte + " preamble " + Hex(ascii.GetPreamble()));

            Console.WriteLine("-- UTF-16");
            Encoding le = Encoding.Unicode, be = Encoding.BigEndianUnicode;
            Console.WriteLine("LE " + Hex(le.GetBytes(text)) + " preamble " + Hex(le.GetPreamble()) + " WebName " + le.WebName + " CodePage " + le.CodePage);
            Console.WriteLine("BE " + Hex(be.GetBytes(text)) + " preamble " + Hex(be.GetPreamble()) + " WebName " + be.WebName + " CodePage " + be.CodePage);
            Console.WriteLine("LE round trip " + (le.GetString(le.GetBytes(text)) == text) + " BE round trip " + (be.GetString(be.GetBytes(text)) == text));
            Console.WriteLine("LE bytes read as BE [" + Codes(be.GetString(le.GetBytes("AB"))) + "]");
            Console.WriteLine("odd byte count: [" + Codes(le.GetString(new byte[] { 0x41, 0x00, 0x42 })) + "]");
            Console.WriteLine("new UnicodeEncoding(false, false) preamble " + Hex(new UnicodeEncoding(false, false).GetPreamble()) + " (true, true) " + Hex(new UnicodeEncoding(true, true).GetPreamble()));
            Console.WriteLine("lone surrogate in UTF-16: " + Hex(le.GetBytes("\uD800x")));

            Console.WriteLine("-- UTF-32");
            Encoding u32 = Encoding.UTF32;
            Console.WriteLine("UTF32 " + Hex(u32.GetBytes("A\U0001F600")) + " preamble " + Hex(u32.GetPreamble()) + " WebName " + u32.WebName + " CodePage " + u32.CodePage);
            Console.WriteLine("UTF32 decode [" + Codes(u32.GetString(new byte[] { 0x00, 0xF6, 0x01, 0x00, 0x42, 0, 0, 0 })) + "] count " + u32.GetCharCount(new byte[] { 0x00, 0xF6, 0x01, 0x00 }));
            Console.WriteLine("UTF32 out of range code point [" + Codes(u32.GetString(new byte[] { 0x00, 0x00, 0x11, 0x00 })) + "]");

            Console.WriteLine("-- Latin-1 (28591)");
            Encoding latin1 = Encoding.GetEncoding(28591);
            Console.WriteLine("WebName " + latin1.WebName + " IsSingleByte " + latin1.IsSingleByte + " GetBytes " + Hex(latin1.GetBytes(text)));
            byte[] all = new byte[] { 0x41, 0x80, 0x9F, 0xA0, 0xE9, 0xFF };
            Console.WriteLine("decode 41 80 9F A0 E9 FF -> [" + Codes(latin1.GetString(all)) + "]");

            Console.WriteLine("-- lookup");
            foreach (string name in new[] { "utf-8", "UTF-8", "utf8", "us-ascii", "ascii", "utf-16", "UTF-16LE", "utf-16BE", "unicodeFFFE", "utf-32", "iso-8859-1", "latin1" })
                Try("GetEncoding(\"" + name + "\")", () => { Encoding e = Encoding.GetEncoding(name); return e.WebName + " / " + e.CodePage; });
            Try("GetEncoding(\"no-such-encoding\")", () => Encoding.GetEncoding("no-such-encoding").WebName);
            Try("GetEncoding(65001)", () => Encoding.GetEncoding(65001).WebName);
            Try("GetEncoding(1200)", () => Encoding.GetEncoding(1200).WebName);
            Try("GetEncoding(20127)", () => Encoding.GetEncoding(20127).WebName);
            Try("UTF8 equals GetEncoding(\"utf-8\")", () => Encoding.UTF8.Equals(Encoding.GetEncoding("utf-8")).ToString());
            Try("UTF8 equals new UTF8Encoding(false)", () => Encoding.UTF8.Equals(new UTF8Encoding(false)).ToString());

            Console.WriteLine("-- Convert");
            byte[] utf8Bytes = Encoding.UTF8.GetBytes("h\u00E9\u20AC");
            Console.WriteLine("UTF-8 -> UTF-16LE " + Hex(Encoding.Convert(Encoding.UTF8, Encoding.Unicode, utf8Bytes)));
            Console.WriteLine("UTF-8 -> ASCII " + Hex(Encoding.Convert(Encoding.UTF8, Encoding.ASCII, utf8Bytes)));
            Console.WriteLine("UTF-8 -> Latin-1 " + Hex(Encoding.Convert(Encoding.UTF8, latin1, utf8Bytes)));
            Console.WriteLine("UTF-16BE -> UTF-8 " + Hex(Encoding.Convert(Encoding.BigEndianUnicode, Encoding.UTF8, new byte[] { 0x00, 0xE9, 0x20, 0xAC })));
            return 0;
        }
    }
}
