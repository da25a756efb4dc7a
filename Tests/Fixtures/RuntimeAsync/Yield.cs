// Classic-async twin of Yield.il (compiled by mcs, run by mono: its output is Yield.expected).
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Squares(int n) { int s = 0; for (int i = 0; i < n; i++) { await Task.Yield(); s += i * i; } return s; }
    static async Task<int> Twice(int n) { int first = await Squares(n); await Task.Yield(); return first + await Squares(n + 1); }

    static int Main()
    {
        Console.WriteLine(Squares(10).Result);
        Console.WriteLine(Twice(20).Result);
        Task<int> a = Squares(30), b = Twice(5);
        Console.WriteLine(a.Result + b.Result);
        return 0;
    }
}
