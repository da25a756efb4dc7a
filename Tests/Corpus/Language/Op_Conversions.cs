// User-defined conversions: implicit and explicit operators (printed when invoked), chaining
// a user-defined conversion with a standard numeric conversion (int -> long before/after),
// conversions applied to method arguments and return values, explicit conversions that throw,
// lifted user-defined conversions on Nullable<T> (null stays null without calling the
// operator), conversions not applied through object (a cast from object is an unbox/castclass,
// never a user conversion), conversions in foreach and in string concatenation (the implicit
// string conversion is chosen over object), and
// conversions between two user types defined on either side.
using System;
using System.Collections.Generic;

namespace Corpus
{
    struct Celsius
    {
        public readonly double Degrees;
        public Celsius(double d) { Degrees = d; }
        public static implicit operator Celsius(int d) { Console.Write("[int->Celsius]"); return new Celsius(d); }
        public static explicit operator int(Celsius c) { Console.Write("[Celsius->int]"); return (int)c.Degrees; }
        public static implicit operator Fahrenheit(Celsius c) { Console.Write("[C->F]"); return new Fahrenheit(c.Degrees * 9 / 5 + 32); }
        public override string ToString() { return Degrees + "C"; }
    }

    struct Fahrenheit
    {
        public readonly double Degrees;
        public Fahrenheit(double d) { Degrees = d; }
        public static explicit operator Celsius(Fahrenheit f) { Console.Write("[F->C]"); return new Celsius((f.Degrees - 32) * 5 / 9); }
        public override string ToString() { return Degrees + "F"; }
    }

    class Percent
    {
        public readonly int Value;
        Percent(int v) { Value = v; }
        public static explicit operator Percent(int v)
        {
            Console.Write("[int->Percent]");
            if (v < 0 || v > 100) throw new ArgumentOutOfRangeException("v");
            return new Percent(v);
        }
        public static implicit operator double(Percent p) { Console.Write("[Percent->double]"); return p == null ? 0 : p.Value / 100.0; }
        public static implicit operator string(Percent p) { return p.Value + "%"; }
    }

    struct Meters
    {
        public readonly long Value;
        public Meters(long v) { Value = v; }
        public static implicit operator Meters(long v) { Console.Write("[long->Meters]"); return new Meters(v); }
        public static implicit operator long(Meters m) { Console.Write("[Meters->long]"); return m.Value; }
    }

    static class Program
    {
        static double Twice(double x) { return x * 2; }
        static Celsius Freezing() { return 0; }
        static string Show(Meters m) { return "Meters(" + m.Value + ")"; }

        static void Main()
        {
            Console.WriteLine("-- implicit / explicit");
            Celsius c = 25;
            Console.WriteLine(" c = " + c);
            int back = (int)c;
            Console.WriteLine(" back = " + back);
            Fahrenheit f = c;
            Console.WriteLine(" f = " + f);
            Celsius c2 = (Celsius)f;
            Console.WriteLine(" c2 = " + c2);
            Console.WriteLine(" Freezing() = " + Freezing());

            Console.WriteLine("-- chaining with standard conversions");
            Meters m = 5;                 // int -> long (standard) then long -> Meters
            Console.WriteLine(" m = " + Show(m));
            long asLong = m;
            Console.WriteLine(" asLong = " + asLong);
            double asDouble = m;          // Meters -> long then long -> double
            Console.WriteLine(" asDouble = " + asDouble);
            Console.WriteLine(" Show(7) = " + Show(7));
            short sh = 3;
            Console.WriteLine(" Show(short) = " + Show(sh));

            Console.WriteLine("-- explicit conversion that throws");
            Percent p = (Percent)42;
            Console.WriteLine(" p as string: " + (string)p);
            Console.WriteLine(" Twice(p) = " + Twice(p));
            try { Percent bad = (Percent)150; Console.WriteLine("not reached " + (string)bad); }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine(" -> " + e.GetType().Name); }

            Console.WriteLine("-- lifted conversions");
            int? ni = 10;
            Celsius? nc = ni;
            Console.WriteLine(" from 10: " + (nc.HasValue ? nc.Value.ToString() : "null"));
            ni = null;
            nc = ni;
            Console.WriteLine(" from null: " + (nc.HasValue ? nc.Value.ToString() : "null") + " (operator not called)");
            Celsius? some = new Celsius(100);
            Fahrenheit? lifted = some;
            Console.WriteLine(" lifted C->F: " + lifted.Value);
            int? backNullable = (int?)some;
            Console.WriteLine(" (int?)Celsius? = " + backNullable);

            Console.WriteLine("-- no user conversions through object");
            object boxed = 25;
            try { Celsius viaObject = (Celsius)boxed; Console.WriteLine("not reached " + viaObject); }
            catch (InvalidCastException e) { Console.WriteLine(" (Celsius)(object)25 -> " + e.GetType().Name); }
            object boxedC = new Celsius(5);
            Celsius unboxed = (Celsius)boxedC;
            Console.WriteLine(" unboxed " + unboxed + ", (int)(Celsius)boxed = " + (int)(Celsius)boxedC);

            Console.WriteLine("-- foreach and concatenation");
            var temps = new List<Celsius> { 1, 2 };
            Console.WriteLine();
            foreach (Fahrenheit x in temps) Console.Write(" " + x);
            Console.WriteLine();
            foreach (int x in temps) Console.Write(" " + x);
            Console.WriteLine();
            Percent half = (Percent)50;
            // string + Percent: +(string, string) via the implicit conversion beats +(string, object)
            // (string is the more specific target), so the conversion runs instead of ToString().
            string s = "half is " + half;
            Console.WriteLine(" " + s);
            string viaConversion = half;
            Console.WriteLine(" implicit string conversion: " + viaConversion);
        }
    }
}
