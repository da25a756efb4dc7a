// Waits two seconds with nothing to run: the process must sleep, not spin (see CLITests).
using System;
using System.Threading;

class Program
{
    static void Main()
    {
        Thread.Sleep(2000);
        Console.WriteLine("woke");
    }
}
