// System.Environment: information about the process and its environment.
// Time, the command line and environment variables come from the engine (internal calls).
using System.Runtime.CompilerServices;

namespace System
{
    public static class Environment
    {
        // CILKit follows Unix conventions on every platform.
        public static string NewLine
        {
            get { return "\n"; }
        }

        // Milliseconds since an arbitrary start (the system's monotonic clock), wrapping to
        // negative after about 24.9 days like .NET's.
        public static int TickCount
        {
            get { return unchecked((int)GetTickCount64()); }
        }

        public static long TickCount64
        {
            get { return GetTickCount64(); }
        }

        public static int ProcessorCount
        {
            get { return GetProcessorCount(); }
        }

        public static int CurrentManagedThreadId
        {
            get { return System.Threading.Thread.CurrentThread.ManagedThreadId; }
        }

        public static bool Is64BitProcess
        {
            get { return true; }
        }

        public static bool Is64BitOperatingSystem
        {
            get { return true; }
        }

        public static bool HasShutdownStarted
        {
            get { return false; }
        }

        // Ends the process with the given exit code; finally blocks do not run.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Exit(int exitCode);

        // The program name followed by its arguments.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string[] GetCommandLineArgs();

        // The value of the variable, or null if it is not set. Throws ArgumentNullException for null.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string GetEnvironmentVariable(string variable);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long GetTickCount64();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetProcessorCount();

    }
}
