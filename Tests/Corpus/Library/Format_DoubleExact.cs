// Fixed-precision double formatting where .NET Core 3.0+ is exact and Mono
// (= .NET Framework) first rounds to 15 significant digits:
// - values that look like ties in decimal but are not in binary (2.675,
//   1.005, 0.285) round by their exact binary value;
// - exact binary ties (0.5, 2.5, 1.125, 0.375) round half to even in the
//   standard formats (F/N/E/P), but away from zero in custom formats;
// - precision beyond 15 digits shows the exact binary expansion;
// - negative zero and negative values that round to zero keep their sign.
// See Format_DoubleExact.notes.
using System;
using System.Globalization;

namespace Corpus.Library.Format_DoubleExact
{
    public static class Program
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        static string F(double v, string fmt) { return v.ToString(fmt, Inv); }

        public static int Main()
        {
            Console.WriteLine("-- decimal-looking ties");
            double[] looksTie = { 2.675, 1.005, 0.285, 1.115, 8.345, 0.045, 1.255, 2.345 };
            foreach (double v in looksTie)
                Console.WriteLine(F(v, "G17") + ": F2=" + F(v, "F2") + " N2=" + F(v, "N2") + " E2=" + F(v, "E2") + " 0.00=" + F(v, "0.00") + " Math.Round(v,2)=" + Math.Round(v, 2).ToString("R", Inv));

            Console.WriteLine("-- exact binary ties");
            double[] ties = { 0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 0.25, 0.75, 1.125, 1.375, 0.375, 0.625, 1.0625 };
            foreach (double v in ties)
                Console.WriteLine(F(v, "R") + ": F0=" + F(v, "F0") + " F1=" + F(v, "F1") + " F2=" + F(v, "F2") + " N0=" + F(v, "N0") + " E0=" + F(v, "E0") + " E1=" + F(v, "E1")
                    + " P0=" + F(v / 100, "P0") + " custom 0=" + F(v, "0") + " custom 0.0=" + F(v, "0.0") + " custom 0.00=" + F(v, "0.00"));

            Console.WriteLine("-- more than 15 digits");
            double[] longer = { 0.1, 0.2, 1.0 / 3, 123456789012345678.0, 1e22, 4.35, Math.PI, 5e-324, 1.7976931348623157e308 };
            foreach (double v in longer)
                Console.WriteLine(F(v, "R") + ": F20=" + F(v, "F20") + " E20=" + F(v, "E20") + " F0=" + F(v, "F0") + " N0=" + F(v, "N0") + " 0=" + F(v, "0"));

            Console.WriteLine("-- negative zero");
            // Computed at run time: mcs folds some constant expressions that
            // should give -0.0 to +0.0, and rewrites x + 0.0 as x.
            double nz = -0.0, zero = 0.0, minusOne = -1.0, tiny = 1e-300;
            double[] zeros = { nz, zero * minusOne, -tiny * tiny, Math.Round(-0.4), Math.Ceiling(-0.5), Math.Truncate(-0.9), -0.4, -0.004, zero - zero, nz + nz, nz - zero };
            foreach (double v in zeros)
                Console.WriteLine("bits " + BitConverter.DoubleToInt64Bits(v).ToString("X16") + ": ToString=" + v.ToString(Inv) + " F2=" + F(v, "F2") + " F0=" + F(v, "F0") + " N1=" + F(v, "N1")
                    + " E1=" + F(v, "E1") + " G=" + F(v, "G") + " 0=" + F(v, "0") + " 0.0=" + F(v, "0.0") + " #=" + F(v, "#"));
            Console.WriteLine("-0.0 == 0.0 " + (nz == 0.0) + ", 1/-0.0 = " + (1 / nz).ToString(Inv) + ", -0.0 + 0.0 prints " + (nz + zero).ToString(Inv) + ", Math.Abs(-0.0) prints " + Math.Abs(nz).ToString(Inv));
            Console.WriteLine("-0f " + (-0.0f).ToString(Inv) + ", decimal -0.0m " + (-0.0m).ToString(Inv));
            Console.WriteLine(string.Format(Inv, "composite [{0}] [{0:F1}] [{1}]", nz, -0.01 * 0.001));
            return 0;
        }
    }
}
