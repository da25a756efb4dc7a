// UTF-8 with System.Text.Encoding.UTF8: GetBytes / GetString /
// GetByteCount / GetCharCount for ASCII, 2-, 3- and 4-byte sequences
// (bytes printed as hex), surrogate pairs, lone surrogates (replaced by
// EF BF BD), the BOM preamble (Encoding.UTF8 vs new UTF8Encoding(false)),
// range overloads, GetMaxByteCount, a strict encoder/decoder
// (throwOnInvalidBytes) raising EncoderFallbackException /
// DecoderFallbackException, simple invalid input (a lone continuation
// byte, a truncated sequence at the end, 0xFF), and a stateful Decoder fed
// one byte at a time.
using System;
using System.Text;

namespace Corpus.Library.Encoding_UTF8
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
            Encoding utf8 = Encoding.UTF8;
            Console.WriteLine("WebName " + utf8.WebName + " CodePage " + utf8.CodePage + " IsSingleByte " + utf8.IsSingleByte);
            string[] samples = { "", "A", "hello", "\u00E9", "caf\u00E9", "\u20AC", "\u00A3\u00A5\u20AC", "\u4E2D\u6587", "\U0001F600", "a\U0001D11Eb", "\u0000", "\u007F\u0080\u07FF\u0800\uFFFF" };
            foreach (string s in samples)
            {
                byte[] bytes = utf8.GetBytes(s);
                string back = utf8.GetString(bytes);
                Console.WriteLine("[" + Codes(s) + "] -> " + Hex(bytes) + " count " + utf8.GetByteCount(s) + " chars back " + utf8.GetCharCount(bytes) + " round trip " + (back == s));
            }

            Console.WriteLine("-- lone surrogates become U+FFFD");
            foreach (string s in new[] { "\uD800", "x\uDC00y", "\uDBFF\uD800", "\uDE00\uD83D" })
            {
                byte[] bytes = utf8.GetBytes(s);
                Console.WriteLine("[" + Codes(s) + "] -> " + Hex(bytes) + " decoded [" + Codes(utf8.GetString(bytes)) + "]");
            }

            Console.WriteLine("-- preamble");
            Console.WriteLine("Encoding.UTF8 preamble " + Hex(utf8.GetPreamble()) + " new UTF8Encoding() " + Hex(new UTF8Encoding().GetPreamble()) + " new UTF8Encoding(true) " + Hex(new UTF8Encoding(true).GetPreamble()));
            Console.WriteLine("GetBytes never writes a BOM: " + Hex(utf8.GetBytes("A")));
            Console.WriteLine("GetString keeps a BOM as U+FEFF: [" + Codes(utf8.GetString(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 })) + "]");

            Console.WriteLine("-- ranges and counts");
            byte[] buf = new byte[10];
            int written = utf8.GetBytes("xy\u00E9z", 1, 2, buf, 3);
            Console.WriteLine("GetBytes(s,1,2,buf,3) wrote " + written + ": " + Hex(buf));
            Console.WriteLine("GetString(bytes,1,2) [" + Codes(utf8.GetString(new byte[] { 0x41, 0xC3, 0xA9, 0x42 }, 1, 2)) + "]");
            char[] chars = new char[4];
            int decoded = utf8.GetChars(new byte[] { 0xE2, 0x82, 0xAC, 0x21 }, 0, 4, chars, 1);
            Console.WriteLine("GetChars into array at 1: " + decoded + " [" + Codes(new string(chars)) + "]");
            Console.WriteLine("GetMaxByteCount(10) " + utf8.GetMaxByteCount(10) + " GetMaxCharCount(10) " + utf8.GetMaxCharCount(10));
            Try("GetBytes into too small buffer", () => utf8.GetBytes("\u20AC", 0, 1, new byte[2], 0).ToString());
            Try("GetString(null)", () => utf8.GetString(null));
            Try("GetBytes((string)null)", () => Hex(utf8.GetBytes((string)null)));

            Console.WriteLine("-- simple invalid input (replacement)");
            Console.WriteLine("lone continuation 80: [" + Codes(utf8.GetString(new byte[] { 0x41, 0x80, 0x42 })) + "]");
            Console.WriteLine("FF: [" + Codes(utf8.GetString(new byte[] { 0xFF })) + "]");
            Console.WriteLine("C3 followed by ASCII: [" + Codes(utf8.GetString(new byte[] { 0xC3, 0x28 })) + "]");
            Console.WriteLine("truncated C3 at end: [" + Codes(utf8.GetString(new byte[] { 0x61, 0xC3 })) + "]");

            Console.WriteLine("-- strict encoding");
            UTF8Encoding strict = new UTF8Encoding(false, true);
            Try("strict decode valid", () => Codes(strict.GetString(new byte[] { 0xC3, 0xA9 })));
            Try("strict decode invalid", () => strict.GetString(new byte[] { 0x41, 0xFF }));
            Try("strict encode lone surrogate", () => Hex(strict.GetBytes("a\uD800")));
            try { strict.GetString(new byte[] { 0x41, 0x42, 0xFE }); }
            catch (DecoderFallbackException e) { Console.WriteLine("DecoderFallbackException bytes " + Hex(e.BytesUnknown)); }
            try { strict.GetBytes("ab\uDC00"); }
            catch (EncoderFallbackException e) { Console.WriteLine("EncoderFallbackException index " + e.Index + " char " + ((int)e.CharUnknown).ToString("X4") + " IsUnknownSurrogate " + e.IsUnknownSurrogate()); }

            Console.WriteLine("-- stateful decoder, one byte at a time");
            byte[] stream = utf8.GetBytes("a\u00E9\u20AC\U0001F600!");
            Decoder dec = utf8.GetDecoder();
            StringBuilder outp = new StringBuilder();
            char[] tmp = new char[4];
            foreach (byte b in stream)
            {
                int n = dec.GetChars(new[] { b }, 0, 1, tmp, 0);
                outp.Append(n);
                outp.Append(' ');
            }
            Console.WriteLine("chars produced per byte: " + outp.ToString().TrimEnd());
            Encoder enc = utf8.GetEncoder();
            byte[] ob = new byte[8];
            int first = enc.GetBytes(new[] { '\uD83D' }, 0, 1, ob, 0, false);
            int second = enc.GetBytes(new[] { '\uDE00' }, 0, 1, ob, first, true);
            byte[] got = new byte[first + second];
            Array.Copy(ob, got, got.Length);
            Console.WriteLine("encoder with split surrogate pair: first call " + first + " bytes, second " + second + " bytes: " + Hex(got));
            return 0;
        }
    }
}
