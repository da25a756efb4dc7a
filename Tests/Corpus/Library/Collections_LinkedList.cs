// LinkedList<T>: AddFirst/AddLast/AddBefore/AddAfter (values and nodes),
// First/Last/Next/Previous navigation (null at the ends, not circular),
// Find/FindLast, Remove(value)/Remove(node)/RemoveFirst/RemoveLast,
// node ownership (adding a node that belongs to a list, using a removed
// node), List property of nodes, enumeration forwards and backwards,
// CopyTo, Contains with null, and a small LRU cache built on it.
using System;
using System.Collections.Generic;

namespace Corpus.Library.Collections_LinkedList
{
    public static class Program
    {
        static string J<T>(LinkedList<T> l) { return "[" + string.Join(",", l) + "] count " + l.Count; }

        static string Back<T>(LinkedList<T> l)
        {
            string s = "";
            for (LinkedListNode<T> n = l.Last; n != null; n = n.Previous) s += n.Value + (n.Previous != null ? "," : "");
            return "[" + s + "]";
        }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            LinkedList<int> l = new LinkedList<int>();
            Console.WriteLine("empty: First null " + (l.First == null) + " Last null " + (l.Last == null) + " " + J(l));
            Try("RemoveFirst on empty", () => { l.RemoveFirst(); return "removed"; });
            Try("RemoveLast on empty", () => { l.RemoveLast(); return "removed"; });
            LinkedListNode<int> two = l.AddLast(2);
            l.AddFirst(1);
            LinkedListNode<int> four = l.AddLast(4);
            l.AddBefore(four, 3);
            l.AddAfter(four, 5);
            Console.WriteLine("built " + J(l) + " backwards " + Back(l));
            Console.WriteLine("First " + l.First.Value + " Last " + l.Last.Value + " First.Previous null " + (l.First.Previous == null) + " Last.Next null " + (l.Last.Next == null));
            Console.WriteLine("two.Next " + two.Next.Value + " two.Previous " + two.Previous.Value + " node list is l " + ReferenceEquals(two.List, l));
            l.AddLast(3);
            LinkedListNode<int> f = l.Find(3), fl = l.FindLast(3);
            Console.WriteLine("Find(3) next " + f.Next.Value + " FindLast(3) next null " + (fl.Next == null) + " different nodes " + !ReferenceEquals(f, fl) + " Find(9) null " + (l.Find(9) == null));
            Console.WriteLine("Remove(3) " + l.Remove(3) + " -> " + J(l) + " Remove(9) " + l.Remove(9));
            l.Remove(four);
            Console.WriteLine("Remove(node 4) " + J(l) + " removed node List null " + (four.List == null) + " Next null " + (four.Next == null) + " value kept " + four.Value);
            Try("Remove(removed node)", () => { l.Remove(four); return "removed"; });
            Try("AddAfter(removed node)", () => { l.AddAfter(four, 9); return "added"; });
            l.AddLast(four);
            Console.WriteLine("re-add detached node at end " + J(l) + " List is l " + ReferenceEquals(four.List, l));
            LinkedList<int> other = new LinkedList<int>();
            Try("AddFirst(node of another list)", () => { other.AddFirst(four); return "added"; });
            Try("AddBefore(node, node of same list)", () => { l.AddBefore(two, l.First); return "added"; });
            Try("AddAfter(null, 1)", () => { l.AddAfter(null, 1); return "added"; });
            LinkedListNode<int> fresh = new LinkedListNode<int>(42);
            Console.WriteLine("fresh node List null " + (fresh.List == null));
            l.AddBefore(two, fresh);
            Console.WriteLine("AddBefore(two, fresh) " + J(l) + " backwards " + Back(l));
            fresh.Value = 43;
            Console.WriteLine("node Value is settable: " + J(l));
            l.RemoveFirst();
            l.RemoveLast();
            Console.WriteLine("RemoveFirst+RemoveLast " + J(l));
            int[] arr = new int[l.Count + 2];
            l.CopyTo(arr, 1);
            Console.WriteLine("CopyTo " + string.Join(",", arr));
            Console.WriteLine("Contains(43) " + l.Contains(43) + " Contains(1) " + l.Contains(1));
            LinkedList<string> s = new LinkedList<string>(new[] { "a", null, "c" });
            Console.WriteLine("from sequence with null: Contains(null) " + s.Contains(null) + " Find(null).Next " + s.Find(null).Next.Value + " Remove(null) " + s.Remove((string)null) + " " + J(s));
            Try("modify during enumeration", () => { foreach (int x in l) l.AddLast(x); return "no error"; });
            Try("node value change during enumeration", () => { foreach (int x in l) l.First.Value = 0; return "no error " + J(l); });
            l.Clear();
            Console.WriteLine("Clear " + J(l) + " old node List null " + (two.List == null));

            Console.WriteLine("-- LRU cache (capacity 3)");
            Lru cache = new Lru(3);
            foreach (string op in new[] { "put a 1", "put b 2", "get a", "put c 3", "put d 4", "get b", "get c", "put a 10", "get a", "put e 5", "get d" })
            {
                string[] parts = op.Split(' ');
                if (parts[0] == "put") cache.Put(parts[1], int.Parse(parts[2]));
                else { int v; Console.Write(op + " -> " + (cache.TryGet(parts[1], out v) ? v.ToString() : "miss") + "; "); }
            }
            Console.WriteLine();
            Console.WriteLine("final order (most recent first): " + cache.Order());
            return 0;
        }
    }

    public class Lru
    {
        readonly int capacity;
        readonly LinkedList<KeyValuePair<string, int>> order = new LinkedList<KeyValuePair<string, int>>();
        readonly Dictionary<string, LinkedListNode<KeyValuePair<string, int>>> map = new Dictionary<string, LinkedListNode<KeyValuePair<string, int>>>();

        public Lru(int capacity) { this.capacity = capacity; }

        public bool TryGet(string key, out int value)
        {
            LinkedListNode<KeyValuePair<string, int>> node;
            if (!map.TryGetValue(key, out node)) { value = 0; return false; }
            order.Remove(node);
            order.AddFirst(node);
            value = node.Value.Value;
            return true;
        }

        public void Put(string key, int value)
        {
            LinkedListNode<KeyValuePair<string, int>> node;
            if (map.TryGetValue(key, out node)) { order.Remove(node); map.Remove(key); }
            else if (map.Count == capacity) { map.Remove(order.Last.Value.Key); order.RemoveLast(); }
            map[key] = order.AddFirst(new KeyValuePair<string, int>(key, value));
        }

        public string Order()
        {
            List<string> parts = new List<string>();
            foreach (var kv in order) parts.Add(kv.Key + "=" + kv.Value);
            return string.Join(" ", parts);
        }
    }
}
