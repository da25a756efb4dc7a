// switch on string: a few cases (mcs emits string.op_Equality chains) and many cases (mcs
// builds a Dictionary<string,int> once, in a static field), null handling (case null, and
// null falling to default), case sensitivity, empty string, strings differing in one char or
// only in length, non-ASCII strings, a runtime-built string equal to a literal, goto case
// with a string label, and several labels per section.
using System;
using System.Text;

namespace Corpus
{
    static class Program
    {
        static string Small(string s)
        {
            switch (s)
            {
                case "yes": return "Y";
                case "no": return "N";
                case null: return "NULL";
                default: return "?";
            }
        }

        static int Big(string s)
        {
            switch (s)
            {
                case "January": return 1;
                case "February": return 2;
                case "March": return 3;
                case "April": return 4;
                case "May": return 5;
                case "June": return 6;
                case "July": return 7;
                case "August": return 8;
                case "September": return 9;
                case "October": return 10;
                case "November": return 11;
                case "December": return 12;
                case "": return 0;
                case "\u00e9t\u00e9": return 100;
                case "a\0b": return 101;
                default: return -1;
            }
        }

        static string BigWithNull(string s)
        {
            switch (s)
            {
                case "alpha": case "ALPHA": return "a";
                case "beta": return "b";
                case "gamma": return "g";
                case "delta": return "d";
                case "epsilon": return "e";
                case "zeta": return "z";
                case "eta": return "h";
                case "theta": goto case "beta";
                case null: return "null!";
                default: return "default";
            }
        }

        static string NoNullCase(string s)
        {
            switch (s)
            {
                case "x": return "x";
                case "y": return "y";
                case "z": return "z";
                case "w": return "w";
                case "v": return "v";
                case "u": return "u";
                case "t": return "t";
                default: return "default(" + (s == null ? "null" : s) + ")";
            }
        }

        static void Main()
        {
            string[] small = { "yes", "no", "Yes", "YES", "", null, "yes ", " yes", "y" };
            foreach (string s in small) Console.Write(Small(s) + " ");
            Console.WriteLine();

            string[] months = { "January", "january", "JANUARY", "May", "Ma", "Mayy", "December", "", "\u00e9t\u00e9", "ete", "a\0b", "a", null, "September" };
            foreach (string s in months) Console.Write(Big(s) + " ");
            Console.WriteLine();

            string[] greek = { "alpha", "ALPHA", "Alpha", "beta", "theta", "eta", "zeta", "omega", null, "" };
            foreach (string s in greek) Console.Write(BigWithNull(s) + " ");
            Console.WriteLine();

            string[] letters = { "x", "t", "s", null, "xx", "" };
            foreach (string s in letters) Console.Write(NoNullCase(s) + " ");
            Console.WriteLine();

            // A string built at runtime (not interned) must still match by value.
            var sb = new StringBuilder();
            sb.Append("Nov").Append("ember");
            string built = sb.ToString();
            Console.WriteLine("built: " + Big(built) + ", same reference as literal: " + ((object)built == (object)"November"));
            string fromChars = new string(new[] { 'M', 'a', 'r', 'c', 'h' });
            Console.WriteLine("from chars: " + Big(fromChars));
            string sub = "xxAprilxx".Substring(2, 5);
            Console.WriteLine("substring: " + Big(sub));

            // switch inside a loop over many strings
            int total = 0;
            string text = "the quick brown fox jumps over the lazy dog the end";
            foreach (string w in text.Split(' '))
            {
                switch (w)
                {
                    case "the": total += 100; break;
                    case "fox": case "dog": total += 10; break;
                    case "end": total += 1000; break;
                    default: total += w.Length; break;
                }
            }
            Console.WriteLine("total: " + total);
        }
    }
}
