// User types providing equality to the library: IEquatable<T> + matching
// GetHashCode (class and struct), only Equals(object) overridden, a
// deliberately constant hash (all collide but still correct), a type whose
// Equals ignores case, operator == overloads (which collections do NOT
// use), and a mutable key changed after insertion (the dictionary can no
// longer find it). Consumers: List.Contains/IndexOf/Remove, Array.IndexOf,
// Distinct, HashSet, Dictionary, GroupBy, SequenceEqual, Except.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Interfaces_Equatable
{
    public sealed class Sku : IEquatable<Sku>
    {
        public readonly string Code;
        public static int EqualsCalls, HashCalls;
        public Sku(string c) { Code = c; }
        public bool Equals(Sku o) { EqualsCalls++; return o != null && string.Equals(Code, o.Code, StringComparison.OrdinalIgnoreCase); }
        public override bool Equals(object o) { return Equals(o as Sku); }
        public override int GetHashCode() { HashCalls++; return StringComparer.OrdinalIgnoreCase.GetHashCode(Code); }
        public static bool operator ==(Sku a, Sku b) { return ReferenceEquals(a, b); }
        public static bool operator !=(Sku a, Sku b) { return !ReferenceEquals(a, b); }
        public override string ToString() { return Code; }
    }

    public struct Cell : IEquatable<Cell>
    {
        public int Row, Col;
        public Cell(int r, int c) { Row = r; Col = c; }
        public bool Equals(Cell o) { return Row == o.Row && Col == o.Col; }
        public override bool Equals(object o) { return o is Cell && Equals((Cell)o); }
        public override int GetHashCode() { return Row * 1000 + Col; }
        public override string ToString() { return "R" + Row + "C" + Col; }
    }

    public class OnlyObjectEquals
    {
        public int V;
        public OnlyObjectEquals(int v) { V = v; }
        public override bool Equals(object o) { OnlyObjectEquals x = o as OnlyObjectEquals; return x != null && x.V == V; }
        public override int GetHashCode() { return V; }
        public override string ToString() { return "O" + V; }
    }

    public class Colliding : IEquatable<Colliding>
    {
        public int V;
        public Colliding(int v) { V = v; }
        public bool Equals(Colliding o) { return o != null && o.V == V; }
        public override bool Equals(object o) { return Equals(o as Colliding); }
        public override int GetHashCode() { return 42; }
    }

    public class MutableKey
    {
        public int Id;
        public override bool Equals(object o) { MutableKey m = o as MutableKey; return m != null && m.Id == Id; }
        public override int GetHashCode() { return Id; }
    }

    public static class Program
    {
        public static int Main()
        {
            Sku a = new Sku("AB-1"), b = new Sku("ab-1"), c = new Sku("CD-2");
            Console.WriteLine("a.Equals(b) " + a.Equals(b) + " a == b " + (a == b) + " object.Equals " + object.Equals(a, b) + " EqualityComparer " + EqualityComparer<Sku>.Default.Equals(a, b));
            List<Sku> list = new List<Sku> { a, c };
            Console.WriteLine("List.Contains(b) " + list.Contains(b) + " IndexOf(b) " + list.IndexOf(b) + " Array.IndexOf " + Array.IndexOf(list.ToArray(), new Sku("cd-2")));
            Console.WriteLine("Remove(b) removes a " + list.Remove(b) + " left " + string.Join(",", list));
            Sku[] many = { new Sku("x"), new Sku("X"), new Sku("y"), new Sku("x"), new Sku("Y"), new Sku("z") };
            Console.WriteLine("Distinct " + string.Join(",", many.Distinct()) + " (first spelling kept)");
            HashSet<Sku> set = new HashSet<Sku>(many);
            Console.WriteLine("HashSet count " + set.Count + " contains X " + set.Contains(new Sku("X")));
            Dictionary<Sku, int> stock = new Dictionary<Sku, int>();
            foreach (Sku s in many) { int n; stock.TryGetValue(s, out n); stock[s] = n + 1; }
            Console.WriteLine("Dictionary counts " + string.Join(", ", stock.Select(kv => kv.Key + "=" + kv.Value)));
            Console.WriteLine("GroupBy " + string.Join(" ", many.GroupBy(s => s).Select(g => g.Key + "x" + g.Count())));
            Console.WriteLine("SequenceEqual " + new[] { new Sku("a"), new Sku("b") }.SequenceEqual(new[] { new Sku("A"), new Sku("B") }) + " Except " + string.Join(",", many.Except(new[] { new Sku("X") })));
            Console.WriteLine("IEquatable/GetHashCode were used: " + (Sku.EqualsCalls > 0) + " " + (Sku.HashCalls > 0));

            Console.WriteLine("-- struct keys");
            Dictionary<Cell, string> sheet = new Dictionary<Cell, string> { { new Cell(1, 1), "A1" }, { new Cell(2, 3), "C2" } };
            sheet[new Cell(1, 1)] = "a1";
            Console.WriteLine("count " + sheet.Count + " [R1C1] " + sheet[new Cell(1, 1)] + " contains R3C2 " + sheet.ContainsKey(new Cell(3, 2)));
            List<Cell> cells = new List<Cell> { new Cell(0, 0), new Cell(5, 5) };
            Console.WriteLine("List<Cell>.Contains " + cells.Contains(new Cell(5, 5)) + " IndexOf " + cells.IndexOf(new Cell(5, 5)) + " boxed Equals " + ((object)new Cell(1, 2)).Equals(new Cell(1, 2)));

            Console.WriteLine("-- only Equals(object)");
            List<OnlyObjectEquals> oo = new List<OnlyObjectEquals> { new OnlyObjectEquals(1), new OnlyObjectEquals(2) };
            Console.WriteLine("Contains " + oo.Contains(new OnlyObjectEquals(2)) + " Distinct " + string.Join(",", new[] { new OnlyObjectEquals(3), new OnlyObjectEquals(3) }.Distinct()) + " HashSet count " + new HashSet<OnlyObjectEquals> { new OnlyObjectEquals(7), new OnlyObjectEquals(7) }.Count);

            Console.WriteLine("-- colliding hash codes");
            HashSet<Colliding> col = new HashSet<Colliding>();
            for (int i = 0; i < 200; i++) col.Add(new Colliding(i % 50));
            Console.WriteLine("200 adds of 50 distinct values, all hashing to 42: count " + col.Count + " contains 49 " + col.Contains(new Colliding(49)) + " contains 50 " + col.Contains(new Colliding(50)));
            col.RemoveWhere(x => x.V % 2 == 0);
            Console.WriteLine("after removing evens: " + col.Count + " contains 10 " + col.Contains(new Colliding(10)) + " contains 11 " + col.Contains(new Colliding(11)));

            Console.WriteLine("-- mutable key");
            MutableKey k = new MutableKey { Id = 1 };
            Dictionary<MutableKey, string> md = new Dictionary<MutableKey, string> { { k, "one" } };
            k.Id = 2;
            Console.WriteLine("after mutation: ContainsKey(k) " + md.ContainsKey(k) + " ContainsKey(Id 1) " + md.ContainsKey(new MutableKey { Id = 1 }) + " Count " + md.Count + " Keys.Contains(k) by enumeration " + md.Keys.Any(x => ReferenceEquals(x, k)));
            k.Id = 1;
            Console.WriteLine("restored: ContainsKey(k) " + md.ContainsKey(k));
            return 0;
        }
    }
}
