// Strings and a dictionary: building keys, hashing, lookups, StringBuilder.
using System;
using System.Collections.Generic;
using System.Text;
static class Program
{
    static void Main()
    {
        var counts = new Dictionary<string, int>();
        var sb = new StringBuilder();
        for (int i = 0; i < 200000; i++)
        {
            string key = "k" + (i % 5000);
            int c;
            counts.TryGetValue(key, out c);
            counts[key] = c + 1;
            if (i % 1000 == 0) sb.Append(key).Append(',');
        }
        long total = 0;
        foreach (var kv in counts) total += kv.Value * kv.Key.Length;
        Console.WriteLine(counts.Count + " " + total + " " + sb.Length);
    }
}
