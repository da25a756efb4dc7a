// Substring, Insert, Remove, ToCharArray, the indexer, Length, CopyTo and
// new string(...) constructors: boundaries (start == Length, length 0),
// negative and too-large arguments, surrogate pairs counted as two chars.
using System;

namespace Corpus.Library.String_Substring
{
    public static class Program
    {
        static string Q(string s) { return s == null ? "null" : "\"" + s.Replace("\0", "\\0") + "\""; }

        static void Try(string label, Func<string> f)
        {
            try { Console.WriteLine(label + " = " + Q(f())); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            string s = "Hello, World";
            Console.WriteLine("Length " + s.Length);
            for (int i = 0; i <= s.Length; i++)
                Console.WriteLine("Substring(" + i + ") = " + Q(s.Substring(i)));
            Try("Substring(13)", () => s.Substring(13));
            Try("Substring(-1)", () => s.Substring(-1));
            Try("Substring(0,0)", () => s.Substring(0, 0));
            Try("Substring(12,0)", () => s.Substring(12, 0));
            Try("Substring(7,5)", () => s.Substring(7, 5));
            Try("Substring(7,6)", () => s.Substring(7, 6));
            Try("Substring(3,-1)", () => s.Substring(3, -1));
            Try("Substring(0,12)", () => s.Substring(0, 12));
            Try("same instance for Substring(0)", () => ((object)s.Substring(0) == (object)s).ToString());
            Try("\"\".Substring(0)", () => "".Substring(0));
            Try("\"\".Substring(0,0)", () => "".Substring(0, 0));

            Console.WriteLine("-- Insert");
            Try("Insert(0,\">>\")", () => s.Insert(0, ">>"));
            Try("Insert(5,\"!!!\")", () => s.Insert(5, "!!!"));
            Try("Insert(12,\"?\")", () => s.Insert(12, "?"));
            Try("Insert(13,\"?\")", () => s.Insert(13, "?"));
            Try("Insert(-1,\"?\")", () => s.Insert(-1, "?"));
            Try("Insert(3,\"\")", () => s.Insert(3, ""));
            Try("Insert(3,null)", () => s.Insert(3, null));
            Try("\"\".Insert(0,\"x\")", () => "".Insert(0, "x"));

            Console.WriteLine("-- Remove");
            Try("Remove(5)", () => s.Remove(5));
            Try("Remove(0)", () => s.Remove(0));
            Try("Remove(13)", () => s.Remove(13));
            Try("Remove(5,2)", () => s.Remove(5, 2));
            Try("Remove(0,12)", () => s.Remove(0, 12));
            Try("Remove(11,1)", () => s.Remove(11, 1));
            Try("Remove(11,2)", () => s.Remove(11, 2));
            Try("Remove(3,0)", () => s.Remove(3, 0));
            Try("Remove(-1,1)", () => s.Remove(-1, 1));
            Try("Remove(1,-1)", () => s.Remove(1, -1));

            Console.WriteLine("-- indexer / ToCharArray / CopyTo");
            for (int i = 0; i < s.Length; i++) Console.Write((int)s[i] + (i + 1 < s.Length ? "," : "\n"));
            Try("s[12]", () => s[12].ToString());
            Try("s[-1]", () => s[-1].ToString());
            char[] all = s.ToCharArray();
            Console.WriteLine("ToCharArray length " + all.Length + " first " + all[0] + " last " + all[all.Length - 1]);
            all[0] = 'J';
            Console.WriteLine("after modifying the copy: " + Q(s) + " " + Q(new string(all)));
            char[] part = s.ToCharArray(7, 5);
            Console.WriteLine("ToCharArray(7,5) = " + Q(new string(part)) + " length " + part.Length);
            Try("ToCharArray(8,5)", () => new string(s.ToCharArray(8, 5)));
            Try("ToCharArray(12,0)", () => new string(s.ToCharArray(12, 0)));
            char[] dest = "**********".ToCharArray();
            s.CopyTo(7, dest, 2, 5);
            Console.WriteLine("CopyTo = " + Q(new string(dest)));
            Try("CopyTo overflow", () => { s.CopyTo(7, dest, 6, 5); return new string(dest); });
            Try("CopyTo source overflow", () => { s.CopyTo(9, dest, 0, 5); return new string(dest); });

            Console.WriteLine("-- constructors");
            Try("new string('x',5)", () => new string('x', 5));
            Try("new string('x',0)", () => new string('x', 0));
            Try("new string('x',-1)", () => new string('x', -1));
            Try("new string(char[])", () => new string(new[] { 'a', 'b', 'c' }));
            Try("new string(char[],1,2)", () => new string(new[] { 'a', 'b', 'c' }, 1, 2));
            Try("new string(char[],2,2)", () => new string(new[] { 'a', 'b', 'c' }, 2, 2));
            Try("new string((char[])null)", () => new string((char[])null));
            Try("new string(new char[0])", () => new string(new char[0]));
            Try("new string('\\0',3)", () => new string('\0', 3));
            Try("length of new string('\\0',3)", () => new string('\0', 3).Length.ToString());
            Try("ReferenceEquals(new string(new char[0]), \"\")", () => ((object)new string(new char[0]) == (object)"").ToString());

            Console.WriteLine("-- surrogates");
            string emoji = "a\U0001F600b";
            Console.WriteLine("Length " + emoji.Length);
            for (int i = 0; i < emoji.Length; i++)
                Console.WriteLine(i + ": U+" + ((int)emoji[i]).ToString("X4") + " high " + char.IsHighSurrogate(emoji[i]) + " low " + char.IsLowSurrogate(emoji[i]));
            Console.WriteLine("Substring(1,2) length " + emoji.Substring(1, 2).Length + " codepoint " + char.ConvertToUtf32(emoji, 1).ToString("X"));
            Console.WriteLine("ConvertFromUtf32(0x1F600) length " + char.ConvertFromUtf32(0x1F600).Length + " equal " + (char.ConvertFromUtf32(0x1F600) == emoji.Substring(1, 2)));
            Try("Substring splitting a pair", () => ((int)emoji.Substring(2, 1)[0]).ToString("X"));
            Try("ConvertToUtf32 at low surrogate", () => char.ConvertToUtf32(emoji, 2).ToString());
            Try("ConvertFromUtf32(0xD800)", () => char.ConvertFromUtf32(0xD800));
            Try("ConvertFromUtf32(0x110000)", () => char.ConvertFromUtf32(0x110000));

            Console.WriteLine("-- empty vs null");
            Console.WriteLine("string.Empty length " + string.Empty.Length + " equals \"\" " + (string.Empty == ""));
            string n = null;
            Try("null + \"a\"", () => n + "a");
            Try("null.Length", () => n.Length.ToString());
            return 0;
        }
    }
}
