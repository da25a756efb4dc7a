// System.Enum: ToString of defined, undefined and combined values,
// [Flags] formatting (combinations, zero, values not covered by flags),
// format specifiers G/D/X/F, Parse / TryParse (names, numbers, comma lists,
// case-insensitive, whitespace, undefined numbers), IsDefined, GetNames /
// GetValues order (sorted by unsigned value), GetName, HasFlag, CompareTo,
// Equals across enum types, underlying types and conversions.
using System;

namespace Corpus.Library.Primitive_Enum
{
    public enum Color { Red, Green = 5, Blue, Alias = 5, Negative = -3 }

    [Flags]
    public enum Perm : byte { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = 7 }

    [Flags]
    public enum Big : ulong { A = 1, B = 0x8000000000000000 }

    public enum Empty { }

    public enum Sized : short { Small = -1, Large = short.MaxValue }

    public static class Program
    {
        static string Try(Func<object> f)
        {
            try { object r = f(); return r == null ? "null" : r.ToString(); }
            catch (Exception e) { return e.GetType().Name; }
        }

        public static int Main()
        {
            Console.WriteLine("-- ToString");
            Color[] colors = { Color.Red, Color.Blue, (Color)42, Color.Negative, (Color)(-1) };
            foreach (Color c in colors)
                Console.WriteLine((int)c + ": " + c + " G=" + c.ToString("G") + " D=" + c.ToString("D") + " X=" + c.ToString("X") + " F=" + c.ToString("F"));
            string green = Color.Green.ToString();
            Console.WriteLine("Green/Alias share value 5; ToString gives one of them: " + (green == "Green" || green == "Alias"));
            Perm[] perms = { Perm.None, Perm.Read, Perm.Read | Perm.Write, Perm.Write | Perm.Exec, Perm.All, (Perm)8, (Perm)9, (Perm)255 };
            foreach (Perm p in perms)
                Console.WriteLine((byte)p + ": " + p + " D=" + p.ToString("D") + " X=" + p.ToString("X") + " F=" + p.ToString("F"));
            Console.WriteLine("Color 6 as F: " + ((Color)6).ToString("F") + " Color 7 as F: " + ((Color)7).ToString("F"));
            Console.WriteLine("Big: " + (Big.A | Big.B) + " X=" + Big.B.ToString("X") + " D=" + Big.B.ToString("D"));
            Console.WriteLine("Sized: " + Sized.Small + " X=" + Sized.Small.ToString("X") + " D=" + Sized.Small.ToString("D") + " " + Sized.Large);
            Console.WriteLine("Empty 0: " + default(Empty) + " Empty 3: " + (Empty)3);
            Console.WriteLine("bad format: " + Try(() => Color.Red.ToString("Q")));
            Console.WriteLine("Format: " + Enum.Format(typeof(Color), 6, "G") + " " + Enum.Format(typeof(Perm), (byte)3, "x") + " " + Try(() => Enum.Format(typeof(Color), 6L, "G")));

            Console.WriteLine("-- Parse");
            string[] inputs = { "Red", "red", " Blue ", "6", "42", "-3", "Red, Blue", "Purple", "", "1.5", "Green,", "+6", "0x6" };
            foreach (string s in inputs)
            {
                Color v;
                bool ok = Enum.TryParse(s, out v);
                Color vi;
                bool oki = Enum.TryParse(s, true, out vi);
                Console.WriteLine("\"" + s + "\": Parse " + Try(() => Enum.Parse(typeof(Color), s)) + " ignoreCase " + Try(() => Enum.Parse(typeof(Color), s, true))
                    + " TryParse " + ok + " " + v + " TryParse(ic) " + oki + " " + vi);
            }
            foreach (string s in new[] { "Read, Write", "Read,Exec", "ReadWrite, Exec", "7", "All", "Read | Write", "read,write", "8" })
                Console.WriteLine("Perm \"" + s + "\": " + Try(() => Enum.Parse(typeof(Perm), s)) + " ic " + Try(() => Enum.Parse(typeof(Perm), s, true)));
            Console.WriteLine("Parse(null) " + Try(() => Enum.Parse(typeof(Color), null)) + " Parse(non-enum type) " + Try(() => Enum.Parse(typeof(int), "1")));
            Console.WriteLine("Parse Big overflow " + Try(() => Enum.Parse(typeof(Sized), "40000")) + " Sized -1 " + Try(() => Enum.Parse(typeof(Sized), "-1")));

            Console.WriteLine("-- reflection-like helpers");
            Console.WriteLine("GetNames(Color) " + string.Join(",", Enum.GetNames(typeof(Color)).Length) + " names sorted: " + string.Join(",", SortedCopy(Enum.GetNames(typeof(Color)))));
            Console.Write("GetValues(Color) in order:");
            foreach (object o in Enum.GetValues(typeof(Color))) Console.Write(" " + (int)o);
            Console.WriteLine();
            Console.Write("GetValues(Perm):");
            foreach (Perm p in Enum.GetValues(typeof(Perm))) Console.Write(" " + p);
            Console.WriteLine();
            Console.Write("GetValues(Sized):");
            foreach (Sized p in Enum.GetValues(typeof(Sized))) Console.Write(" " + p);
            Console.WriteLine();
            Console.WriteLine("GetName(6) " + Enum.GetName(typeof(Color), 6) + " GetName(42) " + (Enum.GetName(typeof(Color), 42) ?? "null") + " GetName(Negative) " + Enum.GetName(typeof(Color), Color.Negative));
            Console.WriteLine("IsDefined: 6 " + Enum.IsDefined(typeof(Color), 6) + ", 42 " + Enum.IsDefined(typeof(Color), 42) + ", \"Blue\" " + Enum.IsDefined(typeof(Color), "Blue")
                + ", \"blue\" " + Enum.IsDefined(typeof(Color), "blue") + ", Perm 3 " + Enum.IsDefined(typeof(Perm), (byte)3) + ", Perm 5 " + Enum.IsDefined(typeof(Perm), (byte)5)
                + ", wrong type " + Try(() => Enum.IsDefined(typeof(Color), 6L)));
            Console.WriteLine("GetUnderlyingType " + Enum.GetUnderlyingType(typeof(Perm)).Name + " " + Enum.GetUnderlyingType(typeof(Big)).Name + " " + Enum.GetUnderlyingType(typeof(Color)).Name);
            Console.WriteLine("ToObject " + Enum.ToObject(typeof(Color), 6) + " " + Enum.ToObject(typeof(Perm), 3) + " " + Enum.ToObject(typeof(Color), 99L));

            Console.WriteLine("-- HasFlag / comparison / conversion");
            Perm rw = Perm.ReadWrite;
            Console.WriteLine("HasFlag Read " + rw.HasFlag(Perm.Read) + " Exec " + rw.HasFlag(Perm.Exec) + " None " + rw.HasFlag(Perm.None) + " ReadWrite " + rw.HasFlag(Perm.ReadWrite));
            Console.WriteLine("HasFlag other type " + Try(() => rw.HasFlag(Color.Red)));
            Console.WriteLine("bitwise: " + (rw & ~Perm.Write) + " " + (rw ^ Perm.All) + " " + (Perm)((byte)rw << 1));
            Console.WriteLine("CompareTo " + Math.Sign(Color.Red.CompareTo(Color.Blue)) + " " + Math.Sign(Color.Negative.CompareTo(Color.Red)) + " " + Try(() => Color.Red.CompareTo(Perm.None)));
            Console.WriteLine("Big compare (unsigned) " + Math.Sign(Big.B.CompareTo(Big.A)));
            Console.WriteLine("Equals same value other enum " + Color.Red.Equals(Perm.None) + ", boxed int " + Color.Red.Equals(0) + ", same " + Color.Blue.Equals((Color)6));
            object boxed = Color.Blue;
            Console.WriteLine("boxed: " + boxed + " type " + boxed.GetType().Name + " is Enum " + (boxed is Enum) + " is ValueType " + (boxed is ValueType) + " unbox to int " + (int)(Color)boxed);
            Enum asEnum = Perm.Exec;
            Console.WriteLine("as System.Enum: " + asEnum + " " + asEnum.GetTypeCode());
            Color inc = Color.Red;
            inc++;
            Console.WriteLine("Red++ " + inc + " (" + (int)inc + ")");
            Console.WriteLine("switch: " + Describe(Color.Blue) + Describe((Color)5) + Describe((Color)99));
            return 0;
        }

        static string[] SortedCopy(string[] a)
        {
            string[] c = (string[])a.Clone();
            Array.Sort(c, StringComparer.Ordinal);
            return c;
        }

        static string Describe(Color c)
        {
            switch (c)
            {
                case Color.Red: return "[red]";
                case Color.Green: return "[green]";
                case Color.Blue: return "[blue]";
                default: return "[" + (int)c + "]";
            }
        }
    }
}
