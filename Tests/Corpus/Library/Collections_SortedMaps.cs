// SortedDictionary<TKey,TValue> and SortedList<TKey,TValue>: sorted
// enumeration regardless of insertion order, custom comparers (descending,
// ordinal ignore-case), duplicate keys, missing keys, Remove, TryGetValue,
// SortedList index-based API (Keys[i], Values[i], IndexOfKey,
// IndexOfValue, RemoveAt, Capacity untouched), the non-generic
// SortedList, Keys/Values views, null keys, and a word-frequency count.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus.Library.Collections_SortedMaps
{
    public static class Program
    {
        static string J<K, V>(IEnumerable<KeyValuePair<K, V>> d)
        {
            List<string> parts = new List<string>();
            foreach (var kv in d) parts.Add(kv.Key + "=" + kv.Value);
            return "{" + string.Join(" ", parts) + "}";
        }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- SortedDictionary");
            SortedDictionary<int, string> sd = new SortedDictionary<int, string>();
            foreach (int k in new[] { 50, 10, 40, 20, 30, -5, 100 }) sd.Add(k, "v" + k);
            Console.WriteLine(J(sd) + " count " + sd.Count);
            Try("Add duplicate", () => { sd.Add(10, "x"); return "added"; });
            sd[10] = "ten";
            Try("sd[11]", () => sd[11]);
            string s;
            Console.WriteLine("TryGetValue 40 " + sd.TryGetValue(40, out s) + " " + s + " 41 " + sd.TryGetValue(41, out s) + " " + (s ?? "null"));
            Console.WriteLine("Remove 50 " + sd.Remove(50) + " Remove 51 " + sd.Remove(51) + " " + J(sd));
            Console.WriteLine("Keys " + string.Join(",", sd.Keys) + " Values " + string.Join(",", sd.Values) + " ContainsValue(\"ten\") " + sd.ContainsValue("ten"));
            SortedDictionary<string, int> desc = new SortedDictionary<string, int>(Comparer<string>.Create((a, b) => string.CompareOrdinal(b, a)));
            foreach (string w in new[] { "pear", "apple", "Zebra", "mango" }) desc[w] = w.Length;
            Console.WriteLine("descending ordinal " + J(desc));
            SortedDictionary<string, int> ic = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            ic["b"] = 1; ic["B"] = 2; ic["a"] = 3; ic["C"] = 4;
            Console.WriteLine("ignore case " + J(ic));
            Try("null key", () => { sd.Add(0, null); SortedDictionary<string, int> t = new SortedDictionary<string, int>(); t.Add(null, 1); return "added"; });
            Console.WriteLine("null value allowed: " + sd[0]?.Length + " " + sd.ContainsKey(0));
            Try("modify during enumeration", () => { foreach (var kv in sd) sd[kv.Key + 1000] = "x"; return "no error"; });

            Console.WriteLine("-- SortedList");
            SortedList<string, int> sl = new SortedList<string, int>(StringComparer.Ordinal);
            foreach (string w in new[] { "delta", "alpha", "charlie", "bravo", "Echo" }) sl.Add(w, w.Length);
            Console.WriteLine(J(sl));
            Console.WriteLine("Keys[0] " + sl.Keys[0] + " Values[0] " + sl.Values[0] + " Keys[4] " + sl.Keys[4] + " IndexOfKey(charlie) " + sl.IndexOfKey("charlie")
                + " IndexOfKey(zulu) " + sl.IndexOfKey("zulu") + " IndexOfValue(5) " + sl.IndexOfValue(5) + " IndexOfValue(9) " + sl.IndexOfValue(9));
            sl.RemoveAt(0);
            Console.WriteLine("RemoveAt(0) " + J(sl));
            Try("RemoveAt(10)", () => { sl.RemoveAt(10); return "removed"; });
            Try("Keys[10]", () => sl.Keys[10]);
            Try("Keys.Add", () => { sl.Keys.Add("x"); return "added"; });
            Try("Values[0] = 1", () => { sl.Values[0] = 1; return "set"; });
            sl["alpha"] = 100;
            Console.WriteLine("indexer add " + J(sl) + " count " + sl.Count + " capacity >= count " + (sl.Capacity >= sl.Count));
            Try("Add duplicate", () => { sl.Add("alpha", 1); return "added"; });
            sl.TrimExcess();
            Console.WriteLine("Remove(bravo) " + sl.Remove("bravo") + " ContainsKey(bravo) " + sl.ContainsKey("bravo") + " ContainsValue(100) " + sl.ContainsValue(100) + " " + J(sl));
            SortedList<double, string> dl = new SortedList<double, string> { { 2.5, "b" }, { -1, "a" }, { double.NaN, "nan" }, { double.PositiveInfinity, "inf" } };
            Console.WriteLine("double keys incl NaN: " + string.Join(",", dl.Values));
            SortedList<int, int> fromDict = new SortedList<int, int>(new Dictionary<int, int> { { 3, 9 }, { 1, 1 }, { 2, 4 } });
            Console.WriteLine("from dictionary " + J(fromDict));

            Console.WriteLine("-- non-generic SortedList");
            SortedList ng = new SortedList();
            ng.Add(3, "three"); ng.Add(1, "one"); ng.Add(2, "two");
            string ngs = "";
            foreach (DictionaryEntry de in ng) ngs += de.Key + "=" + de.Value + " ";
            Console.WriteLine(ngs.TrimEnd() + " GetKey(0) " + ng.GetKey(0) + " GetByIndex(2) " + ng.GetByIndex(2) + " [2] " + ng[2] + " [9] null " + (ng[9] == null));
            Try("mixed key types", () => { ng.Add("x", 1); return "added"; });

            Console.WriteLine("-- word frequency");
            string text = "the quick brown fox jumps over the lazy dog the fox barks";
            SortedDictionary<string, int> freq = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (string w in text.Split(' '))
            {
                int c;
                freq.TryGetValue(w, out c);
                freq[w] = c + 1;
            }
            Console.WriteLine(J(freq));
            return 0;
        }
    }
}
