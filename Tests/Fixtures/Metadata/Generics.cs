// Generic types and methods: every constraint kind, nested generic types,
// variance, generic interfaces, explicit interface implementations, generic
// delegates, static fields in generic types, and instantiations over value
// types, reference types, arrays and other instantiations (TypeSpec/MethodSpec,
// GenericParam, GenericParamConstraint, InterfaceImpl, NestedClass, MethodImpl).
using System;
using System.Collections;
using System.Collections.Generic;

namespace Fixtures.Generics
{
    public interface IShape
    {
        double Area { get; }
        string Name { get; }
    }

    public abstract class ShapeBase : IShape
    {
        public abstract double Area { get; }
        public virtual string Name { get { return GetType().Name; } }
    }

    public sealed class Square : ShapeBase
    {
        public double Side;
        public Square() { Side = 1; }
        public Square(double side) { Side = side; }
        public override double Area { get { return Side * Side; } }
    }

    public struct Point : IEquatable<Point>, IComparable<Point>
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public bool Equals(Point other) { return X == other.X && Y == other.Y; }
        public int CompareTo(Point other) { return (X * X + Y * Y).CompareTo(other.X * other.X + other.Y * other.Y); }
        public override bool Equals(object obj) { return obj is Point && Equals((Point)obj); }
        public override int GetHashCode() { return X * 31 + Y; }
        public override string ToString() { return "(" + X + "," + Y + ")"; }
    }

    // Covariant and contravariant interfaces and delegates.
    public interface IProducer<out T> { T Produce(); }
    public interface IConsumer<in T> { void Consume(T item); }
    public interface IConverter<in TIn, out TOut> { TOut Convert(TIn input); }
    public delegate TResult Transformer<in TArg, out TResult>(TArg arg);
    public delegate void Handler<T>(ref T value, out int count, params T[] rest);

    public class ShapeProducer : IProducer<Square>
    {
        public Square Produce() { return new Square(3); }
    }

    public class ObjectConsumer : IConsumer<object>
    {
        public int Count;
        public void Consume(object item) { Count++; }
    }

    // Every constraint kind.
    public class Constrained<TClass, TStruct, TNew, TIface, TBase, TDerived>
        where TClass : class
        where TStruct : struct
        where TNew : new()
        where TIface : IComparable<TIface>, IEquatable<TIface>
        where TBase : ShapeBase, IShape, new()
        where TDerived : TClass
    {
        public TClass RefValue;
        public TStruct? MaybeValue;
        public TNew Fresh = new TNew();
        public TIface[] Items;
        public static int Instances;

        static Constrained() { Instances = 0; }

        public Constrained() { Instances++; }

        public TBase MakeBase() { return new TBase(); }
        public TClass Upcast(TDerived d) { return d; }
        public bool Same(TIface a, TIface b) { return a.Equals(b) && a.CompareTo(b) == 0; }
        public string Describe() { return typeof(TClass).Name + "," + typeof(TStruct).Name + "," + typeof(TDerived).Name; }
    }

    public class ClassConstraintOnly<T> where T : class, IDisposable { public T Value; }
    public struct StructWithConstraint<T> where T : struct, IComparable { public T Value; }

    // Nested generic types: outer and inner both generic, and a non-generic nested
    // type inside a generic one (which implicitly carries the outer parameters).
    public class Outer<T>
    {
        public T Value;
        public Outer(T value) { Value = value; }

        public class Inner<U>
        {
            public T First;
            public U Second;
            public Inner(T first, U second) { First = first; Second = second; }
            public KeyValuePair<T, U> Pair() { return new KeyValuePair<T, U>(First, Second); }

            public class Innermost<V> where V : U
            {
                public V Third;
                public Tuple<T, U, V> All(T t, U u) { return Tuple.Create(t, u, Third); }
            }
        }

        public class Plain
        {
            public T Held;
            public List<T> Many = new List<T>();
        }

        public struct Node
        {
            public T Item;
            public int Next;
        }

        public Node[] Nodes = new Node[2];
    }

    // Explicit interface implementations, including of generic interfaces and
    // of the same method through two instantiations.
    public class Multi : IEnumerable<int>, IEnumerable<string>, IComparable, IConverter<int, string>
    {
        IEnumerator<int> IEnumerable<int>.GetEnumerator() { yield return 1; yield return 2; }
        IEnumerator<string> IEnumerable<string>.GetEnumerator() { yield return "a"; }
        IEnumerator IEnumerable.GetEnumerator() { return ((IEnumerable<int>)this).GetEnumerator(); }
        int IComparable.CompareTo(object obj) { return 0; }
        string IConverter<int, string>.Convert(int input) { return "#" + input; }
    }

    public static class Algorithms
    {
        public static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }

        public static TOut[] Map<TIn, TOut>(TIn[] input, Func<TIn, TOut> f)
        {
            var result = new TOut[input.Length];
            for (int i = 0; i < input.Length; i++) result[i] = f(input[i]);
            return result;
        }

        public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }

        public static T Create<T>() where T : new() { return new T(); }

        public static U Convert<T, U>(T value) where T : U { return value; }

        public static Dictionary<TKey, List<TValue>> Group<TKey, TValue>(IEnumerable<TValue> items, Func<TValue, TKey> key)
        {
            var d = new Dictionary<TKey, List<TValue>>();
            foreach (var item in items)
            {
                List<TValue> list;
                if (!d.TryGetValue(key(item), out list)) { list = new List<TValue>(); d.Add(key(item), list); }
                list.Add(item);
            }
            return d;
        }

        public static int CountDefaults<T>(T[] items)
        {
            int n = 0;
            foreach (T item in items) if (EqualityComparer<T>.Default.Equals(item, default(T))) n++;
            return n;
        }

        public static string Nested<T>(List<Dictionary<T, T[]>[]> deep) { return deep.GetType().Name; }
    }

    public class Cache<TKey, TValue> where TKey : IEquatable<TKey>
    {
        private static readonly Dictionary<TKey, TValue> store = new Dictionary<TKey, TValue>();
        public static int Hits;
        public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
        {
            TValue v;
            if (store.TryGetValue(key, out v)) { Hits++; return v; }
            v = factory(key);
            store[key] = v;
            return v;
        }
        public TResult Apply<TResult>(TKey key, Transformer<TValue, TResult> t) { return t(store[key]); }
    }

    public class Program
    {
        static void Increment(ref int value, out int count, params int[] rest) { value++; count = rest.Length; }

        public static int Main()
        {
            var c = new Constrained<string, int, List<int>, Point, Square, string>();
            c.Items = new[] { new Point(1, 2), new Point(1, 2) };
            Console.WriteLine("constrained: " + c.Describe() + " " + c.Same(c.Items[0], c.Items[1]) + " " + c.MakeBase().Area + " " + Constrained<string, int, List<int>, Point, Square, string>.Instances);

            var inner = new Outer<int>.Inner<string>(7, "seven");
            var innermost = new Outer<int>.Inner<object>.Innermost<string> { Third = "third" };
            Console.WriteLine("nested: " + inner.Pair() + " " + innermost.All(1, "u"));
            var plain = new Outer<double>.Plain { Held = 2.5 };
            plain.Many.Add(1.5);
            var outer = new Outer<string>("x");
            outer.Nodes[1].Item = "node";
            Console.WriteLine("plain: " + plain.Held + " " + plain.Many.Count + " " + outer.Nodes[1].Item);

            IProducer<IShape> producer = new ShapeProducer();          // covariance
            IConsumer<string> consumer = new ObjectConsumer();         // contravariance
            consumer.Consume("hello");
            Transformer<object, string> t1 = o => o.ToString();
            Transformer<string, object> t2 = t1;                       // delegate variance
            Console.WriteLine("variance: " + producer.Produce().Area + " " + ((ObjectConsumer)consumer).Count + " " + t2("s"));

            var m = new Multi();
            int sum = 0;
            foreach (int i in (IEnumerable<int>)m) sum += i;
            foreach (string s in (IEnumerable<string>)m) sum += s.Length;
            Console.WriteLine("explicit: " + sum + " " + ((IConverter<int, string>)m).Convert(5) + " " + ((IComparable)m).CompareTo(null));

            Console.WriteLine("methods: " + Algorithms.Max(3, 9) + " " + Algorithms.Max("pear", "apple") + " " + Algorithms.Max(new Point(1, 1), new Point(0, 3)));
            string[] mapped = Algorithms.Map(new[] { 1, 2, 3 }, x => (x * x).ToString());
            Console.WriteLine("map: " + string.Join(",", mapped));
            int a = 1, b = 2;
            Algorithms.Swap(ref a, ref b);
            Point p1 = new Point(1, 1), p2 = new Point(2, 2);
            Algorithms.Swap<Point>(ref p1, ref p2);
            Console.WriteLine("swap: " + a + b + " " + p1 + p2);
            Console.WriteLine("create: " + Algorithms.Create<Square>().Area + " " + Algorithms.Convert<Square, ShapeBase>(new Square(2)).Area);
            var groups = Algorithms.Group(new[] { "one", "two", "three", "four" }, s => s.Length);
            Console.WriteLine("group: " + groups[3].Count + " " + groups[5][0] + " " + Algorithms.CountDefaults(new int?[] { null, 1, null }));
            Console.WriteLine("deep: " + Algorithms.Nested(new List<Dictionary<long, long[]>[]>()));

            var cache = new Cache<string, int>();
            cache.GetOrAdd("k", k => k.Length);
            cache.GetOrAdd("k", k => 99);
            Console.WriteLine("cache: " + Cache<string, int>.Hits + " " + cache.Apply("k", v => v * 10.0));

            Handler<int> h = Increment;
            int val = 41, cnt;
            h(ref val, out cnt, 1, 2, 3);
            Console.WriteLine("handler: " + val + " " + cnt);

            var disp = new ClassConstraintOnly<System.IO.MemoryStream>();
            var sw = new StructWithConstraint<int> { Value = 4 };
            Console.WriteLine("misc: " + (disp.Value == null) + " " + sw.Value);
            return 0;
        }
    }
}
