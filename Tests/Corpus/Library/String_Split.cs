// string.Split: char[] / char / string[] separators, StringSplitOptions
// (None / RemoveEmptyEntries), count limits (0, 1, n, more than parts),
// null and empty separator (= whitespace), leading/trailing/adjacent
// separators, multi-char separators that overlap.
using System;

namespace Corpus.Library.String_Split
{
    public static class Program
    {
        static string Show(string[] parts)
        {
            if (parts == null) return "null";
            string r = "[" + parts.Length + "]";
            foreach (string p in parts) r += " <" + Esc(p) + ">";
            return r;
        }

        static string Esc(string p)
        {
            string r = "";
            foreach (char c in p)
            {
                if (c == '\t') r += "\\t";
                else if (c == '\n') r += "\\n";
                else if (c == '\r') r += "\\r";
                else if (c < ' ' || c > '~') r += "\\u" + ((int)c).ToString("X4");
                else r += c;
            }
            return r;
        }

        static void Try(string label, Func<string[]> f)
        {
            try { Console.WriteLine(label + " => " + Show(f())); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            const StringSplitOptions R = StringSplitOptions.RemoveEmptyEntries;
            const StringSplitOptions N = StringSplitOptions.None;
            string csv = ",a,,b,c,";
            Try("csv Split(',')", () => csv.Split(','));
            Try("csv Split(new[]{','})", () => csv.Split(new[] { ',' }));
            Try("csv remove empty", () => csv.Split(new[] { ',' }, R));
            for (int count = 0; count <= 7; count++)
            {
                int c = count;
                Try("csv count " + c, () => csv.Split(new[] { ',' }, c));
                Try("csv count " + c + " remove empty", () => csv.Split(new[] { ',' }, c, R));
            }
            Try("csv count -1", () => csv.Split(new[] { ',' }, -1));
            Try("bad options", () => csv.Split(new[] { ',' }, (StringSplitOptions)7));

            Console.WriteLine("-- several separators");
            string mixed = "one;two,three;;four, five";
            Try("; and ,", () => mixed.Split(';', ','));
            Try("; and , removeempty", () => mixed.Split(new[] { ';', ',' }, R));
            Try("; , and space removeempty", () => mixed.Split(new[] { ';', ',', ' ' }, R));
            Try("count 3", () => mixed.Split(new[] { ';', ',' }, 3));
            Try("count 3 removeempty", () => mixed.Split(new[] { ';', ',' }, 3, R));

            Console.WriteLine("-- whitespace (null or empty separator array)");
            string ws = "  alpha\tbeta \n gamma\r\ndelta\u00A0eps\u2003zeta  ";
            Try("Split()", () => ws.Split());
            Try("Split(null char[])", () => ws.Split((char[])null));
            Try("Split(new char[0], R)", () => ws.Split(new char[0], R));
            Try("Split((string[])null, R)", () => ws.Split((string[])null, R));
            Try("Split(null, 2, R)", () => ws.Split((char[])null, 2, R));

            Console.WriteLine("-- string separators");
            string t = "a<>b<><>c<>";
            Try("<>", () => t.Split(new[] { "<>" }, N));
            Try("<> R", () => t.Split(new[] { "<>" }, R));
            Try("<> count 2", () => t.Split(new[] { "<>" }, 2, N));
            Try("<> and <><> (longer first)", () => t.Split(new[] { "<><>", "<>" }, N));
            Try("<> and <><> (shorter first)", () => t.Split(new[] { "<>", "<><>" }, N));
            Try("overlapping aa in aaaaa", () => "aaaaa".Split(new[] { "aa" }, N));
            Try("ab and b", () => "xabybz".Split(new[] { "b", "ab" }, N));
            Try("empty string separator ignored", () => "a,b".Split(new[] { "" }, N));
            Try("\"\" and \",\"", () => "a,b".Split(new[] { "", "," }, N));
            Try("null in string separators", () => "a,b".Split(new[] { null, "," }, N));
            Try("separator longer than input", () => "ab".Split(new[] { "abc" }, N));
            Try("whole input is separator", () => "abc".Split(new[] { "abc" }, N));
            Try("whole input is separator R", () => "abc".Split(new[] { "abc" }, R));

            Console.WriteLine("-- edge inputs");
            Try("\"\".Split(',')", () => "".Split(','));
            Try("\"\".Split(',', R)", () => "".Split(new[] { ',' }, R));
            Try("\",\".Split(',')", () => ",".Split(','));
            Try("\",,,\".Split(',', R)", () => ",,,".Split(new[] { ',' }, R));
            Try("no separator present", () => "abc".Split(','));
            Try("no separator present count 1", () => "abc".Split(new[] { ',' }, 1));
            Try("count 1 keeps everything", () => "a,b,c".Split(new[] { ',' }, 1));
            Try("count 2 keeps rest", () => "a,b,c".Split(new[] { ',' }, 2));
            Try("count 2 R leading empties", () => ",,a,,b,,c".Split(new[] { ',' }, 2, R));
            Try("count 2 R trailing", () => "a,,,".Split(new[] { ',' }, 2, R));
            Try("single char overload with options", () => "x y  z".Split(' ', R));
            Try("single char overload count", () => "x y  z".Split(' ', 2, N));
            Try("string overload", () => "a--b----c".Split("--", N));
            Try("string overload R", () => "a--b----c".Split("--", R));
            Try("Unicode separator", () => "α→β→γ".Split('→'));
            Try("surrogate halves", () => "x\U0001F600y".Split('\uD83D'));

            Console.WriteLine("-- rejoin round trip");
            string[] pieces = "2024-01-15T10:20:30".Split('-', 'T', ':');
            Console.WriteLine(Show(pieces) + " -> " + string.Join("|", pieces));
            int sum = 0;
            foreach (string p in "10 20 30 40".Split(' ')) sum += int.Parse(p);
            Console.WriteLine("sum " + sum);
            return 0;
        }
    }
}
