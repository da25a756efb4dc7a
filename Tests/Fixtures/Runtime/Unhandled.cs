// An exception nobody catches: .NET prints "Unhandled exception. Type: message" and the
// stack trace to stderr, and exits with 134 (SIGABRT) on Linux.
using System;
static class Program
{
    static void Fail(int level) { if (level == 0) throw new InvalidOperationException("boom"); Fail(level - 1); }
    static void Main() { Console.WriteLine("before"); Fail(2); }
}
