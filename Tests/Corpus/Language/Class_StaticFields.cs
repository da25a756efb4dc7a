// Static state: fields shared by all instances, instance counters, static readonly and const,
// static properties with backing fields, static fields of struct type mutated in place
// (ldsflda) versus a static readonly struct field (every method call works on a copy, so
// mutations are lost), static fields of every primitive type (default values), and static
// fields in a class hierarchy (one copy, reachable through the derived name).
using System;

namespace Corpus
{
    struct Mutable
    {
        public int Count;
        public void Increment() { Count++; }
        public override string ToString() { return "Mutable(" + Count + ")"; }
    }

    class Widget
    {
        public static int Created;
        public static readonly string Prefix = "W";
        public const int Max = 3;
        static int nextId = 100;
        public readonly int Id;
        public Widget() { Id = nextId++; Created++; }
        public static int NextId { get { return nextId; } set { nextId = value; } }
        public override string ToString() { return Prefix + Id; }
    }

    class Holder
    {
        public static Mutable Plain;
        public static readonly Mutable ReadOnly;
        public static Mutable[] Array = new Mutable[2];
        public Mutable InstanceField;
        public readonly Mutable InstanceReadOnly;
    }

    class Defaults
    {
        public static bool B; public static byte U8; public static sbyte I8; public static short I16;
        public static ushort U16; public static int I32; public static uint U32; public static long I64;
        public static ulong U64; public static char C; public static float F; public static double D;
        public static decimal M; public static string S; public static object O; public static int? N;
        public static Mutable Str; public static DayOfWeek E;
    }

    class Parent { public static int Shared = 1; public static string Name() { return "Parent.Name"; } }
    class Child : Parent { }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("-- counters");
            Console.WriteLine("before: Created=" + Widget.Created + " NextId=" + Widget.NextId);
            var ws = new Widget[Widget.Max];
            for (int i = 0; i < ws.Length; i++) ws[i] = new Widget();
            Console.WriteLine("widgets: " + string.Join<Widget>(" ", ws) + ", Created=" + Widget.Created);
            Widget.NextId = 500;
            Console.WriteLine("after NextId = 500: " + new Widget() + ", Created=" + Widget.Created);
            Widget.Created += 10;
            Widget.Created++;
            Console.WriteLine("Created after += 10 and ++: " + Widget.Created);

            Console.WriteLine("-- static struct fields");
            Holder.Plain.Increment();
            Holder.Plain.Increment();
            Holder.Plain.Count += 5;
            Console.WriteLine("Plain after 2x Increment + 5: " + Holder.Plain);
            Holder.ReadOnly.Increment();   // works on a copy of the readonly field
            Holder.ReadOnly.Increment();
            Console.WriteLine("ReadOnly after 2x Increment (copies): " + Holder.ReadOnly);
            Mutable copy = Holder.Plain;
            copy.Increment();
            Console.WriteLine("copy " + copy + ", Plain still " + Holder.Plain);
            Holder.Array[1].Increment();
            Holder.Array[1].Increment();
            Console.WriteLine("Array[1] after 2x Increment (in place): " + Holder.Array[1] + ", Array[0] " + Holder.Array[0]);
            var h = new Holder();
            h.InstanceField.Increment();
            h.InstanceReadOnly.Increment();
            Console.WriteLine("instance field " + h.InstanceField + ", readonly instance field " + h.InstanceReadOnly);

            Console.WriteLine("-- defaults");
            Console.WriteLine(Defaults.B + " " + Defaults.U8 + " " + Defaults.I8 + " " + Defaults.I16 + " " + Defaults.U16 + " " + Defaults.I32 + " " + Defaults.U32 + " " + Defaults.I64 + " " + Defaults.U64 + " " + (int)Defaults.C + " " + (Defaults.F == 0f) + " " + (Defaults.D == 0.0) + " " + Defaults.M);
            Console.WriteLine((Defaults.S == null) + " " + (Defaults.O == null) + " " + Defaults.N.HasValue + " " + Defaults.Str + " " + Defaults.E);

            Console.WriteLine("-- hierarchy");
            Child.Shared = 5;
            Console.WriteLine("Parent.Shared " + Parent.Shared + ", Child.Shared " + Child.Shared + ", Child.Name() " + Child.Name());
            Parent.Shared++;
            Console.WriteLine("after Parent.Shared++: Child.Shared " + Child.Shared);

            Console.WriteLine("-- static fields as accumulators across calls");
            for (int i = 0; i < 5; i++) Accumulate(i);
            Console.WriteLine("total " + total + ", calls " + calls + ", history " + history);
        }

        static long total;
        static int calls;
        static string history = "";
        static void Accumulate(int v)
        {
            calls++;
            total = total * 10 + v;
            history += v;
        }
    }
}
