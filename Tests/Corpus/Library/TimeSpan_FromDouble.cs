// TimeSpan.From{Days,Hours,Minutes,Seconds,Milliseconds}(double) with
// fractions of a millisecond. .NET Framework and Mono round the value to
// the nearest whole millisecond (half away from zero) before converting to
// ticks; .NET Core 3.0+ keeps full tick precision (value * ticks-per-unit,
// truncated toward zero). Only binary fractions whose tick counts are
// whole numbers are used, so no rounding of ticks is involved on .NET. See
// TimeSpan_FromDouble.notes.
using System;

namespace Corpus.Library.TimeSpan_FromDouble
{
    public static class Program
    {
        static void Show(string label, TimeSpan t) { Console.WriteLine(label + " = " + t + " (" + t.Ticks + " ticks)"); }

        public static int Main()
        {
            Show("FromMilliseconds(1.5)", TimeSpan.FromMilliseconds(1.5));
            Show("FromMilliseconds(0.5)", TimeSpan.FromMilliseconds(0.5));
            Show("FromMilliseconds(0.25)", TimeSpan.FromMilliseconds(0.25));
            Show("FromMilliseconds(-1.5)", TimeSpan.FromMilliseconds(-1.5));
            Show("FromMilliseconds(2.75)", TimeSpan.FromMilliseconds(2.75));
            Show("FromMilliseconds(0.0625)", TimeSpan.FromMilliseconds(0.0625));
            Show("FromSeconds(0.0078125)", TimeSpan.FromSeconds(0.0078125));
            Show("FromMinutes(1.0 / 128)", TimeSpan.FromMinutes(1.0 / 128));
            Show("FromHours(-1.0 / 1024)", TimeSpan.FromHours(-1.0 / 1024));
            Show("FromDays(1.0 / 2048)", TimeSpan.FromDays(1.0 / 2048));
            Show("whole milliseconds are the same everywhere: FromMilliseconds(2)", TimeSpan.FromMilliseconds(2));
            return 0;
        }
    }
}
