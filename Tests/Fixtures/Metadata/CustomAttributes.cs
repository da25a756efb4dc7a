// Custom attributes with every kind of argument encoding (ECMA-335 II.23.3):
// all primitive types, string (including null and empty), System.Type (plain,
// nested, generic open/closed, arrays, pointers, null), enums of several
// underlying types (including enums from another assembly), single-dimension
// arrays of all those (including null and empty arrays), `object` parameters
// receiving boxed primitives, enums, Types, strings, null and arrays (tagged
// FieldOrPropType encodings 0x51/0x55/0x50/0x1D), named field and property
// arguments, attributes on every kind of target (assembly, module, type, method,
// return value, parameter, field, property, event, generic parameter,
// interface, delegate, enum member), AllowMultiple, pseudo-attributes,
// security attributes (DeclSecurity) and type forwarders (ExportedType).
// Main reads everything back through reflection to check the blobs.
using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Permissions;

[assembly: AssemblyTitle("Fixtures.CustomAttributes")]
[assembly: AssemblyDescription("custom attribute fixture \u00e9")]
[assembly: AssemblyVersion("1.2.3.4")]
[assembly: AssemblyFileVersion("5.6.7.8")]
[assembly: AssemblyInformationalVersion("1.2.3-beta+meta")]
[assembly: CLSCompliant(false)]
[assembly: InternalsVisibleTo("Fixtures.Friend")]
[assembly: Fixtures.CustomAttributes.Everything(1, Text = "on assembly")]
[module: Fixtures.CustomAttributes.Everything(2, Text = "on module")]
// Type forwarders become ExportedType rows (a generic type's nested public types
// are forwarded too), not custom attributes.
[assembly: TypeForwardedTo(typeof(System.Uri))]
[assembly: TypeForwardedTo(typeof(LinkedList<>))]

namespace Fixtures.CustomAttributes
{
    public enum Color { Red, Green, Blue = 100 }
    public enum Tiny : byte { A = 1, B = 255 }
    public enum Huge : long { Min = long.MinValue, Max = long.MaxValue }
    public enum Unsigned : ulong { Top = ulong.MaxValue }

    public class Container<T>
    {
        public class Nested<U> { }
        public enum InnerEnum : short { X = -2, Y = 7 }
    }

    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    public sealed class EverythingAttribute : Attribute
    {
        public object[] Positional;

        public EverythingAttribute() { Positional = new object[0]; }
        public EverythingAttribute(int id) { Positional = new object[] { id }; }

        public EverythingAttribute(bool b, char c, sbyte sb, byte by, short s, ushort us, int i, uint ui,
                                   long l, ulong ul, float f, double d, string str, Type type, Color color)
        {
            Positional = new object[] { b, c, sb, by, s, us, i, ui, l, ul, f, d, str, type, color };
        }

        public EverythingAttribute(bool[] b, char[] c, sbyte[] sb, byte[] by, short[] s, ushort[] us, int[] i, uint[] ui,
                                   long[] l, ulong[] ul, float[] f, double[] d, string[] str, Type[] types, Color[] colors)
        {
            Positional = new object[] { b, c, sb, by, s, us, i, ui, l, ul, f, d, str, types, colors };
        }

        public EverythingAttribute(object a, object b, object c, object d)
        {
            Positional = new object[] { a, b, c, d };
        }

        public EverythingAttribute(object[] objects) { Positional = new object[] { objects }; }
        public EverythingAttribute(Tiny t, Huge h, Unsigned u, Container<int>.InnerEnum ie, AttributeTargets external) { Positional = new object[] { t, h, u, ie, external }; }
        public EverythingAttribute(params string[] words) { Positional = new object[] { words }; }

        // Named arguments: fields and properties of every kind.
        public string Text;
        public int Number;
        public double Real;
        public Type TypeField;
        public Color ColorField;
        public object ObjectField;
        public int[] IntArrayField;
        public Type[] TypeArrayField;
        public object[] ObjectArrayField;
        public Huge HugeField;
        public bool Flag { get; set; }
        public char Letter { get; set; }
        public long Big { get; set; }
        public ulong UBig { get; set; }
        public float Single { get; set; }
        public string Name { get; set; }
        public Type TypeProperty { get; set; }
        public object ObjectProperty { get; set; }
        public string[] Strings { get; set; }
        public Color[] Colors { get; set; }
        public Tiny TinyProperty { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = true)]
    public class InheritedAttribute : Attribute { public string Tag; public InheritedAttribute(string tag) { Tag = tag; } }

    public class DerivedMarkerAttribute : InheritedAttribute { public DerivedMarkerAttribute() : base("derived") { } }

    // Primitive positional arguments, with extremes.
    [Everything(true, 'Z', sbyte.MinValue, byte.MaxValue, short.MinValue, ushort.MaxValue, int.MinValue, uint.MaxValue,
                long.MinValue, ulong.MaxValue, float.NegativeInfinity, double.NaN, "str\u00e9\0x", typeof(string), Color.Blue)]
    [Everything(false, '\0', 0, 0, 0, 0, 0, 0, 0, 0, -0.0f, double.Epsilon, null, null, (Color)42)]
    // Arrays of every element type, including empty and null arrays.
    [Everything(new[] { true, false }, new[] { 'a', '\uFFFF' }, new sbyte[] { -1 }, new byte[] { 1, 2 }, new short[] { -3 },
                new ushort[] { 4 }, new[] { 5, 6, 7 }, new uint[] { 8 }, new[] { 9L }, new ulong[] { 10 }, new[] { 1.5f },
                new[] { 2.5 }, new[] { "x", null, "" }, new[] { typeof(int), null, typeof(int[,]) }, new[] { Color.Red, Color.Green })]
    [Everything(new bool[0], null, null, null, null, null, null, null, null, null, null, null, null, null, null)]
    // object parameters: boxed primitives, enums, strings, types, null, arrays.
    [Everything((byte)1, 'c', 2.5f, Color.Green)]
    [Everything(typeof(List<int>), null, "boxed string", new int[] { 1, 2 })]
    [Everything(new object[] { 1, "two", typeof(Dictionary<,>), Color.Blue, null, new[] { 3L }, new object[] { 4.5 } })]
    [Everything(Tiny.B, Huge.Min, Unsigned.Top, Container<int>.InnerEnum.X, AttributeTargets.ReturnValue | AttributeTargets.Field)]
    [Everything("params", "words")]
    [Everything]
    // Named arguments of every kind.
    [Everything(Text = "named", Number = -1, Real = 0.125, TypeField = typeof(Container<string>.Nested<int[]>),
                ColorField = Color.Green, ObjectField = Color.Red, IntArrayField = new[] { 1 }, TypeArrayField = new[] { typeof(void) },
                ObjectArrayField = new object[] { 'q', (short)2 }, HugeField = Huge.Max)]
    [Everything(Flag = true, Letter = '\u263A', Big = long.MaxValue, UBig = ulong.MaxValue, Single = float.MaxValue, Name = null,
                TypeProperty = typeof(Container<>.Nested<>), ObjectProperty = typeof(int*), Strings = new string[0],
                Colors = new[] { Color.Blue }, TinyProperty = Tiny.A)]
    [Everything(ObjectProperty = new[] { Color.Red, Color.Blue }, ObjectField = new string[] { "in", "object" })]
    [Everything(TypeField = typeof(EverythingAttribute[][]), TypeProperty = typeof(Container<int>.InnerEnum), ObjectField = typeof(int?))]
    [Serializable]
    [DerivedMarker]
    public class Target<[Everything(Text = "generic parameter")] T>
    {
        [Everything(Text = "field")]
        [NonSerialized]
        public int Field;

        [Everything(Text = "property")]
        public int Property { [Everything(Text = "getter")] get; set; }

        [Everything(Text = "event")]
        public event EventHandler Event;

        [Everything(Text = "constructor")]
        public Target() { }

        [Everything(Text = "method")]
        [return: Everything(Text = "return")]
        [Obsolete("use something else")]
        public int Method([Everything(Text = "parameter")] int p, [Everything(Text = "second")] T t) { Event?.Invoke(this, EventArgs.Empty); return p; }

        public void Generic<[Everything(Text = "method generic parameter")] U>() { }
    }

    public class InheritsTarget : Target<int> { }

    [Everything(Text = "interface")]
    public interface IMarked { [Everything(Text = "interface method")] void M(); }

    [Everything(Text = "delegate")]
    public delegate void MarkedDelegate([Everything(Text = "delegate parameter")] int x);

    [Everything(Text = "enum")]
    public enum MarkedEnum { [Everything(Text = "enum member")] Member }

    [Everything(Text = "struct")]
    public struct MarkedStruct { }

    // DeclSecurity table (permission sets); Mono ignores them at run time.
    [SecurityPermission(SecurityAction.Demand, UnmanagedCode = true)]
    [FileIOPermission(SecurityAction.InheritanceDemand, Read = "/tmp")]
    public class Secured
    {
        [SecurityPermission(SecurityAction.Assert, Execution = true)]
        public static int Run() { return 1; }
    }

    public class Program
    {
        static string Show(object o)
        {
            if (o == null) return "null";
            var arr = o as Array;
            if (arr != null)
            {
                var parts = new List<string>();
                foreach (var e in arr) parts.Add(Show(e));
                return o.GetType().Name + "{" + string.Join(",", parts) + "}";
            }
            if (o is Type) return "typeof(" + o + ")";
            if (o is string) return "\"" + ((string)o).Replace("\0", "\\0") + "\"";
            if (o is char) return "Char:" + (int)(char)o;
            if (o is float) return ((float)o).ToString("R") + "f";
            if (o is double) return ((double)o).ToString("R");
            return o.GetType().Name + ":" + o;
        }

        static string Describe(EverythingAttribute a)
        {
            var s = "(" + string.Join(", ", Array.ConvertAll(a.Positional, Show)) + ")";
            if (a.Text != null) s += " Text=" + a.Text;
            if (a.Number != 0) s += " Number=" + a.Number;
            if (a.Real != 0) s += " Real=" + a.Real;
            if (a.TypeField != null) s += " TypeField=" + a.TypeField;
            if (a.ColorField != 0) s += " ColorField=" + a.ColorField;
            if (a.ObjectField != null) s += " ObjectField=" + Show(a.ObjectField);
            if (a.IntArrayField != null) s += " IntArrayField=" + Show(a.IntArrayField);
            if (a.TypeArrayField != null) s += " TypeArrayField=" + Show(a.TypeArrayField);
            if (a.ObjectArrayField != null) s += " ObjectArrayField=" + Show(a.ObjectArrayField);
            if (a.HugeField != 0) s += " HugeField=" + a.HugeField;
            if (a.Flag) s += " Flag";
            if (a.Letter != 0) s += " Letter=" + (int)a.Letter;
            if (a.Big != 0) s += " Big=" + a.Big;
            if (a.UBig != 0) s += " UBig=" + a.UBig;
            if (a.Single != 0) s += " Single=" + a.Single.ToString("R");
            if (a.TypeProperty != null) s += " TypeProperty=" + a.TypeProperty;
            if (a.ObjectProperty != null) s += " ObjectProperty=" + Show(a.ObjectProperty);
            if (a.Strings != null) s += " Strings=" + Show(a.Strings);
            if (a.Colors != null) s += " Colors=" + Show(a.Colors);
            if (a.TinyProperty != 0) s += " TinyProperty=" + a.TinyProperty;
            return s;
        }

        static int Dump(string what, ICustomAttributeProvider p)
        {
            var lines = new List<string>();
            foreach (EverythingAttribute a in p.GetCustomAttributes(typeof(EverythingAttribute), false))
                lines.Add(Describe(a));
            lines.Sort(StringComparer.Ordinal);   // reflection order is not guaranteed
            foreach (var l in lines) Console.WriteLine(what + ": " + l);
            return lines.Count;
        }

        public static int Main()
        {
            var t = typeof(Target<>);
            int n = 0;
            n += Dump("assembly", typeof(Program).Assembly);
            n += Dump("module", typeof(Program).Module);
            n += Dump("type", t);
            n += Dump("generic parameter", t.GetGenericArguments()[0]);
            n += Dump("field", t.GetField("Field"));
            n += Dump("property", t.GetProperty("Property"));
            n += Dump("getter", t.GetProperty("Property").GetGetMethod());
            n += Dump("event", t.GetEvent("Event"));
            n += Dump("constructor", t.GetConstructor(Type.EmptyTypes));
            var m = t.GetMethod("Method");
            n += Dump("method", m);
            n += Dump("return", m.ReturnParameter);
            n += Dump("parameter", m.GetParameters()[0]);
            n += Dump("parameter", m.GetParameters()[1]);
            n += Dump("method generic parameter", t.GetMethod("Generic").GetGenericArguments()[0]);
            n += Dump("interface", typeof(IMarked));
            n += Dump("interface method", typeof(IMarked).GetMethod("M"));
            n += Dump("delegate", typeof(MarkedDelegate));
            n += Dump("delegate parameter", typeof(MarkedDelegate).GetMethod("Invoke").GetParameters()[0]);
            n += Dump("enum", typeof(MarkedEnum));
            n += Dump("enum member", typeof(MarkedEnum).GetField("Member"));
            n += Dump("struct", typeof(MarkedStruct));
            Console.WriteLine("inherited: " + typeof(InheritsTarget).GetCustomAttributes(typeof(InheritedAttribute), true).Length
                              + " " + typeof(InheritsTarget).GetCustomAttributes(typeof(EverythingAttribute), true).Length);
            Console.WriteLine("pseudo: serializable=" + t.IsSerializable + " notserialized=" + t.GetField("Field").IsNotSerialized
                              + " obsolete=" + m.IsDefined(typeof(ObsoleteAttribute), false));
            Console.WriteLine("secured: " + Secured.Run());
            Console.WriteLine("total: " + n);
            return 0;
        }
    }
}
