// Generic variance: covariant (out T) and contravariant (in T) interfaces and delegates,
// custom variant interfaces, variance conversions checked at run time through object,
// no variance for value-type arguments (IEnumerable<int> is not IEnumerable<object>), invariant
// interfaces (IList<T>), nested variance (Func<Func<string>> as Func<Func<object>>),
// contravariant comparers (IComparer<object> used as IComparer<string>), and variance on
// explicitly implemented interfaces.
using System;
using System.Collections.Generic;

namespace Corpus
{
    interface IProducer<out T> { T Produce(); }
    interface IConsumer<in T> { string Consume(T item); }
    interface IBoth<in TIn, out TOut> { TOut Transform(TIn input); }
    interface IInvariant<T> { T Get(); }

    class Animal { public virtual string Name { get { return "animal"; } } }
    class Cat : Animal { public override string Name { get { return "cat"; } } }

    class CatProducer : IProducer<Cat>, IInvariant<Cat>
    {
        public Cat Produce() { return new Cat(); }
        public Cat Get() { return new Cat(); }
    }

    class AnimalConsumer : IConsumer<Animal>
    {
        public string Consume(Animal a) { return "consumed " + a.Name; }
    }

    class Namer : IBoth<Animal, string>
    {
        public string Transform(Animal a) { return "name:" + a.Name; }
    }

    class IntProducer : IProducer<int> { public int Produce() { return 42; } }

    class ObjectComparer : IComparer<object>
    {
        public int Compare(object a, object b) { return string.CompareOrdinal(a.ToString(), b.ToString()); }
    }

    class Explicit : IProducer<string>
    {
        string IProducer<string>.Produce() { return "explicit string"; }
    }

    static class Program
    {
        static string ConsumeAll(IConsumer<Cat> c, Cat[] cats)
        {
            string s = "";
            foreach (Cat cat in cats) s += c.Consume(cat) + ";";
            return s;
        }

        static int Count(IEnumerable<object> items) { int n = 0; foreach (object o in items) n++; return n; }

        static void Main()
        {
            Console.WriteLine("-- covariance");
            IProducer<Cat> pc = new CatProducer();
            IProducer<Animal> pa = pc;
            IProducer<object> po = pc;
            Console.WriteLine(pa.Produce().Name + " " + po.Produce().GetType().Name + " same ref " + ReferenceEquals(pa, po));
            object opc = pc;
            Console.WriteLine("is IProducer<Animal> " + (opc is IProducer<Animal>) + ", is IProducer<object> " + (opc is IProducer<object>) + ", is IProducer<string> " + (opc is IProducer<string>));
            Console.WriteLine("is IInvariant<Cat> " + (opc is IInvariant<Cat>) + ", is IInvariant<Animal> " + (opc is IInvariant<Animal>));
            IEnumerable<string> strings = new List<string> { "a", "b" };
            IEnumerable<object> objs = strings;
            Console.WriteLine("IEnumerable<string> as IEnumerable<object>: count " + Count(objs) + ", List<string> passed directly " + Count(new List<string> { "x" }));
            object ints = new List<int> { 1 };
            Console.WriteLine("List<int> is IEnumerable<object> " + (ints is IEnumerable<object>) + ", is IEnumerable<ValueType> " + (ints is IEnumerable<ValueType>) + ", is IEnumerable<int> " + (ints is IEnumerable<int>));
            object ip = new IntProducer();
            Console.WriteLine("IProducer<int> is IProducer<object> " + (ip is IProducer<object>));
            object ex = new Explicit();
            IProducer<object> exo = ex as IProducer<object>;
            Console.WriteLine("explicit impl via variance: " + (exo == null ? "null" : exo.Produce().ToString()));

            Console.WriteLine("-- contravariance");
            IConsumer<Animal> ca = new AnimalConsumer();
            IConsumer<Cat> cc = ca;
            Console.WriteLine(ConsumeAll(cc, new[] { new Cat(), new Cat() }));
            object oca = ca;
            Console.WriteLine("IConsumer<Animal> is IConsumer<Cat> " + (oca is IConsumer<Cat>) + ", is IConsumer<object> " + (oca is IConsumer<object>) + ", is IConsumer<string> " + (oca is IConsumer<string>));
            IBoth<Cat, object> both = new Namer();
            Console.WriteLine("IBoth<Animal,string> as IBoth<Cat,object>: " + both.Transform(new Cat()));
            object ob = new Namer();
            Console.WriteLine("is IBoth<Cat,object> " + (ob is IBoth<Cat, object>) + ", is IBoth<object,string> " + (ob is IBoth<object, string>) + ", is IBoth<Animal,Animal> " + (ob is IBoth<Animal, Animal>));
            IComparer<string> cmp = new ObjectComparer();
            var words = new List<string> { "pear", "Apple", "fig" };
            words.Sort(cmp);
            Console.WriteLine("sorted with IComparer<object>: " + string.Join(",", words));

            Console.WriteLine("-- delegate variance");
            Func<Cat> makeCat = () => new Cat();
            Func<Animal> makeAnimal = makeCat;
            Func<object> makeObject = makeCat;
            Console.WriteLine(makeAnimal().Name + " " + makeObject().GetType().Name + " same delegate " + ReferenceEquals(makeCat, makeAnimal));
            Action<Animal> feed = a => Console.Write("[feed " + a.Name + "]");
            Action<Cat> feedCat = feed;
            feedCat(new Cat());
            Console.WriteLine();
            Func<Animal, string> describe = a => "desc " + a.Name;
            Func<Cat, object> describeCat = describe;
            Console.WriteLine(describeCat(new Cat()));
            Func<Func<Cat>> nested = () => makeCat;
            Func<Func<Animal>> nestedA = nested;
            Console.WriteLine("nested: " + nestedA()().Name);
            object ofn = makeCat;
            Console.WriteLine("Func<Cat> is Func<Animal> " + (ofn is Func<Animal>) + ", is Func<string> " + (ofn is Func<string>));
            object ofeed = feed;
            Console.WriteLine("Action<Animal> is Action<Cat> " + (ofeed is Action<Cat>) + ", is Action<object> " + (ofeed is Action<object>));
            Func<int> fi = () => 1;
            Console.WriteLine("Func<int> is Func<object> " + ((object)fi is Func<object>));
            Predicate<object> notNull = o => o != null;
            Predicate<string> notNullS = notNull;
            Console.WriteLine("Predicate<object> as Predicate<string>: " + notNullS("x") + " " + notNullS(null));
            var cats = new List<Cat> { new Cat(), null, new Cat() };
            Console.WriteLine("List<Cat>.FindAll(Predicate<object> via variance) count " + cats.FindAll(new Predicate<Cat>(notNull)).Count);
        }
    }
}
