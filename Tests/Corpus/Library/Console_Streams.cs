// Console's writers: Console.Out.Write/WriteLine (same text as Console.*),
// Console.Error (goes to stderr, so it is absent from .expected),
// interleaving of Out and Error, redirecting with Console.SetOut to a
// StringWriter and restoring the original writer, a custom TextWriter that
// sees every char, TextWriter.NewLine changes on a StringWriter, Flush,
// Console.Out.FormatProvider with an invariant current culture, and
// TextWriter.Null.
using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Corpus.Library.Console_Streams
{
    public class UpperWriter : TextWriter
    {
        public readonly StringBuilder Seen = new StringBuilder();
        public int Calls;
        public override Encoding Encoding { get { return Encoding.UTF8; } }
        public override void Write(char value) { Calls++; Seen.Append(char.ToUpperInvariant(value)); }
    }

    public static class Program
    {
        public static int Main()
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Console.Out.WriteLine("via Console.Out");
            Console.Out.Write("partial ");
            Console.Out.Write(12);
            Console.Out.Write(' ');
            Console.Out.Write(3.25);
            Console.Out.WriteLine();
            Console.Out.WriteLine("{0}|{1}|{2}", "a", 1, 'c');
            Console.Error.WriteLine("this line goes to stderr and is not part of the expected stdout");
            Console.Error.Write("stderr without newline");
            Console.Error.WriteLine();
            Console.WriteLine("after stderr output");
            Console.Out.Flush();
            Console.Error.Flush();

            Console.WriteLine("-- SetOut to a StringWriter");
            TextWriter original = Console.Out;
            StringWriter sw = new StringWriter(CultureInfo.InvariantCulture);
            Console.SetOut(sw);
            Console.WriteLine("captured line 1");
            Console.Write("captured {0}", 2);
            Console.WriteLine();
            Console.Out.WriteLine(true);
            Console.SetOut(original);
            string captured = sw.ToString();
            Console.WriteLine("restored; captured " + captured.Length + " chars in " + captured.Split('\n').Length + " pieces:");
            Console.Write(captured);
            Console.WriteLine("Console.Out is original again " + ReferenceEquals(Console.Out, original));

            Console.WriteLine("-- custom TextWriter");
            UpperWriter uw = new UpperWriter();
            Console.SetOut(uw);
            Console.Write("abc");
            Console.WriteLine(42);
            Console.Write('z');
            Console.SetOut(original);
            Console.WriteLine("custom writer saw \"" + uw.Seen.ToString().Replace("\n", "\\n") + "\" in " + uw.Calls + " Write(char) calls");

            Console.WriteLine("-- StringWriter details");
            StringWriter w = new StringWriter(CultureInfo.InvariantCulture);
            w.NewLine = "<NL>";
            w.WriteLine("one");
            w.WriteLine();
            w.Write(new[] { 'x', 'y' });
            w.Write(1.5m);
            w.Write("{0:D3}", 7);
            w.WriteLine(new[] { 'p', 'q', 'r' }, 1, 2);
            Console.WriteLine(w.ToString());
            Console.WriteLine("GetStringBuilder length " + w.GetStringBuilder().Length + " Encoding " + w.Encoding.WebName);
            w.Dispose();
            try { w.Write("after dispose"); Console.WriteLine("no exception"); } catch (Exception e) { Console.WriteLine("write after Dispose: " + e.GetType().FullName); }
            Console.WriteLine("ToString after dispose still works: " + w.ToString().Length);
            TextWriter.Null.WriteLine("discarded");
            Console.WriteLine("TextWriter.Null accepted output");
            NumberFormatInfo comma = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
            comma.NumberDecimalSeparator = ",";
            StringWriter cw = new StringWriter(comma);
            cw.Write(1.5);
            cw.Write(' ');
            cw.Write("{0:F2}", 2.25);
            Console.WriteLine("StringWriter with a comma NumberFormatInfo writes " + cw);
            Console.WriteLine("Console.Out.FormatProvider formats 1.5 as " + string.Format(Console.Out.FormatProvider, "{0}", 1.5));
            return 0;
        }
    }
}
