// System.ValueTuple and ValueTuple<T1..T7, TRest>: the value types behind C# tuple
// syntax "(a, b)". Public mutable fields Item1...; ToString "(1, 2)"; equality and
// ordering element by element with the default comparers. An 8th element TRest holds
// the remaining elements in a nested tuple, printed flattened.
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    // Tuples that can print their elements without the leading "(" — for TRest nesting.
    internal interface IValueTupleInternal : ITuple
    {
        string ToStringEnd();
    }

    public struct ValueTuple : IEquatable<ValueTuple>, IComparable, IComparable<ValueTuple>, IValueTupleInternal
    {
        public override bool Equals(object obj)
        {
            return obj is ValueTuple;
        }

        public bool Equals(ValueTuple other)
        {
            return true;
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple))
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            return 0;
        }

        public int CompareTo(ValueTuple other)
        {
            return 0;
        }

        public override int GetHashCode()
        {
            return 0;
        }

        public override string ToString()
        {
            return "()";
        }

        string IValueTupleInternal.ToStringEnd()
        {
            return ")";
        }

        int ITuple.Length
        {
            get { return 0; }
        }

        object ITuple.this[int index]
        {
            get { throw new IndexOutOfRangeException(); }
        }

        public static ValueTuple Create()
        {
            return new ValueTuple();
        }

        public static ValueTuple<T1> Create<T1>(T1 item1)
        {
            return new ValueTuple<T1>(item1);
        }

        public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2)
        {
            return new ValueTuple<T1, T2>(item1, item2);
        }

        public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3)
        {
            return new ValueTuple<T1, T2, T3>(item1, item2, item3);
        }

        public static ValueTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            return new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        }

        public static ValueTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            return new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        }

        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8)
        {
            return new ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>>(item1, item2, item3, item4, item5, item6, item7, ValueTuple.Create(item8));
        }

        // Hash combining (deterministic; .NET's HashCode.Combine is randomized per process).
        internal static int CombineHashCodes(int h1, int h2)
        {
            return ((h1 << 5) + h1) ^ h2;
        }
    }

    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IComparable, IComparable<ValueTuple<T1>>, IValueTupleInternal
    {
        public T1 Item1;

        public ValueTuple(T1 item1)
        {
            Item1 = item1;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1> && Equals((ValueTuple<T1>)obj);
        }

        public bool Equals(ValueTuple<T1> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1>))
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            return CompareTo((ValueTuple<T1>)other);
        }

        public int CompareTo(ValueTuple<T1> other)
        {
            return Comparer<T1>.Default.Compare(Item1, other.Item1);
        }

        public override int GetHashCode()
        {
            return EqualityComparer<T1>.Default.GetHashCode(Item1);
        }

        public override string ToString()
        {
            return "(" + (Item1 == null ? "" : Item1.ToString()) + ")";
        }

        string IValueTupleInternal.ToStringEnd()
        {
            return (Item1 == null ? "" : Item1.ToString()) + ")";
        }

        int ITuple.Length
        {
            get { return 1; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return Item1;
                    default:
                        throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IComparable, IComparable<ValueTuple<T1, T2>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;

        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2> && Equals((ValueTuple<T1, T2>)obj);
        }

        public bool Equals(ValueTuple<T1, T2> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2>))
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            return CompareTo((ValueTuple<T1, T2>)other);
        }

        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0)
                return c1;
            return Comparer<T2>.Default.Compare(Item2, other.Item2);
        }

        public override int GetHashCode()
        {
            return ValueTuple.CombineHashCodes(EqualityComparer<T1>.Default.GetHashCode(Item1), EqualityComparer<T2>.Default.GetHashCode(Item2));
        }

        public override string ToString()
        {
            return "(" + (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ")";
        }

        string IValueTupleInternal.ToStringEnd()
        {
            return (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ")";
        }

        int ITuple.Length
        {
            get { return 2; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return Item1;
                    case 1:
                        return Item2;
                    default:
                        throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IComparable, IComparable<ValueTuple<T1, T2, T3>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;

        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3> && Equals((ValueTuple<T1, T2, T3>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3>))
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0)
                return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0)
                return c2;
            return Comparer<T3>.Default.Compare(Item3, other.Item3);
        }

        public override int GetHashCode()
        {
            return ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(EqualityComparer<T1>.Default.GetHashCode(Item1), EqualityComparer<T2>.Default.GetHashCode(Item2)), EqualityComparer<T3>.Default.GetHashCode(Item3));
        }

        public override string ToString()
        {
            return "(" + (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ")";
        }

        string IValueTupleInternal.ToStringEnd()
        {
            return (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ")";
        }

        int ITuple.Length
        {
            get { return 3; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    default:
                        throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4> && Equals((ValueTuple<T1, T2, T3, T4>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4>))
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0)
                return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0)
                return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0)
                return c3;
            return Comparer<T4>.Default.Compare(Item4, other.Item4);
        }

        public override int GetHashCode()
        {
            return ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(EqualityComparer<T1>.Default.GetHashCode(Item1), EqualityComparer<T2>.Default.GetHashCode(Item2)), EqualityComparer<T3>.Default.GetHashCode(Item3)), EqualityComparer<T4>.Default.GetHashCode(Item4));
        }

        public override string ToString()
        {
            return "(" + (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ")";
        }

        string IValueTupleInternal.ToStringEnd()
        {
            return (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ")";
        }

        int ITuple.Length
        {
            get { return 4; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    case 3:
                        return Item4;
                    default:
                        throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4, T5> && Equals((ValueTuple<T1, T2, T3, T4, T5>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5>))
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0)
                return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0)
                return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0)
                return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0)
                return c4;
            return Comparer<T5>.Default.Compare(Item5, other.Item5);
        }

        public override int GetHashCode()
        {
            return ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(EqualityComparer<T1>.Default.GetHashCode(Item1), EqualityComparer<T2>.Default.GetHashCode(Item2)), EqualityComparer<T3>.Default.GetHashCode(Item3)), EqualityComparer<T4>.Default.GetHashCode(Item4)), EqualityComparer<T5>.Default.GetHashCode(Item5));
        }

        public override string ToString()
        {
            return "(" + (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ", " + (Item5 == null ? "" : Item5.ToString()) + ")";
        }

        string IValueTupleInternal.ToStringEnd()
        {
            return (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ", " + (Item5 == null ? "" : Item5.ToString()) + ")";
        }

        int ITuple.Length
        {
            get { return 5; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    case 3:
                        return Item4;
                    case 4:
                        return Item5;
                    default:
                        throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4, T5, T6> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6>))
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0)
                return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0)
                return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0)
                return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0)
                return c4;
            int c5 = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c5 != 0)
                return c5;
            return Comparer<T6>.Default.Compare(Item6, other.Item6);
        }

        public override int GetHashCode()
        {
            return ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(EqualityComparer<T1>.Default.GetHashCode(Item1), EqualityComparer<T2>.Default.GetHashCode(Item2)), EqualityComparer<T3>.Default.GetHashCode(Item3)), EqualityComparer<T4>.Default.GetHashCode(Item4)), EqualityComparer<T5>.Default.GetHashCode(Item5)), EqualityComparer<T6>.Default.GetHashCode(Item6));
        }

        public override string ToString()
        {
            return "(" + (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ", " + (Item5 == null ? "" : Item5.ToString()) + ", " + (Item6 == null ? "" : Item6.ToString()) + ")";
        }

        string IValueTupleInternal.ToStringEnd()
        {
            return (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ", " + (Item5 == null ? "" : Item5.ToString()) + ", " + (Item6 == null ? "" : Item6.ToString()) + ")";
        }

        int ITuple.Length
        {
            get { return 6; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    case 3:
                        return Item4;
                    case 4:
                        return Item5;
                    case 5:
                        return Item6;
                    default:
                        throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6, T7>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
                && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7>))
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0)
                return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0)
                return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0)
                return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0)
                return c4;
            int c5 = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c5 != 0)
                return c5;
            int c6 = Comparer<T6>.Default.Compare(Item6, other.Item6);
            if (c6 != 0)
                return c6;
            return Comparer<T7>.Default.Compare(Item7, other.Item7);
        }

        public override int GetHashCode()
        {
            return ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(EqualityComparer<T1>.Default.GetHashCode(Item1), EqualityComparer<T2>.Default.GetHashCode(Item2)), EqualityComparer<T3>.Default.GetHashCode(Item3)), EqualityComparer<T4>.Default.GetHashCode(Item4)), EqualityComparer<T5>.Default.GetHashCode(Item5)), EqualityComparer<T6>.Default.GetHashCode(Item6)), EqualityComparer<T7>.Default.GetHashCode(Item7));
        }

        public override string ToString()
        {
            return "(" + (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ", " + (Item5 == null ? "" : Item5.ToString()) + ", " + (Item6 == null ? "" : Item6.ToString()) + ", " + (Item7 == null ? "" : Item7.ToString()) + ")";
        }

        string IValueTupleInternal.ToStringEnd()
        {
            return (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ", " + (Item5 == null ? "" : Item5.ToString()) + ", " + (Item6 == null ? "" : Item6.ToString()) + ", " + (Item7 == null ? "" : Item7.ToString()) + ")";
        }

        int ITuple.Length
        {
            get { return 7; }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    case 3:
                        return Item4;
                    case 4:
                        return Item5;
                    case 5:
                        return Item6;
                    case 6:
                        return Item7;
                    default:
                        throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IValueTupleInternal where TRest : struct
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public TRest Rest;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
            Rest = rest;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)obj);
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4)
                && EqualityComparer<T5>.Default.Equals(Item5, other.Item5)
                && EqualityComparer<T6>.Default.Equals(Item6, other.Item6)
                && EqualityComparer<T7>.Default.Equals(Item7, other.Item7)
                && EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);
        }

        int IComparable.CompareTo(object other)
        {
            if (other == null)
                return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>))
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other);
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            int c1 = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c1 != 0)
                return c1;
            int c2 = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c2 != 0)
                return c2;
            int c3 = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c3 != 0)
                return c3;
            int c4 = Comparer<T4>.Default.Compare(Item4, other.Item4);
            if (c4 != 0)
                return c4;
            int c5 = Comparer<T5>.Default.Compare(Item5, other.Item5);
            if (c5 != 0)
                return c5;
            int c6 = Comparer<T6>.Default.Compare(Item6, other.Item6);
            if (c6 != 0)
                return c6;
            int c7 = Comparer<T7>.Default.Compare(Item7, other.Item7);
            if (c7 != 0)
                return c7;
            return Comparer<TRest>.Default.Compare(Rest, other.Rest);
        }

        public override int GetHashCode()
        {
            return ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(ValueTuple.CombineHashCodes(EqualityComparer<T1>.Default.GetHashCode(Item1), EqualityComparer<T2>.Default.GetHashCode(Item2)), EqualityComparer<T3>.Default.GetHashCode(Item3)), EqualityComparer<T4>.Default.GetHashCode(Item4)), EqualityComparer<T5>.Default.GetHashCode(Item5)), EqualityComparer<T6>.Default.GetHashCode(Item6)), EqualityComparer<T7>.Default.GetHashCode(Item7)), EqualityComparer<TRest>.Default.GetHashCode(Rest));
        }

        public override string ToString()
        {
            // A tuple Rest is printed without its own parentheses: (1, ..., 7, 8, 9).
            IValueTupleInternal rest = Rest as IValueTupleInternal;
            if (rest != null)
                return "(" + (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ", " + (Item5 == null ? "" : Item5.ToString()) + ", " + (Item6 == null ? "" : Item6.ToString()) + ", " + (Item7 == null ? "" : Item7.ToString()) + ", " + rest.ToStringEnd();
            return "(" + (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ", " + (Item5 == null ? "" : Item5.ToString()) + ", " + (Item6 == null ? "" : Item6.ToString()) + ", " + (Item7 == null ? "" : Item7.ToString()) + ", " + Rest.ToString() + ")";
        }

        string IValueTupleInternal.ToStringEnd()
        {
            IValueTupleInternal rest = Rest as IValueTupleInternal;
            if (rest != null)
                return (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ", " + (Item5 == null ? "" : Item5.ToString()) + ", " + (Item6 == null ? "" : Item6.ToString()) + ", " + (Item7 == null ? "" : Item7.ToString()) + ", " + rest.ToStringEnd();
            return (Item1 == null ? "" : Item1.ToString()) + ", " + (Item2 == null ? "" : Item2.ToString()) + ", " + (Item3 == null ? "" : Item3.ToString()) + ", " + (Item4 == null ? "" : Item4.ToString()) + ", " + (Item5 == null ? "" : Item5.ToString()) + ", " + (Item6 == null ? "" : Item6.ToString()) + ", " + (Item7 == null ? "" : Item7.ToString()) + ", " + Rest.ToString() + ")";
        }

        int ITuple.Length
        {
            get
            {
                IValueTupleInternal rest = Rest as IValueTupleInternal;
                return rest == null ? 8 : 7 + rest.Length;
            }
        }

        object ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0:
                        return Item1;
                    case 1:
                        return Item2;
                    case 2:
                        return Item3;
                    case 3:
                        return Item4;
                    case 4:
                        return Item5;
                    case 5:
                        return Item6;
                    case 6:
                        return Item7;
                }

                IValueTupleInternal rest = Rest as IValueTupleInternal;
                if (rest == null)
                {
                    if (index == 7)
                        return Rest;
                    throw new IndexOutOfRangeException();
                }
                return rest[index - 7];
            }
        }
    }
}
