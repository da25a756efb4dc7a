// Type identity through GetType()/typeof: Name, FullName and Namespace of
// primitives, arrays (vector, multi-dim, jagged), pointers-free nested
// types (Outer+Inner), generic definitions (List`1, Dictionary`2,
// nested generics), closed generics (Name and ToString only: FullName of a
// closed generic embeds assembly names, which differ between runtimes),
// nullable, enums, delegates, interfaces; type predicates (IsValueType,
// IsClass, IsInterface, IsEnum, IsArray, IsGenericType,
// IsGenericTypeDefinition, IsPrimitive, IsAbstract, IsSealed), BaseType
// chains, generic arguments, IsAssignableFrom / IsInstanceOfType, and
// Type equality.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus.Library.Object_TypeNames
{
    public class Outer
    {
        public class Inner { public class Deeper { } }
        public struct Value { }
        public enum Kind { A }
        public delegate void Handler();
        public interface IThing { }
    }
    public class Box<T> { public class Lid<U> { } public class Plain { } }
    public abstract class Animal { }
    public sealed class Dog : Animal, IComparable<Dog> { public int CompareTo(Dog d) { return 0; } }
    public static class Helpers { }

    public static class Program
    {
        static void Show(Type t)
        {
            Console.WriteLine(t.Name.PadRight(24) + " | " + (t.IsGenericType && !t.IsGenericTypeDefinition ? "(closed generic: " + t + ")" : t.FullName ?? "null") + " | ns " + (t.Namespace ?? "null"));
        }

        static string Flags(Type t)
        {
            return (t.IsValueType ? "V" : "-") + (t.IsClass ? "C" : "-") + (t.IsInterface ? "I" : "-") + (t.IsEnum ? "E" : "-") + (t.IsArray ? "A" : "-")
                + (t.IsGenericType ? "G" : "-") + (t.IsGenericTypeDefinition ? "D" : "-") + (t.IsPrimitive ? "P" : "-") + (t.IsAbstract ? "a" : "-") + (t.IsSealed ? "s" : "-")
                + (t.IsNested ? "n" : "-") + (t.IsPublic ? "p" : "-");
        }

        static string Chain(Type t)
        {
            List<string> parts = new List<string>();
            for (Type b = t; b != null; b = b.BaseType) parts.Add(b.Name);
            return string.Join(" -> ", parts);
        }

        public static int Main()
        {
            Type[] types = {
                typeof(int), typeof(string), typeof(object), typeof(void), typeof(decimal), typeof(IntPtr), typeof(int[]), typeof(int[,]), typeof(int[,,]), typeof(int[][]), typeof(string[][,]),
                typeof(Outer), typeof(Outer.Inner), typeof(Outer.Inner.Deeper), typeof(Outer.Value), typeof(Outer.Kind), typeof(Outer.Handler), typeof(Outer.IThing),
                typeof(List<>), typeof(Dictionary<,>), typeof(Box<>), typeof(Box<>.Lid<>), typeof(Box<>.Plain), typeof(List<int>), typeof(Dictionary<string, int[]>), typeof(Box<int>.Lid<string>),
                typeof(int?), typeof(Nullable<>), typeof(IEnumerable<>), typeof(IComparable<Dog>), typeof(Func<,>), typeof(Action), typeof(DayOfWeek), typeof(Helpers), typeof(ValueTuple<int, string>)
            };
            foreach (Type t in types) Show(t);

            Console.WriteLine("-- flags (V C I E A G D P a s n p)");
            foreach (Type t in new[] { typeof(int), typeof(string), typeof(int[]), typeof(Outer.Value), typeof(Outer.Kind), typeof(Outer.IThing), typeof(Outer.Handler), typeof(List<>), typeof(List<int>), typeof(Animal), typeof(Dog), typeof(Helpers), typeof(int?), typeof(void), typeof(Enum), typeof(ValueType), typeof(Array) })
                Console.WriteLine(t.Name.PadRight(20) + Flags(t));

            Console.WriteLine("-- base types");
            foreach (Type t in new[] { typeof(int), typeof(Outer.Kind), typeof(Outer.Handler), typeof(int[]), typeof(Dog), typeof(string), typeof(Outer.IThing), typeof(object), typeof(List<int>), typeof(int?) })
                Console.WriteLine(t.Name.PadRight(20) + (t.BaseType == null ? "(no base)" : Chain(t)));

            Console.WriteLine("-- generics");
            Type closed = typeof(Dictionary<string, List<int>>);
            Console.WriteLine(closed.Name + " def " + closed.GetGenericTypeDefinition().FullName + " args " + string.Join(", ", Array.ConvertAll(closed.GetGenericArguments(), a => a.Name)) + " same def as Dictionary<,> " + (closed.GetGenericTypeDefinition() == typeof(Dictionary<,>)));
            Type open = typeof(Dictionary<,>);
            Console.WriteLine("open args " + string.Join(", ", Array.ConvertAll(open.GetGenericArguments(), a => a.Name + (a.IsGenericParameter ? "(param " + a.GenericParameterPosition + ")" : ""))));
            Type made = typeof(List<>).MakeGenericType(typeof(Dog));
            Console.WriteLine("MakeGenericType " + made + " == typeof(List<Dog>) " + (made == typeof(List<Dog>)));
            Console.WriteLine("Nullable.GetUnderlyingType(int?) " + Nullable.GetUnderlyingType(typeof(int?)).Name + " element of int[][] " + typeof(int[][]).GetElementType().Name + " rank of int[,,] " + typeof(int[,,]).GetArrayRank());
            Console.WriteLine("MakeArrayType " + typeof(Dog).MakeArrayType().Name + " " + typeof(Dog).MakeArrayType(2).Name + " == Dog[,] " + (typeof(Dog).MakeArrayType(2) == typeof(Dog[,])));

            Console.WriteLine("-- instances");
            object[] samples = { 5, "s", new Dog(), new List<int>(), new int[2, 2], Outer.Kind.A, (int?)6, new Outer.Value(), (Action)(() => { }), new Box<string>.Lid<int>(), new KeyValuePair<int, int>() };
            foreach (object o in samples) Console.WriteLine(o.GetType().Name + " = " + o.GetType() + " IsValueType " + o.GetType().IsValueType);
            Console.WriteLine("typeof(int) == 5.GetType() " + (typeof(int) == 5.GetType()) + " same object " + ReferenceEquals(typeof(int), 5.GetType()) + " typeof(int) == typeof(long) " + (typeof(int) == typeof(long)));
            Console.WriteLine("IsAssignableFrom: Animal<-Dog " + typeof(Animal).IsAssignableFrom(typeof(Dog)) + " Dog<-Animal " + typeof(Dog).IsAssignableFrom(typeof(Animal)) + " IComparable<Dog><-Dog " + typeof(IComparable<Dog>).IsAssignableFrom(typeof(Dog))
                + " object<-int " + typeof(object).IsAssignableFrom(typeof(int)) + " long<-int " + typeof(long).IsAssignableFrom(typeof(int)) + " IEnumerable<object><-string[] " + typeof(IEnumerable<object>).IsAssignableFrom(typeof(string[]))
                + " IList<int><-int[] " + typeof(IList<int>).IsAssignableFrom(typeof(int[])) + " int?<-int " + typeof(int?).IsAssignableFrom(typeof(int)));
            Console.WriteLine("IsInstanceOfType: Animal(dog) " + typeof(Animal).IsInstanceOfType(new Dog()) + " IEnumerable(string) " + typeof(IEnumerable).IsInstanceOfType("x") + " int(null) " + typeof(int).IsInstanceOfType(null) + " ValueType(5) " + typeof(ValueType).IsInstanceOfType(5));
            Console.WriteLine("is/as: " + (new Dog() is Animal) + " " + (new Dog() is IComparable<Dog>) + " " + ((object)new int[0] is IList) + " " + ((object)"x" is IComparable<string>) + " " + ((object)5 is IFormattable) + " " + (((object)new Dog()) as string == null));
            return 0;
        }
    }
}
