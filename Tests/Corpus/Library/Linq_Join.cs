// Join (inner join: outer order, then inner order for matches; unmatched
// rows dropped; duplicate keys multiply; null keys never match), GroupJoin
// (every outer element, empty groups), left outer join via GroupJoin +
// SelectMany + DefaultIfEmpty, composite keys (anonymous types, tuples),
// custom comparers, and Zip for positional pairing.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Linq_Join
{
    public class Customer { public int? Id; public string Name; public string Country; }
    public class Order { public int OrderNo; public int? CustomerId; public decimal Total; public string Country; }

    public static class Program
    {
        static string J<T>(IEnumerable<T> s) { return "[" + string.Join(", ", s) + "]"; }

        public static int Main()
        {
            Customer[] customers = {
                new Customer { Id = 1, Name = "Ada", Country = "UK" }, new Customer { Id = 2, Name = "Bo", Country = "SE" },
                new Customer { Id = 3, Name = "Cy", Country = "UK" }, new Customer { Id = null, Name = "Nil", Country = "XX" },
                new Customer { Id = 2, Name = "Bo2", Country = "se" }
            };
            Order[] orders = {
                new Order { OrderNo = 100, CustomerId = 2, Total = 9.5m, Country = "SE" }, new Order { OrderNo = 101, CustomerId = 1, Total = 20m, Country = "UK" },
                new Order { OrderNo = 102, CustomerId = 2, Total = 3m, Country = "se" }, new Order { OrderNo = 103, CustomerId = 9, Total = 1m, Country = "US" },
                new Order { OrderNo = 104, CustomerId = null, Total = 7m, Country = "XX" }, new Order { OrderNo = 105, CustomerId = 1, Total = 0.5m, Country = "UK" }
            };

            Console.WriteLine("-- Join");
            var inner = customers.Join(orders, c => c.Id, o => o.CustomerId, (c, o) => c.Name + "#" + o.OrderNo);
            Console.WriteLine(J(inner));
            var reversed = orders.Join(customers, o => o.CustomerId, c => c.Id, (o, c) => o.OrderNo + ":" + c.Name);
            Console.WriteLine("swapped sides " + J(reversed));
            var byCountry = customers.Join(orders, c => c.Country, o => o.Country, (c, o) => c.Name + "/" + o.OrderNo, StringComparer.OrdinalIgnoreCase);
            Console.WriteLine("country, ignore case " + J(byCountry));
            var composite = customers.Join(orders, c => new { c.Id, c.Country }, o => new { Id = o.CustomerId, o.Country }, (c, o) => c.Name + "=" + o.OrderNo);
            Console.WriteLine("composite anonymous key " + J(composite));
            var tupleKey = customers.Join(orders, c => (c.Id, c.Country), o => (o.CustomerId, o.Country), (c, o) => c.Name + "~" + o.OrderNo);
            Console.WriteLine("composite tuple key (null == null matches for tuples) " + J(tupleKey));
            Console.WriteLine("self join pairs " + J(new[] { 1, 2, 3 }.Join(new[] { 3, 2, 2 }, a => a, b => b, (a, b) => a + "" + b)));
            Console.WriteLine("empty inner " + J(customers.Join(new Order[0], c => c.Id, o => o.CustomerId, (c, o) => 1)));

            Console.WriteLine("-- GroupJoin");
            var gj = customers.GroupJoin(orders, c => c.Id, o => o.CustomerId, (c, os) => c.Name + ":" + J(os.Select(o => o.OrderNo)) + " total " + os.Sum(o => o.Total));
            foreach (string line in gj) Console.WriteLine(line);
            var gjc = customers.GroupJoin(orders, c => c.Country, o => o.Country, (c, os) => c.Name + "x" + os.Count(), StringComparer.OrdinalIgnoreCase);
            Console.WriteLine("with comparer " + J(gjc));

            Console.WriteLine("-- left outer join");
            var left = customers.GroupJoin(orders, c => c.Id, o => o.CustomerId, (c, os) => new { c, os })
                .SelectMany(x => x.os.DefaultIfEmpty(), (x, o) => x.c.Name + "-" + (o == null ? "none" : o.OrderNo.ToString()));
            Console.WriteLine(J(left));
            var right = orders.GroupJoin(customers, o => o.CustomerId, c => c.Id, (o, cs) => new { o, cs })
                .SelectMany(x => x.cs.DefaultIfEmpty(new Customer { Name = "?" }), (x, c) => x.o.OrderNo + "-" + c.Name);
            Console.WriteLine("orders with customers (default customer '?') " + J(right));

            Console.WriteLine("-- query syntax join");
            var q = from c in customers
                    join o in orders on c.Id equals o.CustomerId
                    where o.Total > 1m
                    orderby o.Total descending
                    select c.Name + " " + o.Total;
            Console.WriteLine(J(q));
            var qg = from c in customers
                     join o in orders on c.Id equals o.CustomerId into cos
                     select new { c.Name, Count = cos.Count() };
            Console.WriteLine(J(qg));

            Console.WriteLine("-- Zip");
            Console.WriteLine(J(new[] { 1, 2, 3, 4 }.Zip(new[] { "one", "two", "three" }, (n, s) => n + s)));
            Console.WriteLine(J(new int[0].Zip(new[] { 1 }, (a, b) => a + b)));
            int pulled = 0;
            var zipped = Pull(10, () => pulled++).Zip(new[] { 'a', 'b' }, (n, c) => c + n.ToString()).ToList();
            Console.WriteLine(J(zipped) + " pulled from the longer first sequence: " + pulled);
            try { customers.Join(orders, null, o => o.CustomerId, (c, o) => 1); } catch (Exception e) { Console.WriteLine("Join(null key selector) " + e.GetType().FullName); }
            return 0;
        }

        static IEnumerable<int> Pull(int n, Action onPull)
        {
            for (int i = 0; i < n; i++) { onPull(); yield return i; }
        }
    }
}
