// Indexers and properties: indexers with int, string and multiple parameters, overloaded
// indexers, getters/setters with side effects (printed) so compound assignment on an indexer
// (get then set, index expressions evaluated once) and ++ are observable; indexers on structs;
// auto-properties (getter-only initialised in the constructor, private setters, initialisers),
// computed and expression-bodied properties, static properties, virtual/overridden
// properties, property compound assignment and postfix increment (returns the old value),
// properties returning structs (modifying the copy), and lazily initialised properties.
using System;
using System.Collections.Generic;

namespace Corpus
{
    class Grid
    {
        readonly int[,] cells = new int[3, 3];
        readonly Dictionary<string, int> named = new Dictionary<string, int>();
        public int this[int r, int c]
        {
            get { Console.Write("[get " + r + "," + c + "]"); return cells[r, c]; }
            set { Console.Write("[set " + r + "," + c + "=" + value + "]"); cells[r, c] = value; }
        }
        public int this[string name]
        {
            get { int v; return named.TryGetValue(name, out v) ? v : -1; }
            set { named[name] = value; }
        }
        public string this[int flat] { get { return "flat" + flat + "=" + cells[flat / 3, flat % 3]; } }
    }

    struct Bits
    {
        uint value;
        public bool this[int bit]
        {
            get { return (value & (1u << bit)) != 0; }
            set { if (value) this.value |= 1u << bit; else this.value &= ~(1u << bit); }
        }
        public uint Value { get { return value; } }
    }

    class Account
    {
        static int created;
        public static int Created { get { return created; } }
        public static string Bank { get; set; } = "CILBank";
        public string Owner { get; }
        public decimal Balance { get; private set; }
        public int Version { get; set; } = 1;
        public List<string> History { get; } = new List<string>();
        public bool IsEmpty => Balance == 0;
        public string Summary { get { return Owner + ":" + Balance; } }
        int reads;
        int counter;
        public int Counter
        {
            get { reads++; Console.Write("[get Counter=" + counter + "]"); return counter; }
            set { Console.Write("[set Counter=" + value + "]"); counter = value; }
        }
        public int Reads => reads;
        string lazy;
        public string Lazy { get { if (lazy == null) { Console.Write("[init lazy]"); lazy = "computed"; } return lazy; } }
        public Account(string owner) { Owner = owner; created++; }
        public void Deposit(decimal amount) { Balance += amount; History.Add("+" + amount); }
        public virtual string Kind { get { return "basic"; } }
    }

    class Savings : Account
    {
        public Savings(string owner) : base(owner) { }
        public override string Kind { get { return "savings (" + base.Kind + ")"; } }
    }

    struct Point { public int X, Y; }
    class Shape { public Point Origin { get; set; } public Point OriginField; }

    static class Program
    {
        static int Idx(string label, int v) { Console.Write("<" + label + ">"); return v; }

        static void Main()
        {
            Console.WriteLine("-- indexers");
            var g = new Grid();
            g[0, 1] = 5;
            Console.WriteLine();
            g[Idx("r", 0), Idx("c", 1)] += 10;
            Console.WriteLine(" -> compound on indexer");
            g[1, 1]++;
            Console.WriteLine(" -> postfix increment");
            int old = g[1, 1]++;
            Console.WriteLine(" old " + old);
            Console.WriteLine(g[1] + " " + g[4] + " (string-returning overload)");
            g["alpha"] = 1;
            g["alpha"] += 41;
            Console.WriteLine("named alpha " + g["alpha"] + ", missing " + g["beta"]);

            Console.WriteLine("-- struct indexer");
            Bits bits = new Bits();
            bits[0] = true; bits[3] = true; bits[31] = true; bits[3] = false;
            Console.WriteLine("bits " + bits.Value.ToString("X8") + " [0]=" + bits[0] + " [3]=" + bits[3] + " [31]=" + bits[31]);

            Console.WriteLine("-- auto and computed properties");
            var acc = new Account("ann");
            Console.WriteLine(acc.Owner + " balance " + acc.Balance + " empty " + acc.IsEmpty + " version " + acc.Version + " history " + acc.History.Count);
            acc.Deposit(10.5m);
            acc.Deposit(0.25m);
            acc.Version += 2;
            acc.History.Add("note");
            Console.WriteLine(acc.Summary + " empty " + acc.IsEmpty + " version " + acc.Version + " history " + string.Join(",", acc.History));
            Console.WriteLine("static: Bank " + Account.Bank + ", Created " + Account.Created);
            Account.Bank = "Other";
            new Account("bob");
            Console.WriteLine("static: Bank " + Account.Bank + ", Created " + Account.Created);

            Console.WriteLine("-- accessor side effects");
            acc.Counter = 5;
            Console.WriteLine();
            acc.Counter += 3;
            Console.WriteLine();
            int post = acc.Counter++;
            Console.WriteLine(" post " + post);
            int pre = ++acc.Counter;
            Console.WriteLine(" pre " + pre + " reads " + acc.Reads);
            Console.WriteLine(acc.Lazy + " " + acc.Lazy);

            Console.WriteLine("-- virtual properties");
            Account s = new Savings("sam");
            Console.WriteLine(s.Kind + " / " + acc.Kind);

            Console.WriteLine("-- struct-valued properties");
            var shape = new Shape();
            Point p = shape.Origin;
            p.X = 9;
            Console.WriteLine("copy modified, property still " + shape.Origin.X);
            shape.Origin = p;
            shape.OriginField.Y = 4;
            Console.WriteLine("after write-back " + shape.Origin.X + ", field modified in place " + shape.OriginField.Y);
        }
    }
}
