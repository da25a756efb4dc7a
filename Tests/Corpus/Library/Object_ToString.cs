// ToString everywhere: the default Object.ToString (full type name,
// including namespace, nested '+', generic arity and arguments), structs
// and enums, boxed primitives of every type (invariant current culture),
// overridden ToString reached through object/interface references,
// exception ToString's first line (type and message),
// ToString returning null in concatenation / interpolation / string.Format,
// arrays, delegates, System.Type objects, collections (which do not
// override ToString), KeyValuePair, anonymous types, and nullable values.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.Library.Object_ToString
{
    public class Plain { }
    public class Outer { public class Inner { public class Deeper { } } public struct InnerStruct { } }
    public class Generic<T> { public class Nested<U> { } }
    public struct PlainStruct { public int X; }
    public enum Mood { Happy, Sad }
    public class Custom { public override string ToString() { return "custom!"; } }
    public class Derived : Custom { }
    public class NullToString { public override string ToString() { return null; } }
    public interface IShape { double Area(); }
    public class Square : IShape { public double Side; public double Area() { return Side * Side; } public override string ToString() { return "Square(" + Side + ")"; } }
    public delegate int Op(int x);

    public static class Program
    {
        public static int Main()
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Console.WriteLine("-- default ToString (type names)");
            object[] objs = {
                new object(), new Plain(), new Outer(), new Outer.Inner(), new Outer.Inner.Deeper(), new Outer.InnerStruct(), new PlainStruct(),
                new Generic<int>(), new Generic<string>.Nested<Plain>(), new Generic<Generic<int>>(), new List<int>(), new Dictionary<string, List<int>>(),
                new int[0], new string[0, 0], new Plain[0][], new List<int>[0], new Random(1), new System.Text.StringBuilder().GetType()
            };
            foreach (object o in objs) Console.WriteLine(o.ToString());

            Console.WriteLine("-- boxed primitives");
            object[] prims = { true, 'c', (sbyte)-1, (byte)255, (short)-300, (ushort)60000, -5, 5u, -6L, 6UL, 1.5f, 2.25, 3.125m, Mood.Sad, (Mood)7, IntPtr.Zero, new DateTime(2000, 1, 2, 3, 4, 5), TimeSpan.FromHours(1.5), new Guid("00000000-0000-0000-0000-000000000001") };
            foreach (object p in prims) Console.Write(p.GetType().Name + "=" + p + "; ");
            Console.WriteLine();

            Console.WriteLine("-- overrides and null results");
            object c = new Custom(), d = new Derived();
            IShape sh = new Square { Side = 2 };
            Console.WriteLine(c + " " + d + " " + sh + " " + ((object)sh).ToString());
            object nts = new NullToString();
            Console.WriteLine("concat [" + nts + "] interpolation [" + $"{nts}" + "] Format [" + string.Format("{0}", nts) + "] Join [" + string.Join(",", nts, nts) + "] is null " + (nts.ToString() == null));
            Console.WriteLine("null object concat [" + (object)null + "] Convert.ToString(null) [" + Convert.ToString((object)null) + "]");

            Console.WriteLine("-- collections, delegates, misc");
            Console.WriteLine(new List<string> { "a" } + " | " + new KeyValuePair<int, string>(1, "one") + " | " + new int[] { 1, 2 } + " | " + new HashSet<int>() + " | " + new Queue<int>().GetType().Name);
            Op op = x => x + 1;
            Func<int, string> f = x => x.ToString();
            Action act = () => { };
            Console.WriteLine(op.GetType().Name + " " + f + " " + act + " " + new EventHandler((s, e) => { }));
            var anon = new { Name = "n", Count = 2, Nested = new { Flag = true }, Nothing = (string)null };
            Console.WriteLine(anon);
            int? ni = null, nv = 3;
            Console.WriteLine("nullable [" + ni + "] [" + nv + "] boxed null nullable is null " + ((object)ni == null));
            Console.WriteLine("tuple " + Tuple.Create(1, "a") + " value tuple " + (2, "b") + " Version " + new Version(1, 2, 3) + " Uri-free StringComparison " + StringComparison.Ordinal);
            Console.WriteLine("exception ToString starts with type: " + new InvalidOperationException("boom").ToString().Split('\n')[0]);
            return 0;
        }
    }
}
