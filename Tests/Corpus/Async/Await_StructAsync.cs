// Async methods declared in structs (the state machine works on a copy of `this`: mutations inside the method, even before the first await, never reach the caller's variable), in generic structs, struct state machines holding struct locals, and in classes with static and instance async members.
using System;
using System.Threading.Tasks;

namespace Corpus.Async.Await_StructAsync
{
    struct Counter
    {
        public int Value;

        public async Task<int> IncrementTwiceAsync()
        {
            Value++;
            int before = Value;
            await Task.Yield();
            Value++;
            return before * 100 + Value;
        }

#pragma warning disable 1998
        public async Task<int> IncrementSyncAsync()
        {
            Value += 5;
            return Value;
        }
#pragma warning restore 1998

        public void IncrementSync() { Value++; }
    }

    struct Acc<T>
    {
        public T Last;
        public int Count;

        public async Task<string> AddAsync(T item)
        {
            await Task.Yield();
            Last = item;
            Count++;
            return "Acc<" + typeof(T).Name + ">: last=" + Last + " count=" + Count;
        }
    }

    struct Point
    {
        public int X, Y;
        public override string ToString() { return "(" + X + "," + Y + ")"; }
    }

    class Holder
    {
        public Counter C;
        public int Field = 1;
        static int staticField = 100;

        public async Task<int> BumpAsync()
        {
            Field++;
            await Task.Yield();
            Field *= 10;
            return Field;
        }

        public static async Task<int> StaticBumpAsync()
        {
            staticField++;
            await Task.Yield();
            return staticField;
        }
    }

    static class Program
    {
        static async Task<Point> MovePoint(Point p, int dx)
        {
            Point q = p;
            for (int i = 0; i < 3; i++)
            {
                await Task.Yield();
                q.X += dx;
                p.Y++;
            }
            Console.WriteLine("  inside: p=" + p + " q=" + q);
            return q;
        }

        static async Task Run()
        {
            var c = new Counter();
            int r = await c.IncrementTwiceAsync();
            Console.WriteLine("IncrementTwiceAsync returned " + r + ", caller's Value=" + c.Value);
            r = await c.IncrementSyncAsync();
            Console.WriteLine("IncrementSyncAsync returned " + r + ", caller's Value=" + c.Value);
            c.IncrementSync();
            Console.WriteLine("after sync IncrementSync Value=" + c.Value);
            r = await c.IncrementTwiceAsync();
            Console.WriteLine("again: " + r + ", Value=" + c.Value);

            var h = new Holder();
            r = await h.C.IncrementTwiceAsync();
            Console.WriteLine("field struct: " + r + ", h.C.Value=" + h.C.Value);
            var arr = new Counter[2];
            arr[1].Value = 40;
            r = await arr[1].IncrementTwiceAsync();
            Console.WriteLine("array element: " + r + ", arr[1].Value=" + arr[1].Value);

            var a = new Acc<string>();
            Console.WriteLine(await a.AddAsync("x"));
            Console.WriteLine(await a.AddAsync("y") + " / caller count=" + a.Count);
            var ai = new Acc<int> { Count = 10 };
            Console.WriteLine(await ai.AddAsync(5));

            var p = new Point { X = 1, Y = 2 };
            Point moved = await MovePoint(p, 5);
            Console.WriteLine("MovePoint: p=" + p + " moved=" + moved);

            Console.WriteLine("class instance: " + await h.BumpAsync() + " " + await h.BumpAsync() + " Field=" + h.Field);
            Console.WriteLine("static: " + await Holder.StaticBumpAsync() + " " + await Holder.StaticBumpAsync());
        }

        static void Main()
        {
            Run().Wait();
        }
    }
}
