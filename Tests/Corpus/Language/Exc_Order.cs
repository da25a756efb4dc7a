// try/catch/finally ordering: finally after normal completion, after return (the return value
// is captured before the finally changes the variable), after break/continue, after an
// exception caught in the same method or several frames up (each frame's finally runs while
// unwinding, innermost first); catch clauses tried in order (most specific first); nested
// try blocks inside catch and finally blocks; an exception thrown in a finally replaces the
// one in flight; an exception thrown in a catch propagates after that try's finally runs.
using System;

namespace Corpus
{
    static class Program
    {
        static int ReturnInTry()
        {
            int x = 1;
            try { x = 2; return x; }
            finally { x = 3; Console.WriteLine("  finally sets x = 3"); }
        }

        static string ReturnFromCatch()
        {
            string s = "start";
            try { throw new InvalidOperationException("x"); }
            catch (InvalidOperationException) { s = "catch"; return s; }
            finally { s = "finally"; Console.WriteLine("  finally after catch-return"); }
        }

        static void Level3() { try { Console.WriteLine("  L3 throws"); throw new ArgumentException("deep"); } finally { Console.WriteLine("  L3 finally"); } }
        static void Level2() { try { Level3(); Console.WriteLine("  not reached"); } finally { Console.WriteLine("  L2 finally"); } }
        static void Level1()
        {
            try { Level2(); }
            catch (InvalidOperationException) { Console.WriteLine("  L1 wrong catch"); }
            finally { Console.WriteLine("  L1 finally"); }
        }

        static string Classify(Exception e)
        {
            try { throw e; }
            catch (ArgumentNullException) { return "ArgumentNullException clause"; }
            catch (ArgumentException) { return "ArgumentException clause"; }
            catch (SystemException) { return "SystemException clause"; }
            catch (Exception) { return "Exception clause"; }
        }

        static void FinallyThrows()
        {
            try { throw new InvalidOperationException("original"); }
            finally { Console.WriteLine("  finally throwing replacement"); throw new NotSupportedException("replacement"); }
        }

        static void CatchThrows()
        {
            try
            {
                try { throw new FormatException("first"); }
                catch (FormatException e) { Console.WriteLine("  caught " + e.Message + ", throwing from catch"); throw new TimeoutException("from catch"); }
                finally { Console.WriteLine("  inner finally"); }
            }
            catch (TimeoutException e) { Console.WriteLine("  outer caught " + e.Message); }
        }

        static void Main()
        {
            Console.WriteLine("-- normal completion");
            try { Console.WriteLine("  try"); }
            catch (Exception) { Console.WriteLine("  catch (not run)"); }
            finally { Console.WriteLine("  finally"); }

            Console.WriteLine("-- return value captured before finally");
            Console.WriteLine("ReturnInTry() = " + ReturnInTry());
            Console.WriteLine("ReturnFromCatch() = " + ReturnFromCatch());

            Console.WriteLine("-- unwinding through frames");
            try { Level1(); }
            catch (ArgumentException e) { Console.WriteLine("  Main caught " + e.Message); }
            finally { Console.WriteLine("  Main finally"); }

            Console.WriteLine("-- catch clause order");
            Console.WriteLine(Classify(new ArgumentNullException("p")));
            Console.WriteLine(Classify(new ArgumentOutOfRangeException("p")));
            Console.WriteLine(Classify(new InvalidOperationException()));
            Console.WriteLine(Classify(new Exception()));

            Console.WriteLine("-- exception in finally replaces the original");
            try { FinallyThrows(); }
            catch (InvalidOperationException) { Console.WriteLine("  caught original (wrong)"); }
            catch (NotSupportedException e) { Console.WriteLine("  caught " + e.Message); }

            Console.WriteLine("-- exception in catch");
            CatchThrows();

            Console.WriteLine("-- try/catch inside catch and finally");
            try { throw new Exception("outer"); }
            catch (Exception outer)
            {
                try { throw new Exception("inner-in-catch"); }
                catch (Exception inner) { Console.WriteLine("  " + outer.Message + " / " + inner.Message); }
                Console.WriteLine("  still in outer catch: " + outer.Message);
            }
            finally
            {
                try { throw new Exception("in-finally"); }
                catch (Exception e) { Console.WriteLine("  handled inside finally: " + e.Message); }
                finally { Console.WriteLine("  nested finally inside finally"); }
            }

            Console.WriteLine("-- loops with finally");
            int total = 0;
            for (int i = 0; i < 4; i++)
            {
                try
                {
                    if (i == 1) continue;
                    if (i == 3) break;
                    try { if (i == 2) throw new Exception("i=2"); total += 10; }
                    catch (Exception e) { Console.WriteLine("  caught " + e.Message); total += 100; }
                    finally { total += 1000; }
                }
                finally { Console.WriteLine("  outer finally i=" + i); }
            }
            Console.WriteLine("total = " + total);

            Console.WriteLine("-- finally-only frames between throw and catch");
            int depth = 0;
            try { Recurse(5, ref depth); }
            catch (Exception e) { Console.WriteLine("  caught at top: " + e.Message + ", depth counter " + depth); }
        }

        static void Recurse(int n, ref int depth)
        {
            try
            {
                depth++;
                if (n == 0) throw new Exception("bottom");
                Recurse(n - 1, ref depth);
            }
            finally
            {
                Console.WriteLine("  unwind n=" + n);
                depth--;
            }
        }
    }
}
