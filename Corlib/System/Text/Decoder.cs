// System.Text.Decoder and System.Text.Encoder: stateful conversion of a stream of bytes
// (chars) that may split a character between calls.
namespace System.Text
{
    public abstract class Decoder
    {
        protected Decoder()
        {
        }

        public virtual void Reset()
        {
        }

        public abstract int GetCharCount(byte[] bytes, int index, int count);

        public virtual int GetCharCount(byte[] bytes, int index, int count, bool flush)
        {
            return GetCharCount(bytes, index, count);
        }

        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);

        public virtual int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush)
        {
            return GetChars(bytes, byteIndex, byteCount, chars, charIndex);
        }
    }

    public abstract class Encoder
    {
        protected Encoder()
        {
        }

        public virtual void Reset()
        {
        }

        public abstract int GetByteCount(char[] chars, int index, int count, bool flush);

        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush);
    }

    // Keeps the bytes of an incomplete trailing character for the next call.
    internal sealed class DefaultDecoder : Decoder
    {
        private readonly Encoding _encoding;
        private byte[] _pending = new byte[0];

        public DefaultDecoder(Encoding encoding)
        {
            _encoding = encoding;
        }

        public override void Reset()
        {
            _pending = new byte[0];
        }

        private byte[] Combine(byte[] bytes, int index, int count)
        {
            Encoding.CheckRange(bytes, index, count, nameof(bytes));
            byte[] all = new byte[_pending.Length + count];
            for (int i = 0; i < _pending.Length; i++)
                all[i] = _pending[i];
            for (int i = 0; i < count; i++)
                all[_pending.Length + i] = bytes[index + i];
            return all;
        }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            return GetCharCount(bytes, index, count, false);
        }

        public override int GetCharCount(byte[] bytes, int index, int count, bool flush)
        {
            byte[] all = Combine(bytes, index, count);
            int keep = flush ? 0 : _encoding.IncompleteTailLength(all, 0, all.Length);
            return _encoding.GetCharCount(all, 0, all.Length - keep);
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            return GetChars(bytes, byteIndex, byteCount, chars, charIndex, false);
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush)
        {
            byte[] all = Combine(bytes, byteIndex, byteCount);
            int keep = flush ? 0 : _encoding.IncompleteTailLength(all, 0, all.Length);
            int n = _encoding.GetChars(all, 0, all.Length - keep, chars, charIndex);
            byte[] pending = new byte[keep];
            for (int i = 0; i < keep; i++)
                pending[i] = all[all.Length - keep + i];
            _pending = pending;
            return n;
        }
    }

    // Keeps a trailing high surrogate for the next call.
    internal sealed class DefaultEncoder : Encoder
    {
        private readonly Encoding _encoding;
        private char _pendingHighSurrogate;

        public DefaultEncoder(Encoding encoding)
        {
            _encoding = encoding;
        }

        public override void Reset()
        {
            _pendingHighSurrogate = '\0';
        }

        private char[] Combine(char[] chars, int index, int count, bool flush, out bool keepLast)
        {
            Encoding.CheckRange(chars, index, count, nameof(chars));
            int extra = _pendingHighSurrogate != '\0' ? 1 : 0;
            char[] all = new char[extra + count];
            if (extra != 0)
                all[0] = _pendingHighSurrogate;
            for (int i = 0; i < count; i++)
                all[extra + i] = chars[index + i];
            keepLast = !flush && all.Length > 0 && char.IsHighSurrogate(all[all.Length - 1]);
            return all;
        }

        public override int GetByteCount(char[] chars, int index, int count, bool flush)
        {
            bool keepLast;
            char[] all = Combine(chars, index, count, flush, out keepLast);
            return _encoding.GetByteCount(all, 0, all.Length - (keepLast ? 1 : 0));
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush)
        {
            bool keepLast;
            char[] all = Combine(chars, charIndex, charCount, flush, out keepLast);
            int n = _encoding.GetBytes(all, 0, all.Length - (keepLast ? 1 : 0), bytes, byteIndex);
            _pendingHighSurrogate = keepLast ? all[all.Length - 1] : '\0';
            return n;
        }
    }
}
