// Nested generics: Dictionary<string, List<int>>, List<List<int>>, Outer<T>.Inner<U> types
// with members using both parameters, generic structs containing generic classes, Tuple and
// KeyValuePair, generic delegates over generic types, recursive generic constraints
// (T : IComparable<T>), and type names (Type.Name) of nested generic types.
// Dictionary enumeration order is only relied on for dictionaries without removals (insertion
// order in both Mono and .NET); keys are otherwise sorted before printing.
using System;
using System.Collections.Generic;

namespace Corpus
{
    class Outer<T>
    {
        public T Value;
        public Outer(T v) { Value = v; }
        public class Inner<U>
        {
            public T OuterPart; public U InnerPart;
            public Inner(T t, U u) { OuterPart = t; InnerPart = u; }
            public string Show() { return typeof(T).Name + "+" + typeof(U).Name + ":" + OuterPart + "/" + InnerPart; }
        }
        public Inner<U> With<U>(U u) { return new Inner<U>(Value, u); }
        public struct Slot { public T Item; public int Index; }
    }

    struct Holder<T>
    {
        public List<T> Items;
        public Holder(params T[] items) { Items = new List<T>(items); }
        public int Count { get { return Items == null ? -1 : Items.Count; } }
    }

    class Node<T> where T : IComparable<T>
    {
        public T Value; public Node<T> Left, Right;
        public Node(T v) { Value = v; }
        public void Insert(T v)
        {
            if (v.CompareTo(Value) < 0) { if (Left == null) Left = new Node<T>(v); else Left.Insert(v); }
            else { if (Right == null) Right = new Node<T>(v); else Right.Insert(v); }
        }
        public void InOrder(List<T> acc) { if (Left != null) Left.InOrder(acc); acc.Add(Value); if (Right != null) Right.InOrder(acc); }
        public int Depth() { return 1 + Math.Max(Left == null ? 0 : Left.Depth(), Right == null ? 0 : Right.Depth()); }
    }

    static class Program
    {
        // (mcs 6.8 rejects `Outer<U>.Inner<T>` written inside Outer<T>.Inner<U> -- it substitutes
        // the type parameters wrongly -- so the flip lives outside the nested type.)
        static Outer<U>.Inner<T> Flip<T, U>(Outer<T>.Inner<U> x) { return new Outer<U>.Inner<T>(x.InnerPart, x.OuterPart); }

        static void Main()
        {
            Console.WriteLine("-- Dictionary<string, List<int>>");
            var groups = new Dictionary<string, List<int>>();
            string[] words = { "apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet" };
            for (int i = 0; i < words.Length; i++)
            {
                string key = words[i].Substring(0, 1);
                List<int> list;
                if (!groups.TryGetValue(key, out list)) { list = new List<int>(); groups[key] = list; }
                list.Add(i);
            }
            foreach (KeyValuePair<string, List<int>> kv in groups)   // insertion order, no removals
                Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));
            Console.WriteLine("groups type " + groups.GetType().Name + ", value type " + groups["a"].GetType().Name);

            Console.WriteLine("-- List<List<int>> (Pascal's triangle)");
            var rows = new List<List<int>>();
            for (int r = 0; r < 8; r++)
            {
                var row = new List<int>();
                for (int c = 0; c <= r; c++) row.Add(c == 0 || c == r ? 1 : rows[r - 1][c - 1] + rows[r - 1][c]);
                rows.Add(row);
            }
            foreach (var row in rows) Console.WriteLine(string.Join(" ", row));
            rows[7][3] = -1;
            Console.WriteLine("modified nested element " + rows[7][3] + ", row count " + rows.Count + ", last row count " + rows[rows.Count - 1].Count);

            Console.WriteLine("-- Outer<T>.Inner<U>");
            var o = new Outer<int>(5);
            Outer<int>.Inner<string> inner = o.With("five");
            Console.WriteLine(inner.Show() + " | " + Flip(inner).Show() + " | " + Flip(Flip(inner)).Show());
            Console.WriteLine("type names: " + inner.GetType().Name + " " + Flip(inner).GetType().Name + " " + typeof(Outer<int>.Slot).Name);
            var slot = new Outer<string>.Slot { Item = "x", Index = 2 };
            var slots = new Outer<string>.Slot[2];
            slots[1] = slot;
            slots[1].Index++;
            Console.WriteLine("slot " + slot.Item + slot.Index + ", array copy " + slots[1].Item + slots[1].Index + ", empty slot null: " + (slots[0].Item == null));

            Console.WriteLine("-- generic struct holding a generic class");
            var h = new Holder<string>("a", "b");
            var h2 = h;               // copies the struct, shares the list
            h2.Items.Add("c");
            Holder<int> empty = default(Holder<int>);
            Console.WriteLine("h.Count " + h.Count + ", h2.Count " + h2.Count + ", default Count " + empty.Count);
            var nestedHolder = new Holder<Holder<int>>(new Holder<int>(1, 2, 3), new Holder<int>());
            Console.WriteLine("nested holder counts: " + nestedHolder.Items[0].Count + " " + nestedHolder.Items[1].Count);

            Console.WriteLine("-- tuples and pairs");
            var t = Tuple.Create(1, "two", 3.5m, new List<char> { 'x' });
            Console.WriteLine(t.Item1 + " " + t.Item2 + " " + t.Item3 + " " + t.Item4.Count + " " + t.GetType().Name);
            var pairs = new List<KeyValuePair<int, Tuple<string, bool>>>();
            for (int i = 0; i < 3; i++) pairs.Add(new KeyValuePair<int, Tuple<string, bool>>(i, Tuple.Create("v" + i, i % 2 == 0)));
            foreach (var p in pairs) Console.Write(p.Key + "=" + p.Value.Item1 + "/" + p.Value.Item2 + " ");
            Console.WriteLine();
            var vt = (a: 1, b: "x");
            var vt2 = (1, "x");
            Console.WriteLine("value tuple " + vt.a + vt.b + ", equals " + vt.Equals(vt2) + ", type " + ((object)vt).GetType().Name);   // mcs cannot call GetType() on a tuple-typed expression directly

            Console.WriteLine("-- generic delegates over generic types");
            Func<List<int>, Dictionary<int, int>> histogram = list =>
            {
                var d = new Dictionary<int, int>();
                foreach (int x in list) { int c; d.TryGetValue(x, out c); d[x] = c + 1; }
                return d;
            };
            var hist = histogram(new List<int> { 3, 1, 3, 2, 3, 1 });
            var keys = new List<int>(hist.Keys);
            keys.Sort();
            foreach (int k in keys) Console.Write(k + "x" + hist[k] + " ");
            Console.WriteLine();
            Func<Func<int, int>, Func<int, int>> twice = f => x => f(f(x));
            Console.WriteLine("twice(twice(+3))(0) = " + twice(twice(x => x + 3))(0));

            Console.WriteLine("-- recursive constraint (binary search tree)");
            var root = new Node<int>(50);
            foreach (int v in new[] { 30, 70, 20, 40, 60, 80, 35, 45, 65 }) root.Insert(v);
            var sorted = new List<int>();
            root.InOrder(sorted);
            Console.WriteLine(string.Join(",", sorted) + " depth " + root.Depth());
            var sroot = new Node<string>("m");
            foreach (string s in new[] { "c", "x", "a", "e", "z" }) sroot.Insert(s);
            var ssorted = new List<string>();
            sroot.InOrder(ssorted);
            Console.WriteLine(string.Join(",", ssorted) + " depth " + sroot.Depth());
        }
    }
}
