// Generic virtual methods (GVMs): a virtual generic method overridden in derived classes and
// called with reference, value and struct type arguments through base references; abstract
// generic methods; generic interface methods implemented by classes and structs; generic
// methods inside generic classes combining both type parameters; overrides in a generic
// derived class (class D<T> : B with the method's own type parameter); recursion that
// instantiates the method at growing types (F<T> calls F<List<T>> to a fixed depth).
using System;
using System.Collections.Generic;

namespace Corpus
{
    class Formatter
    {
        public virtual string Format<T>(T value) { return "base:" + typeof(T).Name + ":" + value; }
        public virtual string Pair<A, B>(A a, B b) { return "base(" + a + "," + b + ")"; }
    }

    class Fancy : Formatter
    {
        public override string Format<T>(T value) { return "fancy[" + base.Format(value) + "]"; }
    }

    class Fancier : Fancy
    {
        public override string Format<T>(T value) { return "fancier{" + base.Format<T>(value) + "}"; }
        public override string Pair<A, B>(A a, B b) { return "fancier-pair " + typeof(A).Name + "/" + typeof(B).Name + " " + base.Pair(b, a); }
    }

    abstract class Converter
    {
        public abstract TOut Convert<TOut>(object input);
        public string ConvertTwice<TOut>(object a, object b) { return Convert<TOut>(a) + "&" + Convert<TOut>(b); }
    }

    class ParseConverter : Converter
    {
        public override TOut Convert<TOut>(object input)
        {
            if (typeof(TOut) == typeof(int)) return (TOut)(object)int.Parse(input.ToString());
            if (typeof(TOut) == typeof(string)) return (TOut)(object)("'" + input + "'");
            return default(TOut);
        }
    }

    interface IVisitor { string Visit<T>(T item); }

    class NameVisitor : IVisitor
    {
        public string Visit<T>(T item) { return typeof(T).Name; }
    }

    struct CountingVisitor : IVisitor
    {
        public int Visits;
        public string Visit<T>(T item) { Visits++; return "#" + Visits + ":" + item; }
    }

    class Container<T>
    {
        readonly T item;
        public Container(T item) { this.item = item; }
        public virtual string Combine<U>(U other) { return "C<" + typeof(T).Name + ">.Combine<" + typeof(U).Name + ">(" + item + "," + other + ")"; }
        public Container<KeyValuePair<T, U>> Zip<U>(U other) { return new Container<KeyValuePair<T, U>>(new KeyValuePair<T, U>(item, other)); }
        public T Item { get { return item; } }
    }

    class SubContainer<T> : Container<T>
    {
        public SubContainer(T item) : base(item) { }
        public override string Combine<U>(U other) { return "Sub:" + base.Combine(other); }
    }

    static class Program
    {
        static string Nest<T>(T value, int depth)
        {
            if (depth == 0) return typeof(T).Name + " (is List<List<List<int>>>: " + (value is List<List<List<int>>>) + ")";
            return Nest(new List<T> { value }, depth - 1) + " <- " + typeof(T).Name;
        }

        static string VisitAll<V>(ref V visitor, object[] items) where V : IVisitor
        {
            string s = "";
            foreach (object o in items) s += visitor.Visit(o) + " ";
            s += visitor.Visit(1) + " " + visitor.Visit("s") + " " + visitor.Visit(2.5m);
            return s;
        }

        static void Main()
        {
            Console.WriteLine("-- generic virtual methods through base references");
            Formatter[] fs = { new Formatter(), new Fancy(), new Fancier() };
            foreach (Formatter f in fs)
            {
                Console.WriteLine(f.Format(42) + " | " + f.Format("str") + " | " + f.Format(new DateTime(2000, 1, 2).Day) + " | " + f.Format<object>(null));
                Console.WriteLine("  " + f.Pair(1, "x") + " | " + f.Pair<long, char>(2L, 'c'));
            }

            Console.WriteLine("-- abstract generic method");
            Converter c = new ParseConverter();
            Console.WriteLine(c.Convert<int>("123") + 1);
            Console.WriteLine(c.Convert<string>(5));
            Console.WriteLine(c.Convert<double>("x"));
            Console.WriteLine(c.ConvertTwice<int>("4", 5) + " " + c.ConvertTwice<string>(1, "b"));

            Console.WriteLine("-- generic interface methods");
            IVisitor nv = new NameVisitor();
            Console.WriteLine(nv.Visit(1) + " " + nv.Visit("a") + " " + nv.Visit<object>("a") + " " + nv.Visit(new int[0]) + " " + nv.Visit<IVisitor>(nv));
            CountingVisitor cv = new CountingVisitor();
            Console.WriteLine(VisitAll(ref cv, new object[] { 'a', true }));
            Console.WriteLine("struct visitor visits after VisitAll(ref): " + cv.Visits);
            IVisitor boxedCv = cv;
            boxedCv.Visit(0);
            boxedCv.Visit(0);
            Console.WriteLine("boxed visitor: local " + cv.Visits + ", box " + ((CountingVisitor)boxedCv).Visits);

            Console.WriteLine("-- generic methods in generic classes");
            Container<int> ci = new Container<int>(7);
            Container<string> cs = new SubContainer<string>("s");
            Console.WriteLine(ci.Combine("x") + " | " + ci.Combine(1.5m) + " | " + cs.Combine(3) + " | " + cs.Combine<object>(null));
            var zipped = ci.Zip("seven");
            Console.WriteLine("zip item " + zipped.Item.Key + "/" + zipped.Item.Value + " type " + zipped.GetType().Name + " item type " + zipped.Item.GetType().Name);
            Console.WriteLine(zipped.Combine(zipped.Item.Value.Length).Replace("KeyValuePair`2", "KVP"));

            Console.WriteLine("-- growing instantiations");
            Console.WriteLine(Nest(5, 3));
            Console.WriteLine(Nest("s", 1));
        }
    }
}
