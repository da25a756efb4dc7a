// System.String: an immutable sequence of UTF-16 code units.
// The character storage belongs to the runtime, so Length, the indexer and the
// allocating Concat overloads are internal calls; the object overloads are C#.
using System.Runtime.CompilerServices;

namespace System
{
    public sealed class String
    {
        private String()
        {
        }

        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        [IndexerName("Chars")]
        public extern char this[int index]
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool Equals(string a, string b);

        public bool Equals(string value)
        {
            return Equals(this, value);
        }

        public override bool Equals(object obj)
        {
            return Equals(this, obj as string);
        }

        public static bool operator ==(string a, string b)
        {
            return Equals(a, b);
        }

        public static bool operator !=(string a, string b)
        {
            return !Equals(a, b);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern int GetHashCode();

        public override string ToString()
        {
            return this;
        }

        public static bool IsNullOrEmpty(string value)
        {
            return value == null || value.Length == 0;
        }

        public static string Concat(object arg0)
        {
            return arg0?.ToString() ?? "";
        }

        public static string Concat(object arg0, object arg1)
        {
            return Concat(arg0?.ToString(), arg1?.ToString());
        }

        public static string Concat(object arg0, object arg1, object arg2)
        {
            return Concat(arg0?.ToString(), arg1?.ToString(), arg2?.ToString());
        }

        public static string Concat(params object[] args)
        {
            if (args == null)
                throw new ArgumentNullException(nameof(args));

            string[] strings = new string[args.Length];
            for (int i = 0; i < args.Length; i++)
                strings[i] = args[i]?.ToString();
            return Concat(strings);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(string str0, string str1);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(string str0, string str1, string str2);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(string str0, string str1, string str2, string str3);

        // Throws ArgumentNullException when values is null; null elements count as "".
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string Concat(params string[] values);
    }
}
