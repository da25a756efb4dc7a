// `cilkit run --stats`: generic code over a value type allocates no boxes. A null test on a
// type parameter (`x == null`, compiled to `box; brtrue`) is decided without boxing, and
// EqualityComparer<int>.Default (so Dictionary<int,int>, List<int>.Contains) calls
// IEquatable<int>.Equals(int), not Equals(object). 10,000 of each would show as 10,000+
// System.Int32 objects otherwise.
using System.Collections.Generic;

class Program
{
    static bool IsNull<T>(T x) { return x == null; }

    static int Main()
    {
        int nulls = 0;
        for (int i = 0; i < 10000; i++) if (IsNull(i)) nulls++;
        var d = new Dictionary<int, int>();
        for (int i = 0; i < 10000; i++) d[i] = i;
        long sum = 0;
        for (int i = 0; i < 10000; i++) { int v; if (d.TryGetValue(i, out v)) sum += v; }
        for (int i = 0; i < 10000; i += 2) d.Remove(i);
        var list = new List<int> { 1, 2, 3 };
        int found = 0;
        for (int i = 0; i < 10000; i++) if (list.Contains(i % 5)) found++;
        return nulls == 0 && sum == 49995000 && d.Count == 5000 && found == 6000 ? 0 : 1;
    }
}
