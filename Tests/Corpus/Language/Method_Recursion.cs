// Recursion: linear recursion 10,000 deep, mutual recursion (IsEven/IsOdd
// 10,001 deep), Ackermann(2, 3) and (3, 3), naive and memoised Fibonacci with call counts,
// Towers of Hanoi move counts and the first moves, recursion with struct and string
// arguments, recursion through a delegate and through a virtual method, recursive descent
// parsing of arithmetic expressions, permutations by backtracking, and flood fill.
using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus
{
    abstract class Node { public abstract int Depth(); }
    class Leaf : Node { public override int Depth() { return 1; } }
    class Wrap : Node { public Node Inner; public override int Depth() { return 1 + Inner.Depth(); } }

    struct Acc { public long Sum; public int Calls; }

    class Parser
    {
        readonly string s; int pos;
        public Parser(string text) { s = text.Replace(" ", ""); }
        public long Parse() { long v = Expr(); if (pos != s.Length) throw new FormatException("junk at " + pos); return v; }
        long Expr() { long v = Term(); while (pos < s.Length && (s[pos] == '+' || s[pos] == '-')) { char op = s[pos++]; long r = Term(); v = op == '+' ? v + r : v - r; } return v; }
        long Term() { long v = Factor(); while (pos < s.Length && (s[pos] == '*' || s[pos] == '/' || s[pos] == '%')) { char op = s[pos++]; long r = Factor(); v = op == '*' ? v * r : op == '/' ? v / r : v % r; } return v; }
        long Factor()
        {
            if (s[pos] == '-') { pos++; return -Factor(); }
            if (s[pos] == '(') { pos++; long v = Expr(); pos++; return v; }
            long n = 0;
            while (pos < s.Length && char.IsDigit(s[pos])) n = n * 10 + (s[pos++] - '0');
            return n;
        }
    }

    static class Program
    {
        static long SumTo(int n) { return n == 0 ? 0 : n + SumTo(n - 1); }
        static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
        static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }
        static long ackCalls;
        static int Ack(int m, int n) { ackCalls++; return m == 0 ? n + 1 : n == 0 ? Ack(m - 1, 1) : Ack(m - 1, Ack(m, n - 1)); }
        static long fibCalls;
        static long Fib(int n) { fibCalls++; return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
        static long FibMemo(int n, Dictionary<int, long> memo) { long v; if (n < 2) return n; if (memo.TryGetValue(n, out v)) return v; v = FibMemo(n - 1, memo) + FibMemo(n - 2, memo); memo[n] = v; return v; }
        static void Hanoi(int n, char from, char to, char via, List<string> moves) { if (n == 0) return; Hanoi(n - 1, from, via, to, moves); moves.Add(from + ">" + to); Hanoi(n - 1, via, to, from, moves); }
        static Acc Accumulate(Acc a, int n) { if (n == 0) return a; a.Sum += n; a.Calls++; return Accumulate(a, n - 1); }
        static string Reverse(string s) { return s.Length <= 1 ? s : Reverse(s.Substring(1)) + s[0]; }
        static int Gcd(int a, int b) { return b == 0 ? a : Gcd(b, a % b); }
        static void Permute(char[] items, int k, List<string> output)
        {
            if (k == items.Length) { output.Add(new string(items)); return; }
            for (int i = k; i < items.Length; i++)
            {
                char t = items[k]; items[k] = items[i]; items[i] = t;
                Permute(items, k + 1, output);
                t = items[k]; items[k] = items[i]; items[i] = t;
            }
        }
        static int Fill(char[,] g, int r, int c)
        {
            if (r < 0 || c < 0 || r >= g.GetLength(0) || c >= g.GetLength(1) || g[r, c] != '.') return 0;
            g[r, c] = '#';
            return 1 + Fill(g, r + 1, c) + Fill(g, r - 1, c) + Fill(g, r, c + 1) + Fill(g, r, c - 1);
        }

        static void Main()
        {
            Console.WriteLine("SumTo(10000) = " + SumTo(10000));
            Console.WriteLine("IsEven(10001) = " + IsEven(10001) + ", IsOdd(10001) = " + IsOdd(10001) + ", IsEven(10000) = " + IsEven(10000));
            ackCalls = 0; Console.Write("Ack(2,3) = " + Ack(2, 3)); Console.WriteLine(" calls " + ackCalls);
            ackCalls = 0; Console.Write("Ack(3,3) = " + Ack(3, 3)); Console.WriteLine(" calls " + ackCalls);
            fibCalls = 0; Console.Write("Fib(20) = " + Fib(20)); Console.WriteLine(" calls " + fibCalls);
            Console.WriteLine("FibMemo(90) = " + FibMemo(90, new Dictionary<int, long>()));
            var moves = new List<string>();
            Hanoi(10, 'A', 'C', 'B', moves);
            Console.WriteLine("Hanoi(10) moves " + moves.Count + ", first " + string.Join(" ", moves.GetRange(0, 7)) + ", last " + moves[moves.Count - 1]);
            Acc acc = Accumulate(new Acc(), 5000);
            Console.WriteLine("struct accumulator: sum " + acc.Sum + " calls " + acc.Calls);
            Console.WriteLine("Reverse: " + Reverse("recursion is fun"));
            Console.WriteLine("Gcd(1071, 462) = " + Gcd(1071, 462) + ", Gcd(17, 5) = " + Gcd(17, 5));

            Func<int, long> fact = null;
            fact = n => n <= 1 ? 1 : n * fact(n - 1);
            Console.WriteLine("delegate recursion 15! = " + fact(15));

            Node chain = new Leaf();
            for (int i = 0; i < 5000; i++) chain = new Wrap { Inner = chain };
            Console.WriteLine("virtual recursion depth " + chain.Depth());

            string[] exprs = { "1 + 2 * 3", "(1 + 2) * 3", "2 * (3 + 4) * 5 - 6 / 2", "-(4 - 10) % 4", "((((7))))", "100 / 7 / 2", "1 - 2 - 3" };
            foreach (string e in exprs) Console.WriteLine("parse \"" + e + "\" = " + new Parser(e).Parse());
            var deep = new StringBuilder();
            for (int i = 0; i < 2000; i++) deep.Append('(');
            deep.Append('1');
            for (int i = 0; i < 2000; i++) deep.Append(")+1");
            Console.WriteLine("deeply nested expression = " + new Parser(deep.ToString()).Parse());

            var perms = new List<string>();
            Permute("abcd".ToCharArray(), 0, perms);
            perms.Sort(string.CompareOrdinal);
            Console.WriteLine("permutations " + perms.Count + ": " + string.Join(" ", perms.GetRange(0, 6)) + " ... " + perms[perms.Count - 1]);

            string[] rows = { "..#.....", ".##.###.", "...#..#.", "####..#.", "....###." };
            var grid = new char[rows.Length, rows[0].Length];
            for (int r = 0; r < rows.Length; r++) for (int c = 0; c < rows[r].Length; c++) grid[r, c] = rows[r][c];
            Console.WriteLine("flood fill from (0,0): " + Fill(grid, 0, 0) + " cells, from (2,4): " + Fill(grid, 2, 4) + " cells, from (4,0): " + Fill(grid, 4, 0) + " cells");
        }
    }
}
