// Exception filters (`catch (T e) when (...)`) and two-pass exception handling: the first pass
// runs the filters of enclosing handlers (outermost filters included) *before* any finally
// block of the inner frames runs; the second pass then runs the finallies innermost-first and
// enters the chosen catch. Filters returning false let the search continue (to later clauses
// in the same try and to outer frames), filters see the exception object, filters on the same
// try are evaluated in clause order and only until one matches, a type mismatch skips the
// filter entirely, and a rethrow from a filtered catch starts a new search.
using System;

namespace Corpus
{
    class CodeException : Exception
    {
        public int Code;
        public CodeException(int code) : base("code " + code) { Code = code; }
    }

    static class Program
    {
        static bool Log(string s, bool result) { Console.WriteLine("  filter: " + s + " -> " + result); return result; }

        static void Inner(int code)
        {
            try
            {
                try
                {
                    Console.WriteLine("  throwing code " + code);
                    throw new CodeException(code);
                }
                finally { Console.WriteLine("  inner finally"); }
            }
            catch (CodeException e) when (Log("Inner catch, code == 1 (" + e.Code + ")", e.Code == 1))
            {
                Console.WriteLine("  Inner caught");
            }
            finally { Console.WriteLine("  Inner finally"); }
        }

        static void Middle(int code)
        {
            try { Inner(code); }
            catch (CodeException e) when (Log("Middle catch, code == 2 (" + e.Code + ")", e.Code == 2))
            {
                Console.WriteLine("  Middle caught");
            }
            finally { Console.WriteLine("  Middle finally"); }
        }

        static void Run(int code)
        {
            Console.WriteLine("== code " + code);
            try { Middle(code); }
            catch (CodeException e) when (Log("Main catch A, code == 3 (" + e.Code + ")", e.Code == 3))
            {
                Console.WriteLine("  Main caught A");
            }
            catch (CodeException e) when (Log("Main catch B, code > 3 (" + e.Code + ")", e.Code > 3))
            {
                Console.WriteLine("  Main caught B");
            }
            catch (Exception e) when (Log("Main catch C, always (" + e.GetType().Name + ")", true))
            {
                Console.WriteLine("  Main caught C");
            }
            finally { Console.WriteLine("  Main finally"); }
        }

        static int evaluations;
        static bool Count(bool r) { evaluations++; return r; }

        static void Main()
        {
            Run(1);
            Run(2);
            Run(3);
            Run(7);
            Run(0);

            Console.WriteLine("== type mismatch skips the filter");
            evaluations = 0;
            try { throw new InvalidOperationException("ioe"); }
            catch (ArgumentException) when (Count(true)) { Console.WriteLine("  wrong"); }
            catch (InvalidOperationException e) when (Count(e.Message == "ioe")) { Console.WriteLine("  caught ioe"); }
            Console.WriteLine("  filter evaluations: " + evaluations);

            Console.WriteLine("== filter sees state changed by the try body, not by finallies");
            int state = 0;
            try
            {
                try { state = 1; throw new Exception("s"); }
                finally { state = 2; Console.WriteLine("  finally sets state = 2"); }
            }
            catch (Exception) when (Log("state == 1 (state is " + state + ")", state == 1))
            {
                Console.WriteLine("  caught with state " + state);
            }

            Console.WriteLine("== rethrow from a filtered catch");
            try
            {
                try { throw new CodeException(5); }
                catch (CodeException e) when (Log("first handler", e.Code == 5))
                {
                    Console.WriteLine("  first handler rethrows");
                    throw;
                }
            }
            catch (CodeException e) when (Log("second handler", e.Code == 5))
            {
                Console.WriteLine("  second handler caught " + e.Message);
            }

            Console.WriteLine("== filter on a general catch used as a logger");
            int logged = 0;
            try
            {
                try { throw new FormatException("fmt"); }
                catch (Exception e) when (Log("logger sees " + e.GetType().Name, false)) { Console.WriteLine("  never"); }
                catch (FormatException) when (Count((logged++) >= 0)) { Console.WriteLine("  handled after logging, logged=" + logged); }
            }
            finally { Console.WriteLine("  done"); }

            Console.WriteLine("== filters with side effects in a loop");
            int attempts = 0;
            for (int i = 0; i < 3; i++)
            {
                try { throw new CodeException(i); }
                catch (CodeException e) when (++attempts > 0 && e.Code % 2 == 0) { Console.WriteLine("  even " + e.Code); }
                catch (CodeException e) { Console.WriteLine("  odd " + e.Code); }
            }
            Console.WriteLine("  attempts " + attempts);
        }
    }
}
