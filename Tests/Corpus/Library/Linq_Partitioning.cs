// Skip / Take / SkipWhile / TakeWhile (with index overloads) / SkipLast /
// TakeLast: negative and oversized counts, chaining (Skip then Take for
// paging, Take then Skip), predicates that flip back (SkipWhile only skips
// the prefix), how many source elements are pulled (Take stops early and
// never pulls the element after the last one taken), and on arrays, lists
// and iterators.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Linq_Partitioning
{
    public static class Program
    {
        static int pulled;

        static IEnumerable<int> Src(int n)
        {
            for (int i = 1; i <= n; i++) { pulled++; yield return i; }
        }

        static void Show(string label, Func<IEnumerable<int>> f)
        {
            pulled = 0;
            string items = string.Join(",", f());
            Console.WriteLine(label + " = [" + items + "] pulled " + pulled);
        }

        public static int Main()
        {
            Console.WriteLine("-- Take / Skip on an iterator of 1..10");
            foreach (int n in new[] { -1, 0, 1, 3, 10, 11 })
            {
                int k = n;
                Show("Take(" + k + ")", () => Src(10).Take(k));
                Show("Skip(" + k + ")", () => Src(10).Skip(k));
            }
            Show("Skip(2).Take(3)", () => Src(10).Skip(2).Take(3));
            Show("Take(5).Skip(3)", () => Src(10).Take(5).Skip(3));
            Show("Skip(3).Skip(3)", () => Src(10).Skip(3).Skip(3));
            Show("Take(6).Take(2)", () => Src(10).Take(6).Take(2));
            Show("Take(2).Take(6)", () => Src(10).Take(2).Take(6));
            Show("Skip(20).Take(1)", () => Src(10).Skip(20).Take(1));
            for (int page = 0; page < 4; page++)
            {
                int p = page;
                Show("page " + p + " (size 3)", () => Src(10).Skip(p * 3).Take(3));
            }

            Console.WriteLine("-- While");
            Show("TakeWhile(<4)", () => Src(10).TakeWhile(x => x < 4));
            Show("TakeWhile(false)", () => Src(10).TakeWhile(x => false));
            Show("TakeWhile(true)", () => Src(10).TakeWhile(x => true));
            Show("SkipWhile(<4)", () => Src(10).SkipWhile(x => x < 4));
            Show("SkipWhile(odd) skips only the prefix", () => Src(6).Select(x => x == 3 ? 5 : x).SkipWhile(x => x % 2 == 1));
            Show("TakeWhile(odd) stops at first even", () => new[] { 1, 3, 4, 5, 7 }.TakeWhile(x => x % 2 == 1));
            Show("TakeWhile with index (x > i)", () => new[] { 5, 4, 3, 2, 1 }.TakeWhile((x, i) => x > i));
            Show("SkipWhile with index (i < 2)", () => new[] { 9, 8, 7, 6 }.SkipWhile((x, i) => i < 2));
            Show("SkipWhile then TakeWhile", () => Src(10).SkipWhile(x => x < 3).TakeWhile(x => x < 7));

            Console.WriteLine("-- SkipLast / TakeLast");
            foreach (int n in new[] { -1, 0, 2, 10, 12 })
            {
                int k = n;
                Show("TakeLast(" + k + ")", () => Src(10).TakeLast(k));
                Show("SkipLast(" + k + ")", () => Src(10).SkipLast(k));
            }

            Console.WriteLine("-- arrays and lists");
            int[] arr = { 10, 20, 30, 40, 50 };
            List<int> list = arr.ToList();
            Console.WriteLine("array Skip(1).Take(3) " + string.Join(",", arr.Skip(1).Take(3)) + " list Skip(4) " + string.Join(",", list.Skip(4)) + " list Take(100) count " + list.Take(100).Count());
            IEnumerable<int> lazyList = list.Skip(1).Take(2);
            list.Insert(0, 0);
            Console.WriteLine("deferred over a list that changed: " + string.Join(",", lazyList));
            Console.WriteLine("string Take " + new string("abcdef".Take(3).ToArray()) + " Skip " + new string("abcdef".Skip(4).ToArray()));
            Console.WriteLine("Take on empty " + Enumerable.Empty<int>().Take(3).Count() + " Skip on empty " + Enumerable.Empty<int>().Skip(3).Count());
            try { ((IEnumerable<int>)null).Take(1); } catch (Exception e) { Console.WriteLine("Take(null source) " + e.GetType().FullName); }
            try { arr.TakeWhile((Func<int, bool>)null); } catch (Exception e) { Console.WriteLine("TakeWhile(null) " + e.GetType().FullName); }
            return 0;
        }
    }
}
