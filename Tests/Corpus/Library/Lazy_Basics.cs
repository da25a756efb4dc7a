// Lazy<T>: the factory runs once on first Value (IsValueCreated before and
// after), the default constructor path (Activator: new T()), a value given
// up front (Lazy from an existing value via the factory), exception
// caching per LazyThreadSafetyMode (ExecutionAndPublication and None cache
// the exception and never call the factory again; PublicationOnly retries),
// recursive access to Value from inside the factory
// (InvalidOperationException), null values, and a lazily built lookup table.
using System;
using System.Collections.Generic;
using System.Threading;

namespace Corpus.Library.Lazy_Basics
{
    public class Expensive
    {
        public static int Constructed;
        public readonly int Serial;
        public Expensive() { Constructed++; Serial = Constructed; Console.WriteLine("  Expensive() #" + Serial); }
    }

    public static class Program
    {
        static Lazy<int> recursive;

        public static int Main()
        {
            int calls = 0;
            Lazy<string> lazy = new Lazy<string>(() => { calls++; Console.WriteLine("  factory running"); return "value-" + calls; });
            Console.WriteLine("created: IsValueCreated " + lazy.IsValueCreated + " calls " + calls);
            Console.WriteLine("Value " + lazy.Value + " IsValueCreated " + lazy.IsValueCreated);
            Console.WriteLine("Value again " + lazy.Value + " calls " + calls);

            Console.WriteLine("-- default constructor");
            Lazy<Expensive> le = new Lazy<Expensive>();
            Console.WriteLine("before: constructed " + Expensive.Constructed);
            Console.WriteLine("serial " + le.Value.Serial + " same instance twice " + ReferenceEquals(le.Value, le.Value) + " constructed " + Expensive.Constructed);
            Lazy<Expensive> le2 = new Lazy<Expensive>(true);
            Console.WriteLine("second lazy serial " + le2.Value.Serial);

            Console.WriteLine("-- exception caching");
            foreach (LazyThreadSafetyMode mode in new[] { LazyThreadSafetyMode.ExecutionAndPublication, LazyThreadSafetyMode.None, LazyThreadSafetyMode.PublicationOnly })
            {
                int attempts = 0;
                Lazy<int> failing = new Lazy<int>(() =>
                {
                    attempts++;
                    if (attempts < 3) throw new FormatException("attempt " + attempts);
                    return attempts * 100;
                }, mode);
                string log = "";
                for (int i = 0; i < 4; i++)
                {
                    try { log += failing.Value + " "; }
                    catch (FormatException e) { log += "[" + e.Message + "] "; }
                }
                Console.WriteLine(mode + ": " + log + "factory calls " + attempts + " IsValueCreated " + failing.IsValueCreated);
            }
            Lazy<Expensive> ctorFails = new Lazy<Expensive>(() => { throw new ArgumentException("no"); });
            try { var v = ctorFails.Value; } catch (Exception e) { Console.WriteLine("first access " + e.GetType().FullName); }
            try { var v = ctorFails.Value; } catch (Exception e) { Console.WriteLine("second access (cached) " + e.GetType().FullName + " " + e.Message); }

            Console.WriteLine("-- recursion");
            recursive = new Lazy<int>(() => recursive.Value + 1);
            try { Console.WriteLine(recursive.Value); }
            catch (Exception e) { Console.WriteLine("recursive Value " + e.GetType().FullName); }

            Console.WriteLine("-- null value and value types");
            Lazy<string> nul = new Lazy<string>(() => null);
            Console.WriteLine("null value: " + (nul.Value == null) + " IsValueCreated " + nul.IsValueCreated);
            Lazy<int> zero = new Lazy<int>();
            Console.WriteLine("Lazy<int>() value " + zero.Value);
            Lazy<DateTime> dt = new Lazy<DateTime>(() => new DateTime(2001, 2, 3));
            Console.WriteLine("Lazy<DateTime> " + dt.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

            Console.WriteLine("-- lazy table");
            int builds = 0;
            Lazy<Dictionary<int, long>> factorials = new Lazy<Dictionary<int, long>>(() =>
            {
                builds++;
                Dictionary<int, long> t = new Dictionary<int, long>();
                long f = 1;
                for (int i = 0; i <= 20; i++) { if (i > 0) f *= i; t[i] = f; }
                return t;
            });
            Console.WriteLine("5! " + factorials.Value[5] + " 20! " + factorials.Value[20] + " 0! " + factorials.Value[0] + " builds " + builds);
            return 0;
        }
    }
}
