// System.Random with explicit seeds: the seeded generator is the
// Knuth-subtractive algorithm shared by .NET Framework, Mono and modern
// .NET (which keeps it for compatibility whenever a seed is given), so the
// sequences are fixed: Next(), Next(max), Next(min, max) incl. ranges wider
// than int.MaxValue, NextDouble (printed F6 and as raw bits), NextBytes,
// seeds 0 / negative / int.MinValue / int.MaxValue, two generators with the
// same seed agree, argument errors, and a seeded Fisher-Yates shuffle.
using System;
using System.Globalization;
using System.Text;

namespace Corpus.Library.Random_Seeded
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            foreach (int seed in new[] { 42, 0, 1, -1, 12345, int.MaxValue, int.MinValue })
            {
                Random r = new Random(seed);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 5; i++) sb.Append(r.Next()).Append(' ');
                Console.WriteLine("seed " + seed + " Next(): " + sb.ToString().TrimEnd());
            }

            Random a = new Random(42);
            StringBuilder s1 = new StringBuilder();
            for (int i = 0; i < 12; i++) s1.Append(a.Next(10)).Append(',');
            Console.WriteLine("seed 42 Next(10): " + s1);
            StringBuilder s2 = new StringBuilder();
            for (int i = 0; i < 12; i++) s2.Append(a.Next(5, 10)).Append(',');
            Console.WriteLine("then Next(5,10): " + s2);
            StringBuilder s3 = new StringBuilder();
            for (int i = 0; i < 6; i++) { double d = a.NextDouble(); s3.Append(d.ToString("F6", Inv)).Append('/').Append(BitConverter.DoubleToInt64Bits(d).ToString("X16")).Append(' '); }
            Console.WriteLine("then NextDouble: " + s3.ToString().TrimEnd());
            StringBuilder s4 = new StringBuilder();
            for (int i = 0; i < 6; i++) s4.Append(a.Next(int.MinValue, int.MaxValue)).Append(',');
            Console.WriteLine("then Next(int.MinValue, int.MaxValue): " + s4);
            StringBuilder s5 = new StringBuilder();
            for (int i = 0; i < 6; i++) s5.Append(a.Next(-1000000000, 2000000000)).Append(',');
            Console.WriteLine("then Next(-1e9, 2e9): " + s5);
            byte[] bytes = new byte[16];
            a.NextBytes(bytes);
            Console.WriteLine("then NextBytes(16): " + BitConverter.ToString(bytes));

            Console.WriteLine("-- edge arguments");
            Random e = new Random(7);
            Try("Next(0)", () => e.Next(0));
            Try("Next(1)", () => e.Next(1));
            Try("Next(5,5)", () => e.Next(5, 5));
            Try("Next(-1)", () => e.Next(-1));
            Try("Next(5,4)", () => e.Next(5, 4));
            Try("NextBytes(null)", () => { e.NextBytes(null); return "ok"; });
            Try("NextBytes(empty)", () => { e.NextBytes(new byte[0]); return "ok"; });
            Try("Next() after the above", () => e.Next());

            Console.WriteLine("-- same seed, same sequence");
            Random x = new Random(2024), y = new Random(2024);
            bool same = true;
            for (int i = 0; i < 1000; i++) if (x.Next() != y.Next()) same = false;
            Console.WriteLine("1000 values equal " + same);
            Random big = new Random(99);
            long sum = 0;
            int min = int.MaxValue, max = -1;
            int[] buckets = new int[10];
            for (int i = 0; i < 10000; i++)
            {
                int v = big.Next(100);
                sum += v; if (v < min) min = v; if (v > max) max = v;
                buckets[v / 10]++;
            }
            Console.WriteLine("10000 x Next(100): sum " + sum + " min " + min + " max " + max + " buckets " + string.Join(",", buckets));

            Console.WriteLine("-- shuffle");
            int[] deck = new int[20];
            for (int i = 0; i < deck.Length; i++) deck[i] = i;
            Random sh = new Random(31337);
            for (int i = deck.Length - 1; i > 0; i--)
            {
                int j = sh.Next(i + 1);
                int t = deck[i]; deck[i] = deck[j]; deck[j] = t;
            }
            Console.WriteLine(string.Join(" ", deck));
            return 0;
        }
    }
}
