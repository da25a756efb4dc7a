// switch statements: dense integer cases (the `switch` opcode), dense cases with
// a non-zero base and with holes, sparse cases (compare chains / binary
// search), several dense clusters, long/char/byte/enum/bool governing types,
// nullable switch, string switches (small: equality chain; large: mcs builds a
// Dictionary<string,int> cached in a static field), goto case / goto default,
// fall-through-free multi-label sections, and switches inside loops.
using System;
using System.Text;

namespace Fixtures.Switches
{
    public enum Opcode : byte { Nop, Load, Store, Add, Sub, Mul, Div, Jump, Call, Ret }

    public class Program
    {
        static int Dense(int x)
        {
            switch (x)
            {
                case 0: return 100;
                case 1: return 101;
                case 2: return 102;
                case 3: return 103;
                case 4: return 104;
                case 5: return 105;
                case 6: return 106;
                case 7: return 107;
                default: return -1;
            }
        }

        static string Offset(int x)
        {
            switch (x)
            {
                case 1000: case 1001: return "a";
                case 1003: return "b";
                case 1004: goto case 1000;
                case 1006: goto default;
                case 1007: return "c";
                default: return "?";
            }
        }

        static int Sparse(int x)
        {
            switch (x)
            {
                case -1000000: return 1;
                case -5: return 2;
                case 17: return 3;
                case 4096: return 4;
                case 65536: return 5;
                case int.MaxValue: return 6;
                case int.MinValue: return 7;
            }
            return 0;
        }

        static int Clusters(int x)
        {
            switch (x)
            {
                case 1: case 2: case 3: case 4: return 1;
                case 100: case 101: case 102: case 103: case 104: return 2;
                case 1000: case 1001: case 1002: return 3;
                case 5000: return 4;
                default: return 0;
            }
        }

        static string Longs(long x)
        {
            switch (x)
            {
                case 0L: return "zero";
                case 1L: return "one";
                case 2L: return "two";
                case 3L: return "three";
                case 0x100000000L: return "2^32";
                case long.MinValue: return "min";
                default: return "many";
            }
        }

        static int Chars(char c)
        {
            switch (c)
            {
                case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
                case 'b': case 'c': case 'd': return 2;
                case '\u00e9': return 3;
                default: return 0;
            }
        }

        static int Bytes(byte b)
        {
            switch (b)
            {
                case 0: return 10;
                case 1: return 11;
                case 2: return 12;
                case 255: return 13;
                default: return 0;
            }
        }

        static int Enums(Opcode op)
        {
            switch (op)
            {
                case Opcode.Nop: return 0;
                case Opcode.Load: case Opcode.Store: return 1;
                case Opcode.Add: case Opcode.Sub: case Opcode.Mul: case Opcode.Div: return 2;
                case Opcode.Jump: return 3;
                case Opcode.Call: return 4;
                case Opcode.Ret: return 5;
                default: throw new ArgumentOutOfRangeException("op");
            }
        }

        static string Bools(bool b)
        {
            switch (b) { case true: return "yes"; case false: return "no"; }
            return "unreachable";
        }

        static string Nullable(int? x)
        {
            switch (x)
            {
                case null: return "null";
                case 0: return "zero";
                case 1: return "one";
                case 2: return "two";
                default: return "other";
            }
        }

        static int SmallString(string s)
        {
            switch (s)
            {
                case "yes": return 1;
                case "no": return 0;
                case null: return -1;
                default: return -2;
            }
        }

        static int Keyword(string s)
        {
            switch (s)
            {
                case "abstract": return 1;
                case "class": return 2;
                case "delegate": return 3;
                case "enum": return 4;
                case "event": return 5;
                case "interface": return 6;
                case "namespace": return 7;
                case "struct": return 8;
                case "using": return 9;
                case "void": return 10;
                case "while": return 11;
                case "\u00e9t\u00e9": return 12;
                case "": return 13;
                case null: return 14;
                default: return 0;
            }
        }

        static string Interpret(Opcode[] program)
        {
            var sb = new StringBuilder();
            int acc = 0;
            for (int pc = 0; pc < program.Length; pc++)
            {
                switch (program[pc])
                {
                    case Opcode.Load: acc = 10; break;
                    case Opcode.Add: acc += 5; break;
                    case Opcode.Mul: acc *= 3; break;
                    case Opcode.Sub: acc -= 1; continue;
                    case Opcode.Ret: sb.Append("ret=" + acc); return sb.ToString();
                    default: sb.Append(program[pc]).Append(' '); break;
                }
                sb.Append(acc).Append(' ');
            }
            return sb.ToString();
        }

        public static int Main()
        {
            var sb = new StringBuilder();
            for (int i = -1; i <= 8; i++) sb.Append(Dense(i)).Append(' ');
            Console.WriteLine("dense: " + sb);
            sb.Clear();
            for (int i = 999; i <= 1008; i++) sb.Append(Offset(i));
            Console.WriteLine("offset: " + sb);
            Console.WriteLine("sparse: " + Sparse(-1000000) + Sparse(-5) + Sparse(17) + Sparse(4096) + Sparse(65536) + Sparse(int.MaxValue) + Sparse(int.MinValue) + Sparse(3));
            Console.WriteLine("clusters: " + Clusters(3) + Clusters(102) + Clusters(1002) + Clusters(5000) + Clusters(50));
            Console.WriteLine("longs: " + Longs(2) + " " + Longs(0x100000000L) + " " + Longs(long.MinValue) + " " + Longs(7));
            Console.WriteLine("chars: " + Chars('e') + Chars('c') + Chars('\u00e9') + Chars('z'));
            Console.WriteLine("bytes: " + Bytes(1) + " " + Bytes(255) + " " + Bytes(100));
            Console.WriteLine("enums: " + Enums(Opcode.Store) + Enums(Opcode.Div) + Enums(Opcode.Ret));
            try { Enums((Opcode)77); } catch (ArgumentOutOfRangeException) { Console.WriteLine("enums: out of range"); }
            Console.WriteLine("bools: " + Bools(true) + " " + Bools(false));
            Console.WriteLine("nullable: " + Nullable(null) + " " + Nullable(2) + " " + Nullable(9));
            Console.WriteLine("small string: " + SmallString("yes") + SmallString("no") + SmallString(null) + SmallString("maybe"));
            Console.WriteLine("keywords: " + Keyword("class") + " " + Keyword("while") + " " + Keyword("\u00e9t\u00e9") + " " + Keyword("") + " " + Keyword(null) + " " + Keyword("nope") + " " + Keyword("void"));
            Console.WriteLine("interpret: " + Interpret(new[] { Opcode.Load, Opcode.Add, Opcode.Nop, Opcode.Sub, Opcode.Mul, Opcode.Ret, Opcode.Add }));
            return 0;
        }
    }
}
