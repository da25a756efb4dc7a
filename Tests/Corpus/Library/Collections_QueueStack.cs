// Queue<T> and Stack<T>: FIFO/LIFO order, Peek/Dequeue/Pop on empty
// (InvalidOperationException), TryDequeue/TryPeek/TryPop, Contains with
// null, enumeration order (queue: head first; stack: top first), ToArray
// order, constructors from sequences, wrap-around of the queue's circular
// buffer (interleaved enqueue/dequeue), Clear, CopyTo, and a stack-based
// expression evaluator plus a queue-based BFS.
using System;
using System.Collections.Generic;

namespace Corpus.Library.Collections_QueueStack
{
    public static class Program
    {
        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- Queue");
            Queue<string> q = new Queue<string>();
            Try("Peek empty", () => q.Peek());
            Try("Dequeue empty", () => q.Dequeue());
            string tv;
            Console.WriteLine("TryDequeue empty " + q.TryDequeue(out tv) + " " + (tv ?? "null") + " TryPeek empty " + q.TryPeek(out tv));
            q.Enqueue("a"); q.Enqueue("b"); q.Enqueue(null); q.Enqueue("d");
            Console.WriteLine("count " + q.Count + " peek " + q.Peek() + " enumerate " + string.Join("|", q) + " ToArray " + string.Join("|", q.ToArray()));
            Console.WriteLine("Contains(null) " + q.Contains(null) + " Contains(\"d\") " + q.Contains("d") + " Contains(\"z\") " + q.Contains("z"));
            Console.WriteLine("Dequeue " + q.Dequeue() + " " + q.Dequeue() + " " + (q.Dequeue() ?? "null") + " count " + q.Count);
            Console.WriteLine("TryPeek " + q.TryPeek(out tv) + " " + tv + " TryDequeue " + q.TryDequeue(out tv) + " " + tv + " count " + q.Count);
            Queue<int> wrap = new Queue<int>(4);
            int next = 0;
            string log = "";
            for (int round = 0; round < 10; round++)
            {
                wrap.Enqueue(next++);
                wrap.Enqueue(next++);
                log += wrap.Dequeue() + ",";
            }
            Console.WriteLine("interleaved dequeues " + log + " remaining " + string.Join(",", wrap) + " count " + wrap.Count);
            int[] qa = new int[wrap.Count + 2];
            wrap.CopyTo(qa, 1);
            Console.WriteLine("CopyTo " + string.Join(",", qa));
            Queue<int> fromSeq = new Queue<int>(new[] { 9, 8, 7 });
            Console.WriteLine("from sequence dequeues " + fromSeq.Dequeue() + " then " + string.Join(",", fromSeq));
            fromSeq.Clear();
            Console.WriteLine("after Clear count " + fromSeq.Count);
            Try("modify during enumeration", () => { Queue<int> m = new Queue<int>(new[] { 1, 2 }); foreach (int x in m) m.Enqueue(x); return "no error"; });

            Console.WriteLine("-- Stack");
            Stack<int> s = new Stack<int>();
            Try("Peek empty", () => s.Peek());
            Try("Pop empty", () => s.Pop());
            int iv;
            Console.WriteLine("TryPop empty " + s.TryPop(out iv) + " " + iv + " TryPeek empty " + s.TryPeek(out iv));
            for (int i = 1; i <= 5; i++) s.Push(i * i);
            Console.WriteLine("count " + s.Count + " peek " + s.Peek() + " enumerate " + string.Join(",", s) + " ToArray " + string.Join(",", s.ToArray()));
            Console.WriteLine("Pop " + s.Pop() + " " + s.Pop() + " then " + string.Join(",", s) + " Contains(4) " + s.Contains(4) + " Contains(25) " + s.Contains(25));
            Stack<char> fromArr = new Stack<char>("abc".ToCharArray());
            Console.WriteLine("from sequence pops " + fromArr.Pop() + fromArr.Pop() + fromArr.Pop());
            Stack<string> ns = new Stack<string>();
            ns.Push(null); ns.Push("x");
            Console.WriteLine("null items: Contains(null) " + ns.Contains(null) + " pop " + ns.Pop() + " pop " + (ns.Pop() ?? "null"));
            int[] sa = new int[5];
            s.CopyTo(sa, 1);
            Console.WriteLine("CopyTo " + string.Join(",", sa));
            Stack<int> rev = new Stack<int>(s);
            Console.WriteLine("new Stack(stack) reverses: " + string.Join(",", rev));
            Try("modify during enumeration", () => { foreach (int x in s) s.Push(x); return "no error"; });

            Console.WriteLine("-- RPN evaluator");
            foreach (string expr in new[] { "3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 4 * 5 + -", "1 +", "7 0 /" })
            {
                try { Console.WriteLine(expr + " => " + Rpn(expr)); }
                catch (Exception e) { Console.WriteLine(expr + " => " + e.GetType().Name); }
            }

            Console.WriteLine("-- BFS");
            Dictionary<int, int[]> graph = new Dictionary<int, int[]> {
                { 1, new[] { 2, 3 } }, { 2, new[] { 4 } }, { 3, new[] { 4, 5 } }, { 4, new[] { 6 } }, { 5, new[] { 6 } }, { 6, new int[0] }
            };
            Queue<int> frontier = new Queue<int>();
            Dictionary<int, int> dist = new Dictionary<int, int> { { 1, 0 } };
            frontier.Enqueue(1);
            string visit = "";
            while (frontier.Count > 0)
            {
                int node = frontier.Dequeue();
                visit += node + "(" + dist[node] + ") ";
                foreach (int nb in graph[node])
                    if (!dist.ContainsKey(nb)) { dist[nb] = dist[node] + 1; frontier.Enqueue(nb); }
            }
            Console.WriteLine(visit.TrimEnd());
            return 0;
        }

        static int Rpn(string expr)
        {
            Stack<int> st = new Stack<int>();
            foreach (string tok in expr.Split(' '))
            {
                int n;
                if (int.TryParse(tok, out n)) { st.Push(n); continue; }
                int b = st.Pop(), a = st.Pop();
                switch (tok)
                {
                    case "+": st.Push(a + b); break;
                    case "-": st.Push(a - b); break;
                    case "*": st.Push(a * b); break;
                    case "/": st.Push(a / b); break;
                }
            }
            return st.Pop();
        }
    }
}
