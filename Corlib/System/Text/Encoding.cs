// System.Text.Encoding: conversion between UTF-16 text and bytes. CILKit provides
// UTF-8, ASCII, UTF-16 (LE/BE), UTF-32 and Latin-1 (ISO-8859-1), with .NET Core's
// replacement behaviour: invalid input becomes U+FFFD (or '?' for the single-byte
// encodings) instead of throwing, unless an encoding was created to throw.
namespace System.Text
{
    public abstract class Encoding : ICloneable
    {
        private static Encoding s_utf8;
        private static Encoding s_utf8NoBom;
        private static Encoding s_ascii;
        private static Encoding s_unicode;
        private static Encoding s_bigEndianUnicode;
        private static Encoding s_utf32;
        private static Encoding s_latin1;

        internal readonly int m_codePage;
        private bool _isReadOnly = true;

        protected Encoding()
            : this(0)
        {
        }

        protected Encoding(int codePage)
        {
            if (codePage < 0)
                throw new ArgumentOutOfRangeException(nameof(codePage), codePage, "codePage ('" + codePage.ToString() + "') must be a non-negative value.");
            m_codePage = codePage;
        }

        // ---- The well-known encodings ----

        public static Encoding UTF8
        {
            get { return s_utf8 ?? (s_utf8 = new UTF8Encoding(true)); }
        }

        // .NET Core's Default is UTF-8 without a byte order mark.
        public static Encoding Default
        {
            get { return s_utf8NoBom ?? (s_utf8NoBom = new UTF8Encoding(false)); }
        }

        public static Encoding ASCII
        {
            get { return s_ascii ?? (s_ascii = new ASCIIEncoding()); }
        }

        public static Encoding Unicode
        {
            get { return s_unicode ?? (s_unicode = new UnicodeEncoding(false, true)); }
        }

        public static Encoding BigEndianUnicode
        {
            get { return s_bigEndianUnicode ?? (s_bigEndianUnicode = new UnicodeEncoding(true, true)); }
        }

        public static Encoding UTF32
        {
            get { return s_utf32 ?? (s_utf32 = new UTF32Encoding(false, true)); }
        }

        public static Encoding Latin1
        {
            get { return s_latin1 ?? (s_latin1 = new Latin1Encoding()); }
        }

        public static Encoding GetEncoding(int codepage)
        {
            switch (codepage)
            {
                case 0: return Default;
                case 1200: return Unicode;
                case 1201: return BigEndianUnicode;
                case 12000: return UTF32;
                case 12001: return new UTF32Encoding(true, true);
                case 20127: return ASCII;
                case 28591: return Latin1;
                case 65001: return UTF8;
            }
            if (codepage < 0 || codepage > 65535)
                throw new ArgumentOutOfRangeException(nameof(codepage), "Valid values are between 0 and 65535, inclusive.");
            throw new NotSupportedException("No data is available for encoding " + codepage.ToString() + ". For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.");
        }

        public static Encoding GetEncoding(string name)
        {
            if (name == null)
                throw new ArgumentNullException(nameof(name));
            switch (name.ToLowerInvariant())
            {
                case "utf-8":
                    return UTF8;
                case "us-ascii":
                case "ascii":
                    return ASCII;
                case "utf-16":
                case "utf-16le":
                case "unicode":
                    return Unicode;
                case "utf-16be":
                case "unicodefffe":
                    return BigEndianUnicode;
                case "utf-32":
                case "utf-32le":
                    return UTF32;
                case "utf-32be":
                    return new UTF32Encoding(true, true);
                case "iso-8859-1":
                case "latin1":
                    return Latin1;
            }
            throw new ArgumentException("'" + name + "' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.", nameof(name));
        }

        public static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes)
        {
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            return Convert(srcEncoding, dstEncoding, bytes, 0, bytes.Length);
        }

        public static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes, int index, int count)
        {
            if (srcEncoding == null)
                throw new ArgumentNullException(nameof(srcEncoding));
            if (dstEncoding == null)
                throw new ArgumentNullException(nameof(dstEncoding));
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            return dstEncoding.GetBytes(srcEncoding.GetChars(bytes, index, count));
        }

        // ---- Names and properties ----

        public virtual int CodePage
        {
            get { return m_codePage; }
        }

        public virtual int WindowsCodePage
        {
            get { return m_codePage == 20127 || m_codePage == 28591 ? 1252 : 1200; }
        }

        public virtual string WebName
        {
            get { return ""; }
        }

        public virtual string EncodingName
        {
            get { return WebName; }
        }

        public virtual string BodyName
        {
            get { return WebName; }
        }

        public virtual string HeaderName
        {
            get { return WebName; }
        }

        public virtual bool IsSingleByte
        {
            get { return false; }
        }

        public virtual bool IsBrowserDisplay
        {
            get { return true; }
        }

        public virtual bool IsBrowserSave
        {
            get { return true; }
        }

        public virtual bool IsMailNewsDisplay
        {
            get { return true; }
        }

        public virtual bool IsMailNewsSave
        {
            get { return true; }
        }

        public bool IsReadOnly
        {
            get { return _isReadOnly; }
        }

        public virtual object Clone()
        {
            Encoding e = (Encoding)MemberwiseClone();
            e._isReadOnly = false;
            return e;
        }

        public virtual byte[] GetPreamble()
        {
            return new byte[0];
        }

        public override bool Equals(object value)
        {
            Encoding that = value as Encoding;
            return that != null && that.GetType() == GetType() && that.m_codePage == m_codePage;
        }

        public override int GetHashCode()
        {
            return m_codePage;
        }

        public virtual Decoder GetDecoder()
        {
            return new DefaultDecoder(this);
        }

        public virtual Encoder GetEncoder()
        {
            return new DefaultEncoder(this);
        }

        // How many bytes at the end of bytes[index, index + count) start a character that
        // is not complete yet (for decoders fed piece by piece).
        internal virtual int IncompleteTailLength(byte[] bytes, int index, int count)
        {
            return 0;
        }

        // ---- Encoding: the core methods every encoding implements ----

        public abstract int GetByteCount(char[] chars, int index, int count);

        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex);

        public abstract int GetCharCount(byte[] bytes, int index, int count);

        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);

        public abstract int GetMaxByteCount(int charCount);

        public abstract int GetMaxCharCount(int byteCount);

        // ---- The derived overloads ----

        internal static void CheckRange(char[] chars, int index, int count, string arrayName)
        {
            if (chars == null)
                throw new ArgumentNullException(arrayName);
            if (index < 0 || count < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (chars.Length - index < count)
                throw new ArgumentOutOfRangeException(arrayName, "Index and count must refer to a location within the buffer.");
        }

        internal static void CheckRange(byte[] bytes, int index, int count, string arrayName)
        {
            if (bytes == null)
                throw new ArgumentNullException(arrayName);
            if (index < 0 || count < 0)
                throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (bytes.Length - index < count)
                throw new ArgumentOutOfRangeException(arrayName, "Index and count must refer to a location within the buffer.");
        }

        public virtual int GetByteCount(char[] chars)
        {
            if (chars == null)
                throw new ArgumentNullException(nameof(chars));
            return GetByteCount(chars, 0, chars.Length);
        }

        public virtual int GetByteCount(string s)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            char[] chars = s.ToCharArray();
            return GetByteCount(chars, 0, chars.Length);
        }

        public int GetByteCount(string s, int index, int count)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if (index < 0 || count < 0 || index > s.Length - count)
                throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(count), "Index and count must refer to a location within the string.");
            char[] chars = s.ToCharArray(index, count);
            return GetByteCount(chars, 0, count);
        }

        public virtual unsafe int GetByteCount(char* chars, int count)
        {
            if (chars == null)
                throw new ArgumentNullException(nameof(chars));
            if (count < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            char[] array = new char[count];
            for (int i = 0; i < count; i++)
                array[i] = chars[i];
            return GetByteCount(array, 0, count);
        }

        public virtual byte[] GetBytes(char[] chars)
        {
            if (chars == null)
                throw new ArgumentNullException(nameof(chars));
            return GetBytes(chars, 0, chars.Length);
        }

        public virtual byte[] GetBytes(char[] chars, int index, int count)
        {
            CheckRange(chars, index, count, nameof(chars));
            byte[] bytes = new byte[GetByteCount(chars, index, count)];
            GetBytes(chars, index, count, bytes, 0);
            return bytes;
        }

        public virtual byte[] GetBytes(string s)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            char[] chars = s.ToCharArray();
            return GetBytes(chars, 0, chars.Length);
        }

        public byte[] GetBytes(string s, int index, int count)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if (index < 0 || count < 0 || index > s.Length - count)
                throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(count), "Index and count must refer to a location within the string.");
            char[] chars = s.ToCharArray(index, count);
            return GetBytes(chars, 0, count);
        }

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (s == null)
                throw new ArgumentNullException(nameof(s));
            if (charIndex < 0 || charCount < 0 || charIndex > s.Length - charCount)
                throw new ArgumentOutOfRangeException(charIndex < 0 ? nameof(charIndex) : nameof(charCount), "Index and count must refer to a location within the string.");
            return GetBytes(s.ToCharArray(charIndex, charCount), 0, charCount, bytes, byteIndex);
        }

        public virtual unsafe int GetBytes(char* chars, int charCount, byte* bytes, int byteCount)
        {
            if (chars == null || bytes == null)
                throw new ArgumentNullException(chars == null ? nameof(chars) : nameof(bytes));
            char[] source = new char[charCount];
            for (int i = 0; i < charCount; i++)
                source[i] = chars[i];
            byte[] result = GetBytes(source, 0, charCount);
            if (result.Length > byteCount)
                throw new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding codepage '" + CodePage.ToString() + "' and fallback 'System.Text.EncoderReplacementFallback'.", nameof(bytes));
            for (int i = 0; i < result.Length; i++)
                bytes[i] = result[i];
            return result.Length;
        }

        public virtual int GetCharCount(byte[] bytes)
        {
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            return GetCharCount(bytes, 0, bytes.Length);
        }

        public virtual unsafe int GetCharCount(byte* bytes, int count)
        {
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            byte[] array = new byte[count];
            for (int i = 0; i < count; i++)
                array[i] = bytes[i];
            return GetCharCount(array, 0, count);
        }

        public virtual char[] GetChars(byte[] bytes)
        {
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            return GetChars(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes, int index, int count)
        {
            CheckRange(bytes, index, count, nameof(bytes));
            char[] chars = new char[GetCharCount(bytes, index, count)];
            GetChars(bytes, index, count, chars, 0);
            return chars;
        }

        public virtual unsafe int GetChars(byte* bytes, int byteCount, char* chars, int charCount)
        {
            if (chars == null || bytes == null)
                throw new ArgumentNullException(chars == null ? nameof(chars) : nameof(bytes));
            byte[] source = new byte[byteCount];
            for (int i = 0; i < byteCount; i++)
                source[i] = bytes[i];
            char[] result = GetChars(source, 0, byteCount);
            if (result.Length > charCount)
                throw new ArgumentException("The output char buffer is too small to contain the decoded characters, encoding codepage '" + CodePage.ToString() + "' and fallback 'System.Text.DecoderReplacementFallback'.", nameof(chars));
            for (int i = 0; i < result.Length; i++)
                chars[i] = result[i];
            return result.Length;
        }

        public virtual string GetString(byte[] bytes)
        {
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            return GetString(bytes, 0, bytes.Length);
        }

        public virtual string GetString(byte[] bytes, int index, int count)
        {
            return new string(GetChars(bytes, index, count));
        }

        public unsafe string GetString(byte* bytes, int byteCount)
        {
            if (bytes == null)
                throw new ArgumentNullException(nameof(bytes));
            if (byteCount < 0)
                throw new ArgumentOutOfRangeException(nameof(byteCount), "Non-negative number required.");
            byte[] array = new byte[byteCount];
            for (int i = 0; i < byteCount; i++)
                array[i] = bytes[i];
            return GetString(array, 0, byteCount);
        }
    }

    // The replacement character decoders produce for invalid input, and the exceptions
    // (EncoderFallbackException, DecoderFallbackException) of encodings created to throw.
    internal static class EncodingHelpers
    {
        internal const char ReplacementChar = '\uFFFD';

        internal static Exception EncoderError(char c, int index)
        {
            return new EncoderFallbackException("Unable to translate Unicode character \\u" + ((int)c).ToString("X4") + " at index " + index.ToString() + " to specified code page.", c, index);
        }

        internal static Exception DecoderError(byte b, int index)
        {
            return DecoderError(new byte[] { b }, 0, 1, index);
        }

        // bytes[start, start + length) is the ill-formed sequence; index is its position in
        // the caller's input. The message lists at most 20 of the bytes, like .NET's.
        internal static Exception DecoderError(byte[] bytes, int start, int length, int index)
        {
            byte[] unknown = new byte[length];
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++)
            {
                unknown[i] = bytes[start + i];
                if (i < 20)
                    text.Append('[').Append(unknown[i].ToString("X2")).Append(']');
            }
            if (length >= 20)
                text.Append(" ...");
            return new DecoderFallbackException("Unable to translate bytes " + text.ToString() + " at index " + index.ToString() + " from specified code page to Unicode.", unknown, index);
        }
    }
}
