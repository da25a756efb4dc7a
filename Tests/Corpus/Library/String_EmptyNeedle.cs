// Searching for the empty string. IndexOf("") is the start index in every
// runtime; LastIndexOf("") changed in .NET 5: it now returns the position
// *after* the last character searched (this.Length for the overloads
// without a start index), where .NET Framework, Mono and .NET Core 3.x
// return Length - 1. See String_EmptyNeedle.notes.
using System;

namespace Corpus.Library.String_EmptyNeedle
{
    public static class Program
    {
        public static int Main()
        {
            string s = "Hello";
            Console.WriteLine("IndexOf(\"\", Ordinal) " + s.IndexOf("", StringComparison.Ordinal));
            Console.WriteLine("IndexOf(\"\", 3, Ordinal) " + s.IndexOf("", 3, StringComparison.Ordinal));
            Console.WriteLine("IndexOf(\"\", 5, Ordinal) " + s.IndexOf("", 5, StringComparison.Ordinal));
            Console.WriteLine("IndexOf(\"\", OrdinalIgnoreCase) " + s.IndexOf("", StringComparison.OrdinalIgnoreCase));
            Console.WriteLine("\"\".IndexOf(\"\", Ordinal) " + "".IndexOf("", StringComparison.Ordinal));
            Console.WriteLine("\"\".LastIndexOf(\"\", Ordinal) " + "".LastIndexOf("", StringComparison.Ordinal));
            Console.WriteLine("LastIndexOf(\"\", Ordinal) " + s.LastIndexOf("", StringComparison.Ordinal));
            Console.WriteLine("LastIndexOf(\"\", OrdinalIgnoreCase) " + s.LastIndexOf("", StringComparison.OrdinalIgnoreCase));
            Console.WriteLine("StartsWith(\"\") " + s.StartsWith("", StringComparison.Ordinal) + " EndsWith(\"\") " + s.EndsWith("", StringComparison.Ordinal) + " Contains(\"\") " + s.Contains(""));
            return 0;
        }
    }
}
