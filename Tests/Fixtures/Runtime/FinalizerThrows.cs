// An exception escaping a finalizer ends the process, as in modern .NET: it cannot be caught
// by the code that happened to trigger the collection.
using System;
using System.Runtime.CompilerServices;

class Bad
{
    ~Bad() { throw new InvalidOperationException("from finalizer"); }
}

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Make() { new Bad(); }

    static void Main()
    {
        Make();
        try
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        catch (Exception e)
        {
            Console.WriteLine("caught (wrong): " + e.Message);
        }
        Console.WriteLine("not reached");
    }
}
