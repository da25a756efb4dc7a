// Generic interfaces: one class implementing I<int> and I<string> (two distinct interfaces),
// explicit implementations per instantiation, IComparable<T> used by Array.Sort and a generic
// Max<T>, IComparer<T> with Array.Sort/List.Sort, IEquatable<T>, generic methods with interface
// constraints called on structs (constrained. callvirt -- no boxing), a generic interface with
// a generic method, and interface dispatch through a generic type parameter.
using System;
using System.Collections.Generic;

namespace Corpus
{
    interface IConverter<T> { string Convert(T value); }
    interface IMapper { TOut Map<TIn, TOut>(TIn x, Func<TIn, TOut> f); }

    class Multi : IConverter<int>, IConverter<string>, IConverter<int[]>
    {
        public string Convert(int value) { return "int:" + value; }
        public string Convert(string value) { return "string:" + value; }
        string IConverter<int[]>.Convert(int[] value) { return "int[]:" + value.Length; }
    }

    class Mapper : IMapper
    {
        public int Calls;
        public TOut Map<TIn, TOut>(TIn x, Func<TIn, TOut> f) { Calls++; return f(x); }
    }

    struct Version : IComparable<Version>, IEquatable<Version>
    {
        public int Major, Minor;
        public static int Comparisons;
        public Version(int major, int minor) { Major = major; Minor = minor; }
        public int CompareTo(Version other)
        {
            Comparisons++;
            int c = Major.CompareTo(other.Major);
            return c != 0 ? c : Minor.CompareTo(other.Minor);
        }
        public bool Equals(Version other) { return Major == other.Major && Minor == other.Minor; }
        public override string ToString() { return Major + "." + Minor; }
    }

    class ByLengthThenText : IComparer<string>
    {
        public int Compare(string a, string b)
        {
            int c = a.Length.CompareTo(b.Length);
            return c != 0 ? c : string.CompareOrdinal(a, b);
        }
    }

    class Descending<T> : IComparer<T> where T : IComparable<T>
    {
        public int Compare(T a, T b) { return b.CompareTo(a); }
    }

    struct Tally : IComparable<Tally>
    {
        public int Touched;
        public int CompareTo(Tally other) { Touched++; return 0; }
    }

    static class Program
    {
        static T Max<T>(T[] items) where T : IComparable<T>
        {
            T best = items[0];
            for (int i = 1; i < items.Length; i++)
                if (items[i].CompareTo(best) > 0) best = items[i];
            return best;
        }

        static void TouchTwice<T>(ref T x, T other) where T : IComparable<T>
        {
            x.CompareTo(other);   // constrained call on the variable: mutations are visible
            x.CompareTo(other);
        }

        static string Describe<T>(IConverter<T> c, T v) { return c.Convert(v); }

        static void Main()
        {
            Console.WriteLine("-- one class, several instantiations");
            Multi m = new Multi();
            Console.WriteLine(Describe<int>(m, 5) + " | " + Describe<string>(m, "x") + " | " + Describe<int[]>(m, new int[3]));
            object om = m;
            Console.WriteLine("is IConverter<int> " + (om is IConverter<int>) + ", is IConverter<long> " + (om is IConverter<long>) + ", is IConverter<int[]> " + (om is IConverter<int[]>));
            IConverter<string> cs = m;
            Console.WriteLine("via IConverter<string>: " + cs.Convert("y"));

            Console.WriteLine("-- generic method in an interface");
            IMapper mapper = new Mapper();
            Console.WriteLine(mapper.Map<int, string>(21, x => "v" + (x * 2)) + " " + mapper.Map<string, int>("hello", s => s.Length) + " " + mapper.Map(2.5m, d => d * 2) + ", calls " + ((Mapper)mapper).Calls);

            Console.WriteLine("-- IComparable<T>");
            Version[] vs = { new Version(1, 10), new Version(1, 2), new Version(0, 99), new Version(2, 0), new Version(1, 2) };
            Console.WriteLine("Max " + Max(vs));
            Array.Sort(vs);
            Console.WriteLine("sorted " + string.Join(" ", vs));
            Array.Sort(vs, new Descending<Version>());
            Console.WriteLine("descending " + string.Join(" ", vs));
            Console.WriteLine("Max of ints " + Max(new[] { 3, -1, 42, 7 }) + ", of strings " + Max(new[] { "pear", "apple", "zoo", "fig" }));
            Console.WriteLine("IndexOf(1.2) via IEquatable " + Array.IndexOf(vs, new Version(1, 2)) + ", LastIndexOf " + Array.LastIndexOf(vs, new Version(1, 2)));

            Console.WriteLine("-- IComparer<T>");
            var words = new List<string> { "ccc", "a", "bb", "aa", "b", "abc", "" };
            words.Sort(new ByLengthThenText());
            Console.WriteLine("by length then ordinal: [" + string.Join(",", words) + "]");
            words.Sort((x, y) => string.CompareOrdinal(y, x));
            Console.WriteLine("reverse ordinal via Comparison<T>: [" + string.Join(",", words) + "]");
            int[] nums = { 5, 3, 9, 1, 7 };
            Array.Sort(nums, new Descending<int>());
            Console.WriteLine("ints descending " + string.Join(",", nums));

            Console.WriteLine("-- constrained calls do not box");
            Tally t = new Tally();
            TouchTwice(ref t, new Tally());
            Console.WriteLine("Tally touched via generic ref: " + t.Touched);
            IComparable<Tally> boxed = t;
            boxed.CompareTo(new Tally());
            Console.WriteLine("after call through boxed interface: local " + t.Touched + ", box " + ((Tally)boxed).Touched);
        }
    }
}
