// Type-system dispatch: virtual/override/new, abstract classes, interfaces (implicit,
// explicit, inherited, re-implemented), generic types and methods over reference and value
// types, generic virtual methods, constrained calls on struct type parameters, static
// constructors. Prints with Console.WriteLine(string/int/bool) only.
using System;

interface IShape { int Area(); string Name(); }
interface INamed { string Name(); }

abstract class Shape : IShape
{
    public abstract int Area();
    public virtual string Name() { return "shape"; }
    public string Describe() { return Name() + ":" + Area(); }
}

class Rect : Shape
{
    protected int w, h;
    public Rect(int w, int h) { this.w = w; this.h = h; }
    public override int Area() { return w * h; }
    public override string Name() { return "rect"; }
}

class Square : Rect, INamed
{
    public Square(int s) : base(s, s) { }
    public new string Name() { return "square(new)"; }
    string INamed.Name() { return "square(explicit)"; }
}

struct Counter : IShape
{
    public int Count;
    public int Area() { Count++; return Count; }
    public string Name() { return "counter"; }
}

class Box<T>
{
    public T Value;
    public static int Created;
    public Box(T value) { Value = value; Created++; }
    public U Map<U>(Func2<T, U> f) { return f.Invoke(Value); }
}

delegate R Func2<A, R>(A a);

abstract class Visitor
{
    public abstract string Visit<T>(T item);
}

class Printer : Visitor
{
    public override string Visit<T>(T item) { return "visit " + item.ToString(); }
}

static class Initialized
{
    public static int Value;
    static Initialized() { Console.WriteLine("static ctor runs once"); Value = 99; }
}

static class Program
{
    static int AreaOf<T>(ref T shape) where T : IShape { return shape.Area(); }

    static string Max<T>(T a, T b, Func2<T, int> key) { return key.Invoke(a) >= key.Invoke(b) ? "first" : "second"; }

    static int Main()
    {
        Shape r = new Rect(3, 4);
        Shape s = new Square(5);
        Console.WriteLine(r.Describe());
        Console.WriteLine(s.Describe());
        Console.WriteLine(((Square)s).Name());
        Console.WriteLine(((INamed)s).Name());
        Console.WriteLine(((IShape)s).Name());
        IShape shape = r;
        Console.WriteLine(shape.Area());
        Console.WriteLine(s is INamed);
        Console.WriteLine(r is INamed);

        Counter c = new Counter();
        Console.WriteLine(AreaOf(ref c));
        Console.WriteLine(AreaOf(ref c));
        Console.WriteLine(c.Count);
        IShape boxed = c;
        Console.WriteLine(boxed.Area());
        Console.WriteLine(c.Count);

        Box<int> bi = new Box<int>(21);
        Box<string> bs = new Box<string>("hello");
        new Box<string>("again");
        Console.WriteLine(bi.Map<int>(x => x * 2));
        Console.WriteLine(bs.Map<int>(x => x.Length));
        Console.WriteLine(Box<int>.Created);
        Console.WriteLine(Box<string>.Created);

        Visitor v = new Printer();
        Console.WriteLine(v.Visit<string>("text"));
        Console.WriteLine(v.Visit<int>(7));
        Console.WriteLine(Max<string>("aa", "b", x => x.Length));

        Console.WriteLine("before static access");
        Console.WriteLine(Initialized.Value);
        Console.WriteLine(Initialized.Value);
        return 0;
    }
}
