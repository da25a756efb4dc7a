// Classic-async twin of VirtualInterface.il (compiled by mcs, run by mono: its output is VirtualInterface.expected).
using System;
using System.Threading.Tasks;

interface IFetcher { Task<string> Fetch(int id); }

abstract class Shape
{
    public abstract Task<int> Area();
    public virtual async Task<string> Name() { await Task.Yield(); return "shape"; }
}

class Square : Shape, IFetcher
{
    int side;
    public Square(int side) { this.side = side; }
    public override async Task<int> Area() { await Task.Yield(); return side * side; }
    public override async Task<string> Name() { string b = await base.Name(); return "square<" + b + ">"; }
    public async Task<string> Fetch(int id) { await Task.Yield(); return "sq" + id; }
}

class Plain : IFetcher { public Task<string> Fetch(int id) { return Task.FromResult("plain" + id); } }

class Program
{
    static async Task<int> Use(Shape s, IFetcher f, IFetcher g)
    {
        int a = await s.Area(); string n = await s.Name(); string x = await f.Fetch(1); string y = await g.Fetch(2);
        Console.WriteLine("{0} {1} {2}", n, x, y);
        return a;
    }

    static int Main() { Console.WriteLine(Use(new Square(7), new Square(1), new Plain()).Result); return 0; }
}
