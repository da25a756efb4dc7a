// Member hiding with `new` (methods, properties, fields, static members) -- the static type
// picks the member; `new virtual` starts a new vtable slot that later overrides attach to;
// sealed overrides and sealed classes; abstract classes with abstract methods/properties,
// constructors of abstract classes, re-abstracting a virtual method (abstract override), and
// the template-method pattern.
using System;

namespace Corpus
{
    class A
    {
        public string Field = "A.Field";
        public static string StaticName = "A.Static";
        public string M() { return "A.M"; }
        public virtual string V() { return "A.V"; }
        public virtual string W() { return "A.W"; }
        public string Prop { get { return "A.Prop"; } }
        public static string S() { return "A.S"; }
    }

    class B : A
    {
        public new string Field = "B.Field";
        public new static string StaticName = "B.Static";
        public new string M() { return "B.M"; }
        public override string V() { return "B.V"; }
        public new virtual string W() { return "B.W(new slot)"; }   // hides A.W, new slot
        public new string Prop { get { return "B.Prop"; } }
        public new static string S() { return "B.S"; }
    }

    class C : B
    {
        public override string V() { return "C.V"; }
        public override string W() { return "C.W(overrides B.W)"; }
    }

    class D : C
    {
        public sealed override string V() { return "D.V(sealed)"; }
    }

    class E : D
    {
        public new string V() { return "E.V(hides sealed)"; }
    }

    sealed class Final : A
    {
        public override string V() { return "Final.V"; }
    }

    abstract class Shape
    {
        public readonly string Name;
        protected Shape(string name)
        {
            Name = name;
            Console.WriteLine("Shape ctor for " + name + " (area " + Area().ToString("F2") + " seen from base ctor)");
        }
        public abstract double Area();
        public abstract int Corners { get; }
        public virtual string Kind() { return "shape"; }
        public string Describe() { return Name + ": " + Kind() + ", corners " + Corners + ", area " + Area().ToString("F2"); }
    }

    class Rect : Shape
    {
        readonly double w, h;
        public Rect(double w, double h) : base("rect") { this.w = w; this.h = h; }
        public override double Area() { return w * h; }
        public override int Corners { get { return 4; } }
        public override string Kind() { return "rectangle"; }
    }

    class Square : Rect
    {
        public Square(double s) : base(s, s) { }
        public override string Kind() { return "square (" + base.Kind() + ")"; }
    }

    abstract class ReAbstract : Rect
    {
        protected ReAbstract() : base(1, 1) { }
        public abstract override string Kind();   // re-abstracting a virtual
    }

    class Concrete : ReAbstract
    {
        public override string Kind() { return "concrete"; }
    }

    abstract class Game
    {
        public string Play()
        {
            string s = Start();
            for (int turn = 0; !Over(turn); turn++) s += Turn(turn);
            return s + End();
        }
        protected abstract string Start();
        protected abstract bool Over(int turn);
        protected virtual string Turn(int t) { return "[" + t + "]"; }
        protected virtual string End() { return "!"; }
    }

    class Chess : Game
    {
        protected override string Start() { return "chess:"; }
        protected override bool Over(int turn) { return turn >= 3; }
        protected override string Turn(int t) { return "(" + (char)('a' + t) + ")"; }
    }

    class Dice : Game
    {
        protected override string Start() { return "dice:"; }
        protected override bool Over(int turn) { return turn >= 2; }
        protected override string End() { return " done" + base.End(); }
    }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("-- hiding");
            B b = new B();
            A ab = b;
            Console.WriteLine("B as B: " + b.Field + " " + b.M() + " " + b.V() + " " + b.W() + " " + b.Prop);
            Console.WriteLine("B as A: " + ab.Field + " " + ab.M() + " " + ab.V() + " " + ab.W() + " " + ab.Prop);
            Console.WriteLine("static: " + A.StaticName + " " + B.StaticName + " " + A.S() + " " + B.S());
            b.Field = "changed";
            Console.WriteLine("two fields exist: B.Field=" + b.Field + " A.Field=" + ((A)b).Field);

            Console.WriteLine("-- new virtual slot");
            C c = new C();
            A ac = c; B bc = c;
            Console.WriteLine("C as C: " + c.V() + " " + c.W());
            Console.WriteLine("C as B: " + bc.V() + " " + bc.W());
            Console.WriteLine("C as A: " + ac.V() + " " + ac.W());

            Console.WriteLine("-- sealed override and hiding it");
            E e = new E();
            D de = e; A ae = e;
            Console.WriteLine("E as E: " + e.V() + ", as D: " + de.V() + ", as A: " + ae.V());
            A fin = new Final();
            Console.WriteLine("Final: " + fin.V() + ", sealed class is Final: " + (fin is Final));

            Console.WriteLine("-- abstract");
            Shape[] shapes = { new Rect(2, 3.5), new Square(1.5), new Concrete() };
            foreach (Shape s in shapes) Console.WriteLine(s.Describe());
            Console.WriteLine("Concrete is ReAbstract: " + (shapes[2] is ReAbstract) + ", is Rect: " + (shapes[2] is Rect));

            Console.WriteLine("-- template method");
            Game[] games = { new Chess(), new Dice() };
            foreach (Game g in games) Console.WriteLine(g.Play());
        }
    }
}
