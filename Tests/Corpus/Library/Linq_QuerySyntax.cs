// C# query expressions over LINQ to Objects: from/where/select, multiple
// from clauses (SelectMany), let (transparent identifiers), orderby with
// several keys and descending, group by / group into with continuation,
// join / join into, select projections into anonymous types, query
// continuation with into, and a query over a custom type that only
// provides the pattern methods (Select/Where), proving the compiler
// binds them by name.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Linq_QuerySyntax
{
    public class Student { public string Name; public int Grade; public string House; public int[] Scores; }

    public class Box<T>
    {
        public readonly T Value;
        public Box(T v) { Value = v; }
        public Box<R> Select<R>(Func<T, R> f) { Console.Write("[Box.Select]"); return new Box<R>(f(Value)); }
        public Box<T> Where(Func<T, bool> p) { Console.Write("[Box.Where]"); return p(Value) ? this : new Box<T>(default(T)); }
        public override string ToString() { return "Box(" + Value + ")"; }
    }

    public static class Program
    {
        static string J<T>(IEnumerable<T> s) { return "[" + string.Join(", ", s) + "]"; }

        public static int Main()
        {
            Student[] students = {
                new Student { Name = "Ana", Grade = 2, House = "Red", Scores = new[] { 90, 85, 70 } },
                new Student { Name = "Ben", Grade = 1, House = "Blue", Scores = new[] { 60, 75 } },
                new Student { Name = "Cai", Grade = 2, House = "Blue", Scores = new[] { 88, 92, 95 } },
                new Student { Name = "Dov", Grade = 1, House = "Red", Scores = new int[0] },
                new Student { Name = "Eli", Grade = 3, House = "Red", Scores = new[] { 100 } },
            };

            var q1 = from s in students where s.Grade > 1 select s.Name;
            Console.WriteLine("where/select " + J(q1));

            var q2 = from s in students
                     let avg = s.Scores.Length == 0 ? 0 : s.Scores.Average()
                     where avg >= 80
                     orderby avg descending, s.Name
                     select s.Name + "=" + avg.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
            Console.WriteLine("let + orderby " + J(q2));

            var q3 = from s in students
                     from score in s.Scores
                     where score >= 85
                     select s.Name + ":" + score;
            Console.WriteLine("two froms " + J(q3));

            var q4 = from s in students
                     orderby s.House, s.Grade descending, s.Name
                     select s.House + "/" + s.Grade + "/" + s.Name;
            Console.WriteLine("orderby 3 keys " + J(q4));

            var q5 = from s in students
                     group s.Name by s.House;
            foreach (var g in q5) Console.WriteLine("group " + g.Key + " " + J(g));

            var q6 = from s in students
                     group s by s.Grade into byGrade
                     where byGrade.Count() > 1
                     orderby byGrade.Key descending
                     select new { Grade = byGrade.Key, Names = string.Join("+", byGrade.Select(x => x.Name)) };
            Console.WriteLine("group into " + J(q6));

            var houses = new[] { new { House = "Red", Color = "#f00" }, new { House = "Blue", Color = "#00f" }, new { House = "Green", Color = "#0f0" } };
            var q7 = from s in students
                     join h in houses on s.House equals h.House
                     select s.Name + h.Color;
            Console.WriteLine("join " + J(q7));

            var q8 = from h in houses
                     join s in students on h.House equals s.House into members
                     select h.House + ":" + members.Count();
            Console.WriteLine("join into " + J(q8));

            var q9 = from h in houses
                     join s in students on h.House equals s.House into members
                     from m in members.DefaultIfEmpty()
                     select h.House + "-" + (m == null ? "nobody" : m.Name);
            Console.WriteLine("left join " + J(q9));

            var q10 = from s in students
                      select new { s.Name, Best = s.Scores.DefaultIfEmpty().Max() } into x
                      where x.Best > 80
                      select x.Name;
            Console.WriteLine("select into " + J(q10));

            var q11 = from a in Enumerable.Range(1, 4)
                      from b in Enumerable.Range(a, 4 - a + 1)
                      let product = a * b
                      where product % 2 == 0
                      select a + "x" + b + "=" + product;
            Console.WriteLine("dependent froms + let " + J(q11));

            var q12 = from w in "the quick brown fox jumps over the lazy dog".Split(' ')
                      group w by w.Length into g
                      orderby g.Key
                      select g.Key + ":" + string.Join("/", g.Distinct());
            Console.WriteLine("words by length " + J(q12));

            var q13 = from int n in new object[] { 1, 2, 3 } select n * 2;
            Console.WriteLine("explicit range variable type (Cast) " + J(q13));

            Box<int> box = new Box<int>(21);
            Box<string> r = from v in box where v > 20 select "v=" + (v * 2);
            Console.WriteLine(" pattern-based query " + r);
            Box<int> r2 = from v in box select v + 1;
            Console.WriteLine(" select-only query " + r2);
            return 0;
        }
    }
}
