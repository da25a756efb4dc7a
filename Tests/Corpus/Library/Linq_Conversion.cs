// Materialising and converting sequences: ToList / ToArray (copies,
// snapshot semantics), ToDictionary (key and element selectors, duplicate
// key -> ArgumentException, null key -> ArgumentNullException, comparer),
// ToHashSet, AsEnumerable, Cast<T> (boxed value types, reference
// conversions, InvalidCastException when enumerated; no numeric
// conversions), OfType<T> (filters nulls and wrong types), and
// conversions through IEnumerable (non-generic) sources like ArrayList.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Linq_Conversion
{
    public class Animal { public string Name; public override string ToString() { return GetType().Name + ":" + Name; } }
    public class Dog : Animal { }
    public class Cat : Animal { }

    public static class Program
    {
        static string J<T>(IEnumerable<T> s) { return "[" + string.Join(",", s.Select(x => x == null ? "null" : x.ToString())) + "]"; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- ToList / ToArray");
            List<int> src = new List<int> { 3, 1, 2 };
            List<int> copy = src.ToList();
            int[] arr = src.ToArray();
            src.Add(9);
            copy[0] = -1;
            Console.WriteLine("source " + J(src) + " list copy " + J(copy) + " array " + J(arr) + " distinct instances " + !ReferenceEquals(copy, src));
            var deferred = src.Select(x => x * 10);
            var snapshot = deferred.ToList();
            src.Add(100);
            Console.WriteLine("deferred now " + J(deferred) + " snapshot " + J(snapshot));
            Console.WriteLine("empty ToArray length " + Enumerable.Empty<string>().ToArray().Length + " ToList count " + Enumerable.Empty<string>().ToList().Count);
            Console.WriteLine("ToArray of iterator " + J(Enumerable.Range(5, 4).Where(x => x != 6).ToArray()));

            Console.WriteLine("-- ToDictionary");
            string[] words = { "apple", "banana", "cherry" };
            Dictionary<char, string> byFirst = words.ToDictionary(w => w[0]);
            Console.WriteLine("key selector " + J(byFirst.Select(kv => kv.Key + "=" + kv.Value)));
            Dictionary<string, int> lens = words.ToDictionary(w => w, w => w.Length);
            Console.WriteLine("key+element " + J(lens.Select(kv => kv.Key + "=" + kv.Value)));
            Try("duplicate key", () => new[] { "ab", "ac" }.ToDictionary(w => w[0]).Count);
            Try("null key", () => new[] { "x", null }.ToDictionary(w => w).Count);
            Dictionary<string, int> ic = new[] { "A", "b" }.ToDictionary(w => w, w => 1, StringComparer.OrdinalIgnoreCase);
            Console.WriteLine("comparer kept: ContainsKey(\"a\") " + ic.ContainsKey("a") + " Comparer ignore case " + ReferenceEquals(ic.Comparer, StringComparer.OrdinalIgnoreCase));
            Try("ignore-case duplicate", () => new[] { "A", "a" }.ToDictionary(w => w, StringComparer.OrdinalIgnoreCase).Count);
            Console.WriteLine("from tuples " + J(new[] { (1, "one"), (2, "two") }.ToDictionary(t => t.Item1, t => t.Item2).Select(kv => kv.Key + kv.Value)));

            Console.WriteLine("-- ToHashSet / AsEnumerable");
            HashSet<int> hs = new[] { 3, 1, 3, 2, 1 }.ToHashSet();
            Console.WriteLine("ToHashSet count " + hs.Count + " contains 2 " + hs.Contains(2));
            HashSet<string> hsi = new[] { "a", "A" }.ToHashSet(StringComparer.OrdinalIgnoreCase);
            Console.WriteLine("ToHashSet with comparer count " + hsi.Count);
            IEnumerable<int> asEnum = src.AsEnumerable();
            Console.WriteLine("AsEnumerable returns the same instance " + ReferenceEquals(asEnum, src));

            Console.WriteLine("-- Cast<T>");
            object[] boxed = { 1, 2, 3 };
            Console.WriteLine("object[] of ints Cast<int> " + J(boxed.Cast<int>()));
            Try("Cast<long> of boxed ints (enumerated)", () => J(boxed.Cast<long>()));
            IEnumerable<long> lazyCast = boxed.Cast<long>();
            Console.WriteLine("Cast is lazy: no exception until enumerated (" + (lazyCast != null) + ")");
            Try("Cast<int?> of boxed ints", () => J(boxed.Cast<int?>()));
            Try("Cast<object> then Cast<string>", () => J(new object[] { "a", 1 }.Cast<string>()));
            { string got = ""; try { foreach (string s in new object[] { "a", 1 }.Cast<string>()) got += s; } catch (InvalidCastException) { got += "!"; } Console.WriteLine("elements before the bad one are produced: " + got); }
            List<Dog> dogs = new List<Dog> { new Dog { Name = "rex" } };
            IEnumerable<Animal> up = dogs.Cast<Animal>();
            Console.WriteLine("Cast<Animal> on List<Dog> returns same instance (covariance) " + ReferenceEquals(up, dogs));
            Animal[] zoo = { new Dog { Name = "d" }, new Cat { Name = "c" }, null, new Dog { Name = "e" } };
            Try("Cast<Dog> with a cat", () => J(zoo.Cast<Dog>()));
            Try("Cast<Animal> with null", () => J(zoo.Cast<Animal>()));
            Try("Cast<int> of enum values", () => J(new object[] { DayOfWeek.Monday, DayOfWeek.Friday }.Cast<int>()));
            Try("Cast<DayOfWeek> of ints", () => J(new object[] { 1, 5 }.Cast<DayOfWeek>()));

            Console.WriteLine("-- OfType<T>");
            Console.WriteLine("OfType<Dog> " + J(zoo.OfType<Dog>()) + " OfType<Cat> " + J(zoo.OfType<Cat>()) + " OfType<Animal> (drops null) " + J(zoo.OfType<Animal>()));
            object[] mixed = { 1, "two", 3L, null, 4.0, 'c', 5, (short)6, DayOfWeek.Sunday };
            Console.WriteLine("OfType<int> " + J(mixed.OfType<int>()) + " OfType<string> " + J(mixed.OfType<string>()) + " OfType<object> " + J(mixed.OfType<object>()));
            Console.WriteLine("OfType<IComparable> count " + mixed.OfType<IComparable>().Count() + " OfType<ValueType> count " + mixed.OfType<ValueType>().Count() + " OfType<Enum> " + J(mixed.OfType<Enum>()));

            Console.WriteLine("-- non-generic sources");
            ArrayList al = new ArrayList { 1, "x", 2, null, 3 };
            Console.WriteLine("ArrayList OfType<int> sum " + al.OfType<int>().Sum() + " Cast<object> count " + al.Cast<object>().Count());
            Try("ArrayList Cast<int>", () => al.Cast<int>().Sum());
            Hashtable ht = new Hashtable { { "k", 1 } };
            Console.WriteLine("Hashtable as DictionaryEntry " + J(ht.Cast<DictionaryEntry>().Select(de => de.Key + "=" + de.Value)));
            Try("Cast(null)", () => ((IEnumerable)null).Cast<int>());
            return 0;
        }
    }
}
