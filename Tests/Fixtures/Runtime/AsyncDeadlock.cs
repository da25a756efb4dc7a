// A runtime-async chain three deep waits on a task nothing completes: with --async-stacks the deadlock report lists the suspended chain, leaf → root.
using System;
using System.Threading.Tasks;
class Program {
    static TaskCompletionSource<int> never = new TaskCompletionSource<int>();
    static async Task<int> Level3() { return await never.Task + 1; }
    static async Task<int> Level2() { return await Level3() + 1; }
    static async Task<int> Level1() { return await Level2() + 1; }
    static void Main() { Console.WriteLine("waiting"); Console.WriteLine(Level1().Result); }
}
