// Generic async methods and async methods of generic classes: instantiated over int, long, string, a struct, an enum, int? and arrays; default(T); constraints (new(), class, interface); per-instantiation statics touched across awaits; generic methods awaiting Task<T> of a type parameter.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.Async.Await_Generic
{
    enum Color { Red = 1, Green = 2, Blue = 4 }

    struct Pair
    {
        public int A; public string B;
        public override string ToString() { return "(" + A + "," + (B ?? "null") + ")"; }
    }

    interface IShape { int Area(); }
    class Sq : IShape { public int S = 3; public int Area() { return S * S; } }

    class Box<T>
    {
        public static int Created;
        T value;
        public Box(T v) { value = v; Created++; }

        public async Task<T> GetAsync()
        {
            await Task.Yield();
            return value;
        }

        public async Task<Box<U>> MapAsync<U>(Func<T, Task<U>> f)
        {
            U u = await f(await GetAsync());
            return new Box<U>(u);
        }

        public async Task SetAsync(T v)
        {
            await Task.Yield();
            value = v;
        }

        public override string ToString() { return "Box<" + typeof(T).Name + ">(" + (value == null ? "null" : value.ToString()) + ")"; }
    }

    static class Program
    {
        static async Task<T> Echo<T>(T x)
        {
            await Task.Yield();
            return x;
        }

        static async Task<T> DefaultOf<T>()
        {
            await Task.Yield();
            return default(T);
        }

        static async Task<T> Make<T>() where T : new()
        {
            await Task.Yield();
            return new T();
        }

        static async Task<int> AreaOf<T>(Task<T> shape) where T : class, IShape
        {
            T s = await shape;
            return s == null ? -1 : s.Area();
        }

        static async Task<List<T>> Collect<T>(params T[] items)
        {
            var list = new List<T>();
            foreach (T it in items) list.Add(await Echo(it));
            return list;
        }

        static async Task<KeyValuePair<K, V>> KV<K, V>(K k, Task<V> v)
        {
            return new KeyValuePair<K, V>(await Echo(k), await v);
        }

        static async Task<string> Describe<T>(T x)
        {
            T y = await Echo(x);
            return typeof(T).Name + ":" + (y == null ? "null" : y.ToString()) + " default=" + ((object)default(T) == null ? "null" : default(T).ToString());
        }

        static async Task Run()
        {
            Console.WriteLine(await Echo(42) + " " + await Echo(42L * 1000000000000L) + " " + await Echo("str") + " " + await Echo(Color.Green));
            Console.WriteLine(await Echo(new Pair { A = 7, B = "x" }));
            int? ni = await Echo<int?>(null);
            int? nv = await Echo<int?>(5);
            Console.WriteLine("nullable: " + ni.HasValue + " " + nv.Value);
            Console.WriteLine("defaults: " + await DefaultOf<int>() + " " + (await DefaultOf<string>() == null) + " " + await DefaultOf<Pair>() + " " + await DefaultOf<Color>() + " " + await DefaultOf<double>());
            Console.WriteLine("new(): " + (await Make<Sq>()).S + " " + await Make<Pair>() + " " + (await Make<List<int>>()).Count);
            Console.WriteLine("constraint: " + await AreaOf(Task.FromResult(new Sq { S = 5 })) + " " + await AreaOf(Task.FromResult<Sq>(null)));
            Console.WriteLine("collect: " + string.Join(",", await Collect(1, 2, 3)) + " | " + string.Join(",", await Collect("a", null, "c")) + " | " + (await Collect<int>()).Count);
            var kv = await KV("k", Echo(new[] { 1, 2, 3 }));
            Console.WriteLine("kv: " + kv.Key + " -> " + kv.Value.Length);
            Console.WriteLine(await Describe(3) + "; " + await Describe<string>(null) + "; " + await Describe(Color.Blue) + "; " + await Describe<object>(2.5m));

            var bi = new Box<int>(10);
            var bs = await bi.MapAsync(async i => { await Task.Yield(); return "n" + i; });
            var bl = await bs.MapAsync(async s => { await Task.Yield(); return (long)s.Length << 40; });
            Console.WriteLine(bi + " " + bs + " " + bl);
            await bi.SetAsync(11);
            var b2 = await bi.MapAsync(i => Echo(new Pair { A = i }));
            Console.WriteLine(bi + " " + b2);
            Console.WriteLine("Box<int>.Created=" + Box<int>.Created + " Box<string>.Created=" + Box<string>.Created + " Box<long>.Created=" + Box<long>.Created + " Box<Pair>.Created=" + Box<Pair>.Created);
            var nested = new Box<Box<int>>(bi);
            Console.WriteLine((await (await nested.GetAsync()).GetAsync()) + " " + Box<Box<int>>.Created);
        }

        static void Main()
        {
            Run().GetAwaiter().GetResult();
        }
    }
}
