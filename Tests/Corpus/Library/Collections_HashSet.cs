// HashSet<T>: Add/Remove/Contains return values, set operations
// (UnionWith, IntersectWith, ExceptWith, SymmetricExceptWith — also with
// duplicates in the argument and with itself as the argument), relational
// tests (IsSubsetOf, IsProperSubsetOf, IsSupersetOf, IsProperSupersetOf,
// Overlaps, SetEquals) incl. empty sets, RemoveWhere, custom comparer,
// null items, CopyTo, TryGetValue. Results are printed sorted so the
// output does not depend on slot order.
using System;
using System.Collections.Generic;

namespace Corpus.Library.Collections_HashSet
{
    public static class Program
    {
        static string S<T>(IEnumerable<T> set)
        {
            List<string> items = new List<string>();
            foreach (T x in set) items.Add(x == null ? "null" : x.ToString());
            items.Sort(StringComparer.Ordinal);
            return "{" + string.Join(",", items) + "}";
        }

        static HashSet<int> H(params int[] xs) { return new HashSet<int>(xs); }

        public static int Main()
        {
            HashSet<int> h = new HashSet<int>();
            Console.WriteLine("Add 1 " + h.Add(1) + " Add 1 again " + h.Add(1) + " Add 2 " + h.Add(2) + " Count " + h.Count);
            Console.WriteLine("Contains 2 " + h.Contains(2) + " Contains 3 " + h.Contains(3) + " Remove 2 " + h.Remove(2) + " Remove 2 again " + h.Remove(2) + " Count " + h.Count);
            Console.WriteLine("constructed from duplicates " + S(H(5, 5, 3, 5, 3)) + " count " + H(5, 5, 3, 5, 3).Count);

            Console.WriteLine("-- set operations");
            int[][] args = { new[] { 3, 4, 5, 5, 6 }, new int[0], new[] { 9 }, new[] { 1, 2, 3, 4 } };
            foreach (int[] other in args)
            {
                HashSet<int> u = H(1, 2, 3, 4), i = H(1, 2, 3, 4), e = H(1, 2, 3, 4), x = H(1, 2, 3, 4);
                u.UnionWith(other);
                i.IntersectWith(other);
                e.ExceptWith(other);
                x.SymmetricExceptWith(other);
                Console.WriteLine("{1,2,3,4} op [" + string.Join(",", other) + "]: union " + S(u) + " intersect " + S(i) + " except " + S(e) + " symmetric " + S(x));
            }
            HashSet<int> self = H(1, 2, 3);
            self.UnionWith(self);
            Console.Write("self union " + S(self));
            self.IntersectWith(self);
            Console.Write(" self intersect " + S(self));
            self.SymmetricExceptWith(self);
            Console.Write(" self symmetric " + S(self));
            self = H(1, 2, 3);
            self.ExceptWith(self);
            Console.WriteLine(" self except " + S(self));
            HashSet<int> lazy = H(1, 2, 3, 4, 5, 6);
            lazy.IntersectWith(Evens(10));
            Console.WriteLine("intersect with a lazy sequence " + S(lazy));
            try { H(1).UnionWith(null); } catch (Exception ex) { Console.WriteLine("UnionWith(null) " + ex.GetType().FullName); }

            Console.WriteLine("-- relations");
            HashSet<int> small = H(1, 2), big = H(1, 2, 3), same = H(2, 1), other2 = H(7, 8), empty = H();
            Console.WriteLine("small <= big " + small.IsSubsetOf(big) + " proper " + small.IsProperSubsetOf(big) + " big >= small " + big.IsSupersetOf(small) + " proper " + big.IsProperSupersetOf(small));
            Console.WriteLine("small <= same " + small.IsSubsetOf(same) + " proper " + small.IsProperSubsetOf(same) + " SetEquals " + small.SetEquals(same) + " SetEquals with duplicates list " + small.SetEquals(new[] { 1, 1, 2, 2 }));
            Console.WriteLine("big <= small " + big.IsSubsetOf(small) + " Overlaps(big,other2) " + big.Overlaps(other2) + " Overlaps(big,small) " + big.Overlaps(small));
            Console.WriteLine("empty <= small " + empty.IsSubsetOf(small) + " proper " + empty.IsProperSubsetOf(small) + " empty <= empty " + empty.IsSubsetOf(empty) + " proper " + empty.IsProperSubsetOf(empty));
            Console.WriteLine("small >= empty " + small.IsSupersetOf(empty) + " proper " + small.IsProperSupersetOf(empty) + " empty overlaps " + empty.Overlaps(small) + " empty SetEquals [] " + empty.SetEquals(new int[0]));
            Console.WriteLine("with lists: small <= [1,2,2,5] " + small.IsSubsetOf(new List<int> { 1, 2, 2, 5 }) + " proper <= [1,2,2] " + small.IsProperSubsetOf(new List<int> { 1, 2, 2 })
                + " >= [1,1] " + small.IsSupersetOf(new[] { 1, 1 }) + " proper >= [1,1] " + small.IsProperSupersetOf(new[] { 1, 1 }));

            Console.WriteLine("-- RemoveWhere / CopyTo / TryGetValue / null");
            HashSet<int> r = H(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            Console.WriteLine("RemoveWhere odd removed " + r.RemoveWhere(x => x % 2 == 1) + " -> " + S(r));
            int[] arr = new int[7];
            r.CopyTo(arr, 1);
            Array.Sort(arr, 1, 5);
            Console.WriteLine("CopyTo(arr,1) sorted part " + string.Join(",", arr));
            try { r.CopyTo(new int[3]); } catch (Exception ex) { Console.WriteLine("CopyTo too small " + ex.GetType().FullName); }
            HashSet<string> withNull = new HashSet<string> { "a", null };
            Console.WriteLine("null item: Contains(null) " + withNull.Contains(null) + " Add(null) " + withNull.Add(null) + " Remove(null) " + withNull.Remove(null) + " -> " + S(withNull));
            HashSet<string> ic = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Hello", "HELLO", "world" };
            string actual;
            Console.WriteLine("ignore case count " + ic.Count + " TryGetValue(\"hello\") " + ic.TryGetValue("hello", out actual) + " -> " + actual + " missing " + ic.TryGetValue("x", out actual) + " -> " + (actual ?? "null"));
            HashSet<string> ordinal = new HashSet<string>(ic);
            Console.WriteLine("copy constructor without a comparer uses the default one: Contains(\"WORLD\") " + ordinal.Contains("WORLD") + " count " + ordinal.Count);
            HashSet<string> ordinal2 = new HashSet<string>(ic, StringComparer.Ordinal);
            Console.WriteLine("explicit Ordinal comparer: " + ordinal2.Contains("WORLD") + " count " + ordinal2.Count);
            Console.WriteLine("set equality is reference-based: " + H(1).Equals(H(1)) + ", CreateSetComparer " + HashSet<int>.CreateSetComparer().Equals(H(1, 2), H(2, 1)));
            ISet<int> iset = H(1);
            Console.WriteLine("ISet.Add " + iset.Add(2) + " ICollection.Add (void) count before " + iset.Count);
            ((ICollection<int>)iset).Add(2);
            Console.WriteLine("count after duplicate ICollection.Add " + iset.Count);
            return 0;
        }

        static IEnumerable<int> Evens(int max) { for (int i = 0; i <= max; i += 2) yield return i; }
    }
}
