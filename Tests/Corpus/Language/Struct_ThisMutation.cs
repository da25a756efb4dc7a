// Mutating methods on structs: `this` is a managed pointer to the receiver, so calls on a
// variable mutate it, calls on an rvalue (property result, method result, readonly field)
// mutate a hidden copy; `this = ...` reassignment inside a method; mutation through an
// interface on a boxed struct mutates the box; a struct method passing `ref this` along;
// chained calls that return `this` by value (copies); mutation inside a using/foreach over
// a struct enumerator.
using System;
using System.Collections.Generic;

namespace Corpus
{
    interface ICounter { void Inc(); int Value { get; } }

    struct Counter : ICounter
    {
        public int N;
        public void Inc() { N++; }
        public int Value { get { return N; } }
        public Counter IncAndReturn() { N++; return this; }   // returns a copy
        public void Reset() { this = new Counter(); }
        public void Set(int v) { this = new Counter { N = v }; }
        public void AddTwiceVia() { Helper(ref this); Helper(ref this); }
        static void Helper(ref Counter c) { c.N += 10; }
        public int IncInsideAndRead() { Inc(); Inc(); return N; }
        public override string ToString() { return "C" + N; }
    }

    class Owner
    {
        public Counter Field;
        public readonly Counter ReadOnlyField;
        public Counter Prop { get; set; }
        Counter backing;
        public Counter PropWithBacking { get { return backing; } }
        public Counter GetBacking() { return backing; }
    }

    struct Enumerable3
    {
        public Enumerator GetEnumerator() { return new Enumerator(); }
        public struct Enumerator
        {
            int i;
            public int Current { get { return i; } }
            public bool MoveNext() { return ++i <= 3; }
        }
    }

    static class Program
    {
        static void IncGeneric<T>(ref T c) where T : ICounter { c.Inc(); }      // constrained call, no box
        static void IncGenericByVal<T>(T c) where T : ICounter { c.Inc(); }     // mutates the parameter copy
        static void IncInterface(ICounter c) { c.Inc(); }

        static void Main()
        {
            Console.WriteLine("-- local variable");
            Counter c = new Counter();
            c.Inc(); c.Inc();
            Console.WriteLine("after 2 Inc: " + c);
            Counter ret = c.IncAndReturn().IncAndReturn();   // second call mutates a temporary
            Console.WriteLine("c " + c + " ret " + ret);
            c.Set(40);
            Console.WriteLine("after Set(40): " + c);
            c.AddTwiceVia();
            Console.WriteLine("after ref this helpers: " + c);
            Console.WriteLine("IncInsideAndRead: " + c.IncInsideAndRead() + ", c now " + c);
            c.Reset();
            Console.WriteLine("after Reset: " + c);

            Console.WriteLine("-- fields, properties, readonly");
            Owner o = new Owner();
            o.Field.Inc(); o.Field.Inc();
            o.ReadOnlyField.Inc();          // copy
            o.Prop.Inc();                   // getter result is a copy
            o.PropWithBacking.Inc();
            o.GetBacking().Inc();
            Console.WriteLine("Field " + o.Field + " ReadOnlyField " + o.ReadOnlyField + " Prop " + o.Prop + " Backing " + o.PropWithBacking);
            Counter tmp = o.Prop; tmp.Inc(); o.Prop = tmp;
            Console.WriteLine("Prop after copy/modify/write-back: " + o.Prop);

            Console.WriteLine("-- arrays");
            Counter[] arr = new Counter[2];
            arr[0].Inc(); arr[0].Inc(); arr[1].Set(5);
            Console.WriteLine("arr " + arr[0] + " " + arr[1]);
            var list = new List<Counter> { new Counter() };
            list[0].Inc();                  // the indexer returns a copy
            Console.WriteLine("list[0] " + list[0]);

            Console.WriteLine("-- boxing and interfaces");
            Counter v = new Counter();
            object boxed = v;
            ((ICounter)boxed).Inc();
            ((ICounter)boxed).Inc();
            Console.WriteLine("boxed " + boxed + ", original " + v);
            ICounter ic = v;                // boxes a copy
            ic.Inc();
            IncInterface(ic);
            IncInterface(v);                // boxes another copy
            Console.WriteLine("ic.Value " + ic.Value + ", v " + v);
            Counter unboxed = (Counter)ic;
            unboxed.Inc();
            Console.WriteLine("unboxed copy " + unboxed + ", ic still " + ic.Value);
            ((Counter)boxed).ToString();    // unbox + call on copy
            Console.WriteLine("boxed still " + boxed);

            Console.WriteLine("-- generics: constrained calls mutate the variable itself");
            Counter g = new Counter();
            IncGeneric(ref g); IncGeneric(ref g);
            IncGenericByVal(g);
            Console.WriteLine("g " + g);

            Console.WriteLine("-- struct enumerator");
            int sum = 0;
            foreach (int i in new Enumerable3()) sum += i * 10;
            Console.WriteLine("sum " + sum);
            var e = new Enumerable3().GetEnumerator();
            e.MoveNext(); e.MoveNext();
            var eCopy = e;
            eCopy.MoveNext();
            Console.WriteLine("e.Current " + e.Current + ", copy.Current " + eCopy.Current);
            var le = new List<int> { 1, 2, 3 }.GetEnumerator();   // List<T>.Enumerator is a struct
            le.MoveNext();
            var leCopy = le;
            leCopy.MoveNext();
            Console.WriteLine("List enumerator: original " + le.Current + ", advanced copy " + leCopy.Current);
        }
    }
}
