// mcs-flags: -optimize+
// The loops of Benchmarks/Programs/Loop.cs and Sieve.cs, whose IR size per iteration
// TranslationTests pins: a translator change that adds instructions to a loop shows there.
static class Loops
{
    // Eight IR instructions per iteration: seven for the body and the increment, and the
    // compare-and-branch, which is also the safepoint.
    static long Arithmetic(int n)
    {
        long acc = 0;
        for (int i = 0; i < n; i++) { acc += (i * 7) ^ (i >> 3); acc &= 0xFFFFFFFF; }
        return acc;
    }

    // The inner loop is five: the element store (reading the constant `true` and the long
    // index in place: `conv.ovf.i` of an int64 emits nothing), the int step's sign extension,
    // the add, the length and the branch (`ldlen; conv.i4; conv.i8` emits only the ldlen).
    static int Sieve(bool[] composite)
    {
        int count = 0;
        for (int i = 2; i < composite.Length; i++)
        {
            if (composite[i]) continue;
            count++;
            for (long j = (long)i * i; j < composite.Length; j += i) composite[j] = true;
        }
        return count;
    }

    static void Main() { System.Console.WriteLine(Arithmetic(100) + Sieve(new bool[100])); }
}
