// Classic-async twin of Generic.il (compiled by mcs, run by mono: its output is Generic.expected).
using System;
using System.Threading.Tasks;

struct Pt { public int X, Y; public override string ToString() { return "(" + X.ToString() + ";" + Y.ToString() + ")"; } }

class Box<T>
{
    T item;
    public Box(T item) { this.item = item; }
    public async Task<T> Get(int n) { for (int i = 0; i < n; i++) await Task.Yield(); return item; }
}

class Program
{
    static async Task<T> Echo<T>(T value, int n) { for (int i = 0; i < n; i++) await Task.Yield(); return value; }
    static async Task<string> Describe<T>(T a, T b) { T first = await Echo(a, 1); T second = await Echo(b, 2); return first + "," + second + " " + typeof(T).Name; }

    static int Main()
    {
        Console.WriteLine(Echo(42, 1).Result);
        Console.WriteLine(Echo("s", 2).Result);
        Console.WriteLine(Describe(7L, 8L).Result);
        Console.WriteLine(Describe("x", "y").Result);
        Pt p; p.X = 1; p.Y = 2; Pt q; q.X = 3; q.Y = 4;
        Console.WriteLine(Describe(p, q).Result);
        Console.WriteLine(new Box<string>("boxed").Get(2).Result);
        Console.WriteLine(new Box<int>(5).Get(1).Result);
        return 0;
    }
}
