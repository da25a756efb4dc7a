// System.Convert and BitConverter: ToInt32/ToInt64/ToByte/... from strings,
// doubles (banker's rounding), decimals, bools, chars and null; overflow and
// format errors; ToString(value, toBase) for bases 2/8/10/16 incl. negative
// numbers; ToInt32(string, fromBase); ToBoolean / ToChar / ToDouble with an
// invariant provider; ChangeType; Base64 encode/decode (padding, line
// breaks, whitespace, invalid input); BitConverter bytes and hex strings.
using System;
using System.Globalization;

namespace Corpus.Library.Primitive_Convert
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static void Try(string label, Func<object> f)
        {
            try
            {
                object r = f();
                string shown = r == null ? "null" : r is double ? ((double)r).ToString("G17", Inv) : r is string ? "\"" + r + "\"" : Convert.ToString(r, Inv);
                Console.WriteLine(label + " = " + shown + (r == null ? "" : " (" + r.GetType().Name + ")"));
            }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        static string Hex(byte[] b) { return b == null ? "null" : BitConverter.ToString(b); }

        public static int Main()
        {
            Console.WriteLine("-- ToInt32 from double / decimal / float (round half to even)");
            double[] ds = { 0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 2147483647.4, 2147483647.5, -2147483648.5, -2147483648.6, double.NaN };
            foreach (double d in ds)
            {
                double dd = d;
                Try("ToInt32(" + d.ToString("R", Inv) + ")", () => Convert.ToInt32(dd));
            }
            Try("ToInt32(2.5m)", () => Convert.ToInt32(2.5m));
            Try("ToInt32(3.5m)", () => Convert.ToInt32(3.5m));
            Try("ToInt32(-2.5f)", () => Convert.ToInt32(-2.5f));
            Try("ToInt64(1e19)", () => Convert.ToInt64(1e19));
            Try("ToByte(255.5)", () => Convert.ToByte(255.5));
            Try("ToByte(254.5)", () => Convert.ToByte(254.5));
            Try("ToByte(-0.5)", () => Convert.ToByte(-0.5));
            Try("ToSByte(-128.5)", () => Convert.ToSByte(-128.5));
            Try("ToUInt32(-1)", () => Convert.ToUInt32(-1));
            Try("ToUInt64(-0.4)", () => Convert.ToUInt64(-0.4));
            Try("ToInt16(40000)", () => Convert.ToInt16(40000));
            Try("ToInt32(long.MaxValue)", () => Convert.ToInt32(long.MaxValue));
            Try("ToInt32(true)", () => Convert.ToInt32(true));
            Try("ToInt32('A')", () => Convert.ToInt32('A'));
            Try("ToInt32((object)null)", () => Convert.ToInt32((object)null));
            Try("ToInt32((string)null)", () => Convert.ToInt32((string)null));
            Try("ToInt32(new object())", () => Convert.ToInt32(new object()));
            Try("ToInt32(DateTime)", () => Convert.ToInt32((object)new DateTime(2000, 1, 1)));

            Console.WriteLine("-- from strings");
            Try("ToInt32(\" 42 \")", () => Convert.ToInt32(" 42 "));
            Try("ToInt32(\"-0\")", () => Convert.ToInt32("-0"));
            Try("ToInt32(\"4.5\")", () => Convert.ToInt32("4.5"));
            Try("ToInt32(\"\")", () => Convert.ToInt32(""));
            Try("ToInt32(\"99999999999\")", () => Convert.ToInt32("99999999999"));
            Try("ToInt64(\"-9223372036854775808\")", () => Convert.ToInt64("-9223372036854775808"));
            Try("ToDouble(\"1.5e3\", Inv)", () => Convert.ToDouble("1.5e3", Inv));
            Try("ToDouble(\"-.5\", Inv)", () => Convert.ToDouble("-.5", Inv));
            Try("ToDouble(\"1,5\", Inv)", () => Convert.ToDouble("1,5", Inv));
            Try("ToDecimal(\"1.50\", Inv)", () => Convert.ToDecimal("1.50", Inv));
            Try("ToDecimal(\"1e2\", Inv)", () => Convert.ToDecimal("1e2", Inv));
            Try("ToBoolean(\"True\")", () => Convert.ToBoolean("True"));
            Try("ToBoolean(\" false \")", () => Convert.ToBoolean(" false "));
            Try("ToBoolean(\"1\")", () => Convert.ToBoolean("1"));
            Try("ToBoolean((string)null)", () => Convert.ToBoolean((string)null));
            Try("ToBoolean(0)", () => Convert.ToBoolean(0));
            Try("ToBoolean(-2)", () => Convert.ToBoolean(-2));
            Try("ToBoolean(0.0)", () => Convert.ToBoolean(0.0));
            Try("ToBoolean(NaN)", () => Convert.ToBoolean(double.NaN));
            Try("ToBoolean(0.1m)", () => Convert.ToBoolean(0.1m));
            Try("ToBoolean('a')", () => Convert.ToBoolean('a'));
            Try("ToChar(65)", () => Convert.ToChar(65));
            Try("ToChar(65536)", () => Convert.ToChar(65536));
            Try("ToChar(-1)", () => Convert.ToChar(-1));
            Try("ToChar(\"Z\")", () => Convert.ToChar("Z"));
            Try("ToChar(\"ZZ\")", () => Convert.ToChar("ZZ"));
            Try("ToChar(\"\")", () => Convert.ToChar(""));
            Try("ToChar(1.0)", () => Convert.ToChar(1.0));
            Try("ToChar(true)", () => Convert.ToChar(true));
            Try("ToString(null object)", () => Convert.ToString((object)null));
            Try("ToString(null string)", () => Convert.ToString((string)null));
            Try("ToString(true)", () => Convert.ToString(true));
            Try("ToString('c')", () => Convert.ToString('c'));
            Try("ToString(1.5, Inv)", () => Convert.ToString(1.5, Inv));
            Try("ToString(-7L)", () => Convert.ToString(-7L, Inv));

            Console.WriteLine("-- bases");
            int[] ints = { 0, 1, 10, 255, -1, -256, int.MaxValue, int.MinValue };
            foreach (int i in ints)
                Console.WriteLine(i + ": b2 " + Convert.ToString(i, 2) + " b8 " + Convert.ToString(i, 8) + " b10 " + Convert.ToString(i, 10) + " b16 " + Convert.ToString(i, 16));
            Console.WriteLine("long -1 b16 " + Convert.ToString(-1L, 16) + " long min b2 " + Convert.ToString(long.MinValue, 2));
            Console.WriteLine("short -1 b2 " + Convert.ToString((short)-1, 2) + " byte 200 b2 " + Convert.ToString((byte)200, 2) + " byte 5 b16 " + Convert.ToString((byte)5, 16));
            Try("ToString(5, 3)", () => Convert.ToString(5, 3));
            Try("ToInt32(\"1010\", 2)", () => Convert.ToInt32("1010", 2));
            Try("ToInt32(\"777\", 8)", () => Convert.ToInt32("777", 8));
            Try("ToInt32(\"ff\", 16)", () => Convert.ToInt32("ff", 16));
            Try("ToInt32(\"0xFF\", 16)", () => Convert.ToInt32("0xFF", 16));
            Try("ToInt32(\"FFFFFFFF\", 16)", () => Convert.ToInt32("FFFFFFFF", 16));
            Try("ToInt32(\"80000000\", 16)", () => Convert.ToInt32("80000000", 16));
            Try("ToInt32(\"100000000\", 16)", () => Convert.ToInt32("100000000", 16));
            Try("ToInt32(\"12\", 10)", () => Convert.ToInt32("12", 10));
            Try("ToInt32(\"-12\", 10)", () => Convert.ToInt32("-12", 10));
            Try("ToInt32(\"2\", 2)", () => Convert.ToInt32("2", 2));
            Try("ToInt32(\"12\", 7)", () => Convert.ToInt32("12", 7));
            Try("ToInt32(\"\", 16)", () => Convert.ToInt32("", 16));
            Try("ToInt64(\"FFFFFFFFFFFFFFFF\", 16)", () => Convert.ToInt64("FFFFFFFFFFFFFFFF", 16));
            Try("ToByte(\"11111111\", 2)", () => Convert.ToByte("11111111", 2));
            Try("ToByte(\"100000000\", 2)", () => Convert.ToByte("100000000", 2));
            Try("ToSByte(\"ff\", 16)", () => Convert.ToSByte("ff", 16));
            Try("ToUInt16(\"ffff\", 16)", () => Convert.ToUInt16("ffff", 16));

            Console.WriteLine("-- ChangeType");
            Try("ChangeType(\"12\", int)", () => Convert.ChangeType("12", typeof(int), Inv));
            Try("ChangeType(12.7, int)", () => Convert.ChangeType(12.7, typeof(int), Inv));
            Try("ChangeType(1, bool)", () => Convert.ChangeType(1, typeof(bool), Inv));
            Try("ChangeType(3, string)", () => Convert.ChangeType(3, typeof(string), Inv));
            Try("ChangeType(3, double)", () => Convert.ChangeType(3, typeof(double), Inv));
            Try("ChangeType(null, int)", () => Convert.ChangeType(null, typeof(int), Inv));
            Try("ChangeType(null, string)", () => Convert.ChangeType(null, typeof(string), Inv));
            Try("ChangeType(\"x\", Guid)", () => Convert.ChangeType("x", typeof(Guid), Inv));
            Try("ChangeType(5, TypeCode.Int64)", () => Convert.ChangeType(5, TypeCode.Int64, Inv));
            Try("GetTypeCode(5m)", () => Convert.GetTypeCode(5m));
            Try("GetTypeCode(null)", () => Convert.GetTypeCode(null));
            Try("GetTypeCode(\"s\")", () => Convert.GetTypeCode("s"));

            Console.WriteLine("-- Base64");
            for (int n = 0; n <= 7; n++)
            {
                byte[] data = new byte[n];
                for (int i = 0; i < n; i++) data[i] = (byte)(i * 37 + 250);
                string b64 = Convert.ToBase64String(data);
                byte[] back = Convert.FromBase64String(b64);
                Console.WriteLine(n + " bytes " + Hex(data) + " -> \"" + b64 + "\" -> " + Hex(back));
            }
            byte[] all = new byte[256];
            for (int i = 0; i < 256; i++) all[i] = (byte)i;
            string full = Convert.ToBase64String(all);
            Console.WriteLine("0..255: length " + full.Length + " head " + full.Substring(0, 24) + " tail " + full.Substring(full.Length - 12));
            string lines = Convert.ToBase64String(all, 0, 100, Base64FormattingOptions.InsertLineBreaks);
            Console.WriteLine("with line breaks: length " + lines.Length + " CRLF at " + lines.IndexOf("\r\n", StringComparison.Ordinal) + " lines " + lines.Split('\n').Length);
            Console.WriteLine("offset/length: " + Convert.ToBase64String(all, 65, 3));
            char[] outChars = new char[8];
            int written = Convert.ToBase64CharArray(all, 97, 4, outChars, 0);
            Console.WriteLine("ToBase64CharArray wrote " + written + ": " + new string(outChars, 0, written));
            Try("FromBase64String(\"SGVsbG8=\")", () => Hex(Convert.FromBase64String("SGVsbG8=")));
            Try("FromBase64String(\" SGVs\\nbG8= \")", () => Hex(Convert.FromBase64String(" SGVs\nbG8= ")));
            Try("FromBase64String(\"SGVsbG8\")", () => Hex(Convert.FromBase64String("SGVsbG8")));
            Try("FromBase64String(\"SGVsbG8==\")", () => Hex(Convert.FromBase64String("SGVsbG8==")));
            Try("FromBase64String(\"SGV$bG8=\")", () => Hex(Convert.FromBase64String("SGV$bG8=")));
            Try("FromBase64String(\"\")", () => Hex(Convert.FromBase64String("")));
            Try("FromBase64String(\"====\")", () => Hex(Convert.FromBase64String("====")));
            Try("FromBase64String(\"QQ==\")", () => Hex(Convert.FromBase64String("QQ==")));
            Try("FromBase64String(\"QR==\")", () => Hex(Convert.FromBase64String("QR==")));
            Try("FromBase64String(\"+/+/\")", () => Hex(Convert.FromBase64String("+/+/")));
            Try("FromBase64String(\"-_-_\")", () => Hex(Convert.FromBase64String("-_-_")));
            Try("FromBase64String(null)", () => Hex(Convert.FromBase64String(null)));
            Try("FromBase64CharArray", () => Hex(Convert.FromBase64CharArray("xxQUJDxx".ToCharArray(), 2, 4)));
            Try("ToBase64String(null)", () => Convert.ToBase64String(null));

            Console.WriteLine("-- BitConverter");
            Console.WriteLine("IsLittleEndian " + BitConverter.IsLittleEndian);
            Console.WriteLine("int 0x01020304 " + Hex(BitConverter.GetBytes(0x01020304)) + " -1 " + Hex(BitConverter.GetBytes(-1)) + " short " + Hex(BitConverter.GetBytes((short)0x1234)));
            Console.WriteLine("long " + Hex(BitConverter.GetBytes(0x0102030405060708L)) + " bool " + Hex(BitConverter.GetBytes(true)) + " char " + Hex(BitConverter.GetBytes('\u20AC')));
            Console.WriteLine("double 1.0 " + Hex(BitConverter.GetBytes(1.0)) + " float -2 " + Hex(BitConverter.GetBytes(-2.0f)) + " double -0.0 " + Hex(BitConverter.GetBytes(-(0.0 * 1))));
            byte[] bytes = { 0x78, 0x56, 0x34, 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0xF0, 0x3F };
            Console.WriteLine("ToInt32 " + BitConverter.ToInt32(bytes, 0).ToString("X") + " ToUInt32(4) " + BitConverter.ToUInt32(bytes, 4) + " ToInt16(2) " + BitConverter.ToInt16(bytes, 2) + " ToInt64 " + BitConverter.ToInt64(bytes, 0).ToString("X"));
            Console.WriteLine("ToSingle(8) " + BitConverter.ToSingle(bytes, 8).ToString("R", Inv) + " ToBoolean(4) " + BitConverter.ToBoolean(bytes, 4) + " ToChar(0) " + (int)BitConverter.ToChar(bytes, 0));
            Console.WriteLine("ToString " + BitConverter.ToString(bytes) + " | (2) " + BitConverter.ToString(bytes, 2) + " | (2,3) " + BitConverter.ToString(bytes, 2, 3) + " | empty [" + BitConverter.ToString(new byte[0]) + "]");
            Console.WriteLine("DoubleToInt64Bits(1.5) " + BitConverter.DoubleToInt64Bits(1.5).ToString("X16") + " Int64BitsToDouble " + BitConverter.Int64BitsToDouble(0x4008000000000000L).ToString("R", Inv));
            Try("ToInt32(bytes, 9)", () => BitConverter.ToInt32(bytes, 9));
            Try("ToInt32(bytes, -1)", () => BitConverter.ToInt32(bytes, -1));
            Try("ToInt32(null, 0)", () => BitConverter.ToInt32(null, 0));
            return 0;
        }
    }
}
