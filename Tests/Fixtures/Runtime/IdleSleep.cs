// Waits two seconds on a Task.Delay with nothing else to run: the process must sleep until the
// timer is due, not spin (see CLITests: under 5% CPU).
using System;
using System.Threading.Tasks;

class Program
{
    static void Main()
    {
        Task.Delay(2000).Wait();
        Console.WriteLine("woke");
    }
}
