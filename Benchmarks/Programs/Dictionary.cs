// Dictionaries: Dictionary<int,int> and Dictionary<string,int> inserts, lookups (TryGetValue, ContainsKey), updates and removes — 300,000 int keys, 300,000 updates over 5,000 string keys.
using System;
using System.Collections.Generic;
static class Program
{
    const int N = 300000;

    static void Main()
    {
        // int keys: insert N, look up 2N keys (half of them present), remove every third, look all up again.
        var ints = new Dictionary<int, int>();
        for (int i = 0; i < N; i++) ints[i * 7] = i;
        long sum = 0;
        for (int i = 0; i < 2 * N; i++)
        {
            int v;
            if (ints.TryGetValue(i * 7 / 2, out v)) sum += v;
        }
        for (int i = 0; i < N; i += 3) ints.Remove(i * 7);
        int hits = 0;
        for (int i = 0; i < N; i++) if (ints.ContainsKey(i * 7)) hits++;

        // string keys: count N words drawn from 5,000 distinct keys, then remove half of the keys.
        var words = new string[5000];
        for (int i = 0; i < words.Length; i++) words[i] = "word" + i;
        var counts = new Dictionary<string, int>();
        for (int i = 0; i < N; i++)
        {
            string key = words[(int)((long)i * 7919 % words.Length)];
            int c;
            counts.TryGetValue(key, out c);
            counts[key] = c + 1;
        }
        for (int i = 0; i < words.Length; i += 2) counts.Remove(words[i]);
        long total = 0;
        foreach (var kv in counts) total += kv.Value * kv.Key.Length;

        Console.WriteLine(ints.Count + " " + sum + " " + hits + " " + counts.Count + " " + total);
    }
}
