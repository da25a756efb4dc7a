// Static state in generic types: every closed instantiation has its own static fields and
// runs its own static constructor (Counter<int>, Counter<string>, Counter<object> are
// independent even though reference-type instantiations share code in most runtimes), static
// fields of nested types inside generic types, generic static caches keyed by type, and
// static generic methods with their own per-T caches via a static generic class.
using System;
using System.Collections.Generic;

namespace Corpus
{
    class Counter<T>
    {
        public static int Count;
        public static readonly string Created;
        static Counter()
        {
            Created = "Counter<" + typeof(T).Name + ">";
            Console.WriteLine("  cctor " + Created);
        }
        public static void Hit() { Count++; }
    }

    class Outer<T>
    {
        public class Inner
        {
            public static List<string> Log = new List<string>();
            public static void Add(string s) { Log.Add(typeof(T).Name + ":" + s); }
        }
        public static T LastValue;
    }

    static class TypeCache<T>
    {
        public static readonly string Name = ComputeName();
        public static int Lookups;
        // The explicit static constructor makes the type precise-init (not beforefieldinit), so
        // the print in ComputeName happens at the first access. Without it Mono runs the
        // initialiser eagerly when Main is compiled and .NET lazily: a different output order.
        static TypeCache() { }
        static string ComputeName()
        {
            Console.WriteLine("  computing name for " + typeof(T).Name);
            return typeof(T).Name.ToUpperInvariant();
        }
        public static string Get() { Lookups++; return Name; }
    }

    class Base<T> { public static int Shared; }
    class DerivedA : Base<int> { }
    class DerivedB : Base<int> { }
    class DerivedC : Base<string> { }

    static class Program
    {
        static string Describe<T>() { return TypeCache<T>.Get(); }

        static void Main()
        {
            Console.WriteLine("-- separate statics per instantiation");
            Counter<int>.Hit();
            Counter<int>.Hit();
            Counter<string>.Hit();
            Counter<object>.Hit();
            Counter<object>.Hit();
            Counter<object>.Hit();
            Counter<List<int>>.Hit();
            Console.WriteLine("int " + Counter<int>.Count + ", string " + Counter<string>.Count + ", object " + Counter<object>.Count + ", List<int> " + Counter<List<int>>.Count + ", long " + Counter<long>.Count);
            Console.WriteLine(Counter<int>.Created + " / " + Counter<string>.Created + " / " + Counter<long>.Created);

            Console.WriteLine("-- nested type statics");
            Outer<int>.Inner.Add("a");
            Outer<string>.Inner.Add("b");
            Outer<int>.Inner.Add("c");
            Console.WriteLine("Outer<int>.Inner.Log: " + string.Join(",", Outer<int>.Inner.Log) + " | Outer<string>.Inner.Log: " + string.Join(",", Outer<string>.Inner.Log) + " | Outer<bool>: " + Outer<bool>.Inner.Log.Count);
            Outer<int>.LastValue = 5;
            Outer<string>.LastValue = "five";
            Console.WriteLine("LastValue int " + Outer<int>.LastValue + ", string " + Outer<string>.LastValue + ", double " + Outer<double>.LastValue);

            Console.WriteLine("-- generic static cache");
            Console.WriteLine(Describe<int>() + " " + Describe<int>() + " " + Describe<string>() + " " + Describe<int>() + " " + Describe<Guid>());
            Console.WriteLine("lookups int " + TypeCache<int>.Lookups + ", string " + TypeCache<string>.Lookups + ", Guid " + TypeCache<Guid>.Lookups);

            Console.WriteLine("-- base generic statics shared by derived classes of the same instantiation");
            DerivedA.Shared = 10;
            DerivedB.Shared += 5;
            DerivedC.Shared = 99;
            Console.WriteLine("Base<int>.Shared " + Base<int>.Shared + ", Base<string>.Shared " + Base<string>.Shared + ", DerivedA.Shared " + DerivedA.Shared);

            Console.WriteLine("-- per-instantiation statics from a generic method loop");
            for (int i = 0; i < 3; i++) { Bump<int>(); Bump<string>(); }
            Bump<int>();
            Console.WriteLine("Counter<int> " + Counter<int>.Count + ", Counter<string> " + Counter<string>.Count);
        }

        static void Bump<T>() { Counter<T>.Hit(); }
    }
}
