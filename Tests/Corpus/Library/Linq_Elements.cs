// Element operators: First/FirstOrDefault/Last/LastOrDefault/Single/
// SingleOrDefault (with and without predicates) on empty, one-element and
// many-element sequences of value and reference types, the exceptions
// (InvalidOperationException for empty / no match / more than one),
// ElementAt / ElementAtOrDefault (ArgumentOutOfRangeException), DefaultIfEmpty
// (with and without a default), Any/All/Contains (with comparer), and how
// far each operator enumerates its source (observed through an iterator).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Linq_Elements
{
    public static class Program
    {
        static int pulled;

        static IEnumerable<int> Src(params int[] xs)
        {
            foreach (int x in xs) { pulled++; yield return x; }
        }

        static void Try(string label, Func<object> f)
        {
            pulled = 0;
            try
            {
                object r = f();
                Console.WriteLine(label + " = " + (r ?? "null") + " (pulled " + pulled + ")");
            }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName + " (pulled " + pulled + ")"); }
        }

        public static int Main()
        {
            Console.WriteLine("-- First / Last");
            Try("First", () => Src(3, 5, 7).First());
            Try("First(>4)", () => Src(3, 5, 7).First(x => x > 4));
            Try("First empty", () => Src().First());
            Try("First no match", () => Src(1, 2).First(x => x > 9));
            Try("FirstOrDefault empty", () => Src().FirstOrDefault());
            Try("FirstOrDefault no match", () => Src(1, 2).FirstOrDefault(x => x > 9));
            Try("FirstOrDefault string empty", () => new string[0].FirstOrDefault());
            Try("Last", () => Src(3, 5, 7).Last());
            Try("Last(<6)", () => Src(3, 5, 7).Last(x => x < 6));
            Try("Last empty", () => Src().Last());
            Try("LastOrDefault no match", () => Src(3, 5).LastOrDefault(x => x > 9));
            Try("Last of list", () => new List<int> { 1, 2, 3 }.Last());
            Try("Last of array with predicate", () => new[] { 1, 2, 3, 4 }.Last(x => x % 2 == 1));

            Console.WriteLine("-- Single");
            Try("Single one", () => Src(42).Single());
            Try("Single empty", () => Src().Single());
            Try("Single many", () => Src(1, 2, 3).Single());
            Try("Single(pred) one match", () => Src(1, 2, 3).Single(x => x == 2));
            Try("Single(pred) two matches", () => Src(1, 2, 3, 2, 5).Single(x => x == 2));
            Try("Single(pred) none", () => Src(1, 3).Single(x => x == 2));
            Try("SingleOrDefault empty", () => Src().SingleOrDefault());
            Try("SingleOrDefault many", () => Src(1, 2).SingleOrDefault());
            Try("SingleOrDefault(pred) none", () => Src(1, 3).SingleOrDefault(x => x == 2));
            Try("SingleOrDefault(pred) two", () => Src(2, 2, 3).SingleOrDefault(x => x == 2));
            Try("Single on list of one", () => new List<string> { "only" }.Single());

            Console.WriteLine("-- ElementAt");
            Try("ElementAt(1)", () => Src(10, 20, 30).ElementAt(1));
            Try("ElementAt(3)", () => Src(10, 20, 30).ElementAt(3));
            Try("ElementAt(-1)", () => Src(10, 20, 30).ElementAt(-1));
            Try("ElementAtOrDefault(5)", () => Src(10, 20, 30).ElementAtOrDefault(5));
            Try("ElementAtOrDefault(-1)", () => Src(10, 20, 30).ElementAtOrDefault(-1));
            Try("ElementAt on array", () => new[] { 'a', 'b' }.ElementAt(1));
            Try("ElementAt on array out of range", () => new[] { 'a', 'b' }.ElementAt(2));
            Try("ElementAtOrDefault on string list", () => new List<string> { "x" }.ElementAtOrDefault(1));

            Console.WriteLine("-- DefaultIfEmpty");
            Try("DefaultIfEmpty empty", () => string.Join(",", Src().DefaultIfEmpty()));
            Try("DefaultIfEmpty(9) empty", () => string.Join(",", Src().DefaultIfEmpty(9)));
            Try("DefaultIfEmpty non-empty", () => string.Join(",", Src(1, 2).DefaultIfEmpty(9)));
            Try("DefaultIfEmpty strings", () => new string[0].DefaultIfEmpty().Single() == null);
            Try("Max over DefaultIfEmpty", () => Src().DefaultIfEmpty(-1).Max());

            Console.WriteLine("-- Any / All / Contains");
            Try("Any", () => Src(1, 2).Any());
            Try("Any empty", () => Src().Any());
            Try("Any(>1)", () => Src(1, 2, 3).Any(x => x > 1));
            Try("All(>0)", () => Src(1, 2, 3).All(x => x > 0));
            Try("All(<2)", () => Src(1, 2, 3).All(x => x < 2));
            Try("All on empty", () => Src().All(x => false));
            Try("Any on empty with predicate", () => Src().Any(x => true));
            Try("Contains(2)", () => Src(1, 2, 3).Contains(2));
            Try("Contains(9)", () => Src(1, 2, 3).Contains(9));
            Try("Contains with comparer", () => new[] { "Apple", "Pear" }.Contains("PEAR", StringComparer.OrdinalIgnoreCase));
            Try("Contains null", () => new[] { "a", null }.Contains(null));
            Try("Contains on List (uses List.Contains)", () => new List<int> { 5 }.Contains(5));
            Try("First on null source", () => ((IEnumerable<int>)null).First());
            return 0;
        }
    }
}
