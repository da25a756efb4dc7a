// User-defined operators: arithmetic (+ - * / % unary - unary +), comparison (== != < > <= >=),
// bitwise (& | ^ ~) and shifts on a struct; true/false operators enabling && and || on a
// custom type (op_False/op_True + op_BitwiseAnd/Or: the right side is skipped when the left
// decides), ++/-- (prefix returns the new value, postfix the old; the operator itself is a
// pure function), compound assignment via the binary operator, operators on a class with null
// handling, Equals/GetHashCode consistency, and operator overload resolution by operand type.
using System;

namespace Corpus
{
    struct Vec
    {
        public readonly int X, Y;
        public Vec(int x, int y) { X = x; Y = y; }
        public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
        public static Vec operator -(Vec a, Vec b) { return new Vec(a.X - b.X, a.Y - b.Y); }
        public static Vec operator -(Vec a) { return new Vec(-a.X, -a.Y); }
        public static Vec operator +(Vec a) { return new Vec(Math.Abs(a.X), Math.Abs(a.Y)); }
        public static Vec operator *(Vec a, int k) { return new Vec(a.X * k, a.Y * k); }
        public static Vec operator *(int k, Vec a) { return new Vec(a.X * k * 10, a.Y * k * 10); }   // deliberately different
        public static int operator *(Vec a, Vec b) { return a.X * b.X + a.Y * b.Y; }
        public static Vec operator /(Vec a, int k) { return new Vec(a.X / k, a.Y / k); }
        public static Vec operator %(Vec a, int k) { return new Vec(a.X % k, a.Y % k); }
        public static Vec operator &(Vec a, Vec b) { return new Vec(a.X & b.X, a.Y & b.Y); }
        public static Vec operator |(Vec a, Vec b) { return new Vec(a.X | b.X, a.Y | b.Y); }
        public static Vec operator ^(Vec a, Vec b) { return new Vec(a.X ^ b.X, a.Y ^ b.Y); }
        public static Vec operator ~(Vec a) { return new Vec(~a.X, ~a.Y); }
        public static Vec operator <<(Vec a, int n) { return new Vec(a.X << n, a.Y << n); }
        public static Vec operator >>(Vec a, int n) { return new Vec(a.X >> n, a.Y >> n); }
        public static Vec operator ++(Vec a) { return new Vec(a.X + 1, a.Y + 1); }
        public static Vec operator --(Vec a) { return new Vec(a.X - 1, a.Y - 1); }
        public static bool operator ==(Vec a, Vec b) { return a.X == b.X && a.Y == b.Y; }
        public static bool operator !=(Vec a, Vec b) { return !(a == b); }
        public static bool operator <(Vec a, Vec b) { return a.Len2() < b.Len2(); }
        public static bool operator >(Vec a, Vec b) { return a.Len2() > b.Len2(); }
        public static bool operator <=(Vec a, Vec b) { return a.Len2() <= b.Len2(); }
        public static bool operator >=(Vec a, Vec b) { return a.Len2() >= b.Len2(); }
        public int Len2() { return X * X + Y * Y; }
        public override bool Equals(object o) { return o is Vec && this == (Vec)o; }
        public override int GetHashCode() { return X * 397 ^ Y; }
        public override string ToString() { return "(" + X + "," + Y + ")"; }
    }

    struct Tri   // three-valued logic type with true/false operators
    {
        readonly int v;   // -1 false, 0 unknown, 1 true
        Tri(int v) { this.v = v; }
        public static readonly Tri True = new Tri(1), False = new Tri(-1), Unknown = new Tri(0);
        public static bool operator true(Tri t) { Console.Write("[true?" + t + "]"); return t.v > 0; }
        public static bool operator false(Tri t) { Console.Write("[false?" + t + "]"); return t.v < 0; }
        public static Tri operator &(Tri a, Tri b) { Console.Write("[&]"); return new Tri(Math.Min(a.v, b.v)); }
        public static Tri operator |(Tri a, Tri b) { Console.Write("[|]"); return new Tri(Math.Max(a.v, b.v)); }
        public static Tri operator !(Tri a) { return new Tri(-a.v); }
        public override string ToString() { return v > 0 ? "T" : v < 0 ? "F" : "?"; }
    }

    class Money
    {
        public readonly decimal Amount;
        public Money(decimal a) { Amount = a; }
        public static Money operator +(Money a, Money b)
        {
            if ((object)a == null) return b;
            if ((object)b == null) return a;
            return new Money(a.Amount + b.Amount);
        }
        public static bool operator ==(Money a, Money b)
        {
            if (ReferenceEquals(a, b)) return true;
            if ((object)a == null || (object)b == null) return false;
            return a.Amount == b.Amount;
        }
        public static bool operator !=(Money a, Money b) { return !(a == b); }
        public override bool Equals(object o) { return this == o as Money; }
        public override int GetHashCode() { return Amount.GetHashCode(); }
        public override string ToString() { return Amount + "$"; }
    }

    static class Program
    {
        static Tri Say(string s, Tri t) { Console.Write("<" + s + ">"); return t; }

        static void Main()
        {
            Vec a = new Vec(3, -4), b = new Vec(1, 2);
            Console.WriteLine("-- arithmetic");
            Console.WriteLine("a+b " + (a + b) + " a-b " + (a - b) + " -a " + (-a) + " +a " + (+a) + " a*2 " + (a * 2) + " 2*a " + (2 * a) + " a*b " + (a * b) + " a/2 " + (a / 2) + " a%2 " + (a % 2));
            Console.WriteLine("a&b " + (a & b) + " a|b " + (a | b) + " a^b " + (a ^ b) + " ~b " + (~b) + " b<<3 " + (b << 3) + " a>>1 " + (a >> 1));
            Console.WriteLine("precedence a + b * 3 " + (a + b * 3) + ", (a + b) * 3 " + ((a + b) * 3));

            Console.WriteLine("-- comparison");
            Console.WriteLine("a==b " + (a == b) + " a!=b " + (a != b) + " a==(3,-4) " + (a == new Vec(3, -4)) + " a>b " + (a > b) + " a<b " + (a < b) + " a>=(-4,3) " + (a >= new Vec(-4, 3)) + " a<=(-4,3) " + (a <= new Vec(-4, 3)));
            Console.WriteLine("Equals " + a.Equals(new Vec(3, -4)) + " " + a.Equals((object)b) + " " + a.Equals("x") + ", hash equal for equal values " + (a.GetHashCode() == new Vec(3, -4).GetHashCode()));

            Console.WriteLine("-- ++ and --");
            Vec c = new Vec(0, 0);
            Vec post = c++;
            Vec pre = ++c;
            Console.WriteLine("post " + post + " pre " + pre + " c " + c);
            c--;
            Console.WriteLine("after c-- " + c);
            Vec[] arr = { new Vec(5, 5) };
            arr[0]++;
            Console.WriteLine("arr[0]++ " + arr[0]);

            Console.WriteLine("-- compound assignment");
            Vec d = new Vec(1, 1);
            d += new Vec(2, 3);
            d *= 2;
            d -= new Vec(1, 1);
            d <<= 1;
            d ^= new Vec(1, 0);
            Console.WriteLine("d " + d);

            Console.WriteLine("-- && and || on a type with true/false operators");
            Tri t = Tri.True, f = Tri.False, u = Tri.Unknown;
            Console.WriteLine(" F && T = " + (Say("F", f) && Say("T", t)));
            Console.WriteLine(" T && U = " + (Say("T", t) && Say("U", u)));
            Console.WriteLine(" T || F = " + (Say("T", t) || Say("F", f)));
            Console.WriteLine(" U || T = " + (Say("U", u) || Say("T", t)));
            Console.WriteLine(" U && F = " + (Say("U", u) && Say("F", f)));
            Console.Write(" if (U): ");
            if (u) Console.WriteLine("taken"); else Console.WriteLine("not taken");
            Console.Write(" if (!F): ");
            if (!f) Console.WriteLine("taken"); else Console.WriteLine("not taken");
            Console.Write(" ternary T ? 1 : 2 = ");
            Console.WriteLine(t ? 1 : 2);

            Console.WriteLine("-- class operators with null");
            Money m1 = new Money(1.5m), m2 = new Money(2.25m), none = null;
            Console.WriteLine("m1+m2 " + (m1 + m2) + ", m1+null " + (m1 + none) + ", null+null is null " + ((none + none) == null));
            Console.WriteLine("m1==1.5 " + (m1 == new Money(1.5m)) + ", m1==null " + (m1 == null) + ", null==null " + (none == null) + ", m1!=m2 " + (m1 != m2) + ", ReferenceEquals " + ReferenceEquals(m1, new Money(1.5m)));
            Money total = null;
            foreach (decimal amt in new[] { 1m, 2.5m, 0.25m }) total += new Money(amt);
            Console.WriteLine("accumulated from null: " + total);
            object boxedA = m1, boxedB = new Money(1.5m);
            Console.WriteLine("(object)m1 == (object)copy: " + (boxedA == boxedB) + " (reference comparison), Equals: " + boxedA.Equals(boxedB));
        }
    }
}
