// Unbounded recursion: .NET prints "Stack overflow." to stderr and aborts (exit 134).
using System;
static class Program
{
    static int Recurse(int n) { return Recurse(n + 1) + 1; }
    static void Main() { Console.WriteLine("start"); Recurse(0); }
}
