// Main's int result is the process exit code; Environment.Exit ends the process at once.
using System;
static class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine(args.Length);
        foreach (string a in args) Console.WriteLine(a);
        return args.Length + 40;
    }
}
