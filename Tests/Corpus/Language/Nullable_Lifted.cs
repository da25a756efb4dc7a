// Lifted operators on Nullable<T>: arithmetic with null gives null, comparisons with null are
// false (even <= between two nulls) while == null / != null work, bool? three-valued & and |
// (null & false == false, null | true == true), lifted unary operators, lifted shifts,
// lifted user-defined operators on a struct, lifted enum operators, compound assignment with
// null operands, and lifted conversions (int? -> long?, explicit long? -> int?).
using System;

namespace Corpus
{
    struct Money
    {
        public int Cents;
        public Money(int c) { Cents = c; }
        public static Money operator +(Money a, Money b) { return new Money(a.Cents + b.Cents); }
        public static bool operator <(Money a, Money b) { return a.Cents < b.Cents; }
        public static bool operator >(Money a, Money b) { return a.Cents > b.Cents; }
        public static bool operator ==(Money a, Money b) { return a.Cents == b.Cents; }
        public static bool operator !=(Money a, Money b) { return a.Cents != b.Cents; }
        public static Money operator -(Money a) { return new Money(-a.Cents); }
        public override bool Equals(object o) { return o is Money && ((Money)o).Cents == Cents; }
        public override int GetHashCode() { return Cents; }
        public override string ToString() { return Cents + "c"; }
    }

    enum Level { Low = 1, High = 2 }

    static class Program
    {
        static string S<T>(T? v) where T : struct { return v.HasValue ? v.Value.ToString() : "null"; }
        static int? N(int? x) { return x; }
        static bool? B(bool? x) { return x; }

        static void Main()
        {
            int? a = N(5), n = N(null);
            Console.WriteLine("-- arithmetic");
            Console.WriteLine("5 + null = " + S(a + n) + ", 5 + 3 = " + S(a + 3) + ", null * 0 = " + S(n * 0) + ", -null = " + S(-n) + ", -5 = " + S(-a) + ", ~5 = " + S(~a) + ", ~null = " + S(~n));
            Console.WriteLine("5 / null = " + S(a / n) + ", null / 0 = " + S(n / 0) + " (no exception), 5 % 3 = " + S(a % 3) + ", 5 << null = " + S(a << n) + ", 5 << 2 = " + S(a << 2) + ", null >> 1 = " + S(n >> 1));
            try { Console.WriteLine(S(a / N(0))); } catch (DivideByZeroException) { Console.WriteLine("5 / (int?)0 -> DivideByZeroException"); }
            int? counter = null;
            counter++;
            Console.WriteLine("null++ = " + S(counter));
            counter = 1; counter += n;
            Console.WriteLine("1 += null -> " + S(counter));
            counter = 1; counter += 4;
            Console.WriteLine("1 += 4 -> " + S(counter));
            long? widened = a;
            long? big = N(int.MaxValue) + 1L;
            Console.WriteLine("int? -> long? " + S(widened) + ", int.MaxValue + 1L = " + S(big) + ", (int?)long? " + S((int?)big));
            double? dn = n;
            Console.WriteLine("(double?)null = " + S(dn) + ", 5 / 2.0 = " + S(a / 2.0));

            Console.WriteLine("-- comparisons");
            int? n2 = N(null);
            Console.WriteLine("5 > null " + (a > n) + ", 5 < null " + (a < n) + ", null < null " + (n < n2) + ", null <= null " + (n <= n2) + ", null >= null " + (n >= n2));
            Console.WriteLine("null == null " + (n == n2) + ", null != null " + (n != n2) + ", 5 == null " + (a == n) + ", 5 != null " + (a != n) + ", n == null " + (n == null) + ", 5 == 5 " + (a == N(5)) + ", 5 == 5L " + (a == 5L));
            Console.WriteLine("!(5 > null) " + !(a > n) + " vs 5 <= null " + (a <= n));

            Console.WriteLine("-- bool? three-valued logic");
            bool?[] vals = { B(true), B(false), B(null) };
            foreach (bool? x in vals)
            {
                string line = "";
                foreach (bool? y in vals)
                    line += S(x) + "&" + S(y) + "=" + S(x & y) + " " + S(x) + "|" + S(y) + "=" + S(x | y) + " " + S(x) + "^" + S(y) + "=" + S(x ^ y) + "; ";
                Console.WriteLine(line + "!" + S(x) + "=" + S(!x));
            }
            bool? maybe = B(null);
            Console.WriteLine("if (maybe == true) " + (maybe == true ? "taken" : "not taken") + ", if (maybe != false) " + (maybe != false ? "taken" : "not taken") + ", maybe ?? true = " + (maybe ?? true) + ", GetValueOrDefault " + maybe.GetValueOrDefault());

            Console.WriteLine("-- lifted user-defined operators");
            Money? m1 = new Money(150), m2 = null, m3 = new Money(50);
            Console.WriteLine("m1 + m3 = " + S(m1 + m3) + ", m1 + null = " + S(m1 + m2) + ", -m1 = " + S(-m1) + ", -null = " + S(-m2));
            Console.WriteLine("m1 > m3 " + (m1 > m3) + ", m1 < null " + (m1 < m2) + ", m1 == m3 " + (m1 == m3) + ", null == null " + (m2 == (Money?)null) + ", m1 != null " + (m1 != m2) + ", m1 == 150c " + (m1 == new Money(150)));

            Console.WriteLine("-- lifted enum operators");
            // mcs quirk: High - (Level?)Low is typed Level? (C# says int?), so it prints "Low".
            // The expected output follows the IL mcs emits.
            Level? l = Level.Low, ln = null;
            Console.WriteLine("Low | High = " + S(l | Level.High) + ", Low | null = " + S(l | ln) + ", Low + 1 = " + S(l + 1) + ", Low == Low " + (l == Level.Low) + ", null < High " + (ln < Level.High) + ", High - Low (mcs: Level?) = " + S(Level.High - l));

            Console.WriteLine("-- chained");
            int? x1 = 2, x2 = 3, x3 = null;
            Console.WriteLine("x1 * x2 + x3 = " + S(x1 * x2 + x3) + ", (x1 * x2) ?? -1 = " + ((x1 * x2) ?? -1) + ", (x1 + x3) ?? -1 = " + ((x1 + x3) ?? -1));
            int? sum = 0;
            foreach (int? v in new int?[] { 1, 2, null, 4 }) sum += v ?? 0;
            Console.WriteLine("sum skipping nulls " + S(sum));
            int? poisoned = 0;
            foreach (int? v in new int?[] { 1, 2, null, 4 }) poisoned += v;
            Console.WriteLine("sum with null poison " + S(poisoned));
        }
    }
}
