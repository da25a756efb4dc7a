// Interpreter dispatch: a tight loop of integer arithmetic on locals (the body of
// Benchmarks/Programs/Loop.cs). The microbenchmark calls Loop in-process and counts the IR
// instructions of one iteration from its translation, so the time per iteration also gives
// the time per executed IR instruction.
public static class Dispatch
{
    public static long Loop(int n)
    {
        long acc = 0;
        for (int i = 0; i < n; i++) { acc += (i * 7) ^ (i >> 3); acc &= 0xFFFFFFFF; }
        return acc;
    }
}
