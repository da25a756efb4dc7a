// String building: StringBuilder appends (strings, chars, ints), string concatenation, string.Format and int→string conversion, 100,000 rounds.
using System;
using System.Text;
static class Program
{
    const int Rounds = 100000;

    static void Main()
    {
        var sb = new StringBuilder();
        long total = 0;
        int checksum = 0;
        for (int i = 0; i < Rounds; i++)
        {
            string s = i.ToString();                        // int → string
            string c = "item" + s + ":" + (i * 31 % 977);   // concatenation
            string f = string.Format("{0}-{1}", i % 100, c.Length);
            sb.Append(c).Append(',').Append(i % 10).Append(f);
            if (sb.Length > 4096)
            {
                string built = sb.ToString();
                total += built.Length;
                checksum = checksum * 31 + built[built.Length / 2];
                sb.Clear();
            }
        }
        total += sb.Length;
        Console.WriteLine("built " + total + " chars, checksum " + checksum);
    }
}
