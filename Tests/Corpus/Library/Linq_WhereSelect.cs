// Where, Select and SelectMany, including the index-taking overloads,
// chaining (Where after Select and vice versa), sources of different kinds
// (array, List, iterator, string as IEnumerable<char>, Dictionary),
// projection into anonymous types and tuples, SelectMany with a result
// selector and with index, flattening empty inner sequences, and null
// argument checks (ArgumentNullException, thrown eagerly).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Linq_WhereSelect
{
    public static class Program
    {
        static string J<T>(IEnumerable<T> s) { return "[" + string.Join(",", s) + "]"; }

        static IEnumerable<int> Gen(int n) { for (int i = 0; i < n; i++) yield return i * 3 % 7; }

        public static int Main()
        {
            int[] arr = { 5, 12, 7, 0, -3, 12, 8 };
            List<int> list = arr.ToList();
            Console.WriteLine("-- Where");
            Console.WriteLine("even (array) " + J(arr.Where(x => x % 2 == 0)));
            Console.WriteLine("even (list) " + J(list.Where(x => x % 2 == 0)));
            Console.WriteLine("even (iterator) " + J(Gen(10).Where(x => x % 2 == 0)));
            Console.WriteLine("index < value " + J(arr.Where((x, i) => i < x)));
            Console.WriteLine("odd positions " + J(arr.Where((x, i) => i % 2 == 1)));
            Console.WriteLine("none " + J(arr.Where(x => x > 100)) + " all " + J(arr.Where(x => true)));
            Console.WriteLine("chained Where " + J(arr.Where(x => x > 0).Where(x => x < 10).Where((x, i) => i != 1)));
            Console.WriteLine("string chars " + new string("Hello, World!".Where(char.IsLetter).ToArray()));

            Console.WriteLine("-- Select");
            Console.WriteLine("squares " + J(arr.Select(x => x * x)));
            Console.WriteLine("with index " + J(arr.Select((x, i) => i + ":" + x)));
            Console.WriteLine("to string " + J(list.Select(x => x.ToString("D3"))));
            Console.WriteLine("Select then Where " + J(arr.Select(x => x * 2).Where(x => x > 10)));
            Console.WriteLine("Where then Select with index (index counts filtered items) " + J(arr.Where(x => x > 5).Select((x, i) => i + "=" + x)));
            Console.WriteLine("Select with index then Where " + J(arr.Select((x, i) => new { x, i }).Where(p => p.x > 5).Select(p => p.i)));
            var anon = arr.Take(2).Select(x => new { Value = x, Half = x / 2.0, Name = "n" + x });
            Console.WriteLine("anonymous " + J(anon));
            var tuples = arr.Take(3).Select(x => (x, sq: x * x));
            Console.WriteLine("tuples " + J(tuples) + " first sq " + tuples.First().sq);
            Console.WriteLine("Select over Dictionary " + J(new Dictionary<string, int> { { "a", 1 }, { "b", 2 } }.Select(kv => kv.Key + kv.Value)));
            Console.WriteLine("Select to nullable " + J(arr.Select(x => x > 5 ? (int?)x : null).Select(n => n.HasValue ? n.ToString() : "null")));
            Console.WriteLine("Select identity is a new sequence " + !ReferenceEquals(arr.Select(x => x), arr));

            Console.WriteLine("-- SelectMany");
            string[] sentences = { "the cat", "", "a dog barks", "hi" };
            Console.WriteLine("words " + J(sentences.SelectMany(s => s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))));
            Console.WriteLine("chars with index " + J(sentences.SelectMany((s, i) => s.Take(2).Select(c => i + "" + c))));
            Console.WriteLine("result selector " + J(sentences.SelectMany(s => s.Split(' '), (s, w) => s.Length + "/" + w.Length)));
            Console.WriteLine("cartesian " + J(new[] { 1, 2, 3 }.SelectMany(a => new[] { 'x', 'y' }, (a, b) => a + "" + b)));
            Console.WriteLine("index + result selector " + J(new[] { "ab", "c" }.SelectMany((s, i) => s.ToCharArray(), (s, c) => s + ":" + c)));
            Console.WriteLine("flatten lists of lists " + J(new List<List<int>> { new List<int> { 1, 2 }, new List<int>(), new List<int> { 3 } }.SelectMany(l => l)));
            Console.WriteLine("ranges " + J(Enumerable.Range(1, 4).SelectMany(n => Enumerable.Repeat(n, n))));
            Console.WriteLine("pairs i<j " + J(Enumerable.Range(0, 4).SelectMany(i => Enumerable.Range(i + 1, 3 - i), (i, j) => i + "-" + j)));

            Console.WriteLine("-- argument checks (eager)");
            int[] nullArr = null;
            try { nullArr.Where(x => true); Console.WriteLine("no throw"); } catch (Exception e) { Console.WriteLine("Where(null source) " + e.GetType().FullName); }
            try { arr.Where((Func<int, bool>)null); Console.WriteLine("no throw"); } catch (Exception e) { Console.WriteLine("Where(null predicate) " + e.GetType().FullName); }
            try { arr.Select((Func<int, int>)null); Console.WriteLine("no throw"); } catch (Exception e) { Console.WriteLine("Select(null selector) " + e.GetType().FullName); }
            try { arr.SelectMany((Func<int, IEnumerable<int>>)null); Console.WriteLine("no throw"); } catch (Exception e) { Console.WriteLine("SelectMany(null) " + e.GetType().FullName); }
            try { Console.WriteLine(J(arr.SelectMany(x => x > 5 ? null : new[] { x }))); } catch (Exception e) { Console.WriteLine("SelectMany returning null (lazy) " + e.GetType().FullName); }
            try { Console.WriteLine(J(arr.Select(x => 10 / x))); } catch (Exception e) { Console.WriteLine("exception inside selector surfaces unwrapped " + e.GetType().FullName); }
            return 0;
        }
    }
}
