// Struct equality: the default ValueType.Equals compares all fields (including private ones,
// nested structs and reference fields via their Equals), different struct types never compare
// equal, overridden Equals and ==/!= operators, IEquatable<T> used by List.Contains/IndexOf
// and Dictionary (with a deterministic custom GetHashCode -- hash values themselves are never
// printed), and Equals on boxed structs.
// Avoided: default Equals on structs containing -0.0 or NaN (runtimes differ in whether the
// fast bitwise comparison is used), and default GetHashCode values (runtime-specific).
using System;
using System.Collections.Generic;

namespace Corpus
{
    struct Plain
    {
        public int A;
        private long b;
        public Plain(int a, long b) { A = a; this.b = b; }
    }

    struct WithRef
    {
        public string Name;
        public int[] Arr;
        public object Obj;
    }

    struct Nested
    {
        public Plain Inner;
        public byte Tail;
    }

    struct SameLayout
    {
        public int A;
        private long b;
        public SameLayout(int a, long b) { A = a; this.b = b; }
    }

    struct Money : IEquatable<Money>
    {
        public readonly long Cents;
        public readonly string Currency;
        public static int EqualsCalls;
        public Money(long cents, string currency) { Cents = cents; Currency = currency; }
        public bool Equals(Money other) { EqualsCalls++; return Cents == other.Cents && string.Equals(Currency, other.Currency, StringComparison.OrdinalIgnoreCase); }
        public override bool Equals(object obj) { return obj is Money && Equals((Money)obj); }
        public override int GetHashCode() { return (int)Cents * 7 + (Currency == null ? 0 : Currency.Length); }
        public static bool operator ==(Money x, Money y) { return x.Equals(y); }
        public static bool operator !=(Money x, Money y) { return !x.Equals(y); }
        public override string ToString() { return Cents + " " + Currency; }
    }

    struct Key
    {
        public int X, Y;
        public override int GetHashCode() { return X ^ (Y << 8); }
        public override bool Equals(object o) { return o is Key && ((Key)o).X == X && ((Key)o).Y == Y; }
    }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("-- default ValueType.Equals");
            Console.WriteLine("Plain(1,2) vs Plain(1,2): " + new Plain(1, 2).Equals(new Plain(1, 2)));
            Console.WriteLine("Plain(1,2) vs Plain(1,3) (private field differs): " + new Plain(1, 2).Equals(new Plain(1, 3)));
            Console.WriteLine("Plain vs SameLayout with same values: " + new Plain(1, 2).Equals(new SameLayout(1, 2)));
            Console.WriteLine("Plain vs boxed int: " + new Plain().Equals(0));
            Console.WriteLine("Plain vs null: " + new Plain().Equals(null));
            Console.WriteLine("default vs new(): " + default(Plain).Equals(new Plain()));

            string s1 = "abc", s2 = new string(new[] { 'a', 'b', 'c' });
            var w1 = new WithRef { Name = s1, Arr = null, Obj = 5 };
            var w2 = new WithRef { Name = s2, Arr = null, Obj = 5 };
            Console.WriteLine("WithRef equal strings (different instances), boxed 5 vs boxed 5: " + w1.Equals(w2));
            int[] shared = { 1 };
            w1.Arr = shared; w2.Arr = shared;
            Console.WriteLine("same array instance: " + w1.Equals(w2));
            w2.Arr = new[] { 1 };
            Console.WriteLine("equal arrays, different instances: " + w1.Equals(w2));
            w2.Arr = shared; w2.Obj = 5L;
            Console.WriteLine("Obj 5 vs 5L: " + w1.Equals(w2));
            w2.Obj = 5; w2.Name = null;
            Console.WriteLine("Name null on one side: " + w1.Equals(w2) + ", reversed: " + w2.Equals(w1));

            var n1 = new Nested { Inner = new Plain(3, 4), Tail = 1 };
            var n2 = new Nested { Inner = new Plain(3, 4), Tail = 1 };
            Console.WriteLine("Nested equal: " + n1.Equals(n2));
            n2.Tail = 2;
            Console.WriteLine("Nested tail differs: " + n1.Equals(n2));
            n2.Tail = 1; n2.Inner.A = 0;
            Console.WriteLine("Nested inner differs: " + n1.Equals(n2));

            Console.WriteLine("-- boxed");
            object b1 = new Plain(5, 6), b2 = new Plain(5, 6);
            Console.WriteLine("boxed Equals " + b1.Equals(b2) + ", == " + (b1 == b2) + ", object.Equals " + object.Equals(b1, b2));

            Console.WriteLine("-- IEquatable and operators");
            Money m1 = new Money(100, "usd"), m2 = new Money(100, "USD"), m3 = new Money(101, "USD");
            Console.WriteLine("m1 == m2 " + (m1 == m2) + ", m1 != m3 " + (m1 != m3) + ", m1.Equals((object)m2) " + m1.Equals((object)m2) + ", m1.Equals(\"x\") " + m1.Equals("x"));
            Money.EqualsCalls = 0;
            var list = new List<Money> { m3, new Money(5, "EUR"), m2 };
            Console.WriteLine("IndexOf(m1) " + list.IndexOf(m1) + ", Contains(new Money(5, \"eur\")) " + list.Contains(new Money(5, "eur")) + ", Equals calls " + Money.EqualsCalls);
            var dict = new Dictionary<Money, string>();
            dict[m1] = "first";
            dict[m2] = "second";      // same key (case-insensitive, equal hash)
            dict[m3] = "third";
            Console.WriteLine("dict count " + dict.Count + ", dict[m1] " + dict[m1] + ", ContainsKey(101 usd) " + dict.ContainsKey(new Money(101, "usd")));

            Console.WriteLine("-- custom GetHashCode/Equals as dictionary key");
            var grid = new Dictionary<Key, int>();
            for (int x = 0; x < 4; x++)
                for (int y = 0; y < 4; y++)
                    grid[new Key { X = x, Y = y }] = x * 10 + y;
            int total = 0;
            for (int x = 0; x < 4; x++) total += grid[new Key { X = x, Y = 3 - x }];
            Console.WriteLine("count " + grid.Count + ", anti-diagonal sum " + total + ", TryGetValue(9,9) " + grid.TryGetValue(new Key { X = 9, Y = 9 }, out total) + " -> " + total);
            var set = new HashSet<Key> { new Key { X = 1, Y = 1 }, new Key { X = 1, Y = 1 }, new Key { X = 1, Y = 2 } };
            Console.WriteLine("HashSet count with a duplicate: " + set.Count);
        }
    }
}
