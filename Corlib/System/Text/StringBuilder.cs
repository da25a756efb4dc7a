// System.Text.StringBuilder: a mutable string. The characters live in one array, but
// the capacities of .NET's chunk list are simulated (growth by the current length,
// between 16 and 8000 characters at a time; shrinking through Length/Clear), so that
// Capacity reports the values .NET reports for appends, Length changes and Clear.
using System.Collections.Generic;

namespace System.Text
{
    public sealed class StringBuilder
    {
        internal const int DefaultCapacity = 16;
        internal const int MaxChunkSize = 8000;

        private char[] m_ChunkChars;
        private int m_Length;
        private readonly int m_MaxCapacity;

        // The capacities of .NET's chunks, oldest first (m_ChunkCount used entries); their
        // sum is Capacity, and m_ChunkChars is at least that long.
        private int[] m_ChunkSizes = new int[4];
        private int m_ChunkCount;
        private int m_Capacity; // the sum of the chunk sizes

        public StringBuilder()
        {
            m_MaxCapacity = int.MaxValue;
            m_ChunkChars = new char[DefaultCapacity];
            ResetChunks(DefaultCapacity);
        }

        public StringBuilder(int capacity)
            : this(capacity, int.MaxValue)
        {
        }

        public StringBuilder(string value)
            : this(value, DefaultCapacity)
        {
        }

        public StringBuilder(string value, int capacity)
            : this(value, 0, value != null ? value.Length : 0, capacity)
        {
        }

        public StringBuilder(string value, int startIndex, int length, int capacity)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity ('" + capacity.ToString() + "') must be a non-negative value.");
            if (length < 0)
                throw new ArgumentOutOfRangeException(nameof(length), length, "length ('" + length.ToString() + "') must be a non-negative value.");
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException(nameof(startIndex), startIndex, "startIndex ('" + startIndex.ToString() + "') must be a non-negative value.");
            if (value == null)
                value = string.Empty;
            if (startIndex > value.Length - length)
                throw new ArgumentOutOfRangeException(nameof(length), "Index and length must refer to a location within the string.");

            m_MaxCapacity = int.MaxValue;
            if (capacity == 0)
                capacity = DefaultCapacity;
            if (capacity < length)
                capacity = length;
            m_ChunkChars = new char[capacity];
            ResetChunks(capacity);
            value.CopyTo(startIndex, m_ChunkChars, 0, length);
            m_Length = length;
        }

        public StringBuilder(int capacity, int maxCapacity)
        {
            if (capacity > maxCapacity)
                throw new ArgumentOutOfRangeException(nameof(capacity), "Capacity exceeds maximum capacity.");
            if (maxCapacity < 1)
                throw new ArgumentOutOfRangeException(nameof(maxCapacity), maxCapacity, "maxCapacity ('" + maxCapacity.ToString() + "') must be greater than or equal to '1'.");
            if (capacity < 0)
                throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity ('" + capacity.ToString() + "') must be a non-negative value.");
            if (capacity == 0)
                capacity = Math.Min(DefaultCapacity, maxCapacity);
            m_MaxCapacity = maxCapacity;
            m_ChunkChars = new char[capacity];
            ResetChunks(capacity);
        }

        // ---- Size ----

        public int Capacity
        {
            get { return m_Capacity; }
            set
            {
                if (value < 0)
                    throw new ArgumentOutOfRangeException(nameof(value), "Capacity must be positive.");
                if (value > MaxCapacity)
                    throw new ArgumentOutOfRangeException(nameof(value), "Capacity exceeds maximum capacity.");
                if (value < Length)
                    throw new ArgumentOutOfRangeException(nameof(value), "capacity was less than the current size.");
                if (value != Capacity)
                {
                    // .NET rebuilds the builder as one chunk of the new capacity.
                    Reallocate(value);
                    ResetChunks(value);
                }
            }
        }

        private void ResetChunks(int capacity)
        {
            m_ChunkSizes[0] = capacity;
            m_ChunkCount = 1;
            m_Capacity = capacity;
        }

        private void AddChunk(int size)
        {
            if (m_ChunkCount == m_ChunkSizes.Length)
            {
                int[] bigger = new int[m_ChunkSizes.Length * 2];
                for (int i = 0; i < m_ChunkCount; i++)
                    bigger[i] = m_ChunkSizes[i];
                m_ChunkSizes = bigger;
            }
            m_ChunkSizes[m_ChunkCount++] = size;
            m_Capacity += size;
        }

        // Length reduced to value: as .NET, the chunks after the one holding position value
        // are dropped, and that chunk grows to keep min(Capacity, max(Length * 6 / 5, last
        // chunk's size)) characters of capacity.
        private void ShrinkChunks(int value)
        {
            int offset = 0, k = 0;
            while (k < m_ChunkCount - 1 && offset + m_ChunkSizes[k] <= value)
            {
                offset += m_ChunkSizes[k];
                k++;
            }
            if (k == m_ChunkCount - 1)
                return;
            int capacityToPreserve = Math.Min(m_Capacity, Math.Max(m_Length * 6 / 5, m_ChunkSizes[m_ChunkCount - 1]));
            int newLen = capacityToPreserve - offset;
            if (newLen > m_ChunkSizes[k])
                m_ChunkSizes[k] = newLen;
            m_ChunkCount = k + 1;
            m_Capacity = offset + m_ChunkSizes[k];
        }

        public int MaxCapacity
        {
            get { return m_MaxCapacity; }
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0)
                throw new ArgumentOutOfRangeException(nameof(capacity), "Capacity must be positive.");
            if (Capacity < capacity)
                Capacity = capacity;
            return Capacity;
        }

        public int Length
        {
            get { return m_Length; }
            set
            {
                if (value < 0)
                    throw new ArgumentOutOfRangeException(nameof(value), "Length cannot be less than zero.");
                if (value > MaxCapacity)
                    throw new ArgumentOutOfRangeException(nameof(value), "capacity was less than the current size.");
                if (value > m_Length)
                {
                    // Extended with '\0's.
                    EnsureRoom(value - m_Length);
                    for (int i = m_Length; i < value; i++)
                        m_ChunkChars[i] = '\0';
                }
                else if (value < m_Length)
                {
                    ShrinkChunks(value);
                }
                m_Length = value;
            }
        }

        private void Reallocate(int capacity)
        {
            char[] chars = new char[capacity];
            for (int i = 0; i < m_Length; i++)
                chars[i] = m_ChunkChars[i];
            m_ChunkChars = chars;
        }

        // Makes room for count more characters, growing like .NET's chunks.
        private void EnsureRoom(int count)
        {
            int needed = m_Length + count;
            if (needed < 0 || needed > m_MaxCapacity)
                throw new ArgumentOutOfRangeException("requiredLength", "Capacity exceeds maximum capacity.");
            int capacity = Capacity;
            if (needed <= capacity)
                return;
            // .NET fills its last chunk, then adds one of max(rest, min(Length, 8000)) chars.
            int block = Math.Max(needed - capacity, Math.Min(capacity, MaxChunkSize));
            if (capacity + block < 0 || capacity + block > m_MaxCapacity)
                block = m_MaxCapacity - capacity;
            AddChunk(block);
            if (capacity + block > m_ChunkChars.Length)
                Reallocate(Math.Max(capacity + block, m_ChunkChars.Length * 2));
        }

        // ---- Characters ----

        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)m_Length)
                    throw new IndexOutOfRangeException();
                return m_ChunkChars[index];
            }
            set
            {
                if ((uint)index >= (uint)m_Length)
                    throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
                m_ChunkChars[index] = value;
            }
        }

        public override string ToString()
        {
            return new string(m_ChunkChars, 0, m_Length);
        }

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (startIndex > m_Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "startIndex cannot be larger than length of string.");
            if (length < 0)
                throw new ArgumentOutOfRangeException(nameof(length), "Length cannot be less than zero.");
            if (startIndex > m_Length - length)
                throw new ArgumentOutOfRangeException(nameof(length), "Index and length must refer to a location within the string.");
            return new string(m_ChunkChars, startIndex, length);
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null)
                throw new ArgumentNullException(nameof(destination));
            if (destinationIndex < 0)
                throw new ArgumentOutOfRangeException(nameof(destinationIndex), destinationIndex, "destinationIndex ('" + destinationIndex.ToString() + "') must be a non-negative value.");
            if (destinationIndex > destination.Length - count)
                throw new ArgumentException("Either offset did not refer to a position in the string, or there is an insufficient length of destination character array.");
            if (count < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
            if ((uint)sourceIndex > (uint)m_Length)
                throw new ArgumentOutOfRangeException(nameof(sourceIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (sourceIndex > m_Length - count)
                throw new ArgumentException("Source string was not long enough. Check sourceIndex and count.");
            for (int i = 0; i < count; i++)
                destination[destinationIndex + i] = m_ChunkChars[sourceIndex + i];
        }

        public StringBuilder Clear()
        {
            Length = 0;
            return this;
        }

        public bool Equals(StringBuilder sb)
        {
            if (sb == null || sb.m_Length != m_Length || sb.m_MaxCapacity != m_MaxCapacity)
                return false;
            if (sb == this)
                return true;
            for (int i = 0; i < m_Length; i++)
            {
                if (m_ChunkChars[i] != sb.m_ChunkChars[i])
                    return false;
            }
            return true;
        }

        // ---- Append ----

        public StringBuilder Append(char value)
        {
            if (m_Length == m_Capacity)
                EnsureRoom(1);
            m_ChunkChars[m_Length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0)
                throw new ArgumentOutOfRangeException(nameof(repeatCount), "Count cannot be less than zero.");
            if (repeatCount == 0)
                return this;
            EnsureRoom(repeatCount);
            char[] chars = m_ChunkChars;
            int end = m_Length + repeatCount;
            for (int i = m_Length; i < end; i++)
                chars[i] = value;
            m_Length = end;
            return this;
        }

        public StringBuilder Append(string value)
        {
            if (value != null)
            {
                int count = value.Length;
                if (count == 0)
                    return this;
                EnsureRoom(count);
                value.CopyTo(0, m_ChunkChars, m_Length, count);
                m_Length += count;
            }
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
            if (value == null)
            {
                if (startIndex == 0 && count == 0)
                    return this;
                throw new ArgumentNullException(nameof(value));
            }
            if (count == 0)
                return this;
            if (startIndex > value.Length - count)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            EnsureRoom(count);
            value.CopyTo(startIndex, m_ChunkChars, m_Length, count);
            m_Length += count;
            return this;
        }

        public StringBuilder Append(char[] value)
        {
            if (value != null && value.Length > 0)
                Append(value, 0, value.Length);
            return this;
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Value must be positive.");
            if (charCount < 0)
                throw new ArgumentOutOfRangeException(nameof(charCount), "Value must be positive.");
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0)
                    return this;
                throw new ArgumentNullException(nameof(value));
            }
            if (charCount > value.Length - startIndex)
                throw new ArgumentOutOfRangeException(nameof(charCount), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (charCount == 0)
                return this;
            EnsureRoom(charCount);
            char[] chars = m_ChunkChars;
            for (int i = 0; i < charCount; i++)
                chars[m_Length + i] = value[startIndex + i];
            m_Length += charCount;
            return this;
        }

        public unsafe StringBuilder Append(char* value, int valueCount)
        {
            if (valueCount < 0)
                throw new ArgumentOutOfRangeException(nameof(valueCount), "Count cannot be less than zero.");
            if (value == null && valueCount != 0)
                throw new ArgumentNullException(nameof(value));
            EnsureRoom(valueCount);
            for (int i = 0; i < valueCount; i++)
                m_ChunkChars[m_Length + i] = value[i];
            m_Length += valueCount;
            return this;
        }

        public StringBuilder Append(StringBuilder value)
        {
            if (value != null && value.m_Length != 0)
                Append(value.m_ChunkChars, 0, value.m_Length);
            return this;
        }

        public StringBuilder Append(StringBuilder value, int startIndex, int count)
        {
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
            if (value == null)
            {
                if (startIndex == 0 && count == 0)
                    return this;
                throw new ArgumentNullException(nameof(value));
            }
            if (count == 0)
                return this;
            if (count > value.Length - startIndex)
                throw new ArgumentOutOfRangeException(nameof(count), "Index was out of range. Must be non-negative and less than the size of the collection.");
            return Append(value.m_ChunkChars, startIndex, count);
        }

        public StringBuilder Append(bool value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(sbyte value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(byte value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(short value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(ushort value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(int value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(uint value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(long value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(ulong value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(float value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(double value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(decimal value)
        {
            return Append(value.ToString());
        }

        public StringBuilder Append(object value)
        {
            if (value == null)
                return this;
            return Append(value.ToString());
        }

        public StringBuilder AppendLine()
        {
            return Append(Environment.NewLine);
        }

        public StringBuilder AppendLine(string value)
        {
            Append(value);
            return Append(Environment.NewLine);
        }

        // ---- AppendJoin ----

        public StringBuilder AppendJoin(string separator, params object[] values)
        {
            if (values == null)
                throw new ArgumentNullException(nameof(values));
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0)
                    Append(separator);
                object v = values[i];
                if (v != null)
                    Append(v.ToString());
            }
            return this;
        }

        public StringBuilder AppendJoin(string separator, params string[] values)
        {
            if (values == null)
                throw new ArgumentNullException(nameof(values));
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0)
                    Append(separator);
                Append(values[i]);
            }
            return this;
        }

        public StringBuilder AppendJoin<T>(string separator, IEnumerable<T> values)
        {
            if (values == null)
                throw new ArgumentNullException(nameof(values));
            bool first = true;
            foreach (T v in values)
            {
                if (!first)
                    Append(separator);
                first = false;
                if (v != null)
                    Append(v.ToString());
            }
            return this;
        }

        public StringBuilder AppendJoin(char separator, params object[] values)
        {
            return AppendJoin(new string(separator, 1), values);
        }

        public StringBuilder AppendJoin(char separator, params string[] values)
        {
            return AppendJoin(new string(separator, 1), values);
        }

        public StringBuilder AppendJoin<T>(char separator, IEnumerable<T> values)
        {
            return AppendJoin<T>(new string(separator, 1), values);
        }

        // ---- AppendFormat (composite formatting) ----

        public StringBuilder AppendFormat(string format, object arg0)
        {
            return AppendFormatHelper(null, format, new object[] { arg0 });
        }

        public StringBuilder AppendFormat(string format, object arg0, object arg1)
        {
            return AppendFormatHelper(null, format, new object[] { arg0, arg1 });
        }

        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2)
        {
            return AppendFormatHelper(null, format, new object[] { arg0, arg1, arg2 });
        }

        public StringBuilder AppendFormat(string format, params object[] args)
        {
            if (args == null)
                throw new ArgumentNullException(format == null ? nameof(format) : nameof(args));
            return AppendFormatHelper(null, format, args);
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0)
        {
            return AppendFormatHelper(provider, format, new object[] { arg0 });
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1)
        {
            return AppendFormatHelper(provider, format, new object[] { arg0, arg1 });
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1, object arg2)
        {
            return AppendFormatHelper(provider, format, new object[] { arg0, arg1, arg2 });
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null)
                throw new ArgumentNullException(format == null ? nameof(format) : nameof(args));
            return AppendFormatHelper(provider, format, args);
        }

        private static FormatException FormatError(int offset, string reason)
        {
            return new FormatException("Input string was not in a correct format. Failure to parse near offset " + offset.ToString() + ". " + reason);
        }

        private const string UnexpectedClosingBrace = "Unexpected closing brace without a corresponding opening brace.";
        private const string ExpectedAsciiDigit = "Expected an ASCII digit.";
        private const string UnclosedFormatItem = "Format item ends prematurely.";

        // "{index[,alignment][:format]}" items; "{{" and "}}" are literal braces.
        internal StringBuilder AppendFormatHelper(IFormatProvider provider, string format, object[] args)
        {
            if (format == null)
                throw new ArgumentNullException(nameof(format));

            // Exclusive limits on the index and the alignment.
            const int IndexLimit = 1000000;
            const int WidthLimit = 1000000;

            // A custom formatter from the provider transforms every argument.
            ICustomFormatter cf = null;
            if (provider != null)
                cf = provider.GetFormat(typeof(ICustomFormatter)) as ICustomFormatter;

            int pos = 0;
            char ch;
            while (true)
            {
                // Copy text up to the next unescaped opening brace, unescaping "}}".
                while (true)
                {
                    if (pos >= format.Length)
                        return this;

                    int brace = pos;
                    while (brace < format.Length && format[brace] != '{' && format[brace] != '}')
                        brace++;
                    if (brace > pos)
                        Append(format, pos, brace - pos);
                    pos = brace;
                    if (pos >= format.Length)
                        return this;

                    char braceChar = format[pos];
                    ch = MoveNext(format, ref pos);
                    if (braceChar == ch)
                    {
                        Append(ch);
                        pos++;
                        continue;
                    }

                    if (braceChar != '{')
                        throw FormatError(pos, UnexpectedClosingBrace);

                    break;
                }

                // The hole: index, optional ",alignment", optional ":format", then '}'.
                int width = 0;
                bool leftJustify = false;
                string itemFormat = null;

                int index = ch - '0';
                if ((uint)index >= 10u)
                    throw FormatError(pos, ExpectedAsciiDigit);

                ch = MoveNext(format, ref pos);
                if (ch != '}')
                {
                    while ((uint)(ch - '0') <= 9 && index < IndexLimit)
                    {
                        index = index * 10 + ch - '0';
                        ch = MoveNext(format, ref pos);
                    }

                    while (ch == ' ')
                        ch = MoveNext(format, ref pos);

                    if (ch == ',')
                    {
                        do
                        {
                            ch = MoveNext(format, ref pos);
                        }
                        while (ch == ' ');

                        if (ch == '-')
                        {
                            leftJustify = true;
                            ch = MoveNext(format, ref pos);
                        }

                        width = ch - '0';
                        if ((uint)width >= 10u)
                            throw FormatError(pos, ExpectedAsciiDigit);
                        ch = MoveNext(format, ref pos);
                        while ((uint)(ch - '0') <= 9 && width < WidthLimit)
                        {
                            width = width * 10 + ch - '0';
                            ch = MoveNext(format, ref pos);
                        }

                        while (ch == ' ')
                            ch = MoveNext(format, ref pos);
                    }

                    if (ch != '}')
                    {
                        if (ch != ':')
                            throw FormatError(pos, UnclosedFormatItem);

                        // The format runs to the closing brace; no braces inside it.
                        int startingPos = pos;
                        while (true)
                        {
                            ch = MoveNext(format, ref pos);
                            if (ch == '}')
                                break;
                            if (ch == '{')
                                throw FormatError(pos, UnclosedFormatItem);
                        }

                        startingPos++;
                        if (pos > startingPos)
                            itemFormat = format.Substring(startingPos, pos - startingPos);
                    }
                }

                pos++;

                if ((uint)index >= (uint)args.Length)
                    throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                object arg = args[index];

                string s = null;
                if (cf != null)
                    s = cf.Format(itemFormat, arg, provider);

                if (s == null)
                {
                    IFormattable formattable = arg as IFormattable;
                    if (formattable != null)
                        s = formattable.ToString(itemFormat, provider);
                    else if (arg != null)
                        s = arg.ToString();
                }

                if (s == null)
                    s = string.Empty;
                int pad = width - s.Length;
                if (!leftJustify && pad > 0)
                    Append(' ', pad);
                Append(s);
                if (leftJustify && pad > 0)
                    Append(' ', pad);
            }
        }

        private static char MoveNext(string format, ref int pos)
        {
            pos++;
            if (pos >= format.Length)
                throw FormatError(pos, UnclosedFormatItem);
            return format[pos];
        }

        // ---- Insert ----

        private void InsertChars(int index, string value, int count)
        {
            if ((uint)index > (uint)m_Length)
                throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (value == null || value.Length == 0 || count == 0)
                return;
            int total = value.Length * count;
            if (total / count != value.Length)
                throw new OutOfMemoryException();
            EnsureRoom(total);
            char[] chars = m_ChunkChars;
            for (int i = m_Length - 1; i >= index; i--)
                chars[i + total] = chars[i];
            int p = index;
            for (int k = 0; k < count; k++)
            {
                value.CopyTo(0, chars, p, value.Length);
                p += value.Length;
            }
            m_Length += total;
        }

        public StringBuilder Insert(int index, string value)
        {
            InsertChars(index, value, 1);
            return this;
        }

        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0)
                throw new ArgumentOutOfRangeException(nameof(count), "Non-negative number required.");
            InsertChars(index, value, count);
            return this;
        }

        public StringBuilder Insert(int index, char value)
        {
            InsertChars(index, new string(value, 1), 1);
            return this;
        }

        public StringBuilder Insert(int index, char[] value)
        {
            if ((uint)index > (uint)m_Length)
                throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (value != null)
                InsertChars(index, new string(value), 1);
            return this;
        }

        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount)
        {
            if ((uint)index > (uint)m_Length)
                throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0)
                    return this;
                throw new ArgumentNullException(nameof(value), "String reference not set to an instance of a String.");
            }
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (charCount < 0)
                throw new ArgumentOutOfRangeException(nameof(charCount), "Value must be positive.");
            if (startIndex > value.Length - charCount)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (charCount > 0)
                InsertChars(index, new string(value, startIndex, charCount), 1);
            return this;
        }

        public StringBuilder Insert(int index, bool value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, sbyte value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, byte value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, short value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, ushort value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, int value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, uint value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, long value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, ulong value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, float value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, double value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, decimal value)
        {
            return Insert(index, value.ToString());
        }

        public StringBuilder Insert(int index, object value)
        {
            if (value == null)
                return this;
            return Insert(index, value.ToString());
        }

        // ---- Remove / Replace ----

        public StringBuilder Remove(int startIndex, int length)
        {
            if (length < 0)
                throw new ArgumentOutOfRangeException(nameof(length), "Length cannot be less than zero.");
            if (startIndex < 0)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "StartIndex cannot be less than zero.");
            if (length > m_Length - startIndex)
                throw new ArgumentOutOfRangeException(nameof(length), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length == 0)
                return this;
            char[] chars = m_ChunkChars;
            for (int i = startIndex + length; i < m_Length; i++)
                chars[i - length] = chars[i];
            m_Length -= length;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar)
        {
            return Replace(oldChar, newChar, 0, m_Length);
        }

        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)m_Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > m_Length - count)
                throw new ArgumentOutOfRangeException(nameof(count), "Index was out of range. Must be non-negative and less than the size of the collection.");
            char[] chars = m_ChunkChars;
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
            {
                if (chars[i] == oldChar)
                    chars[i] = newChar;
            }
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue)
        {
            return Replace(oldValue, newValue, 0, m_Length);
        }

        // Replaces the occurrences of oldValue that lie entirely within the range.
        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)m_Length)
                throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > m_Length - count)
                throw new ArgumentOutOfRangeException(nameof(count), "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (oldValue == null)
                throw new ArgumentNullException(nameof(oldValue));
            if (oldValue.Length == 0)
                throw new ArgumentException("The value cannot be an empty string.", nameof(oldValue));
            if (newValue == null)
                newValue = string.Empty;

            int end = startIndex + count;
            int oldLength = oldValue.Length;
            // Find the matches first, then rebuild the range once.
            int matches = 0;
            for (int i = startIndex; i <= end - oldLength; )
            {
                if (MatchesAt(i, oldValue))
                {
                    matches++;
                    i += oldLength;
                }
                else
                {
                    i++;
                }
            }
            if (matches == 0)
                return this;

            int delta = (newValue.Length - oldLength) * matches;
            if (delta > 0)
                EnsureRoom(delta);
            char[] result = new char[m_ChunkChars.Length];
            for (int i = 0; i < startIndex; i++)
                result[i] = m_ChunkChars[i];
            int dst = startIndex;
            int src = startIndex;
            while (src < end)
            {
                if (src <= end - oldLength && MatchesAt(src, oldValue))
                {
                    newValue.CopyTo(0, result, dst, newValue.Length);
                    dst += newValue.Length;
                    src += oldLength;
                }
                else
                {
                    result[dst++] = m_ChunkChars[src++];
                }
            }
            while (src < m_Length)
                result[dst++] = m_ChunkChars[src++];
            m_ChunkChars = result;
            m_Length = dst;
            return this;
        }

        private bool MatchesAt(int index, string value)
        {
            for (int k = 0; k < value.Length; k++)
            {
                if (m_ChunkChars[index + k] != value[k])
                    return false;
            }
            return true;
        }
    }
}
