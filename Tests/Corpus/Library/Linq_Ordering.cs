// OrderBy / OrderByDescending / ThenBy / ThenByDescending: stability (equal
// keys keep source order, also for descending), multi-level keys, custom
// comparers (ordinal, ignore-case, by length), null keys (first
// ascending), NaN keys, Reverse, ordering of an ordering (the second
// OrderBy wins but stays stable), key selectors evaluated once per element,
// and sorting of big inputs with many duplicates.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Linq_Ordering
{
    public class Person
    {
        public string Name; public int Age; public string City; public int Id;
        public override string ToString() { return Name + "(" + Age + "," + City + ")#" + Id; }
    }

    public static class Program
    {
        static string J<T>(IEnumerable<T> s) { return string.Join(" ", s); }

        public static int Main()
        {
            List<Person> people = new List<Person>();
            string[] names = { "Ann", "bob", "Cid", "ann", "Dee", "Bob", "eve", "Fay", "cid", "Gus" };
            int[] ages = { 30, 25, 30, 25, 40, 30, 25, 40, 30, 25 };
            string[] cities = { "Oslo", "Rome", "Oslo", "Paris", "Rome", "Oslo", "Paris", "Rome", "Oslo", "Paris" };
            for (int i = 0; i < names.Length; i++) people.Add(new Person { Name = names[i], Age = ages[i], City = cities[i], Id = i });

            Console.WriteLine("by age (stable): " + J(people.OrderBy(p => p.Age).Select(p => p.Id)));
            Console.WriteLine("by age desc (stable): " + J(people.OrderByDescending(p => p.Age).Select(p => p.Id)));
            Console.WriteLine("by city then age: " + J(people.OrderBy(p => p.City, StringComparer.Ordinal).ThenBy(p => p.Age).Select(p => p.Id)));
            Console.WriteLine("by city then age desc: " + J(people.OrderBy(p => p.City, StringComparer.Ordinal).ThenByDescending(p => p.Age).Select(p => p.Id)));
            Console.WriteLine("by age desc then name ordinal: " + J(people.OrderByDescending(p => p.Age).ThenBy(p => p.Name, StringComparer.Ordinal)));
            Console.WriteLine("by name ordinal: " + J(people.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name)));
            Console.WriteLine("by name ignore case (stable): " + J(people.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => p.Name)));
            Console.WriteLine("by name ignore case desc then id desc: " + J(people.OrderByDescending(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenByDescending(p => p.Id).Select(p => p.Name + p.Id)));
            Console.WriteLine("three levels: " + J(people.OrderBy(p => p.Age).ThenBy(p => p.City, StringComparer.Ordinal).ThenByDescending(p => p.Id).Select(p => p.Id)));
            Console.WriteLine("OrderBy then OrderBy (last wins, stable on the previous order): " + J(people.OrderBy(p => p.Id % 3).OrderBy(p => p.Age).Select(p => p.Id)));
            Console.WriteLine("OrderBy(Age).Reverse(): " + J(people.OrderBy(p => p.Age).Reverse().Select(p => p.Id)));
            Console.WriteLine("comparer by length then ordinal: " + J(names.OrderBy(n => n, Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b)))));

            Console.WriteLine("-- keys");
            string[] withNull = { "b", null, "a", null, "c" };
            Console.WriteLine("null keys first: " + J(withNull.OrderBy(s => s, StringComparer.Ordinal).Select(s => s ?? "null")) + " | desc: " + J(withNull.OrderByDescending(s => s, StringComparer.Ordinal).Select(s => s ?? "null")));
            int?[] nullable = { 3, null, 1, null, 2 };
            Console.WriteLine("nullable ints: " + J(nullable.OrderBy(n => n).Select(n => n.HasValue ? n.ToString() : "null")));
            double[] ds = { 2.5, double.NaN, -1, double.NegativeInfinity, double.NaN, 0 };
            Console.WriteLine("doubles with NaN: " + J(ds.OrderBy(d => d).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Console.WriteLine("bools: " + J(new[] { true, false, true, false }.Select((b, i) => new { b, i }).OrderBy(x => x.b).Select(x => x.i)));
            Console.WriteLine("chars: " + new string("Hello World".OrderBy(c => c).ToArray()));
            Console.WriteLine("tuple keys: " + J(new[] { (2, "b"), (1, "z"), (2, "a"), (1, "a") }.OrderBy(t => t)));

            Console.WriteLine("-- key selector calls");
            int calls = 0;
            List<int> sorted = Enumerable.Range(0, 50).Select(i => i * 37 % 50).OrderBy(x => { calls++; return x % 7; }).ThenBy(x => x).ToList();
            Console.WriteLine("50 elements, key selector calls " + calls + ", first ten " + J(sorted.Take(10)));
            int iterations = 0;
            IEnumerable<int> lazy = Counted(5, () => iterations++).OrderBy(x => -x);
            Console.WriteLine("deferred: iterations before enumeration " + iterations);
            Console.WriteLine("enumerated " + J(lazy) + " iterations " + iterations);
            Console.WriteLine("enumerate again " + J(lazy) + " iterations " + iterations);

            Console.WriteLine("-- larger input with many duplicates (stability check)");
            var items = Enumerable.Range(0, 2000).Select(i => new { Key = (i * 7919) % 13, Seq = i }).ToList();
            var ordered = items.OrderBy(x => x.Key).ToList();
            bool stable = true;
            for (int i = 1; i < ordered.Count; i++)
                if (ordered[i - 1].Key == ordered[i].Key && ordered[i - 1].Seq > ordered[i].Seq) stable = false;
            Console.WriteLine("stable " + stable + " first keys " + J(ordered.Take(5).Select(x => x.Key + "/" + x.Seq)) + " last " + J(ordered.Skip(1995).Select(x => x.Key + "/" + x.Seq)));
            var desc = items.OrderByDescending(x => x.Key).ToList();
            bool stableDesc = true;
            for (int i = 1; i < desc.Count; i++)
                if (desc[i - 1].Key == desc[i].Key && desc[i - 1].Seq > desc[i].Seq) stableDesc = false;
            Console.WriteLine("descending stable " + stableDesc + " first " + J(desc.Take(3).Select(x => x.Key + "/" + x.Seq)));
            Console.WriteLine("First() of an ordering " + people.OrderBy(p => p.Age).ThenBy(p => p.Id).First() + " Last() " + people.OrderBy(p => p.Age).ThenBy(p => p.Id).Last());
            Console.WriteLine("ElementAt(3) " + people.OrderByDescending(p => p.Age).ElementAt(3) + " Count " + people.OrderBy(p => p.Age).Count());
            try { people.OrderBy(p => p.Age).ThenBy<Person, int>(null); } catch (Exception e) { Console.WriteLine("ThenBy(null) " + e.GetType().FullName); }
            try { new[] { new object(), new object() }.OrderBy(o => o).ToList(); } catch (Exception e) { Console.WriteLine("non-comparable keys " + e.GetType().FullName); }
            return 0;
        }

        static IEnumerable<int> Counted(int n, Action onStart)
        {
            onStart();
            for (int i = 0; i < n; i++) yield return i;
        }
    }
}
