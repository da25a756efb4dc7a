// An exception thrown inside an exception filter. ECMA-335 and .NET: the exception
// escaping a filter is swallowed and the filter counts as having returned false, so the search
// continues with the next handler. Mono 6.8 does not swallow it (see Exc_FilterThrows.notes):
// .expected holds the .NET output, .mono-expected Mono's.
using System;

namespace Corpus
{
    static class Program
    {
        static bool Throwing(string where)
        {
            Console.WriteLine("  filter in " + where + " throws");
            throw new InvalidOperationException("from filter");
        }

        static bool NullDeref(string s)
        {
            Console.WriteLine("  filter dereferences null");
            return s.Length > 0;
        }

        static void Main()
        {
            Console.WriteLine("== throwing filter, next clause catches");
            try
            {
                try { throw new ArgumentException("original"); }
                catch (ArgumentException) when (Throwing("first clause")) { Console.WriteLine("  first clause (wrong)"); }
                catch (ArgumentException e) { Console.WriteLine("  second clause caught " + e.Message); }
            }
            catch (Exception e) { Console.WriteLine("  outer caught " + e.GetType().Name + ": " + e.Message); }

            Console.WriteLine("== null dereference inside a filter");
            try
            {
                try { throw new FormatException("fmt"); }
                catch (FormatException) when (NullDeref(null)) { Console.WriteLine("  filtered clause (wrong)"); }
                finally { Console.WriteLine("  inner finally"); }
            }
            catch (FormatException e) { Console.WriteLine("  outer caught original " + e.Message); }
            catch (Exception e) { Console.WriteLine("  outer caught " + e.GetType().Name); }

            Console.WriteLine("done");
        }
    }
}
