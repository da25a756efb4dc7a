// Platform invoke (ImplMap and ModuleRef tables, pinvokeimpl flags): DllImport
// with EntryPoint, CharSet (Ansi/Unicode/Auto), SetLastError, ExactSpelling,
// CallingConvention (Cdecl/StdCall/Winapi/ThisCall/FastCall), PreserveSig,
// BestFitMapping, ThrowOnUnmappableChar; MarshalAs on parameters and return
// values; [In]/[Out] parameters; native delegates with
// UnmanagedFunctionPointer. Only libc functions that exist on Linux are
// called; the other declarations are never invoked.
using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Fixtures.PInvoke
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int Comparison(IntPtr a, IntPtr b);

    [UnmanagedFunctionPointer(CallingConvention.StdCall, CharSet = CharSet.Unicode, SetLastError = true)]
    public delegate void Callback([MarshalAs(UnmanagedType.LPWStr)] string message);

    internal static class Native
    {
        private const string Libc = "libc";

        [DllImport(Libc)]
        public static extern int getpid();

        [DllImport(Libc, EntryPoint = "abs", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        public static extern int Absolute(int value);

        [DllImport(Libc, EntryPoint = "labs", CallingConvention = CallingConvention.Cdecl)]
        public static extern long LongAbsolute(long value);

        [DllImport(Libc, EntryPoint = "strlen", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern UIntPtr StringLength([MarshalAs(UnmanagedType.LPStr)] string s);

        [DllImport(Libc, EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int fd);

        [DllImport(Libc, EntryPoint = "snprintf", CharSet = CharSet.Ansi, CallingConvention = CallingConvention.Cdecl)]
        public static extern int Format([Out] StringBuilder buffer, UIntPtr size, string format, int value);

        [DllImport(Libc, EntryPoint = "qsort", CallingConvention = CallingConvention.Cdecl)]
        public static extern void QuickSort([In, Out] int[] array, UIntPtr count, UIntPtr size, Comparison compare);

        [DllImport(Libc, EntryPoint = "getenv", CharSet = CharSet.Ansi)]
        public static extern IntPtr GetEnvironmentVariable(string name);

        [DllImport(Libc, EntryPoint = "div")]
        public static extern DivResult Divide(int numerator, int denominator);

        // Declared only: never called.
        [DllImport("kernel32.dll", CharSet = CharSet.Unicode, SetLastError = true, CallingConvention = CallingConvention.Winapi)]
        [return: MarshalAs(UnmanagedType.Bool)]
        public static extern bool SetCurrentDirectoryW(string path);

        [DllImport("user32", CharSet = CharSet.Auto, CallingConvention = CallingConvention.StdCall, PreserveSig = false)]
        public static extern void MessageBox(IntPtr hwnd, string text, string caption, uint type);

        [DllImport("native-lib", CallingConvention = CallingConvention.ThisCall)]
        public static extern void Method(IntPtr self, ref DivResult result, out int status);

        [DllImport("native-lib", EntryPoint = "#12", CallingConvention = CallingConvention.FastCall)]
        public static extern int ByOrdinal([MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 1)] byte[] data, int length);

        [DllImport("native-lib", EntryPoint = "callback")]
        public static extern void Register([MarshalAs(UnmanagedType.FunctionPtr)] Callback cb);
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct DivResult
    {
        public int Quotient;
        public int Remainder;
    }

    public class Program
    {
        static int CompareInts(IntPtr a, IntPtr b)
        {
            return Marshal.ReadInt32(a).CompareTo(Marshal.ReadInt32(b));
        }

        public static int Main()
        {
            bool pidOk = Native.getpid() > 0;
            Console.WriteLine("getpid: " + pidOk);
            Console.WriteLine("abs: " + Native.Absolute(-42) + " " + Native.LongAbsolute(-5000000000L));
            Console.WriteLine("strlen: " + Native.StringLength("hello, world").ToUInt64());
            int rc = Native.Close(-1);
            Console.WriteLine("close: " + rc + " errno set: " + (Marshal.GetLastWin32Error() != 0));
            var sb = new StringBuilder(32);
            Native.Format(sb, (UIntPtr)32, "value=%d", 1234);
            Console.WriteLine("snprintf: " + sb);
            int[] data = { 5, 3, 9, 1, 7 };
            Comparison cmp = CompareInts;
            Native.QuickSort(data, (UIntPtr)data.Length, (UIntPtr)sizeof(int), cmp);
            GC.KeepAlive(cmp);
            Console.WriteLine("qsort: " + string.Join(",", data));
            Console.WriteLine("getenv: " + (Native.GetEnvironmentVariable("FIXTURE_SURELY_UNSET_VARIABLE") == IntPtr.Zero));
            DivResult d = Native.Divide(17, 5);
            Console.WriteLine("div: " + d.Quotient + " " + d.Remainder);
            return 0;
        }
    }
}
