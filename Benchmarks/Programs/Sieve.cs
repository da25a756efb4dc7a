// Sieve of Eratosthenes over a bool[] of 2,000,000 entries, 6 times: array stores and loads, tight loops.
using System;
static class Program
{
    const int Limit = 2000000;
    const int Repetitions = 6;

    static int Sieve(bool[] composite)
    {
        Array.Clear(composite, 0, composite.Length);
        int count = 0;
        for (int i = 2; i < composite.Length; i++)
        {
            if (composite[i]) continue;
            count++;
            for (long j = (long)i * i; j < composite.Length; j += i) composite[j] = true;
        }
        return count;
    }

    static void Main()
    {
        var composite = new bool[Limit + 1];
        int count = 0;
        for (int r = 0; r < Repetitions; r++) count = Sieve(composite);
        Console.WriteLine("primes up to " + Limit + ": " + count);
    }
}
