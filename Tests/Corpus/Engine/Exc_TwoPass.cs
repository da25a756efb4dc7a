// Exception dispatch order: filters run in the first pass, before any finally block of the
// frames being unwound; finally blocks then run innermost first; engine-raised exceptions
// (null dereference, bounds, division, invalid cast, overflow) are ordinary catchable
// exceptions. Uses only Console.WriteLine(string/int) so it runs on a minimal corlib.
using System;

class AppError : Exception
{
    public int Code;
    public AppError(string message, int code) : base(message) { Code = code; }
}

static class Program
{
    static int depth;

    static bool Log(string what, bool result)
    {
        Console.WriteLine(what);
        return result;
    }

    static void Level3()
    {
        try
        {
            throw new AppError("deep", 42);
        }
        finally
        {
            Console.WriteLine("finally in Level3");
        }
    }

    static void Level2()
    {
        try
        {
            Level3();
        }
        catch (AppError e) when (Log("filter in Level2 (declines)", false))
        {
            Console.WriteLine("never");
        }
        finally
        {
            Console.WriteLine("finally in Level2");
        }
    }

    static int Level1()
    {
        try
        {
            Level2();
            return 0;
        }
        catch (AppError e) when (Log("filter in Level1 (accepts)", true))
        {
            Console.WriteLine("caught in Level1: " + e.Message);
            Console.WriteLine(e.Code);
            return e.Code;
        }
        finally
        {
            Console.WriteLine("finally in Level1");
        }
    }

    static void Engine()
    {
        int[] array = new int[2];
        object boxed = "text";
        string nothing = null;
        int zero = 0;
        try { array[2] = 1; } catch (IndexOutOfRangeException) { Console.WriteLine("IndexOutOfRangeException"); }
        try { Console.WriteLine(nothing.Length); } catch (NullReferenceException) { Console.WriteLine("NullReferenceException"); }
        try { Console.WriteLine(1 / zero); } catch (DivideByZeroException) { Console.WriteLine("DivideByZeroException"); }
        try { Console.WriteLine((int)boxed); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        try { Console.WriteLine(checked(int.MaxValue + zero + 1)); } catch (OverflowException) { Console.WriteLine("OverflowException"); }
        try { object[] objects = new string[1]; objects[0] = 1; } catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException"); }
    }

    static int Loops()
    {
        int total = 0;
        for (int i = 0; i < 4; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                total += i;
            }
            finally
            {
                Console.WriteLine("loop finally");
                total += 100;
            }
        }
        return total;
    }

    static void Rethrow()
    {
        try
        {
            try { throw new InvalidOperationException("first"); }
            catch (InvalidOperationException) { Console.WriteLine("rethrowing"); throw; }
        }
        catch (Exception e)
        {
            Console.WriteLine("outer caught: " + e.Message);
        }
    }

    static int Main()
    {
        int code = Level1();
        Console.WriteLine(code);
        Engine();
        Console.WriteLine(Loops());
        Rethrow();
        return 7;
    }
}
