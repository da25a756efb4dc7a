// Heap exhaustion under `cilkit run --max-heap`: OutOfMemoryException is an ordinary managed
// exception (catchable, the heap usable again once the garbage is dropped); uncaught, it ends
// the process with .NET's report.
using System;
using System.Collections.Generic;

class Program
{
    static int Fill(List<int[]> keep)
    {
        int chunks = 0;
        while (true)
        {
            keep.Add(new int[64 * 1024]);
            chunks++;
        }
    }

    static int Main(string[] args)
    {
        var keep = new List<int[]>();
        try
        {
            Fill(keep);
        }
        catch (OutOfMemoryException e)
        {
            Console.WriteLine("caught " + e.GetType().Name + " after " + (keep.Count > 10 ? "many" : "few") + " chunks");
        }
        keep = null;
        GC.Collect();
        var again = new int[64 * 1024];
        Console.WriteLine("allocated again: " + again.Length);
        if (args.Length > 0)
        {
            var more = new List<int[]>();
            Fill(more);
        }
        return 0;
    }
}
