// 100M iterations of integer arithmetic on locals: dispatch and register IR quality.
using System;
static class Program
{
    static void Main()
    {
        long acc = 0;
        for (int i = 0; i < 100000000; i++) { acc += (i * 7) ^ (i >> 3); acc &= 0xFFFFFFFF; }
        Console.WriteLine(acc);
    }
}
