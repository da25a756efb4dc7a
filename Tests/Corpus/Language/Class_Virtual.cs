// Virtual dispatch: override chains over three levels, base calls at each level, calls through
// references of every static type, a virtual call from a base constructor (reaches the
// override before the derived constructor body ran, but after derived field initialisers),
// overriding ToString/Equals, virtual properties, and dispatch on arrays of mixed objects.
using System;

namespace Corpus
{
    class Animal
    {
        protected string log = "";
        public Animal()
        {
            Console.WriteLine("Animal ctor calls Describe(): " + Describe());
        }
        public virtual string Speak() { return "..."; }
        public virtual string Describe() { return "animal"; }
        public string Intro() { return "I say " + Speak(); }   // non-virtual calling virtual
        public virtual int Legs { get { return 4; } }
        public virtual string Chain() { return "Animal"; }
    }

    class Dog : Animal
    {
        string name = InitName();   // runs before Animal's constructor
        string mood;
        static string InitName() { Console.WriteLine("Dog field initializer"); return "Rex"; }
        public Dog()
        {
            mood = "happy";
            Console.WriteLine("Dog ctor body");
        }
        public override string Speak() { return "Woof"; }
        public override string Describe() { return "dog " + name + " mood=" + (mood ?? "null"); }
        public override string Chain() { return "Dog>" + base.Chain(); }
        public override string ToString() { return "Dog(" + name + ")"; }
    }

    class Puppy : Dog
    {
        public override string Speak() { return "Yip (" + base.Speak() + ")"; }
        public override string Chain() { return "Puppy>" + base.Chain(); }
        public override int Legs { get { return base.Legs; } }
    }

    class Bird : Animal
    {
        public override string Speak() { return "Tweet"; }
        public override int Legs { get { return 2; } }
        public override string Chain() { return "Bird>" + base.Chain(); }
    }

    class Point
    {
        public readonly int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public override bool Equals(object obj)
        {
            Point p = obj as Point;
            return p != null && p.X == X && p.Y == Y;
        }
        public override int GetHashCode() { return X * 31 + Y; }
        public override string ToString() { return "(" + X + "," + Y + ")"; }
    }

    class Base2
    {
        public virtual string Who() { return "Base2"; }
        public string CallWho() { return Who(); }
        public string CallBaseWho() { return Base2Who(); }
        string Base2Who() { return "Base2 private"; }
    }
    class Mid2 : Base2 { }   // inherits without overriding
    class Leaf2 : Mid2 { public override string Who() { return "Leaf2 (base: " + base.Who() + ")"; } }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("-- construction");
            Dog d = new Dog();
            Console.WriteLine("after construction: " + d.Describe());
            Console.WriteLine("-- puppy construction");
            Puppy p = new Puppy();

            Console.WriteLine("-- dispatch through every static type");
            Animal a = p;
            Dog pd = p;
            Console.WriteLine("Puppy as Puppy: " + p.Speak() + " / as Dog: " + pd.Speak() + " / as Animal: " + a.Speak());
            Console.WriteLine("Intro via non-virtual method: " + a.Intro());
            Console.WriteLine("Chain: " + a.Chain());
            Console.WriteLine("Legs: " + a.Legs + ", bird legs: " + new Bird().Legs);

            Console.WriteLine("-- array of mixed animals");
            Animal[] zoo = { new Animal(), new Dog(), new Puppy(), new Bird() };
            foreach (Animal z in zoo)
                Console.WriteLine(z.GetType().Name + ": " + z.Speak() + " | " + z.Chain() + " | legs " + z.Legs + " | ToString " + z.ToString());

            Console.WriteLine("-- Equals / ToString overrides");
            object o1 = new Point(1, 2), o2 = new Point(1, 2), o3 = new Point(2, 1);
            Console.WriteLine("o1.Equals(o2) " + o1.Equals(o2) + ", o1 == o2 " + (o1 == o2) + ", o1.Equals(o3) " + o1.Equals(o3) + ", o1.Equals(null) " + o1.Equals(null));
            Console.WriteLine("object.Equals(o1, o2) " + object.Equals(o1, o2) + ", ReferenceEquals " + object.ReferenceEquals(o1, o2));
            Console.WriteLine("ToString via object: " + o1 + ", via string.Concat: " + string.Concat(o1, o3));
            Console.WriteLine("Default ToString: " + new Animal().ToString().Length + " chars, value " + new Mid2());

            Console.WriteLine("-- inherited virtual through intermediate class");
            Base2 b = new Leaf2();
            Console.WriteLine(b.CallWho() + " | " + new Mid2().CallWho() + " | " + b.CallBaseWho());
        }
    }
}
