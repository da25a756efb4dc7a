// Parsing enums: Enum.Parse by name (case-sensitive and ignoreCase), numeric strings (defined
// and undefined values, negative, hex is not accepted), comma-separated flag lists with
// whitespace, failures (ArgumentException for unknown names/empty strings, OverflowException
// for out-of-range numbers -- only the exception type is printed), Enum.TryParse<T>,
// Enum.GetValues order (sorted by unsigned magnitude), Enum.ToObject, and round trips.
using System;

namespace Corpus
{
    enum Color { Red = 1, Green = 2, Blue = 4 }
    [Flags] enum Style { None = 0, Bold = 1, Italic = 2, Underline = 4 }
    enum Temp : sbyte { Cold = -10, Mild = 15, Hot = 40 }
    enum Wide : ulong { Small = 1, Huge = ulong.MaxValue }

    static class Program
    {
        static void P(string label, Func<object> f)
        {
            try
            {
                object r = f();
                Console.WriteLine(label + " -> " + r + " (" + Convert.ToDecimal(r) + ")");
            }
            catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().Name); }
        }

        static void TP<T>(string s, bool ignoreCase) where T : struct
        {
            T v;
            bool ok = Enum.TryParse<T>(s, ignoreCase, out v);
            Console.WriteLine("TryParse<" + typeof(T).Name + ">(\"" + s + "\", " + ignoreCase + ") = " + ok + ", " + v);
        }

        static void Main()
        {
            Console.WriteLine("-- by name");
            P("Parse(Color, \"Green\")", () => Enum.Parse(typeof(Color), "Green"));
            P("Parse(Color, \"green\")", () => Enum.Parse(typeof(Color), "green"));
            P("Parse(Color, \"green\", true)", () => Enum.Parse(typeof(Color), "green", true));
            P("Parse(Color, \"  Blue  \")", () => Enum.Parse(typeof(Color), "  Blue  "));
            P("Parse(Color, \"Purple\")", () => Enum.Parse(typeof(Color), "Purple"));
            P("Parse(Color, \"\")", () => Enum.Parse(typeof(Color), ""));
            P("Parse(Color, \"   \")", () => Enum.Parse(typeof(Color), "   "));
            P("Parse(Color, null)", () => Enum.Parse(typeof(Color), null));
            P("Parse(Color, \"Red,Blue\") (not flags)", () => Enum.Parse(typeof(Color), "Red,Blue"));

            Console.WriteLine("-- numeric strings");
            P("Parse(Color, \"2\")", () => Enum.Parse(typeof(Color), "2"));
            P("Parse(Color, \"3\") undefined", () => Enum.Parse(typeof(Color), "3"));
            P("Parse(Color, \"-7\")", () => Enum.Parse(typeof(Color), "-7"));
            P("Parse(Color, \"+4\")", () => Enum.Parse(typeof(Color), "+4"));
            P("Parse(Color, \" 4 \")", () => Enum.Parse(typeof(Color), " 4 "));
            P("Parse(Color, \"0x4\")", () => Enum.Parse(typeof(Color), "0x4"));
            P("Parse(Color, \"99999999999\")", () => Enum.Parse(typeof(Color), "99999999999"));
            P("Parse(Temp, \"Cold\")", () => Enum.Parse(typeof(Temp), "Cold"));
            P("Parse(Temp, \"-10\")", () => Enum.Parse(typeof(Temp), "-10"));
            P("Parse(Temp, \"200\")", () => Enum.Parse(typeof(Temp), "200"));
            P("Parse(Wide, \"18446744073709551615\")", () => Enum.Parse(typeof(Wide), "18446744073709551615"));
            P("Parse(Wide, \"Huge\")", () => Enum.Parse(typeof(Wide), "Huge"));

            Console.WriteLine("-- flags lists");
            P("Parse(Style, \"Bold, Italic\")", () => Enum.Parse(typeof(Style), "Bold, Italic"));
            P("Parse(Style, \"Bold,Italic,Underline\")", () => Enum.Parse(typeof(Style), "Bold,Italic,Underline"));
            P("Parse(Style, \" Italic ,  Bold \")", () => Enum.Parse(typeof(Style), " Italic ,  Bold "));
            P("Parse(Style, \"Bold, 8\")", () => Enum.Parse(typeof(Style), "Bold, 8"));
            P("Parse(Style, \"bold, ITALIC\", true)", () => Enum.Parse(typeof(Style), "bold, ITALIC", true));
            P("Parse(Style, \"Bold, Nope\")", () => Enum.Parse(typeof(Style), "Bold, Nope"));
            P("Parse(Style, \"None\")", () => Enum.Parse(typeof(Style), "None"));
            P("Parse(Style, \"Bold, Bold\")", () => Enum.Parse(typeof(Style), "Bold, Bold"));

            Console.WriteLine("-- TryParse");
            TP<Color>("Blue", false);
            TP<Color>("blue", false);
            TP<Color>("blue", true);
            TP<Color>("42", false);
            TP<Color>("nope", false);
            TP<Style>("Italic, Underline", false);
            TP<Temp>("Hot", false);
            TP<Temp>("-129", false);

            Console.WriteLine("-- GetValues order and ToObject");
            Console.WriteLine("Temp values: " + string.Join(",", (Temp[])Enum.GetValues(typeof(Temp))));
            foreach (Wide w in Enum.GetValues(typeof(Wide))) Console.Write(w + "=" + (ulong)w + " ");
            Console.WriteLine();
            P("ToObject(Color, 4)", () => Enum.ToObject(typeof(Color), 4));
            P("ToObject(Color, 5L)", () => Enum.ToObject(typeof(Color), 5L));
            P("ToObject(Style, (byte)3)", () => Enum.ToObject(typeof(Style), (byte)3));
            P("ToObject(Temp, 300) wraps", () => Enum.ToObject(typeof(Temp), 300));

            Console.WriteLine("-- round trips");
            foreach (Style s in new[] { Style.None, Style.Bold | Style.Underline, (Style)7, (Style)9 })
            {
                string text = s.ToString();
                Style back = (Style)Enum.Parse(typeof(Style), text);
                Console.WriteLine("\"" + text + "\" -> " + (int)back + " equal " + (back == s));
            }
        }
    }
}
