// Classic-async twin of Delegates.il (compiled by mcs, run by mono: its output is Delegates.expected).
using System;
using System.Threading.Tasks;

class Adder { int k; public Adder(int k) { this.k = k; } public async Task<int> Add(int x) { await Task.Yield(); return x + k; } }

class Program
{
    static async Task<int> Double(int x) { await Task.Yield(); return x * 2; }
    static Task<int> Plain(int x) { return Task.FromResult(x + 100); }
    static async Task Say(string s) { await Task.Yield(); Console.WriteLine(s); }
    static async Task<int> Run()
    {
        Func<int, Task<int>> f = Double; int a = await f(4);
        f = new Adder(10).Add; int b = await f(a);
        f = Plain; int c = await f(b);
        Func<string, Task> g = Say; await g("said " + c);
        return c;
    }

    static int Main() { Console.WriteLine(Run().Result); Func<int, Task<int>> h = Double; Console.WriteLine(h(21).Result); return 0; }
}
