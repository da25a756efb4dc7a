// Assorted C# 7.0 features and the metadata they produce: volatile fields
// (modreq(IsVolatile) in field signatures and volatile. prefixes), checked and
// unchecked arithmetic and conversions (add.ovf, conv.ovf.*), nullable value
// types (Nullable<T> and lifted operators), tuples (ValueTuple with
// [TupleElementNames]), deconstruction of tuples, ref locals and ref returns, pattern
// matching with `is`, out variables, throw expressions, nameof, null
// conditional and coalescing operators, default values, conditional
// compilation attributes, goto, and integer/floating conversions.
#define TRACE_ON
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Fixtures.Language
{
    public class Shared
    {
        public volatile int Flag;
        public static volatile bool Stop;
        public volatile string Message;
        public volatile object Boxed;
        private int[] numbers = { 1, 2, 3 };

        public ref int Largest()
        {
            int best = 0;
            for (int i = 1; i < numbers.Length; i++) if (numbers[i] > numbers[best]) best = i;
            return ref numbers[best];
        }

        public int this[int i] { get { return numbers[i]; } }
    }

    public struct Money
    {
        public readonly long Cents;
        public readonly string Currency;
        public Money(long cents, string currency) { Cents = cents; Currency = currency ?? throw new ArgumentNullException(nameof(currency)); }
        public void Deconstruct(out long units, out int cents, out string currency) { units = Cents / 100; cents = (int)(Cents % 100); currency = Currency; }
        public static Money? Parse(string s)
        {
            long v;
            return long.TryParse(s, out v) ? new Money(v, "EUR") : (Money?)null;
        }
    }

    public class Program
    {
        static int traced;

        [Conditional("TRACE_ON")]
        static void Trace(string message) { traced++; }

        [Conditional("NEVER_DEFINED")]
        static void Never(string message) { traced += 1000; }

        static (int min, int max, double mean) Stats(IEnumerable<int> values)
        {
            int min = int.MaxValue, max = int.MinValue, n = 0;
            long sum = 0;
            foreach (var v in values) { min = Math.Min(min, v); max = Math.Max(max, v); sum += v; n++; }
            return (min, max, n == 0 ? 0 : (double)sum / n);
        }

        static (string, (int, bool)) Nested() { return ("n", (1, true)); }

        static string Classify(object o)
        {
            if (o is int i && i > 10) return "big int " + i;
            if (o is int small) return "int " + small;
            if (o is string s) return "string of " + s.Length;
            if (o == null) return "null";
            if (o is IList<int> list) return "list of " + list.Count;
            return "other " + o.GetType().Name;
        }

        static string Checked()
        {
            var results = new List<string>();
            int big = int.MaxValue;
            try { int r = checked(big + 1); results.Add(r.ToString()); } catch (OverflowException) { results.Add("add"); }
            try { long r = checked((long)big * big * big); results.Add(r.ToString()); } catch (OverflowException) { results.Add("mul"); }
            try { uint r = checked((uint)(big - int.MaxValue - 1)); results.Add(r.ToString()); } catch (OverflowException) { results.Add("neg->uint"); }
            int n300 = 300;
            try { byte r = checked((byte)n300); results.Add(r.ToString()); } catch (OverflowException) { results.Add("byte"); }
            double d = 1e20;
            try { long r = checked((long)d); results.Add(r.ToString()); } catch (OverflowException) { results.Add("double->long"); }
            long minusOne = -1;
            try { ulong r = checked((ulong)minusOne); results.Add(r.ToString()); } catch (OverflowException) { results.Add("long->ulong"); }
            ulong u = 5;
            try { ulong r = checked(u - 6); results.Add(r.ToString()); } catch (OverflowException) { results.Add("sub.ovf.un"); }
            results.Add(unchecked(big + 1).ToString());
            int threeHundred = 300;
            results.Add(unchecked((byte)threeHundred).ToString());
            results.Add(unchecked((sbyte)(threeHundred - 100)).ToString());
            return string.Join(",", results);
        }

        static string Conversions()
        {
            double d = -3.75;
            float f = 1e10f;
            long l = -1;
            char c = (char)65;
            return (int)d + " " + (uint)(int)d + " " + (long)f + " " + (ulong)l + " " + unchecked((short)70000) + " " + (byte)c + " " + (double)ulong.MaxValue + " " +
                   (float)(1.0 / 3) + " " + (int)'\u00e9' + " " + (char)0x263A + " " + (decimal)d + " " + (double)(decimal)0.1m + " " + (l >> 1) + " " + ((ulong)l >> 60);
        }

        public static int Main()
        {
            var shared = new Shared();
            shared.Flag = 1;
            Shared.Stop = true;
#pragma warning disable 0420 // a volatile field passed by reference
            Interlocked.Increment(ref shared.Flag);
#pragma warning restore 0420
            shared.Message = "msg";
            Console.WriteLine("volatile: " + shared.Flag + " " + Shared.Stop + " " + shared.Message);

            ref int largest = ref shared.Largest();
            largest = 30;
            Console.WriteLine("ref return: " + shared[2] + " " + shared.Largest() + " " + largest);

            int? a = 5, b = null;
            int? sum = a + b;
            int? product = a * 2;
            bool? maybe = null;
            Console.WriteLine("nullable: " + sum.HasValue + " " + product + " " + (a > b) + " " + (b ?? -1) + " " + a.GetValueOrDefault() + " " + (maybe == true) +
                              " " + (maybe | true) + " " + Money.Parse("1234").Value.Cents + " " + Money.Parse("x").HasValue);

            var stats = Stats(new[] { 4, 8, 15, 16, 23, 42 });
            (int lo, int hi, double mean) = Stats(new[] { 1, 2 });      // mcs 6.8 crashes deconstructing a local; a call works
            var (name, inner) = Nested();
            int num = inner.Item1;
            bool flag = inner.Item2;
            (int x, int y) point = (1, 2);
            point.x += 10;
            var swapped = (point.y, point.x);
            Console.WriteLine("tuples: " + stats.min + " " + stats.max + " " + mean.ToString("F2") + " " + lo + hi + " " + name + num + flag + " " + swapped + " " + point.Item1);

            var money = new Money(12345, "USD");
            long units; int cents; string currency;
            money.Deconstruct(out units, out cents, out currency);   // mcs 6.8: "Internal compiler error: Custom deconstruct" for (a, b, c) = money
            Console.WriteLine("deconstruct: " + units + " " + cents + " " + currency);
            try { new Money(1, null); } catch (ArgumentNullException e) { Console.WriteLine("throw expression: " + e.ParamName); }

            Console.WriteLine("patterns: " + Classify(42) + "; " + Classify(3) + "; " + Classify("abc") + "; " + Classify(null) + "; " + Classify(new List<int> { 1 }) + "; " + Classify(1.5));
            Console.WriteLine("out var: " + (int.TryParse("77", out var parsed) ? parsed : -1) + " " + (int.TryParse("no", out _) ? "?" : "discard"));
            Console.WriteLine("nameof: " + nameof(Shared.Flag) + " " + nameof(Program) + " " + nameof(money));
            string nothing = null;
            Console.WriteLine("null ops: " + (nothing?.Length ?? -1) + " " + (nothing?.ToUpper() ?? "none") + " " + (new[] { "x" }?[0]));
            Console.WriteLine("defaults: " + default(int) + " " + (default(string) == null) + " " + default(DateTime).Year + " " + default(Money).Cents);
            Console.WriteLine("checked: " + Checked());
            Console.WriteLine("conversions: " + Conversions());

            Trace("one"); Trace("two"); Never("x");
            Console.WriteLine("conditional: " + traced);

            int loops = 0;
        again:
            loops++;
            if (loops < 3) goto again;
            Console.WriteLine("goto: " + loops);
            return 0;
        }
    }
}
