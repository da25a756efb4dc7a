// Interfaces on structs: converting a struct to an interface boxes a copy; copying the
// interface reference shares that box; each conversion makes a new box; calls through a
// constrained generic parameter operate on the original; non-overridden ToString/GetHashCode/
// Equals on a struct through generics; IDisposable structs in using (Dispose called on the
// using variable, not a box; `using (existingLocal)` disposes a copy taken at entry); foreach over a struct implementing IEnumerable<T> through the
// interface (the enumerator is boxed) vs the pattern; non-generic IComparable on structs
// used by Array.Sort.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus
{
    interface ICounter { void Inc(); int Value { get; } }

    struct Counter : ICounter
    {
        int n;
        public void Inc() { n++; }
        public int Value { get { return n; } }
    }

    struct Resource : IDisposable
    {
        public static int DisposeCalls;
        public static string LastDisposedName;
        public string Name;
        public int Uses;
        public void Use() { Uses++; }
        public void Dispose() { DisposeCalls++; LastDisposedName = Name + " after " + Uses + " uses"; }
    }

    struct Range : IEnumerable<int>
    {
        public int From, To;
        public IEnumerator<int> GetEnumerator()
        {
            for (int i = From; i < To; i++) yield return i;
        }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    struct Score : IComparable
    {
        public int V;
        public int CompareTo(object o) { return V.CompareTo(((Score)o).V); }
        public override string ToString() { return "s" + V; }
    }

    struct NoOverrides { public int A; }

    static class Program
    {
        static void IncConstrained<T>(ref T c) where T : ICounter { c.Inc(); }
        static void IncBoxed(ICounter c) { c.Inc(); }
        static string Describe<T>(T v) { return v.ToString() + "/" + v.Equals(v) + "/" + v.GetType().Name; }

        static void Main()
        {
            Console.WriteLine("-- boxes and sharing");
            Counter c = new Counter();
            ICounter a = c;          // box #1
            ICounter b = a;          // same box
            b.Inc(); b.Inc();
            Console.WriteLine("a.Value " + a.Value + ", b.Value " + b.Value + ", c.Value " + c.Value + ", same box " + ReferenceEquals(a, b));
            ICounter a2 = c;         // box #2
            Console.WriteLine("new box from c: " + a2.Value + ", different box " + !ReferenceEquals(a, a2));
            IncBoxed(c);             // box #3, discarded
            IncBoxed(a);             // existing box
            Console.WriteLine("after IncBoxed(c) and IncBoxed(a): c " + c.Value + ", a " + a.Value);
            IncConstrained(ref c);
            IncConstrained(ref c);
            Console.WriteLine("after 2x IncConstrained(ref c): c " + c.Value);
            Counter fromBox = (Counter)a;
            fromBox.Inc();
            Console.WriteLine("unboxed copy " + fromBox.Value + ", box " + a.Value);
            ICounter[] arr = { c, c, a };
            arr[0].Inc();
            arr[2].Inc();
            Console.WriteLine("array of interface refs: " + arr[0].Value + " " + arr[1].Value + " " + arr[2].Value + ", a " + a.Value);

            Console.WriteLine("-- Object members on structs via generics");
            Console.WriteLine(Describe(new NoOverrides { A = 1 }));
            Console.WriteLine(Describe(new Score { V = 5 }));
            Console.WriteLine(Describe(42));

            Console.WriteLine("-- using on a struct");
            using (Resource r = new Resource { Name = "res" })
            {
                // r is a read-only local, but method calls act on r itself (no defensive copy);
                // Dispose is called on r with a constrained call, without boxing
                r.Use();
                r.Use();
            }
            Console.WriteLine("Dispose calls " + Resource.DisposeCalls + ", last: " + Resource.LastDisposedName);
            Resource r2 = new Resource { Name = "r2" };
            r2.Use();
            using (r2) { r2.Use(); }   // the using expression form disposes a hidden copy taken at entry
            Console.WriteLine("Dispose calls " + Resource.DisposeCalls + ", last: " + Resource.LastDisposedName + ", r2.Uses " + r2.Uses);
            IDisposable boxedRes = new Resource { Name = "boxed", Uses = 9 };
            using (boxedRes) { }
            Console.WriteLine("Dispose calls " + Resource.DisposeCalls + ", last: " + Resource.LastDisposedName);

            Console.WriteLine("-- struct IEnumerable<T>");
            Range range = new Range { From = 3, To = 7 };
            int sum = 0;
            foreach (int i in range) sum += i;
            IEnumerable<int> asInterface = range;
            range.To = 100;          // the box holds the old bounds
            int sum2 = 0;
            foreach (int i in asInterface) sum2 += i;
            Console.WriteLine("sum " + sum + ", via boxed interface after changing local: " + sum2);
            IEnumerator<int> en = asInterface.GetEnumerator();
            en.MoveNext(); en.MoveNext();
            IEnumerator<int> en2 = en;   // same boxed enumerator object
            en2.MoveNext();
            Console.WriteLine("shared enumerator current " + en.Current);

            Console.WriteLine("-- IComparable (non-generic) sort");
            Score[] scores = { new Score { V = 3 }, new Score { V = -1 }, new Score { V = 10 }, new Score { V = 0 } };
            Array.Sort(scores);
            Console.WriteLine(string.Join(",", scores));
            object[] mixed = { new Score { V = 2 }, new Score { V = 1 } };
            Array.Sort(mixed);
            Console.WriteLine(mixed[0] + "," + mixed[1]);
            var objList = new List<object> { new Counter(), 5, new Score { V = 1 } };
            Console.WriteLine("List<object>.Contains(boxed 5) " + objList.Contains(5) + ", Contains(new Score{V=1}) " + objList.Contains(new Score { V = 1 }) + ", IndexOf(new Counter()) " + objList.IndexOf(new Counter()));
        }
    }
}
