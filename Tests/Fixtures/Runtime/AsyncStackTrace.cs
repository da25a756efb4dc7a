// An exception thrown three async calls deep, unhandled: under --runtime-async the trace is the logical chain Level3 ← Level2 ← Level1, then Main where GetResult rethrows it; classic shows one MoveNext per level.
using System;
using System.Threading.Tasks;
class Program {
    static async Task<int> Level3(int x) { if (x > 0) throw new InvalidOperationException("boom"); await Task.Yield(); return 1; }
    static async Task<int> Level2(int x) { return await Level3(x) + 1; }
    static async Task<int> Level1(int x) { return await Level2(x) + 1; }
    static void Main() { Console.WriteLine(Level1(1).GetAwaiter().GetResult()); }
}
