// Variable-argument methods and typed references: methods declared with
// __arglist (VARARG calling convention in MethodDef signatures), calls passing
// extra arguments (MemberRef signatures with a SENTINEL, the `arglist` opcode
// inside the callee), ArgIterator / RuntimeArgumentHandle, vararg instance
// methods and constructors, and TypedReference via __makeref / __reftype /
// __refvalue (mkrefany, refanytype, refanyval).
using System;
using System.Text;

namespace Fixtures.Varargs
{
    public class Formatter
    {
        private readonly StringBuilder sb = new StringBuilder();
        public readonly int ConstructorArgs;

        public Formatter(string prefix, __arglist)
        {
            sb.Append(prefix);
            ConstructorArgs = new ArgIterator(__arglist).GetRemainingCount();
        }

        public Formatter Append(__arglist)                       // instance vararg method, no fixed parameters
        {
            var it = new ArgIterator(__arglist);
            while (it.GetRemainingCount() > 0)
            {
                TypedReference r = it.GetNextArg();
                sb.Append('[').Append(Describe(r)).Append(']');
            }
            return this;
        }

        public override string ToString() { return sb.ToString(); }

        public static string Describe(TypedReference r)
        {
            Type t = __reftype(r);
            object value = TypedReference.ToObject(r);
            return t.Name + ":" + (value ?? "null");
        }
    }

    public class Program
    {
        static int Sum(int count, __arglist)
        {
            var it = new ArgIterator(__arglist);
            int total = 0;
            for (int i = 0; i < count && it.GetRemainingCount() > 0; i++)
                total += __refvalue(it.GetNextArg(), int);
            return total;
        }

        static string Types(__arglist)
        {
            var it = new ArgIterator(__arglist);
            var sb = new StringBuilder();
            while (it.GetRemainingCount() > 0)
            {
                var type = Type.GetTypeFromHandle(it.GetNextArgType());
                it.GetNextArg();
                sb.Append(type.Name).Append(' ');
            }
            return sb.ToString().TrimEnd();
        }

        static int CountOnly(__arglist) { return new ArgIterator(__arglist).GetRemainingCount(); }

        static int Forward(int first, __arglist)
        {
            RuntimeArgumentHandle handle = __arglist;
            return first + new ArgIterator(handle).GetRemainingCount();
        }

        static void Increment(TypedReference r)
        {
            __refvalue(r, int) += 1;
        }

        public static int Main()
        {
            Console.WriteLine("sum: " + Sum(3, __arglist(1, 2, 3)) + " " + Sum(0, __arglist()) + " " + Sum(2, __arglist(40, 2, 99)));
            Console.WriteLine("types: " + Types(__arglist(1, 2L, "s", 'c', 1.5, 2.5f, (byte)1, (short)2, true, new object(), DayOfWeek.Monday, (decimal)3)));
            Console.WriteLine("count: " + CountOnly(__arglist()) + " " + CountOnly(__arglist((string)null, (object)null))   /* an untyped null here crashes mcs 6.8 */ + " " + Forward(10, __arglist(1, 2, 3)));

            var f = new Formatter("fmt", __arglist());   // with extra arguments mcs 6.8 emits an invalid newobj (MethodDef token, no sentinel)
            f.Append(__arglist(42, "text", 3.5)).Append(__arglist()).Append(__arglist((string)null));
            Console.WriteLine("formatter: " + f + " ctor args " + f.ConstructorArgs);

            int value = 41;
            TypedReference tr = __makeref(value);
            Increment(tr);
            Console.WriteLine("typedref: " + value + " " + __reftype(tr).Name + " " + __refvalue(tr, int));
            string s = "str";
            TypedReference ts = __makeref(s);
            __refvalue(ts, string) = "changed";
            Console.WriteLine("typedref string: " + s + " " + Formatter.Describe(ts));
            DateTime when = new DateTime(2000, 1, 1);
            Console.WriteLine("typedref struct: " + Formatter.Describe(__makeref(when)).Substring(0, 9) + " " + when.Year);
            return 0;
        }
    }
}
