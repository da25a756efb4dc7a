// Invariant case mappings that are not one-to-one: several lower-case
// letters upper-case to a letter whose own lower case is different (final
// sigma, micro sign, long s, Greek symbol variants), title-case digraphs
// map to separate upper and lower forms, and the Kelvin / Ohm / Angstrom
// signs lower-case to ordinary letters. Mono 6.8 leaves all of these
// unchanged; .NET maps them (see String_InvariantCasing.notes). The
// Turkish dotted/dotless i stay unmapped in both.
using System;

namespace Corpus.Library.String_InvariantCasing
{
    public static class Program
    {
        static string X(char c) { return ((int)c).ToString("X4"); }

        public static int Main()
        {
            string chars = "\u00B5\u017F\u01C5\u01C8\u01CB\u01F2\u0345\u03C2\u03D0\u03D1\u03D5\u03D6\u03F0\u03F1\u03F5\u1E9B\u1E9E\u2126\u212A\u212B\u0130\u0131\u00DF\u00FF\u0178";
            foreach (char c in chars)
                Console.WriteLine(X(c) + " upper " + X(char.ToUpperInvariant(c)) + " lower " + X(char.ToLowerInvariant(c))
                    + " IsUpper " + char.IsUpper(c) + " IsLower " + char.IsLower(c));
            string word = "\u03C3\u03BF\u03C6\u03CC\u03C2";   // a Greek word ending in final sigma
            string up = word.ToUpperInvariant();
            Console.WriteLine("word upper " + string.Join(" ", Array.ConvertAll(up.ToCharArray(), X)));
            Console.WriteLine("word upper then lower " + string.Join(" ", Array.ConvertAll(up.ToLowerInvariant().ToCharArray(), X)));
            Console.WriteLine("round trip equal " + (up.ToLowerInvariant() == word));
            Console.WriteLine("\"\\u212A\" lower equals \"k\" " + ("\u212A".ToLowerInvariant() == "k"));
            Console.WriteLine("\"\\u01C5\" upper equals \"\\u01C4\" " + ("\u01C5".ToUpperInvariant() == "\u01C4"));
            return 0;
        }
    }
}
