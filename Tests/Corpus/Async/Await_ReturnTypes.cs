// Task<T> results of many shapes: int, long, double, decimal, bool, char, enum, struct, nullable (null and value), string, null reference, arrays, objects, object (boxed value), Task<Task<int>> (with Unwrap), tuples; Result and GetAwaiter().GetResult() on completed tasks; plain Task.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.Async.Await_ReturnTypes
{
    enum Level : byte { Low = 1, High = 200 }

    struct Big
    {
        public long A, B, C, D;
        public override string ToString() { return A + "/" + B + "/" + C + "/" + D; }
    }

    class Node
    {
        public string Name;
        public Node Next;
    }

    static class Program
    {
        static async Task<int> I() { await Task.Yield(); return int.MinValue; }
        static async Task<long> L() { await Task.Yield(); return long.MaxValue; }
        static async Task<double> D() { await Task.Yield(); return 0.5; }
        static async Task<decimal> M() { await Task.Yield(); return 1234567.891m; }
        static async Task<bool> B() { await Task.Yield(); return true; }
        static async Task<char> C() { await Task.Yield(); return 'Z'; }
        static async Task<Level> E() { await Task.Yield(); return Level.High; }
        static async Task<Big> S() { await Task.Yield(); return new Big { A = 1, B = -2, C = 3L << 40, D = long.MinValue }; }
        static async Task<int?> NNull() { await Task.Yield(); return null; }
        static async Task<int?> NVal() { await Task.Yield(); return 9; }
        static async Task<string> Str() { await Task.Yield(); return "hello"; }
        static async Task<string> StrNull() { await Task.Yield(); return null; }
        static async Task<int[]> Arr() { await Task.Yield(); return new[] { 5, 6, 7 }; }
        static async Task<Node> Obj() { await Task.Yield(); return new Node { Name = "a", Next = new Node { Name = "b" } }; }
        static async Task<object> Boxed() { await Task.Yield(); return 77; }
        static async Task<IEnumerable<int>> Seq() { await Task.Yield(); return new List<int> { 1, 2 }; }
        static async Task<Tuple<int, string>> Tup() { await Task.Yield(); return Tuple.Create(1, "one"); }
        static async Task<KeyValuePair<string, int>> KVP() { await Task.Yield(); return new KeyValuePair<string, int>("k", 2); }
        static async Task<Task<int>> Nested() { await Task.Yield(); return I(); }
        static async Task<Func<int, int>> Fn() { await Task.Yield(); return x => x + 1; }
        static async Task Plain() { await Task.Yield(); }
        static async Task<Task> NestedPlain() { await Task.Yield(); return Plain(); }

        static async Task Run()
        {
            Console.WriteLine("int " + await I());
            Console.WriteLine("long " + await L());
            Console.WriteLine("double " + (await D() == 0.5));
            Console.WriteLine("decimal " + await M());
            Console.WriteLine("bool " + await B());
            Console.WriteLine("char " + await C());
            Level lv = await E();
            Console.WriteLine("enum " + lv + " " + (byte)lv);
            Console.WriteLine("struct " + await S());
            int? n1 = await NNull(), n2 = await NVal();
            Console.WriteLine("nullable " + n1.HasValue + " " + n2.Value + " " + (n1 ?? -1));
            Console.WriteLine("string " + await Str() + " " + (await StrNull() == null));
            Console.WriteLine("array " + string.Join(",", await Arr()) + " len=" + (await Arr()).Length);
            Node nd = await Obj();
            Console.WriteLine("object " + nd.Name + "->" + nd.Next.Name + "->" + (nd.Next.Next == null ? "null" : "?"));
            object bo = await Boxed();
            Console.WriteLine("boxed " + bo.GetType().Name + " " + (int)bo);
            int s = 0;
            foreach (int x in await Seq()) s += x;
            Console.WriteLine("seq " + s);
            var t = await Tup();
            Console.WriteLine("tuple " + t.Item1 + " " + t.Item2);
            var kv = await KVP();
            Console.WriteLine("kvp " + kv.Key + "=" + kv.Value);
            Task<int> inner = await Nested();
            Console.WriteLine("nested " + await inner);
            Console.WriteLine("nested double await " + await await Nested());
            Console.WriteLine("unwrap " + await Nested().Unwrap());
            await await NestedPlain();
            Console.WriteLine("nested plain ok");
            Console.WriteLine("func " + (await Fn())(41));
            Task p = Plain();
            await p;
            Console.WriteLine("plain " + p.Status);

            Task<Big> tb = S();
            Big b1 = tb.Result;
            Big b2 = tb.GetAwaiter().GetResult();
            b1.A = 100;
            Console.WriteLine("Result copies: " + b1 + " | " + b2 + " | " + tb.Result);
            Task<Node> tn = Obj();
            Console.WriteLine("same reference: " + ReferenceEquals(tn.Result, await tn));
        }

        static void Main()
        {
            Run().GetAwaiter().GetResult();
        }
    }
}
