// Enumerator invalidation ("Collection was modified"): which mutations
// during a foreach throw InvalidOperationException, and when (on the next
// MoveNext, so the last item's mutation goes unnoticed), for List<T>,
// Dictionary<K,V> (and its Keys/Values), HashSet<T>, Queue<T>, Stack<T>,
// SortedDictionary, SortedSet, LinkedList; plus the safe patterns
// (iterate a copy, iterate backwards by index, RemoveAll). Dictionary's
// Remove and value overwrite differ between runtimes; see
// Collections_Invalidation.notes (which also lists the cases left out).
using System;
using System.Collections.Generic;

namespace Corpus.Library.Collections_Invalidation
{
    public static class Program
    {
        static void Run(string label, Action a)
        {
            try { a(); Console.WriteLine(label + ": no exception"); }
            catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- List<T>");
            Run("Add during foreach", () => { List<int> l = new List<int> { 1, 2, 3 }; foreach (int x in l) if (x == 1) l.Add(4); });
            Run("Add while on last item", () => { List<int> l = new List<int> { 1, 2, 3 }; foreach (int x in l) if (x == 3) l.Add(4); });
            Run("Remove while on last item", () => { List<int> l = new List<int> { 1, 2, 3 }; foreach (int x in l) if (x == 3) l.Remove(1); });
            Run("Remove during foreach", () => { List<int> l = new List<int> { 1, 2, 3 }; foreach (int x in l) if (x == 2) l.Remove(2); });
            Run("Clear during foreach", () => { List<int> l = new List<int> { 1, 2, 3 }; foreach (int x in l) l.Clear(); });
            Run("Clear on empty list during foreach", () => { List<int> l = new List<int>(); l.Clear(); foreach (int x in l) { } });
            Run("Sort during foreach", () => { List<int> l = new List<int> { 3, 1, 2 }; foreach (int x in l) l.Sort(); });
            Run("Reverse during foreach", () => { List<int> l = new List<int> { 3, 1, 2 }; foreach (int x in l) l.Reverse(); });
            Run("Capacity change during foreach", () => { List<int> l = new List<int> { 3, 1, 2 }; foreach (int x in l) l.Capacity = 100; });
            Run("Current after modification", () => { List<int> l = new List<int> { 1, 2 }; var e = l.GetEnumerator(); e.MoveNext(); l.Add(3); Console.Write("[Current still " + e.Current + "] "); e.MoveNext(); });
            Run("Linq Select over modified list", () => { List<int> l = new List<int> { 1, 2 }; foreach (int x in System.Linq.Enumerable.Select(l, v => v)) l.Add(x); });

            Console.WriteLine("-- Dictionary<K,V> (portable cases)");
            Run("Add during foreach", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 } }; foreach (var kv in d) d[kv.Key + 10] = 0; });
            Run("Add via Keys enumeration", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 } }; foreach (int k in d.Keys) d.Add(k + 10, 0); });
            Run("ContainsKey/TryGetValue during foreach", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 } }; int v; foreach (var kv in d) { d.ContainsKey(1); d.TryGetValue(2, out v); } });

            Console.WriteLine("-- Dictionary<K,V> (differs: .NET Core 3.0+ allows these)");
            Run("Remove during foreach", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 }, { 3, 3 } }; foreach (var kv in d) if (kv.Key == 1) d.Remove(2); });
            Run("Remove current key during foreach", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 }, { 3, 3 } }; string seen = ""; foreach (var kv in d) { seen += kv.Key; d.Remove(kv.Key); } Console.Write("[seen " + seen + ", left " + d.Count + "] "); });
            Run("TryAdd of an existing key", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 } }; foreach (var kv in d) d.TryAdd(1, 5); });

            Console.WriteLine("-- other collections");
            Run("HashSet Add", () => { var h = new HashSet<int> { 1, 2 }; foreach (int x in h) h.Add(x + 10); });
            Run("HashSet Add existing", () => { var h = new HashSet<int> { 1, 2 }; foreach (int x in h) h.Add(x); });
            Run("HashSet Remove missing", () => { var h = new HashSet<int> { 1, 2 }; foreach (int x in h) h.Remove(99); });
            Run("Queue Enqueue", () => { var q = new Queue<int>(new[] { 1, 2 }); foreach (int x in q) q.Enqueue(x); });
            Run("Queue Dequeue", () => { var q = new Queue<int>(new[] { 1, 2 }); foreach (int x in q) q.Dequeue(); });
            Run("Stack Push", () => { var s = new Stack<int>(new[] { 1, 2 }); foreach (int x in s) s.Push(x); });
            Run("Stack Peek", () => { var s = new Stack<int>(new[] { 1, 2 }); foreach (int x in s) s.Peek(); });
            Run("SortedDictionary Add", () => { var d = new SortedDictionary<int, int> { { 1, 1 }, { 2, 2 } }; foreach (var kv in d) d[kv.Key + 10] = 0; });
            Run("SortedDictionary overwrite", () => { var d = new SortedDictionary<int, int> { { 1, 1 }, { 2, 2 } }; foreach (var kv in d) d[kv.Key] = 0; });
            Run("SortedSet Remove", () => { var s = new SortedSet<int> { 1, 2, 3 }; foreach (int x in s) s.Remove(3); });
            Run("LinkedList AddLast", () => { var l = new LinkedList<int>(new[] { 1, 2 }); foreach (int x in l) l.AddLast(x); });
            Run("array element write", () => { int[] a = { 1, 2 }; foreach (int x in a) a[1] = 5; });

            Console.WriteLine("-- safe patterns");
            List<int> nums = new List<int> { 1, 2, 3, 4, 5, 6 };
            foreach (int x in nums.ToArray()) if (x % 2 == 0) nums.Remove(x);
            Console.WriteLine("remove while iterating a copy: " + string.Join(",", nums));
            nums = new List<int> { 1, 2, 3, 4, 5, 6 };
            for (int i = nums.Count - 1; i >= 0; i--) if (nums[i] % 3 == 0) nums.RemoveAt(i);
            Console.WriteLine("backwards by index: " + string.Join(",", nums));
            Dictionary<string, int> stock = new Dictionary<string, int> { { "a", 0 }, { "b", 3 }, { "c", 0 } };
            foreach (string k in new List<string>(stock.Keys)) if (stock[k] == 0) stock.Remove(k);
            Console.WriteLine("dictionary via key snapshot: " + string.Join(",", stock.Keys));
            return 0;
        }
    }
}
