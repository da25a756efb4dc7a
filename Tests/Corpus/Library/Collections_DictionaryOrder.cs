// Dictionary<TKey,TValue> enumeration order, which is not documented but
// is what every program observes: insertion order while nothing has been
// removed (also across resizes), freed entries reused last-freed-first by
// later Adds, Clear resetting everything, Keys/Values following the same
// order, and the same rules for HashSet<T>.
using System;
using System.Collections.Generic;

namespace Corpus.Library.Collections_DictionaryOrder
{
    public static class Program
    {
        static string Keys<V>(Dictionary<string, V> d) { return string.Join(",", d.Keys); }

        public static int Main()
        {
            Dictionary<string, int> d = new Dictionary<string, int>();
            string[] names = { "kiwi", "apple", "mango", "fig", "banana", "cherry", "date", "elder", "grape", "honeydew", "lime", "nectarine" };
            for (int i = 0; i < names.Length; i++) d.Add(names[i], i);
            Console.WriteLine("insertion order (through resizes): " + Keys(d));
            Console.WriteLine("values follow: " + string.Join(",", d.Values));

            d.Remove("mango");
            Console.WriteLine("after removing mango: " + Keys(d));
            d.Add("orange", 100);
            Console.WriteLine("orange takes mango's slot: " + Keys(d));
            d.Remove("apple");
            d.Remove("banana");
            d.Remove("lime");
            Console.WriteLine("after removing apple, banana, lime: " + Keys(d));
            d.Add("papaya", 1);
            Console.WriteLine("papaya reuses the last freed slot (lime): " + Keys(d));
            d.Add("quince", 2);
            Console.WriteLine("quince reuses banana's slot: " + Keys(d));
            d.Add("raspberry", 3);
            Console.WriteLine("raspberry reuses apple's slot: " + Keys(d));
            d.Add("strawberry", 4);
            Console.WriteLine("strawberry goes to the end: " + Keys(d));
            d["kiwi"] = -1;
            Console.WriteLine("overwriting a value keeps the position: " + Keys(d) + " kiwi=" + d["kiwi"]);
            d.Remove("kiwi");
            d["kiwi"] = 5;
            Console.WriteLine("remove then re-add kiwi: " + Keys(d));

            Console.WriteLine("-- Clear");
            d.Clear();
            d["z"] = 1; d["y"] = 2; d["x"] = 3;
            Console.WriteLine("after Clear: " + Keys(d));

            Console.WriteLine("-- remove everything, add again");
            Dictionary<int, string> n = new Dictionary<int, string>();
            for (int i = 0; i < 6; i++) n[i] = "v" + i;
            for (int i = 0; i < 6; i++) n.Remove(i);
            for (int i = 10; i < 14; i++) n[i] = "w" + i;
            Console.WriteLine(string.Join(",", n.Keys));
            for (int i = 20; i < 24; i++) n[i] = "u" + i;
            Console.WriteLine(string.Join(",", n.Keys));

            Console.WriteLine("-- many int keys, every third removed, then refilled");
            Dictionary<int, int> big = new Dictionary<int, int>();
            for (int i = 0; i < 200; i++) big[i * 7919 % 1000] = i;
            List<int> firstKeys = new List<int>();
            foreach (int k in big.Keys) { if (firstKeys.Count < 15) firstKeys.Add(k); }
            Console.WriteLine("first 15 keys " + string.Join(",", firstKeys));
            int removed = 0;
            List<int> all = new List<int>(big.Keys);
            for (int i = 0; i < all.Count; i += 3) { big.Remove(all[i]); removed++; }
            for (int i = 0; i < 5; i++) big[5000 + i] = i;
            List<int> after = new List<int>(big.Keys);
            Console.WriteLine("removed " + removed + " count " + big.Count + " first 12 keys " + string.Join(",", after.GetRange(0, 12)));
            Console.WriteLine("new keys at positions " + after.IndexOf(5000) + "," + after.IndexOf(5001) + "," + after.IndexOf(5002) + "," + after.IndexOf(5003) + "," + after.IndexOf(5004));

            Console.WriteLine("-- HashSet<T> follows the same rules");
            HashSet<string> h = new HashSet<string> { "one", "two", "three", "four", "five" };
            Console.WriteLine(string.Join(",", h));
            h.Remove("two");
            h.Remove("four");
            h.Add("six");
            h.Add("seven");
            h.Add("eight");
            Console.WriteLine(string.Join(",", h));
            h.Add("one");
            Console.WriteLine("adding an existing item changes nothing: " + string.Join(",", h));
            HashSet<int> hi = new HashSet<int>();
            for (int i = 100; i > 0; i -= 7) hi.Add(i);
            Console.WriteLine("ints in insertion order: " + string.Join(",", hi));
            return 0;
        }
    }
}
