// Array covariance: a string[] seen as object[] accepts only strings (stelem.ref checks the
// element type: ArrayTypeMismatchException), null is always storable, derived instances go
// into base arrays, interface-typed element arrays, covariant arrays passed to methods taking
// object[], reading is unaffected, value-type arrays are not covariant (int[] is not
// object[]), ref to a covariant array element (ldelema type check: ArrayTypeMismatchException),
// Array.Copy between related array types (boxing/unboxing/widening copies and their
// failures), and IList<T>/IEnumerable<T> over covariant arrays.
using System;
using System.Collections.Generic;

namespace Corpus
{
    class Animal { public string Name; public Animal(string n) { Name = n; } public override string ToString() { return Name; } }
    class Dog : Animal { public Dog(string n) : base(n) { } }
    class Cat : Animal { public Cat(string n) : base(n) { } }
    interface IMark { }
    class Marked : IMark { }

    static class Program
    {
        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().FullName); }
        }

        static void Fill(object[] arr, object value) { arr[0] = value; }
        static void SetRef(ref Animal slot, Animal a) { slot = a; }
        static string Show(Array a) { string s = ""; foreach (object o in a) s += (o == null ? "null" : o.ToString()) + ","; return s.TrimEnd(','); }

        static void Main()
        {
            Console.WriteLine("-- string[] as object[]");
            string[] strings = { "a", "b", "c" };
            object[] objs = strings;
            Try("objs[0] = \"z\"", () => { objs[0] = "z"; return Show(strings); });
            Try("objs[1] = 42", () => { objs[1] = 42; return "stored"; });
            Try("objs[1] = new object()", () => { objs[1] = new object(); return "stored"; });
            Try("objs[2] = null", () => { objs[2] = null; return Show(strings); });
            Try("Fill(objs, 1.5)", () => { Fill(objs, 1.5); return "stored"; });
            Try("Fill(objs, \"filled\")", () => { Fill(objs, "filled"); return Show(strings); });
            Try("read objs[0]", () => objs[0]);
            Console.WriteLine("objs.GetType() " + objs.GetType().Name + ", objs is string[] " + (objs is string[]));

            Console.WriteLine("-- class hierarchy");
            Animal[] dogs = new Dog[2];
            Try("dogs[0] = new Dog", () => { dogs[0] = new Dog("rex"); return Show(dogs); });
            Try("dogs[1] = new Cat", () => { dogs[1] = new Cat("tom"); return "stored"; });
            Try("dogs[1] = new Animal", () => { dogs[1] = new Animal("generic"); return "stored"; });
            Animal[] animals = new Animal[2];
            animals[0] = new Dog("d"); animals[1] = new Cat("c");
            Console.WriteLine("Animal[] accepts both: " + Show(animals));
            Try("(Dog[])animals", () => ((Dog[])(object)animals).Length);
            Try("(Dog[])dogs", () => ((Dog[])dogs).Length);
            Try("animals as Dog[]", () => (animals as Dog[]) == null);

            Console.WriteLine("-- interface element types");
            IMark[] marks = new Marked[1];
            Try("marks[0] = new Marked()", () => { marks[0] = new Marked(); return "stored"; });
            object[] markObjs = marks;
            Try("markObjs[0] = \"s\"", () => { markObjs[0] = "s"; return "stored"; });
            object[] ifaceArr = new IMark[1];
            Try("IMark[] slot = new Marked()", () => { ifaceArr[0] = new Marked(); return "stored"; });
            Try("IMark[] slot = \"s\"", () => { ifaceArr[0] = "s"; return "stored"; });

            Console.WriteLine("-- ref to covariant elements");
            Animal[] exact = new Animal[1];
            Try("SetRef(ref exact[0], cat)", () => { SetRef(ref exact[0], new Cat("kit")); return Show(exact); });
            Animal[] covariant = new Dog[1];
            Try("SetRef(ref covariant[0], dog)", () => { SetRef(ref covariant[0], new Dog("pup")); return Show(covariant); });

            Console.WriteLine("-- value-type arrays are not covariant");
            object ints = new int[] { 1, 2 };
            Console.WriteLine("int[] is object[] " + (ints is object[]) + ", is Array " + (ints is Array) + ", as object[] null " + ((ints as object[]) == null));
            Try("(object[])ints", () => ((object[])ints).Length);

            Console.WriteLine("-- Array.Copy between types");
            object[] boxes = { 1, 2, 3 };
            int[] target = new int[3];
            Try("Copy object[]{ints} -> int[]", () => { Array.Copy(boxes, target, 3); return Show(target); });
            object[] badBoxes = { 1, "two", 3 };
            Try("Copy object[]{1,\"two\",3} -> int[]", () => { Array.Copy(badBoxes, target, 3); return "copied"; });
            Try("target after failed copy", () => Show(target));
            Try("Copy int[] -> object[]", () => { object[] o = new object[2]; Array.Copy(new[] { 7, 8 }, o, 2); return Show(o) + " " + o[0].GetType().Name; });
            Try("Copy int[] -> long[] (widening)", () => { long[] l = new long[2]; Array.Copy(new[] { -1, 5 }, l, 2); return Show(l); });
            Try("Copy long[] -> int[] (narrowing)", () => { Array.Copy(new long[] { 1 }, new int[1], 1); return "copied"; });
            // Not tested: Array.Copy(int[] -> uint[]) -- .NET copies the bits, Mono 6.8 throws
            // ArrayTypeMismatchException.
            Try("Copy byte[] -> int[]", () => { int[] d = new int[2]; Array.Copy(new byte[] { 200, 1 }, d, 2); return Show(d); });
            Try("Copy int[] -> string[]", () => { Array.Copy(new[] { 1 }, new string[1], 1); return "copied"; });
            Try("Copy Animal[]{dog,cat} -> Dog[]", () => { Array.Copy(animals, new Dog[2], 2); return "copied"; });
            Try("Copy Animal[]{dog} -> Dog[]", () => { Dog[] dd = new Dog[1]; Array.Copy(animals, dd, 1); return Show(dd); });
            Try("Copy string[] -> object[]", () => { object[] o = new object[3]; Array.Copy(new[] { "x", "y", "z" }, o, 3); return Show(o); });

            Console.WriteLine("-- generic interfaces over covariant arrays");
            IList<object> list = new string[] { "p", "q" };
            Try("IList<object>[0] = \"r\"", () => { list[0] = "r"; return list[0]; });
            Try("IList<object>[1] = 5", () => { list[1] = 5; return "stored"; });
            IEnumerable<Animal> seq = new Dog[] { new Dog("x"), new Dog("y") };
            string names = "";
            foreach (Animal a in seq) names += a.Name;
            Console.WriteLine("IEnumerable<Animal> over Dog[]: " + names + ", Count via ICollection<Animal>: " + ((ICollection<Animal>)seq).Count);
            Try("IList<Animal>.Add", () => { ((IList<Animal>)seq).Add(new Dog("z")); return "added"; });
        }
    }
}
