// Evaluation order: && and || short-circuit, & and | on bools evaluate both sides, ?: evaluates
// one branch, operands and arguments left to right, compound assignment reads the target
// before evaluating the right side, i++ + ++i style expressions, array element targets
// (array and index evaluated before the value), null-conditional ?. chains stop at the first
// null, ?? evaluates its right side only when needed. Every call prints its name.
using System;

namespace Corpus
{
    class Node
    {
        public int Value;
        public Node Next;
        public Node(int v, Node next) { Value = v; Next = next; }
        public Node GetNext() { Console.Write("[GetNext " + Value + "]"); return Next; }
    }

    static class Program
    {
        static bool T(string name) { Console.Write(name + " "); return true; }
        static bool F(string name) { Console.Write(name + " "); return false; }
        static int N(string name, int v) { Console.Write(name + " "); return v; }
        static int[] Arr(string name, int[] a) { Console.Write(name + " "); return a; }
        static string S(string name, string v) { Console.Write(name + " "); return v; }

        static int field;
        static int[] data = new int[4];

        static int Three(int a, int b, int c) { return a * 100 + b * 10 + c; }

        static void Main()
        {
            Console.WriteLine("-- && ||");
            Console.WriteLine("=> " + (F("a") && T("b")));
            Console.WriteLine("=> " + (T("a") && F("b") && T("c")));
            Console.WriteLine("=> " + (T("a") || T("b")));
            Console.WriteLine("=> " + (F("a") || F("b") || T("c") || T("d")));
            Console.WriteLine("=> " + (F("a") && T("b") || T("c")));
            Console.WriteLine("=> " + (T("a") || F("b") && F("c")));
            Console.WriteLine("=> " + ((T("a") || F("b")) && F("c")));
            Console.WriteLine("=> " + (!(F("a") || F("b")) && T("c")));

            Console.WriteLine("-- & | ^ (no short circuit)");
            Console.WriteLine("=> " + (F("a") & T("b")));
            Console.WriteLine("=> " + (T("a") | F("b")));
            Console.WriteLine("=> " + (T("a") ^ T("b")));
            bool flag = F("init");
            flag |= T("or-assign");
            flag &= F("and-assign");
            Console.WriteLine("=> " + flag);

            Console.WriteLine("-- ?:");
            Console.WriteLine("=> " + (T("cond") ? N("then", 1) : N("else", 2)));
            Console.WriteLine("=> " + (F("cond") ? N("then", 1) : F("cond2") ? N("then2", 2) : N("else2", 3)));

            Console.WriteLine("-- operands and arguments left to right");
            Console.WriteLine("=> " + (N("x", 1) + N("y", 2) * N("z", 3)));
            Console.WriteLine("=> " + (N("x", 10) - N("y", 4) - N("z", 3)));
            Console.WriteLine("=> " + Three(N("p1", 1), N("p2", 2), N("p3", 3)));
            Console.WriteLine("=> " + (N("a", 7) < N("b", 8) == T("c")));
            Console.WriteLine("=> " + string.Concat(S("s1", "A"), S("s2", "B"), S("s3", "C"), S("s4", "D"), S("s5", "E")));

            Console.WriteLine("-- increments");
            int i = 5;
            int r = i++ + ++i;
            Console.WriteLine("i++ + ++i from 5 = " + r + ", i = " + i);
            i = 5;
            r = i-- - --i;
            Console.WriteLine("i-- - --i from 5 = " + r + ", i = " + i);
            i = 1;
            i = i++ + i++;
            Console.WriteLine("i = i++ + i++ from 1 -> " + i);
            i = 10;
            i += i++ * 2;
            Console.WriteLine("i += i++ * 2 from 10 -> " + i);
            int[] a = { 0, 0, 0, 0 };
            int k = 0;
            a[k++] = k;
            a[k++] = k++;
            Console.WriteLine("a[k++] = k; a[k++] = k++ -> a = " + string.Join(",", a) + ", k = " + k);

            Console.WriteLine("-- compound assignment reads the target first");
            field = 1;
            field += SetFieldAndReturn(100);
            Console.WriteLine("field = 1; field += f() where f sets field = 50 and returns 100 -> " + field);
            data[1] = 5;
            Arr("arr", data)[N("idx", 1)] += N("val", 10);
            Console.WriteLine("-> data[1] = " + data[1]);
            Arr("arr", data)[N("idx", 2)] = N("val", 7);
            Console.WriteLine("-> data[2] = " + data[2]);
            try
            {
                Arr("arr", data)[N("idx", 9)] = N("val", 1);
            }
            catch (IndexOutOfRangeException) { Console.WriteLine("-> index checked after value evaluated"); }
            try
            {
                Arr("nullarr", null)[N("idx", 0)] = N("val", 1);
            }
            catch (NullReferenceException) { Console.WriteLine("-> null array detected after value evaluated"); }

            Console.WriteLine("-- ?. and ??");
            Node list = new Node(1, new Node(2, null));
            int? v1 = list.GetNext()?.GetNext()?.GetNext()?.Value;
            Console.WriteLine(" -> " + (v1.HasValue ? v1.Value.ToString() : "null"));
            Node none = null;
            int? v2 = none?.GetNext().GetNext().Value;
            Console.WriteLine("none?.GetNext().GetNext().Value -> " + (v2.HasValue ? "value" : "null"));
            string s = S("left", null) ?? S("right", "R") ?? S("never", "X");
            Console.WriteLine("-> " + s);
            s = S("left", "L") ?? S("right", "R");
            Console.WriteLine("-> " + s);
            int len = S("str", null)?.Length ?? N("fallback", -1);
            Console.WriteLine("-> " + len);

            Console.WriteLine("-- string concatenation with side effects");
            int c = 0;
            string msg = (c++) + "," + (c++) + "," + (++c) + "," + c;
            Console.WriteLine(msg);
        }

        static int SetFieldAndReturn(int v)
        {
            field = 50;
            return v;
        }
    }
}
