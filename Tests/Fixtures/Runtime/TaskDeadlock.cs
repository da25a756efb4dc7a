// Waits on a task nothing will ever complete: the engine must report the deadlock and exit,
// where .NET would hang forever.
using System;
using System.Threading.Tasks;

class Program
{
    static void Main()
    {
        var never = new TaskCompletionSource<int>();
        Console.WriteLine("waiting");
        never.Task.Wait();
        Console.WriteLine("unreachable");
    }
}
