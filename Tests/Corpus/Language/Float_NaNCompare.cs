// IEEE comparisons: NaN is unordered (every ordered comparison is false, != is true), so
// !(a < b) is not a >= b; the compiler emits the .un branch forms (bge.un, blt.un, ...) for
// negated conditions. Also -0.0 == 0.0, infinities, Equals/CompareTo (which order NaN first),
// Array.Sort with NaN and infinities, double.IsNaN & co, and the same for float.
// Avoided: Math.Max/Math.Min with a mix of +0.0 and -0.0 (.NET Core 3.0+ follows IEEE 754:2019
// and returns +0.0 for Max(-0.0, 0.0); .NET Framework/Mono return the second argument).
using System;

namespace Corpus
{
    static class Program
    {
        static double NaN = double.NaN, Zero = 0.0, NegZero = -0.0, One = 1.0, PInf = double.PositiveInfinity, NInf = double.NegativeInfinity;
        static float FNaN = float.NaN, FOne = 1f;

        static string B(bool b) { return b ? "T" : "F"; }

        static string Name(double d)
        {
            if (double.IsNaN(d)) return "NaN";
            if (double.IsPositiveInfinity(d)) return "+Inf";
            if (double.IsNegativeInfinity(d)) return "-Inf";
            if (d == 0) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0" : "+0";
            return d == 1 ? "1" : d == -1 ? "-1" : "?";
        }

        // Each condition is written so that mcs emits a different branch opcode.
        static string Branches(double a, double b)
        {
            string s = "";
            if (a < b) s += "T"; else s += "F";
            if (a <= b) s += "T"; else s += "F";
            if (a > b) s += "T"; else s += "F";
            if (a >= b) s += "T"; else s += "F";
            if (a == b) s += "T"; else s += "F";
            if (a != b) s += "T"; else s += "F";
            if (!(a < b)) s += "T"; else s += "F";
            if (!(a <= b)) s += "T"; else s += "F";
            if (!(a > b)) s += "T"; else s += "F";
            if (!(a >= b)) s += "T"; else s += "F";
            return s;
        }

        // Comparison results stored as values (ceq/clt/cgt and their negations).
        static string Values(double a, double b)
        {
            bool lt = a < b, le = a <= b, gt = a > b, ge = a >= b, eq = a == b, ne = a != b;
            bool nlt = !(a < b), nge = !(a >= b);
            return B(lt) + B(le) + B(gt) + B(ge) + B(eq) + B(ne) + B(nlt) + B(nge);
        }

        static string FBranches(float a, float b)
        {
            string s = "";
            if (a < b) s += "T"; else s += "F";
            if (a >= b) s += "T"; else s += "F";
            if (!(a < b)) s += "T"; else s += "F";
            if (!(a >= b)) s += "T"; else s += "F";
            if (a == b) s += "T"; else s += "F";
            if (a != b) s += "T"; else s += "F";
            return s;
        }

        static void Main()
        {
            double[] vals = { NaN, NInf, -One, NegZero, Zero, One, PInf };
            Console.WriteLine("branches: < <= > >= == != !< !<= !> !>=");
            foreach (double a in vals)
                foreach (double b in vals)
                    Console.WriteLine(Name(a) + " vs " + Name(b) + ": " + Branches(a, b) + " values " + Values(a, b));

            Console.WriteLine("-- Equals / CompareTo");
            Console.WriteLine("NaN.Equals(NaN) = " + NaN.Equals(NaN));
            Console.WriteLine("NaN == NaN = " + (NaN == NaN));
            Console.WriteLine("((object)NaN).Equals(NaN) = " + ((object)NaN).Equals(NaN));
            Console.WriteLine("(-0.0).Equals(0.0) = " + NegZero.Equals(Zero));
            Console.WriteLine("NaN.CompareTo(NaN) = " + NaN.CompareTo(NaN));
            Console.WriteLine("NaN.CompareTo(-Inf) = " + NaN.CompareTo(NInf));
            Console.WriteLine("(-Inf).CompareTo(NaN) = " + NInf.CompareTo(NaN));
            Console.WriteLine("(-0.0).CompareTo(0.0) = " + NegZero.CompareTo(Zero));
            Console.WriteLine("1.0.CompareTo(+Inf) = " + One.CompareTo(PInf));
            Console.WriteLine("IsNaN: " + double.IsNaN(NaN) + " " + double.IsNaN(PInf) + " " + double.IsNaN(PInf - PInf));
            Console.WriteLine("IsInfinity: " + double.IsInfinity(NInf) + " " + double.IsPositiveInfinity(NInf) + " " + double.IsNegativeInfinity(NInf) + " " + double.IsInfinity(double.MaxValue));

            Console.WriteLine("-- NaN produced by operations");
            double[] made = { Zero / Zero, PInf - PInf, PInf * Zero, NInf + PInf, Math.Sqrt(-One), NaN + One, NaN * Zero, Math.Log(-One) };
            for (int i = 0; i < made.Length; i++)
                Console.WriteLine("made[" + i + "]: IsNaN=" + double.IsNaN(made[i]) + " self==" + (made[i] == made[i]) + " self!=" + (made[i] != made[i]));

            Console.WriteLine("-- Math.Max / Min with NaN and infinities");
            Console.WriteLine("Max(NaN, 1) " + Name(Math.Max(NaN, One)) + ", Max(1, NaN) " + Name(Math.Max(One, NaN)));
            Console.WriteLine("Min(NaN, 1) " + Name(Math.Min(NaN, One)) + ", Min(1, NaN) " + Name(Math.Min(One, NaN)));
            Console.WriteLine("Max(-Inf, -1) " + Name(Math.Max(NInf, -One)) + ", Min(+Inf, 1) " + Name(Math.Min(PInf, One)));

            Console.WriteLine("-- sorting");
            double[] arr = { 3, NaN, -1, PInf, NInf, NaN, 2, -7.5, 1e300, -1e-300 };
            Array.Sort(arr);
            string line = "";
            foreach (double d in arr)
                line += (double.IsNaN(d) ? "NaN" : double.IsInfinity(d) ? (d > 0 ? "+Inf" : "-Inf") : d == 1e300 ? "1e300" : d == -1e-300 ? "-1e-300" : ((int)(d * 10)).ToString()) + " ";
            Console.WriteLine("sorted (x10 for finite): " + line);

            Console.WriteLine("-- loops controlled by NaN");
            int n = 0;
            for (double d = 0; d < NaN; d++) n++;
            Console.WriteLine("for (d < NaN) iterations: " + n);
            n = 0;
            for (double d = 0; !(d >= NaN) && n < 5; d++) n++;
            Console.WriteLine("for (!(d >= NaN) && n < 5) iterations: " + n);
            double x = NaN;
            string which = x > 0 ? "positive" : x < 0 ? "negative" : x == 0 ? "zero" : "unordered";
            Console.WriteLine("classify(NaN) = " + which);

            Console.WriteLine("-- float");
            float[] fv = { FNaN, -FOne, 0f, FOne, float.PositiveInfinity };
            foreach (float a in fv)
            {
                string r = "";
                foreach (float b in fv) r += FBranches(a, b) + " ";
                Console.WriteLine(r);
            }
            Console.WriteLine("float.NaN.Equals(float.NaN) = " + FNaN.Equals(FNaN) + ", (double)float.NaN is NaN: " + double.IsNaN((double)FNaN));
            Console.WriteLine("(float)double.NaN is NaN: " + float.IsNaN((float)NaN));
            Console.WriteLine("float.NaN.CompareTo(0f) = " + FNaN.CompareTo(0f));
        }
    }
}
