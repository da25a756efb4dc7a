// Events: field-like events (add/remove through the compiler-generated accessors), raising
// with a null check and with ?.Invoke, custom add/remove accessors (printed), static events,
// EventHandler<TEventArgs> with a custom EventArgs subclass (handlers can write to the args),
// unsubscribing inside a handler while the event is being raised (the invocation list was
// snapshotted, so the current raise still calls everyone), subscribing the same handler twice,
// removing a handler that was never added, and events in interfaces and on structs.
using System;
using System.Collections.Generic;

namespace Corpus
{
    class PriceArgs : EventArgs
    {
        public decimal Price;
        public bool Cancel;
        public PriceArgs(decimal p) { Price = p; }
    }

    class Stock
    {
        public event EventHandler<PriceArgs> PriceChanging;
        public event Action<string> Note;
        decimal price;
        public string Name;
        public decimal Price
        {
            get { return price; }
            set
            {
                var args = new PriceArgs(value);
                PriceChanging?.Invoke(this, args);
                if (args.Cancel) { Note?.Invoke(Name + ": change to " + value + " cancelled"); return; }
                price = args.Price;
                Note?.Invoke(Name + ": price now " + price);
            }
        }
        public int HandlerCount { get { return PriceChanging == null ? 0 : PriceChanging.GetInvocationList().Length; } }
    }

    class Custom
    {
        readonly List<Action> handlers = new List<Action>();
        public event Action Changed
        {
            add { Console.WriteLine("  add accessor (" + handlers.Count + " before)"); handlers.Add(value); }
            remove { Console.WriteLine("  remove accessor, removed " + handlers.Remove(value)); }
        }
        public void Raise() { foreach (var h in handlers.ToArray()) h(); }
    }

    static class Bus
    {
        public static event Action<int> Message;
        public static void Send(int m) { if (Message != null) Message(m); }
    }

    interface INotifier { event Action Ping; void Fire(); }
    class Notifier : INotifier
    {
        public event Action Ping;
        public void Fire() { Ping?.Invoke(); }
    }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("-- EventHandler<T> with writable args");
            var s = new Stock { Name = "ACME" };
            s.Note += msg => Console.WriteLine("  note: " + msg);
            s.Price = 10m;
            EventHandler<PriceArgs> cap = (sender, e) => { if (e.Price > 100) e.Price = 100; };
            EventHandler<PriceArgs> veto = (sender, e) => { if (e.Price < 0) e.Cancel = true; Console.WriteLine("  veto saw " + e.Price + " from " + ((Stock)sender).Name); };
            s.PriceChanging += cap;
            s.PriceChanging += veto;
            s.Price = 250m;
            s.Price = -1m;
            Console.WriteLine("  price " + s.Price + ", handlers " + s.HandlerCount);
            s.PriceChanging -= cap;
            s.Price = 250m;
            s.PriceChanging -= cap;   // not subscribed any more: no-op
            s.PriceChanging -= veto;
            Console.WriteLine("  handlers after removing all " + s.HandlerCount);
            s.Price = 1m;

            Console.WriteLine("-- custom accessors");
            var c = new Custom();
            Action h1 = () => Console.WriteLine("  h1");
            Action h2 = () => Console.WriteLine("  h2");
            c.Changed += h1;
            c.Changed += h2;
            c.Raise();
            c.Changed -= h1;
            c.Changed -= h1;
            c.Raise();

            Console.WriteLine("-- unsubscribe during raise");
            var bus = new List<string>();
            Action<int> first = null, second = null;
            first = m => { bus.Add("first " + m); Bus.Message -= first; Bus.Message -= second; };
            second = m => bus.Add("second " + m);
            Bus.Message += first;
            Bus.Message += second;
            Bus.Send(1);   // both run: the list was captured before first removed them
            Bus.Send(2);   // nobody left
            Console.WriteLine("  " + string.Join(", ", bus));

            Console.WriteLine("-- same handler twice");
            int hits = 0;
            Action<int> hit = m => hits += m;
            Bus.Message += hit;
            Bus.Message += hit;
            Bus.Send(10);
            Bus.Message -= hit;
            Bus.Send(1);
            Bus.Message -= hit;
            Bus.Send(100);
            Console.WriteLine("  hits " + hits);

            Console.WriteLine("-- subscribe during raise");
            int late = 0;
            Action<int> adder = null;
            adder = m => { Bus.Message += x => late += x; };
            Bus.Message += adder;
            Bus.Send(5);   // the new handler is not called in this raise
            Console.WriteLine("  late after first send " + late);
            Bus.Message -= adder;
            Bus.Send(7);   // the handler added during the first send runs now
            Console.WriteLine("  late after second send " + late);

            Console.WriteLine("-- interface event");
            INotifier n = new Notifier();
            int pings = 0;
            n.Ping += () => pings++;
            n.Ping += () => pings += 10;
            n.Fire(); n.Fire();
            Console.WriteLine("  pings " + pings);

            Console.WriteLine("-- handler exceptions propagate to the raiser");
            var s2 = new Stock { Name = "ERR" };
            s2.PriceChanging += (o, e) => { throw new InvalidOperationException("handler failed"); };
            s2.Note += msg => Console.WriteLine("  never: " + msg);
            try { s2.Price = 5m; }
            catch (InvalidOperationException e) { Console.WriteLine("  caught " + e.Message + ", price still " + s2.Price); }
        }
    }
}
