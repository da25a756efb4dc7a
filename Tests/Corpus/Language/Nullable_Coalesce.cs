// The ?? operator and null-conditional access: right-associativity and chaining, the right
// operand evaluated only when the left is null (side effects printed), result types
// (int? ?? int -> int, int? ?? int? -> int?), ?? with reference types and throw expressions,
// ?. on references, on Nullable<T> members, on indexers (?[]), on delegates (?.Invoke), and
// combined ?. ?? chains, plus GetValueOrDefault and conditional expressions with nullables.
using System;
using System.Collections.Generic;

namespace Corpus
{
    class Person
    {
        public string Name;
        public Person Manager;
        public int? Age;
        public List<string> Tags;
        public Person(string name) { Name = name; }
        public string Greet() { Console.Write("[Greet " + Name + "]"); return "hi " + Name; }
    }

    static class Program
    {
        static int? NI(string label, int? v) { Console.Write("<" + label + ">"); return v; }
        static string NS(string label, string v) { Console.Write("<" + label + ">"); return v; }
        static int Fallback(string label, int v) { Console.Write("<" + label + ">"); return v; }

        static string Require(string s) { return s ?? throw new ArgumentNullException("s"); }

        static void Main()
        {
            Console.WriteLine("-- evaluation order");
            int r1 = NI("a", null) ?? NI("b", null) ?? Fallback("c", 3);
            Console.WriteLine(" => " + r1);
            int r2 = NI("a", 1) ?? NI("b", 2) ?? Fallback("c", 3);
            Console.WriteLine(" => " + r2);
            int? r3 = NI("a", null) ?? NI("b", 2);
            Console.WriteLine(" => " + r3 + " (int? ?? int? is int?)");
            string s1 = NS("x", null) ?? NS("y", "Y") ?? NS("z", "Z");
            Console.WriteLine(" => " + s1);
            string s2 = (NS("x", null) ?? NS("y", null)) ?? NS("z", "Z");
            Console.WriteLine(" => " + s2);
            Console.WriteLine("-- types");
            int? maybe = null;
            var t1 = maybe ?? 0;
            var t2 = maybe ?? (int?)7;
            object o = null;
            var t3 = o ?? "string";
            Console.WriteLine("int? ?? int -> " + t1.GetType().Name + ", int? ?? int? -> value " + t2 + ", object ?? string -> " + t3.GetType().Name);
            long wide = maybe ?? 5L;
            Console.WriteLine("int? ?? long -> long " + wide);

            Console.WriteLine("-- throw expressions");
            Console.WriteLine(Require("ok"));
            try { Require(null); } catch (ArgumentNullException e) { Console.WriteLine("Require(null) -> " + e.GetType().Name + " param " + e.ParamName); }

            Console.WriteLine("-- null-conditional");
            Person boss = new Person("Boss") { Age = 50, Tags = new List<string> { "lead" } };
            Person emp = new Person("Emp") { Manager = boss };
            Person nobody = null;
            Console.WriteLine("emp.Manager?.Name " + (emp.Manager?.Name ?? "none") + ", boss.Manager?.Name " + (boss.Manager?.Name ?? "none") + ", nobody?.Name " + (nobody?.Name ?? "none"));
            Console.WriteLine("emp.Manager?.Manager?.Name " + (emp.Manager?.Manager?.Name ?? "none"));
            int? age1 = emp.Manager?.Age, age2 = emp.Age, age3 = nobody?.Age;
            Console.WriteLine("ages: " + (age1?.ToString() ?? "null") + " " + (age2?.ToString() ?? "null") + " " + (age3?.ToString() ?? "null"));
            int? len = nobody?.Name.Length;
            Console.WriteLine("nobody?.Name.Length is null: " + (len == null) + ", emp?.Name.Length " + emp?.Name.Length);
            Console.WriteLine("tags: " + (boss.Tags?[0] ?? "none") + " " + (emp.Tags?[0] ?? "none") + ", count " + (emp.Tags?.Count ?? -1));
            string g1 = emp?.Greet();
            string g2 = nobody?.Greet();
            Console.WriteLine(" => " + g1 + " | " + (g2 ?? "null"));
            int[] arr = null;
            int? arrLen = arr?.Length;   // (mcs 6.8 crashes on `(arr?.Length).HasValue` inside this method)
            Console.WriteLine("arr?[0] ?? -1 = " + (arr?[0] ?? -1) + ", arr?.Length has value: " + arrLen.HasValue);
            arr = new[] { 9 };
            Console.WriteLine("arr?[0] ?? -1 = " + (arr?[0] ?? -1));

            Console.WriteLine("-- delegates");
            Action<string> log = null;
            log?.Invoke("not printed");
            log += s => Console.WriteLine("log: " + s);
            log?.Invoke("printed");
            Func<int> f = null;
            Console.WriteLine("f?.Invoke() ?? -1 = " + (f?.Invoke() ?? -1));
            f = () => 42;
            Console.WriteLine("f?.Invoke() ?? -1 = " + (f?.Invoke() ?? -1));

            Console.WriteLine("-- compound patterns");
            int? x = null;
            x = x ?? 10;
            x = (x > 5) ? x * 2 : null;
            Console.WriteLine("x = " + x);
            int? y = null;
            int z = (y ?? 0) + (x ?? 0);
            Console.WriteLine("z = " + z);
            string name = null;
            Console.WriteLine("length or zero: " + (name?.Length ?? 0) + ", upper or default: " + (name?.ToUpperInvariant() ?? "DEFAULT"));
            name = "abc";
            Console.WriteLine("length or zero: " + (name?.Length ?? 0) + ", upper or default: " + (name?.ToUpperInvariant() ?? "DEFAULT"));
            int? count = 0;
            for (int i = 0; i < 3; i++) count = (count ?? 0) + i;
            Console.WriteLine("count = " + count + ", GetValueOrDefault " + count.GetValueOrDefault() + ", null GetValueOrDefault(-1) " + ((int?)null).GetValueOrDefault(-1));
        }
    }
}
