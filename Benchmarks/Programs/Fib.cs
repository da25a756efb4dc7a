// fib(36), recursively: call overhead.
using System;
static class Program
{
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
    static void Main() { Console.WriteLine(Fib(36)); }
}
