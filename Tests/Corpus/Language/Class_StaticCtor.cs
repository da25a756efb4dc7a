// Static constructors with precise timing (types with an explicit static constructor are not
// beforefieldinit): the type initializer runs immediately before the first static field
// access, static method call or instance construction -- and not for const access, typeof,
// null casts, nested-type access or a base-class static reached through the derived name.
// Static field initialisers run in textual order before the static constructor body.
// new Derived() runs Derived's cctor before Base's (newobj triggers Derived; Base's is
// triggered when Derived's instance constructor calls Base's). Circular initialisation sees
// default values. Value types: default(S)/new S() (initobj) do not trigger, a static member
// or an instance method call does (ECMA-335 II.10.5.3.1).
// For beforefieldinit types (no static constructor) only the values read are printed -- when
// their initialisers run is up to the runtime.
using System;

namespace Corpus
{
    static class Log
    {
        public static int Next;
        public static int Say(string s) { Console.WriteLine("  [" + s + "]"); return ++Next; }
    }

    class Precise
    {
        public const int Const = 42;
        public static int First = Log.Say("Precise.First initializer");
        public static int Second = Log.Say("Precise.Second initializer");
        static Precise() { Log.Say("Precise cctor body, First=" + First + " Second=" + Second); }
        public static void Touch() { Log.Say("Precise.Touch"); }
        public class Nested
        {
            static Nested() { Log.Say("Precise.Nested cctor"); }
            public static int Value = 7;
        }
    }

    class Base
    {
        public static int BaseField = Log.Say("Base.BaseField initializer");
        static Base() { Log.Say("Base cctor"); }
        public Base() { Log.Say("Base instance ctor"); }
    }

    class Derived : Base
    {
        public static int DerivedField = Log.Say("Derived.DerivedField initializer");
        static Derived() { Log.Say("Derived cctor"); }
        public Derived() { Log.Say("Derived instance ctor"); }
    }

    class Derived2 : Base
    {
        static Derived2() { Log.Say("Derived2 cctor"); }
    }

    class BaseX
    {
        static BaseX() { Log.Say("BaseX cctor"); }
        public BaseX() { Log.Say("BaseX instance ctor"); }
    }

    class DerivedX : BaseX
    {
        static DerivedX() { Log.Say("DerivedX cctor"); }
        public DerivedX() : base() { Log.Say("DerivedX instance ctor"); }
    }

    struct Counter2
    {
        public int Value;
        static Counter2() { Log.Say("Counter2 cctor"); }
        public int Get() { return Value + 1; }
    }

    class CycleA
    {
        public static int A = Log.Say("CycleA.A initializer; reads CycleB.B = " + CycleB.B);
        static CycleA() { Log.Say("CycleA cctor, A=" + A); }
    }

    class CycleB
    {
        public static int B = Log.Say("CycleB.B initializer; reads CycleA.A = " + CycleA.A);
        static CycleB() { Log.Say("CycleB cctor, B=" + B); }
    }

    struct Counter
    {
        public static int Shared = Log.Say("Counter.Shared initializer");
        public int Value;
        static Counter() { Log.Say("Counter cctor"); }
        public int Get() { return Value; }
    }

    class Lazy
    {
        // beforefieldinit: no static constructor. Only the values are printed.
        public static readonly int[] Table = Build();
        public static int BuildCount;
        static int[] Build() { BuildCount++; return new[] { 1, 1, 2, 3, 5, 8 }; }
    }

    class OnlyOnce
    {
        public static int Count;
        static OnlyOnce() { Count++; Log.Say("OnlyOnce cctor (Count=" + Count + ")"); }
        public static int Get() { return Count; }
    }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("start");
            Console.WriteLine("const: " + Precise.Const);
            Console.WriteLine("typeof: " + typeof(Precise).Name);
            Precise nothing = null;
            Console.WriteLine("null local of type Precise: " + (nothing == null));
            Console.WriteLine("nested static access:");
            Console.WriteLine("Nested.Value = " + Precise.Nested.Value);
            Console.WriteLine("calling Precise.Touch():");
            Precise.Touch();
            Console.WriteLine("reading Precise.First again: " + Precise.First);

            Console.WriteLine("Derived.BaseField (compiled as Base.BaseField):");
            Console.WriteLine("value " + Derived.BaseField);
            Console.WriteLine("new Derived():");
            new Derived();
            Console.WriteLine("new Derived() again:");
            new Derived();
            Console.WriteLine("new Derived2():");
            new Derived2();

            Console.WriteLine("new DerivedX() as the first touch of both types:");
            new DerivedX();

            Console.WriteLine("cycle: reading CycleA.A");
            Console.WriteLine("CycleA.A = " + CycleA.A + ", CycleB.B = " + CycleB.B);

            Console.WriteLine("struct: default and new S()");
            Counter c1 = default(Counter);
            Counter c2 = new Counter();
            Console.WriteLine("values " + c1.Value + " " + c2.Value);
            Console.WriteLine("struct static field:");
            Console.WriteLine("Counter.Shared = " + Counter.Shared);
            Console.WriteLine("instance method: " + c2.Get());
            Console.WriteLine("Counter2: new and default");
            Counter2 k = new Counter2();
            Console.WriteLine("Counter2 instance method as first touch:");
            Console.WriteLine("Get() = " + k.Get());

            Console.WriteLine("beforefieldinit type: Table[5] = " + Lazy.Table[5] + ", length " + Lazy.Table.Length + ", BuildCount " + Lazy.BuildCount);

            Console.WriteLine("OnlyOnce.Get() x3:");
            int sum = OnlyOnce.Get() + OnlyOnce.Get() + OnlyOnce.Get();
            Console.WriteLine("sum " + sum);
            Console.WriteLine("end, Log.Next = " + Log.Next);
        }
    }
}
