// Interface implementation and dispatch: implicit vs explicit implementations, the same member
// name in two interfaces with different implementations, interface inheritance and a diamond,
// an interface implemented by a base class with a virtual method overridden in a derived class,
// interface re-implementation in a derived class (class D : B, I), non-virtual implicit
// implementations (derived `new` methods do not affect interface calls), and properties,
// indexers and events in interfaces.
using System;

namespace Corpus
{
    interface IA { string Name(); string Shared(); }
    interface IB { string Name(); int Count { get; } }
    interface IBase { string Hello(); }
    interface ILeft : IBase { string Left(); }
    interface IRight : IBase { string Right(); }
    interface IDiamond : ILeft, IRight { string Bottom(); }
    interface IIndexed { int this[int i] { get; set; } event Action Changed; }

    class Both : IA, IB
    {
        public string Name() { return "Both.Name (implicit)"; }
        string IB.Name() { return "IB.Name (explicit)"; }
        public string Shared() { return "Both.Shared"; }
        int IB.Count { get { return 7; } }
        public int Count { get { return -1; } }   // unrelated to IB.Count
    }

    class Diamond : IDiamond
    {
        public string Hello() { return "hello once"; }
        public string Left() { return "left"; }
        public string Right() { return "right"; }
        public string Bottom() { return "bottom"; }
    }

    interface IShape { string Draw(); string Id(); }

    class BaseShape : IShape
    {
        public virtual string Draw() { return "BaseShape.Draw"; }
        public string Id() { return "BaseShape.Id"; }       // non-virtual implementation
    }

    class DerivedShape : BaseShape
    {
        public override string Draw() { return "DerivedShape.Draw"; }
        public new string Id() { return "DerivedShape.Id (new)"; }
    }

    class ReimplShape : BaseShape, IShape
    {
        public new string Id() { return "ReimplShape.Id (re-implemented)"; }
        string IShape.Draw() { return "ReimplShape explicit Draw"; }
    }

    class ReimplChild : ReimplShape
    {
        public override string Draw() { return "ReimplChild.Draw override"; }
    }

    class Store : IIndexed
    {
        int[] data = new int[4];
        public event Action Changed;
        public int this[int i]
        {
            get { return data[i]; }
            set { data[i] = value; if (Changed != null) Changed(); }
        }
    }

    class ExplicitOnly : IDisposable, IComparable
    {
        public int Disposed;
        void IDisposable.Dispose() { Disposed++; }
        int IComparable.CompareTo(object o) { return 42; }
    }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("-- two interfaces, same member name");
            Both b = new Both();
            IA ia = b; IB ib = b;
            Console.WriteLine("b.Name(): " + b.Name());
            Console.WriteLine("IA.Name(): " + ia.Name());
            Console.WriteLine("IB.Name(): " + ib.Name());
            Console.WriteLine("IA.Shared(): " + ia.Shared());
            Console.WriteLine("b.Count " + b.Count + ", IB.Count " + ib.Count);

            Console.WriteLine("-- diamond");
            IDiamond d = new Diamond();
            ILeft l = d; IRight r = d; IBase ba = l;
            Console.WriteLine(d.Bottom() + " " + l.Left() + " " + r.Right() + " " + ba.Hello() + " " + ((IBase)r).Hello());
            Console.WriteLine("d is IBase " + (d is IBase) + ", IRight as ILeft non-null: " + ((r as ILeft) != null));

            Console.WriteLine("-- virtual implementation and hiding");
            IShape[] shapes = { new BaseShape(), new DerivedShape(), new ReimplShape(), new ReimplChild() };
            foreach (IShape s in shapes)
                Console.WriteLine(s.GetType().Name + ": Draw=" + s.Draw() + " | Id=" + s.Id());
            DerivedShape ds = new DerivedShape();
            BaseShape bs = ds;
            Console.WriteLine("DerivedShape via class refs: " + ds.Id() + " / " + bs.Id() + " / " + bs.Draw());
            ReimplChild rc = new ReimplChild();
            Console.WriteLine("ReimplChild via class ref Draw: " + rc.Draw() + ", via IShape: " + ((IShape)rc).Draw());

            Console.WriteLine("-- indexers and events in interfaces");
            IIndexed idx = new Store();
            int changes = 0;
            idx.Changed += () => changes++;
            idx[1] = 10;
            idx[2] = idx[1] + 5;
            idx[1]++;
            Console.WriteLine("idx[1] " + idx[1] + ", idx[2] " + idx[2] + ", changes " + changes);

            Console.WriteLine("-- explicit-only implementations");
            ExplicitOnly e = new ExplicitOnly();
            using (e) { }
            ((IDisposable)e).Dispose();
            Console.WriteLine("Disposed " + e.Disposed + ", CompareTo " + ((IComparable)e).CompareTo(null));
        }
    }
}
