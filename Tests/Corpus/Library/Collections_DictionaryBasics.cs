// Dictionary<TKey,TValue>: Add vs indexer set (duplicate key ->
// ArgumentException, overwrite), indexer get of a missing key
// (KeyNotFoundException), TryGetValue (default out value), ContainsKey /
// ContainsValue (incl. null values), Remove (and Remove(key, out value)),
// TryAdd, GetValueOrDefault, null keys (ArgumentNullException), Count,
// Keys/Values live views, copy constructor, custom IEqualityComparer and
// StringComparer.OrdinalIgnoreCase (the first inserted key's spelling is
// kept), struct and tuple keys, KeyValuePair and Deconstruct.
using System;
using System.Collections.Generic;

namespace Corpus.Library.Collections_DictionaryBasics
{
    public class ModComparer : IEqualityComparer<int>
    {
        public int Calls;
        public bool Equals(int a, int b) { Calls++; return a % 10 == b % 10; }
        public int GetHashCode(int x) { return x % 10; }
    }

    public struct Key
    {
        public int A; public string B;
        public Key(int a, string b) { A = a; B = b; }
    }

    public static class Program
    {
        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        static string J<K, V>(Dictionary<K, V> d)
        {
            var parts = new List<string>();
            foreach (KeyValuePair<K, V> kv in d) parts.Add(kv.Key + "=" + (kv.Value == null ? "null" : kv.Value.ToString()));
            return "{" + string.Join(", ", parts) + "} count " + d.Count;
        }

        public static int Main()
        {
            Dictionary<string, int> d = new Dictionary<string, int>();
            d.Add("one", 1);
            d.Add("two", 2);
            d["three"] = 3;
            Console.WriteLine("initial " + J(d));
            Try("Add duplicate", () => { d.Add("one", 11); return J(d); });
            d["one"] = 111;
            Console.WriteLine("indexer overwrite " + J(d));
            Try("d[\"four\"]", () => d["four"]);
            Try("d[null]", () => d[null]);
            Try("Add(null, 0)", () => { d.Add(null, 0); return "added"; });
            Try("ContainsKey(null)", () => d.ContainsKey(null));
            int v = -5;
            Console.WriteLine("TryGetValue two " + d.TryGetValue("two", out v) + " " + v);
            Console.WriteLine("TryGetValue four " + d.TryGetValue("four", out v) + " " + v);
            Console.WriteLine("ContainsKey(\"TWO\") " + d.ContainsKey("TWO") + " ContainsValue(3) " + d.ContainsValue(3) + " ContainsValue(4) " + d.ContainsValue(4));
            Console.WriteLine("TryAdd existing " + d.TryAdd("two", 22) + " new " + d.TryAdd("four", 4) + " -> " + J(d));
            Console.WriteLine("GetValueOrDefault five " + d.GetValueOrDefault("five") + " with default " + d.GetValueOrDefault("five", -1) + " existing " + d.GetValueOrDefault("four", -1));
            Console.WriteLine("Remove two " + d.Remove("two") + " again " + d.Remove("two") + " -> " + J(d));
            int removedValue;
            Console.WriteLine("Remove(key, out) " + d.Remove("three", out removedValue) + " value " + removedValue + " missing " + d.Remove("zzz", out removedValue) + " value " + removedValue);
            Try("Remove(null)", () => d.Remove(null));

            Console.WriteLine("-- Keys / Values views");
            Dictionary<int, string> n = new Dictionary<int, string> { { 3, "c" }, { 1, "a" }, { 2, null } };
            Dictionary<int, string>.KeyCollection keys = n.Keys;
            Dictionary<int, string>.ValueCollection values = n.Values;
            Console.WriteLine("keys " + string.Join(",", keys) + " values " + string.Join(",", new List<string>(values).ConvertAll(x => x ?? "null")));
            n[4] = "d";
            Console.WriteLine("views are live: keys count " + keys.Count + " values count " + values.Count);
            Console.WriteLine("ContainsValue(null) " + n.ContainsValue(null) + " Keys.Contains(4) " + ((ICollection<int>)keys).Contains(4));
            Try("Keys.Add", () => { ((ICollection<int>)keys).Add(9); return "added"; });
            int[] keyArr = new int[4];
            keys.CopyTo(keyArr, 0);
            Console.WriteLine("Keys.CopyTo " + string.Join(",", keyArr));
            Dictionary<int, string> copy = new Dictionary<int, string>(n);
            copy[1] = "changed";
            Console.WriteLine("copy independent: " + n[1] + " vs " + copy[1] + " copy " + J(copy));
            Try("copy with duplicate keys from list", () => new Dictionary<int, int>((IDictionary<int, int>)null));
            Try("capacity -1", () => new Dictionary<int, int>(-1));
            n.Clear();
            Console.WriteLine("after Clear " + J(n) + " keys view count " + keys.Count);

            Console.WriteLine("-- comparers");
            Dictionary<string, int> ic = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            ic["Apple"] = 1;
            ic["APPLE"] = 2;
            ic["apple"] = 3;
            ic["Banana"] = 4;
            Console.WriteLine("ignore case " + J(ic) + " [\"aPpLe\"] " + ic["aPpLe"] + " ContainsKey(\"BANANA\") " + ic.ContainsKey("BANANA"));
            Try("ignore-case duplicate Add", () => { ic.Add("BANANA", 5); return "added"; });
            Console.WriteLine("Comparer is OrdinalIgnoreCase " + ReferenceEquals(ic.Comparer, StringComparer.OrdinalIgnoreCase));
            ModComparer mc = new ModComparer();
            Dictionary<int, string> mod = new Dictionary<int, string>(mc);
            mod[1] = "one";
            mod[11] = "eleven";
            mod[2] = "two";
            mod[21] = "twenty-one";
            Console.WriteLine("mod-10 keys " + J(mod) + " [31] " + mod[31] + " ContainsKey(42) " + mod.ContainsKey(42) + " Equals called " + (mc.Calls > 0));
            Dictionary<Key, int> sk = new Dictionary<Key, int>();
            sk[new Key(1, "x")] = 10;
            sk[new Key(1, "x")] = 20;
            sk[new Key(1, "y")] = 30;
            Console.WriteLine("struct keys (default equality) count " + sk.Count + " [1,x] " + sk[new Key(1, "x")] + " contains [1,z] " + sk.ContainsKey(new Key(1, "z")));
            Dictionary<(int, string), string> tk = new Dictionary<(int, string), string>();
            tk[(1, "a")] = "first";
            tk[(1, "a")] = "second";
            tk[(2, "a")] = "third";
            Console.WriteLine("tuple keys count " + tk.Count + " [(1,a)] " + tk[(1, "a")]);
            Dictionary<object, int> ok = new Dictionary<object, int>();
            ok[1] = 1; ok[1L] = 2; ok["1"] = 3; ok[(short)1] = 4; ok[1] = 5;
            Console.WriteLine("object keys: boxed 1 vs 1L vs \"1\" vs (short)1 count " + ok.Count + " [1] " + ok[1] + " [1L] " + ok[1L]);

            Console.WriteLine("-- KeyValuePair");
            KeyValuePair<string, int> kvp = new KeyValuePair<string, int>("k", 7);
            Console.WriteLine("ToString " + kvp + " Key " + kvp.Key + " Value " + kvp.Value);
            Console.WriteLine("null parts " + new KeyValuePair<string, string>(null, null) + " default " + default(KeyValuePair<int, int>));
            Console.WriteLine("KeyValuePair.Create " + KeyValuePair.Create(1.5m, 'c'));
            string dk; int dv;
            kvp.Deconstruct(out dk, out dv);
            Console.WriteLine("Deconstruct " + dk + " " + dv);
            Console.WriteLine("equality (ValueType.Equals) " + kvp.Equals(new KeyValuePair<string, int>("k", 7)) + " " + kvp.Equals(new KeyValuePair<string, int>("k", 8)));
            ICollection<KeyValuePair<string, int>> coll = new Dictionary<string, int> { { "a", 1 } };
            Console.WriteLine("ICollection<KVP>.Contains matching pair " + coll.Contains(new KeyValuePair<string, int>("a", 1)) + " wrong value " + coll.Contains(new KeyValuePair<string, int>("a", 2)));
            Console.WriteLine("ICollection<KVP>.Remove wrong value " + coll.Remove(new KeyValuePair<string, int>("a", 2)) + " right value " + coll.Remove(new KeyValuePair<string, int>("a", 1)) + " count " + coll.Count);
            return 0;
        }
    }
}
