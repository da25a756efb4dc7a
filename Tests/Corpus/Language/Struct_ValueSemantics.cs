// Value semantics of structs: assignment copies, by-value parameters, arrays of structs
// (elements modified in place), List<struct> indexer returns a copy, structs holding references
// (shallow copy shares the referenced object), nested structs, default/zero initialisation,
// struct fields of classes, foreach iteration variables are copies, returning structs.
using System;
using System.Collections.Generic;

namespace Corpus
{
    struct Point
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public override string ToString() { return "(" + X + "," + Y + ")"; }
    }

    struct Line
    {
        public Point A, B;
        public int[] Tags;       // reference inside a struct
        public string Name;
    }

    class Box
    {
        public Point P;
        public Point GetP() { return P; }
        public Point Prop { get; set; }
    }

    static class Program
    {
        static void Modify(Point p) { p.X = 999; }
        static void ModifyRef(ref Point p) { p.X = 999; }
        static Point Make(int v) { Point p; p.X = v; p.Y = -v; return p; }
        static void ModifyLine(Line l) { l.A.X = 555; l.Tags[0] = 555; l.Name = "changed"; }

        static void Main()
        {
            Console.WriteLine("-- assignment copies");
            Point a = new Point(1, 2);
            Point b = a;
            b.X = 10;
            Console.WriteLine("a " + a + " b " + b);
            Modify(a);
            Console.WriteLine("after Modify(a): " + a);
            ModifyRef(ref a);
            Console.WriteLine("after ModifyRef(ref a): " + a);

            Console.WriteLine("-- default values");
            Point d = default(Point);
            Point n = new Point();
            Point[] arr = new Point[3];
            Console.WriteLine("default " + d + ", new() " + n + ", array elem " + arr[2]);
            Point unassigned;
            unassigned.X = 4; unassigned.Y = 5;   // definite assignment field by field
            Console.WriteLine("field-by-field " + unassigned);

            Console.WriteLine("-- arrays of structs: in place");
            arr[0].X = 7;
            arr[1] = new Point(8, 9);
            arr[1].Y++;
            Point fromArr = arr[1];
            fromArr.X = -1;
            Console.WriteLine("arr " + arr[0] + arr[1] + arr[2] + ", copy " + fromArr);
            for (int i = 0; i < arr.Length; i++) arr[i].Y += i * 100;
            Console.WriteLine("after loop " + arr[0] + arr[1] + arr[2]);
            foreach (Point p in arr) { Point q = p; q.X = 0; }
            Console.WriteLine("foreach copies: " + arr[0] + arr[1] + arr[2]);

            Console.WriteLine("-- List<struct> returns copies");
            var list = new List<Point> { new Point(1, 1), new Point(2, 2) };
            Point item = list[0];
            item.X = 100;
            Console.WriteLine("list[0] " + list[0] + ", modified copy " + item);
            list[0] = item;
            Console.WriteLine("after write back " + list[0]);

            Console.WriteLine("-- struct holding references");
            Line l1 = new Line { A = new Point(1, 1), B = new Point(2, 2), Tags = new[] { 1, 2 }, Name = "l1" };
            Line l2 = l1;
            l2.A.X = 50;
            l2.Tags[1] = 20;           // shared array
            l2.Name = "l2";
            Console.WriteLine("l1 A " + l1.A + " Tags " + l1.Tags[1] + " Name " + l1.Name);
            Console.WriteLine("l2 A " + l2.A + " Tags " + l2.Tags[1] + " Name " + l2.Name);
            ModifyLine(l1);
            Console.WriteLine("after ModifyLine(l1): A " + l1.A + " Tags[0] " + l1.Tags[0] + " Name " + l1.Name);
            l2.Tags = new[] { 9 };
            Console.WriteLine("l1.Tags.Length " + l1.Tags.Length + " after l2.Tags replaced");

            Console.WriteLine("-- struct fields of classes");
            Box box = new Box();
            box.P.X = 3;                // modifies the field in place
            box.GetP().ToString();      // call on a temporary copy
            Point got = box.GetP();
            got.Y = 77;
            Console.WriteLine("box.P " + box.P + ", copy " + got);
            Box alias = box;
            alias.P.Y = 4;
            Console.WriteLine("through alias: " + box.P);
            box.Prop = new Point(5, 5);
            Point pp = box.Prop; pp.X = 6;
            Console.WriteLine("property copy: " + box.Prop + " vs " + pp);

            Console.WriteLine("-- returned structs");
            Point m1 = Make(3), m2 = Make(3);
            m1.X++;
            Console.WriteLine(m1 + " " + m2 + " " + Make(4).X);

            Console.WriteLine("-- struct in a local array of arrays");
            Point[][] jag = { new Point[2], new Point[1] };
            jag[0][1].X = 11;
            jag[1][0] = jag[0][1];
            jag[1][0].Y = 12;
            Console.WriteLine(jag[0][1] + " " + jag[1][0]);

            Console.WriteLine("-- swap");
            Point s1 = new Point(1, 0), s2 = new Point(2, 0);
            Point tmp = s1; s1 = s2; s2 = tmp;
            tmp.X = 99;
            Console.WriteLine(s1 + " " + s2 + " " + tmp);
        }
    }
}
