// Rounding: Math.Round with MidpointRounding (ToEven default, AwayFromZero) on values that are
// exact ties in binary, Math.Round(x, digits) only where x * 10^digits is exact (for other
// inputs Mono 6.8 and .NET Core use different algorithms: Math.Round(2.345, 2) is 2.35 on
// Mono and 2.34 on .NET Core), rounding of float arithmetic (each float operation rounds to
// single precision when stored), round-half-even in int -> float conversions, and decimal
// rounding/arithmetic (decimal formatting keeps the scale and is identical everywhere).
// Note: mcs constant-folds Math.Round(2.5) (a literal argument) to 3 -- wrong, .NET gives 2;
// every input here therefore comes through a method call so the runtime does the rounding.
using System;
using System.Globalization;

namespace Corpus
{
    static class Program
    {
        static double V(double x) { return x; }
        static float VF(float x) { return x; }
        static decimal VM(decimal x) { return x; }

        static string D(double d)
        {
            if (double.IsNaN(d)) return "NaN";
            if (double.IsInfinity(d)) return d > 0 ? "+Inf" : "-Inf";
            long bits = BitConverter.DoubleToInt64Bits(d);
            if (d == 0) return bits < 0 ? "-0" : "0";
            string s = d.ToString("G15", CultureInfo.InvariantCulture);
            double back;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out back) && back == d) return s;
            return "bits:" + bits.ToString("X16");
        }

        static int FB(float f) { return BitConverter.ToInt32(BitConverter.GetBytes(f), 0); }

        static void Main()
        {
            Console.WriteLine("-- Math.Round(double) ties");
            for (double x = -4.5; x <= 4.5; x += 0.5)
                Console.WriteLine(D(x) + ": ToEven " + D(Math.Round(V(x))) + ", explicit ToEven " + D(Math.Round(V(x), MidpointRounding.ToEven)) + ", AwayFromZero " + D(Math.Round(V(x), MidpointRounding.AwayFromZero)));
            Console.WriteLine("Round(2^52 - 0.5) (tie, to even) = " + D(Math.Round(V(4503599627370495.5))));
            Console.WriteLine("Round(4503599627370496.0) = " + D(Math.Round(V(4503599627370496.0))));
            Console.WriteLine("Round(-0.0) = " + D(Math.Round(V(-0.0))) + ", Round(-0.2) = " + D(Math.Round(V(-0.2))) + ", Round(0.2) = " + D(Math.Round(V(0.2))));

            Console.WriteLine("-- Math.Round(double, digits) with exact binary inputs");
            double[] exact = { 1.25, 1.75, -1.25, 0.125, 0.375, -0.625, 2.5, 1.5 };
            foreach (double x in exact)
                Console.WriteLine(D(x) + ": digits0 " + D(Math.Round(V(x), 0)) + ", digits1 " + D(Math.Round(V(x), 1)) + ", digits2 " + D(Math.Round(V(x), 2)) + ", digits2 away " + D(Math.Round(V(x), 2, MidpointRounding.AwayFromZero)));
            Console.WriteLine("Round(123.0, 15) = " + D(Math.Round(V(123.0), 15)));
            try { Math.Round(V(1.0), 16); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Round(x, 16) -> " + e.GetType().Name); }
            try { Math.Round(V(1.0), -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Round(x, -1) -> " + e.GetType().Name); }

            Console.WriteLine("-- rounding idioms");
            double[] xs = { 2.5, 3.5, -2.5, 2.4, -2.6, 0.49999999999999994 };
            foreach (double x in xs)
                Console.WriteLine(D(x) + ": (int)(x + 0.5) = " + (int)(V(x) + 0.5) + ", (int)Math.Floor(x + 0.5) = " + (int)Math.Floor(V(x) + 0.5) + ", Convert.ToInt32 = " + Convert.ToInt32(V(x)));

            Console.WriteLine("-- float arithmetic rounds to single precision");
            float a = VF(16777216f);
            float b = a + 1f;
            Console.WriteLine("16777216f + 1f stored = " + FB(b).ToString("X8") + " (== a: " + (b == a) + ")");
            float c = a + 2f;
            Console.WriteLine("16777216f + 2f stored = " + FB(c).ToString("X8"));
            float third = VF(1f) / VF(3f);
            Console.WriteLine("1f/3f bits " + FB(third).ToString("X8") + ", *3 bits " + FB(third * 3f).ToString("X8"));
            float tenth = VF(0.1f);
            float acc = 0;
            for (int i = 0; i < 1000; i++) acc += tenth;
            Console.WriteLine("sum of 1000 x 0.1f bits " + FB(acc).ToString("X8"));
            double dacc = 0;
            for (int i = 0; i < 1000; i++) dacc += tenth;
            Console.WriteLine("sum of 1000 x (double)0.1f bits " + BitConverter.DoubleToInt64Bits(dacc).ToString("X16"));
            Console.WriteLine("(float)(0.1f * 3f) == 0.3f: " + ((float)(tenth * 3f) == 0.3f) + ", bits " + FB((float)(tenth * 3f)).ToString("X8"));
            Console.WriteLine("float.MaxValue * 2f stored = " + (float.IsPositiveInfinity((float)(VF(float.MaxValue) * 2f)) ? "+Inf" : "finite"));
            Console.WriteLine("(float)(float.MaxValue * 2f) / 2f = " + (float.IsPositiveInfinity((float)((float)(VF(float.MaxValue) * 2f) / 2f)) ? "+Inf" : "finite"));

            Console.WriteLine("-- int -> float ties (round half to even)");
            int[] ints = { 16777217, 16777219, 16777221, 33554434, 33554438, 33554435 };
            foreach (int i in ints)
                Console.WriteLine(i + " -> " + (long)(float)i);

            Console.WriteLine("-- decimal");
            decimal[] ms = { 2.5m, 3.5m, -2.5m, 2.45m, 2.55m, 1.005m, -1.005m, 0.0000000000000000000000000005m };
            foreach (decimal m in ms)
                Console.WriteLine(m + ": Round " + Math.Round(VM(m)) + ", Round(,2) " + Math.Round(VM(m), 2) + ", Round(,1,Away) " + Math.Round(VM(m), 1, MidpointRounding.AwayFromZero) + ", Floor " + Math.Floor(VM(m)) + ", Ceiling " + Math.Ceiling(VM(m)) + ", Truncate " + decimal.Truncate(VM(m)));
            Console.WriteLine("1m / 3m = " + VM(1m) / 3m);
            Console.WriteLine("2m / 3m = " + VM(2m) / 3m);
            Console.WriteLine("1m / 3m * 3m = " + VM(1m) / 3m * 3m);
            Console.WriteLine("0.1m + 0.2m = " + (VM(0.1m) + 0.2m) + ", == 0.3m: " + (VM(0.1m) + 0.2m == 0.3m));
            Console.WriteLine("1.10m + 2.205m = " + (VM(1.10m) + 2.205m) + " (scale kept)");
            Console.WriteLine("1.10m * 2.0m = " + (VM(1.10m) * 2.0m));
            Console.WriteLine("1.10m == 1.1m: " + (VM(1.10m) == 1.1m) + ", ToString differs: " + VM(1.10m) + " vs " + VM(1.1m));
            Console.WriteLine("decimal.MaxValue = " + decimal.MaxValue + ", MinValue = " + decimal.MinValue);
            try { Console.WriteLine(VM(decimal.MaxValue) + 1m); }
            catch (OverflowException e) { Console.WriteLine("MaxValue + 1 -> " + e.GetType().Name); }
            try { Console.WriteLine(VM(1m) / VM(0m)); }
            catch (DivideByZeroException e) { Console.WriteLine("1m / 0m -> " + e.GetType().Name); }
            Console.WriteLine("(int)2.9m = " + (int)VM(2.9m) + ", (int)-2.9m = " + (int)VM(-2.9m) + ", (long)1e18m = " + (long)VM(1000000000000000000m));
            try { Console.WriteLine((int)VM(3000000000m)); }
            catch (OverflowException e) { Console.WriteLine("(int)3000000000m -> " + e.GetType().Name); }
            Console.WriteLine("(decimal)0.5 = " + (decimal)V(0.5) + ", (decimal)int.MinValue = " + (decimal)int.MinValue + ", (decimal)ulong.MaxValue = " + (decimal)ulong.MaxValue);
            Console.WriteLine("(double)0.1m == 0.1: " + ((double)VM(0.1m) == 0.1));
            Console.WriteLine("-7.5m % 2m = " + VM(-7.5m) % 2m + ", 7.5m % -2m = " + VM(7.5m) % -2m);
            decimal compound = 1000m;
            for (int year = 0; year < 10; year++) compound = Math.Round(compound * 1.05m, 2);
            Console.WriteLine("1000 at 5% for 10 years, rounded yearly = " + compound);
        }
    }
}
