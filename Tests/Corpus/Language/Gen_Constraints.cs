// Generic constraints: class, struct, new(), base-class constraints (calling virtual members
// and accessing fields through T), interface constraints on value types (constrained calls
// without boxing, mutations visible), naked type constraints (T : U), new T() for classes and
// structs (constructor side effects printed), Nullable<T> with `where T : struct`, and
// comparisons to null for unconstrained T (false for value types). mcs compiles new T() to
// Activator.CreateInstance<T>().
using System;
using System.Collections.Generic;

namespace Corpus
{
    class Entity
    {
        public static int Created;
        public int Id;
        public Entity() { Id = ++Created; Console.Write("[Entity ctor " + Id + "]"); }
        public virtual string Kind() { return "entity"; }
    }

    class User : Entity
    {
        public string Name = "anon";
        public override string Kind() { return "user"; }
    }

    interface IResettable { void Reset(); int Level { get; } }

    struct Gauge : IResettable
    {
        public int Level { get; set; }
        public void Reset() { Level = 0; }
        public void Bump() { Level += 10; }
    }

    class Meter : IResettable
    {
        public int Level { get; set; }
        public void Reset() { Level = -1; }
    }

    struct WithCtor
    {
        public int V;
        // a struct cannot declare a parameterless constructor in C# 7; new T() gives zeroes
    }

    static class Program
    {
        static T Make<T>() where T : new() { return new T(); }
        static string Kinds<T>(List<T> items) where T : Entity
        {
            string s = "";
            foreach (T t in items) s += t.Kind() + "#" + t.Id + " ";
            return s;
        }
        static void ResetAll<T>(T[] items) where T : IResettable
        {
            for (int i = 0; i < items.Length; i++) items[i].Reset();   // on the array element itself
        }
        static void ResetCopy<T>(T item) where T : IResettable { item.Reset(); }
        static int LevelOf<T>(ref T item) where T : IResettable { item.Reset(); return item.Level; }
        static TBase Upcast<TDerived, TBase>(TDerived d) where TDerived : TBase { return d; }
        static bool IsNull<T>(T v) { return v == null; }
        static string Nullable<T>(T? v) where T : struct { return v.HasValue ? "has " + v.Value : "none of " + typeof(T).Name; }
        static T Coalesce<T>(T a, T b) where T : class { return a ?? b; }
        static T MaxOf<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
        static List<T> Fill<T>(int n) where T : Entity, new()
        {
            var list = new List<T>();
            for (int i = 0; i < n; i++) list.Add(new T());
            return list;
        }

        static void Main()
        {
            Console.WriteLine("-- new()");
            Entity e = Make<Entity>();
            Console.WriteLine(" -> id " + e.Id);
            User u = Make<User>();
            Console.WriteLine(" -> " + u.Kind() + " " + u.Name + " id " + u.Id);
            WithCtor w = Make<WithCtor>();
            int zero = Make<int>();
            Console.WriteLine("struct via new T(): " + w.V + ", int via new T(): " + zero);
            List<User> users = Fill<User>(3);
            Console.WriteLine(" -> " + Kinds(users));

            Console.WriteLine("-- base class constraint");
            var mixed = new List<Entity> { new User(), new Entity() };
            Console.WriteLine(" -> " + Kinds(mixed));

            Console.WriteLine("-- interface constraint on structs and classes");
            Gauge[] gauges = { new Gauge { Level = 5 }, new Gauge { Level = 7 } };
            ResetAll(gauges);
            Console.WriteLine("gauges after ResetAll: " + gauges[0].Level + "," + gauges[1].Level);
            Gauge g = new Gauge { Level = 3 };
            ResetCopy(g);
            Console.WriteLine("after ResetCopy(g): " + g.Level);
            Console.WriteLine("LevelOf(ref g) " + LevelOf(ref g) + ", g now " + g.Level);
            Meter m = new Meter { Level = 3 };
            ResetCopy(m);
            Console.WriteLine("after ResetCopy(meter): " + m.Level + " (reference type: same object)");
            Meter[] meters = { new Meter(), new Meter() };
            ResetAll(meters);
            Console.WriteLine("meters: " + meters[0].Level + "," + meters[1].Level);

            Console.WriteLine("-- naked constraint / class / struct");
            Entity up = Upcast<User, Entity>(u);
            object obj = Upcast<int, object>(5);
            IComparable cmp = Upcast<string, IComparable>("abc");
            Console.WriteLine(up.Kind() + " " + obj.GetType().Name + " " + cmp.CompareTo("abc"));
            Console.WriteLine("IsNull: " + IsNull(0) + " " + IsNull<string>(null) + " " + IsNull<int?>(null) + " " + IsNull<int?>(0) + " " + IsNull(new Gauge()) + " " + IsNull<object>(null));
            Console.WriteLine(Nullable<int>(5) + " | " + Nullable<int>(null) + " | " + Nullable<Gauge>(null) + " | " + Nullable<double>(1.5));
            Console.WriteLine("Coalesce: " + Coalesce(null, "b") + " " + Coalesce("a", "b") + " " + (Coalesce<string>(null, null) == null));
            Console.WriteLine("MaxOf: " + MaxOf(3, 9) + " " + MaxOf("b", "a") + " " + MaxOf(2.5m, -1m) + " " + MaxOf('x', 'y'));
            Console.WriteLine("Entity.Created = " + Entity.Created);
        }
    }
}
