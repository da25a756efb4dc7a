// Small async shapes whose lowered IL the AsyncLowering tests check exactly.
using System;
using System.Threading.Tasks;

public static class Shapes
{
    static Task<int> Get(int x) { return Task.FromResult(x); }

    // Two sequential awaits on calls returning Task<int>: both become call; Await<int>.
    public static async Task<int> Sequential(int a)
    {
        int x = await Get(a);
        int y = await Get(x + 1);
        return x + y;
    }

    // An await inside try/finally: the finally's "suspending" guard folds away.
    public static async Task TryFinally()
    {
        try
        {
            await Task.Yield();
            Console.WriteLine("body");
        }
        finally
        {
            Console.WriteLine("finally");
        }
    }

    // A generic method: the state machine local is SM<!!0>, its fields synthetic references.
    public static async Task<T> Generic<T>(T value)
    {
        await Task.Delay(1).ConfigureAwait(false);
        return value;
    }
}
