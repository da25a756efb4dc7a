// System.Tuple and Tuple<T1..T7, TRest>: immutable reference-type tuples.
// ToString "(1, 2)"; Equals and GetHashCode element by element through
// object.Equals; IComparable element by element with the default comparer.
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    // Tuples that can print their elements without the leading "(" — for TRest nesting.
    internal interface ITupleInternal : ITuple
    {
        string ToStringEnd();

        int GetHashCodeInternal();
    }

    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1)
        {
            return new Tuple<T1>(item1);
        }

        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2)
        {
            return new Tuple<T1, T2>(item1, item2);
        }

        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3)
        {
            return new Tuple<T1, T2, T3>(item1, item2, item3);
        }

        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            return new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        }

        public static Tuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            return new Tuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        }

        public static Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8)
        {
            return new Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>>(item1, item2, item3, item4, item5, item6, item7, new Tuple<T8>(item8));
        }

        internal static int CombineHashCodes(int h1, int h2)
        {
            return ((h1 << 5) + h1) ^ h2;
        }
    }

    public class Tuple<T1> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;

        public Tuple(T1 item1)
        {
            m_Item1 = item1;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public override bool Equals(object obj)
        {
            Tuple<T1> other = obj as Tuple<T1>;
            if (other == null)
                return false;
            EqualityComparer<object> comparer = EqualityComparer<object>.Default;
            return comparer.Equals(m_Item1, other.m_Item1);
        }

        public override int GetHashCode()
        {
            return EqualityComparer<object>.Default.GetHashCode(m_Item1);
        }

        int ITupleInternal.GetHashCodeInternal()
        {
            return GetHashCode();
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1> other = obj as Tuple<T1>;
            if (other == null)
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            Comparer<object> comparer = Comparer<object>.Default;
            return comparer.Compare(m_Item1, other.m_Item1);
        }

        public override string ToString()
        {
            return "(" + (m_Item1 == null ? "" : m_Item1.ToString()) + ")";
        }

        string ITupleInternal.ToStringEnd()
        {
            return (m_Item1 == null ? "" : m_Item1.ToString()) + ")";
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

    public class Tuple<T1, T2> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;

        public Tuple(T1 item1, T2 item2)
        {
            m_Item1 = item1;
            m_Item2 = item2;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2> other = obj as Tuple<T1, T2>;
            if (other == null)
                return false;
            EqualityComparer<object> comparer = EqualityComparer<object>.Default;
            return comparer.Equals(m_Item1, other.m_Item1)
                && comparer.Equals(m_Item2, other.m_Item2);
        }

        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(EqualityComparer<object>.Default.GetHashCode(m_Item1), EqualityComparer<object>.Default.GetHashCode(m_Item2));
        }

        int ITupleInternal.GetHashCodeInternal()
        {
            return GetHashCode();
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1, T2> other = obj as Tuple<T1, T2>;
            if (other == null)
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            Comparer<object> comparer = Comparer<object>.Default;
            int c1 = comparer.Compare(m_Item1, other.m_Item1);
            if (c1 != 0)
                return c1;
            return comparer.Compare(m_Item2, other.m_Item2);
        }

        public override string ToString()
        {
            return "(" + (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ")";
        }

        string ITupleInternal.ToStringEnd()
        {
            return (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ")";
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

    public class Tuple<T1, T2, T3> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;

        public Tuple(T1 item1, T2 item2, T3 item3)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3> other = obj as Tuple<T1, T2, T3>;
            if (other == null)
                return false;
            EqualityComparer<object> comparer = EqualityComparer<object>.Default;
            return comparer.Equals(m_Item1, other.m_Item1)
                && comparer.Equals(m_Item2, other.m_Item2)
                && comparer.Equals(m_Item3, other.m_Item3);
        }

        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(Tuple.CombineHashCodes(EqualityComparer<object>.Default.GetHashCode(m_Item1), EqualityComparer<object>.Default.GetHashCode(m_Item2)), EqualityComparer<object>.Default.GetHashCode(m_Item3));
        }

        int ITupleInternal.GetHashCodeInternal()
        {
            return GetHashCode();
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1, T2, T3> other = obj as Tuple<T1, T2, T3>;
            if (other == null)
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            Comparer<object> comparer = Comparer<object>.Default;
            int c1 = comparer.Compare(m_Item1, other.m_Item1);
            if (c1 != 0)
                return c1;
            int c2 = comparer.Compare(m_Item2, other.m_Item2);
            if (c2 != 0)
                return c2;
            return comparer.Compare(m_Item3, other.m_Item3);
        }

        public override string ToString()
        {
            return "(" + (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ")";
        }

        string ITupleInternal.ToStringEnd()
        {
            return (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ")";
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

    public class Tuple<T1, T2, T3, T4> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        public T4 Item4
        {
            get { return m_Item4; }
        }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4> other = obj as Tuple<T1, T2, T3, T4>;
            if (other == null)
                return false;
            EqualityComparer<object> comparer = EqualityComparer<object>.Default;
            return comparer.Equals(m_Item1, other.m_Item1)
                && comparer.Equals(m_Item2, other.m_Item2)
                && comparer.Equals(m_Item3, other.m_Item3)
                && comparer.Equals(m_Item4, other.m_Item4);
        }

        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(EqualityComparer<object>.Default.GetHashCode(m_Item1), EqualityComparer<object>.Default.GetHashCode(m_Item2)), EqualityComparer<object>.Default.GetHashCode(m_Item3)), EqualityComparer<object>.Default.GetHashCode(m_Item4));
        }

        int ITupleInternal.GetHashCodeInternal()
        {
            return GetHashCode();
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1, T2, T3, T4> other = obj as Tuple<T1, T2, T3, T4>;
            if (other == null)
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            Comparer<object> comparer = Comparer<object>.Default;
            int c1 = comparer.Compare(m_Item1, other.m_Item1);
            if (c1 != 0)
                return c1;
            int c2 = comparer.Compare(m_Item2, other.m_Item2);
            if (c2 != 0)
                return c2;
            int c3 = comparer.Compare(m_Item3, other.m_Item3);
            if (c3 != 0)
                return c3;
            return comparer.Compare(m_Item4, other.m_Item4);
        }

        public override string ToString()
        {
            return "(" + (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ", " + (m_Item4 == null ? "" : m_Item4.ToString()) + ")";
        }

        string ITupleInternal.ToStringEnd()
        {
            return (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ", " + (m_Item4 == null ? "" : m_Item4.ToString()) + ")";
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

    public class Tuple<T1, T2, T3, T4, T5> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        public T4 Item4
        {
            get { return m_Item4; }
        }

        public T5 Item5
        {
            get { return m_Item5; }
        }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4, T5> other = obj as Tuple<T1, T2, T3, T4, T5>;
            if (other == null)
                return false;
            EqualityComparer<object> comparer = EqualityComparer<object>.Default;
            return comparer.Equals(m_Item1, other.m_Item1)
                && comparer.Equals(m_Item2, other.m_Item2)
                && comparer.Equals(m_Item3, other.m_Item3)
                && comparer.Equals(m_Item4, other.m_Item4)
                && comparer.Equals(m_Item5, other.m_Item5);
        }

        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(EqualityComparer<object>.Default.GetHashCode(m_Item1), EqualityComparer<object>.Default.GetHashCode(m_Item2)), EqualityComparer<object>.Default.GetHashCode(m_Item3)), EqualityComparer<object>.Default.GetHashCode(m_Item4)), EqualityComparer<object>.Default.GetHashCode(m_Item5));
        }

        int ITupleInternal.GetHashCodeInternal()
        {
            return GetHashCode();
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5> other = obj as Tuple<T1, T2, T3, T4, T5>;
            if (other == null)
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            Comparer<object> comparer = Comparer<object>.Default;
            int c1 = comparer.Compare(m_Item1, other.m_Item1);
            if (c1 != 0)
                return c1;
            int c2 = comparer.Compare(m_Item2, other.m_Item2);
            if (c2 != 0)
                return c2;
            int c3 = comparer.Compare(m_Item3, other.m_Item3);
            if (c3 != 0)
                return c3;
            int c4 = comparer.Compare(m_Item4, other.m_Item4);
            if (c4 != 0)
                return c4;
            return comparer.Compare(m_Item5, other.m_Item5);
        }

        public override string ToString()
        {
            return "(" + (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ", " + (m_Item4 == null ? "" : m_Item4.ToString()) + ", " + (m_Item5 == null ? "" : m_Item5.ToString()) + ")";
        }

        string ITupleInternal.ToStringEnd()
        {
            return (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ", " + (m_Item4 == null ? "" : m_Item4.ToString()) + ", " + (m_Item5 == null ? "" : m_Item5.ToString()) + ")";
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

    public class Tuple<T1, T2, T3, T4, T5, T6> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        public T4 Item4
        {
            get { return m_Item4; }
        }

        public T5 Item5
        {
            get { return m_Item5; }
        }

        public T6 Item6
        {
            get { return m_Item6; }
        }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4, T5, T6> other = obj as Tuple<T1, T2, T3, T4, T5, T6>;
            if (other == null)
                return false;
            EqualityComparer<object> comparer = EqualityComparer<object>.Default;
            return comparer.Equals(m_Item1, other.m_Item1)
                && comparer.Equals(m_Item2, other.m_Item2)
                && comparer.Equals(m_Item3, other.m_Item3)
                && comparer.Equals(m_Item4, other.m_Item4)
                && comparer.Equals(m_Item5, other.m_Item5)
                && comparer.Equals(m_Item6, other.m_Item6);
        }

        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(EqualityComparer<object>.Default.GetHashCode(m_Item1), EqualityComparer<object>.Default.GetHashCode(m_Item2)), EqualityComparer<object>.Default.GetHashCode(m_Item3)), EqualityComparer<object>.Default.GetHashCode(m_Item4)), EqualityComparer<object>.Default.GetHashCode(m_Item5)), EqualityComparer<object>.Default.GetHashCode(m_Item6));
        }

        int ITupleInternal.GetHashCodeInternal()
        {
            return GetHashCode();
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5, T6> other = obj as Tuple<T1, T2, T3, T4, T5, T6>;
            if (other == null)
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            Comparer<object> comparer = Comparer<object>.Default;
            int c1 = comparer.Compare(m_Item1, other.m_Item1);
            if (c1 != 0)
                return c1;
            int c2 = comparer.Compare(m_Item2, other.m_Item2);
            if (c2 != 0)
                return c2;
            int c3 = comparer.Compare(m_Item3, other.m_Item3);
            if (c3 != 0)
                return c3;
            int c4 = comparer.Compare(m_Item4, other.m_Item4);
            if (c4 != 0)
                return c4;
            int c5 = comparer.Compare(m_Item5, other.m_Item5);
            if (c5 != 0)
                return c5;
            return comparer.Compare(m_Item6, other.m_Item6);
        }

        public override string ToString()
        {
            return "(" + (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ", " + (m_Item4 == null ? "" : m_Item4.ToString()) + ", " + (m_Item5 == null ? "" : m_Item5.ToString()) + ", " + (m_Item6 == null ? "" : m_Item6.ToString()) + ")";
        }

        string ITupleInternal.ToStringEnd()
        {
            return (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ", " + (m_Item4 == null ? "" : m_Item4.ToString()) + ", " + (m_Item5 == null ? "" : m_Item5.ToString()) + ", " + (m_Item6 == null ? "" : m_Item6.ToString()) + ")";
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

    public class Tuple<T1, T2, T3, T4, T5, T6, T7> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;
        private readonly T7 m_Item7;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
            m_Item7 = item7;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        public T4 Item4
        {
            get { return m_Item4; }
        }

        public T5 Item5
        {
            get { return m_Item5; }
        }

        public T6 Item6
        {
            get { return m_Item6; }
        }

        public T7 Item7
        {
            get { return m_Item7; }
        }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4, T5, T6, T7> other = obj as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (other == null)
                return false;
            EqualityComparer<object> comparer = EqualityComparer<object>.Default;
            return comparer.Equals(m_Item1, other.m_Item1)
                && comparer.Equals(m_Item2, other.m_Item2)
                && comparer.Equals(m_Item3, other.m_Item3)
                && comparer.Equals(m_Item4, other.m_Item4)
                && comparer.Equals(m_Item5, other.m_Item5)
                && comparer.Equals(m_Item6, other.m_Item6)
                && comparer.Equals(m_Item7, other.m_Item7);
        }

        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(EqualityComparer<object>.Default.GetHashCode(m_Item1), EqualityComparer<object>.Default.GetHashCode(m_Item2)), EqualityComparer<object>.Default.GetHashCode(m_Item3)), EqualityComparer<object>.Default.GetHashCode(m_Item4)), EqualityComparer<object>.Default.GetHashCode(m_Item5)), EqualityComparer<object>.Default.GetHashCode(m_Item6)), EqualityComparer<object>.Default.GetHashCode(m_Item7));
        }

        int ITupleInternal.GetHashCodeInternal()
        {
            return GetHashCode();
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7> other = obj as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (other == null)
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            Comparer<object> comparer = Comparer<object>.Default;
            int c1 = comparer.Compare(m_Item1, other.m_Item1);
            if (c1 != 0)
                return c1;
            int c2 = comparer.Compare(m_Item2, other.m_Item2);
            if (c2 != 0)
                return c2;
            int c3 = comparer.Compare(m_Item3, other.m_Item3);
            if (c3 != 0)
                return c3;
            int c4 = comparer.Compare(m_Item4, other.m_Item4);
            if (c4 != 0)
                return c4;
            int c5 = comparer.Compare(m_Item5, other.m_Item5);
            if (c5 != 0)
                return c5;
            int c6 = comparer.Compare(m_Item6, other.m_Item6);
            if (c6 != 0)
                return c6;
            return comparer.Compare(m_Item7, other.m_Item7);
        }

        public override string ToString()
        {
            return "(" + (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ", " + (m_Item4 == null ? "" : m_Item4.ToString()) + ", " + (m_Item5 == null ? "" : m_Item5.ToString()) + ", " + (m_Item6 == null ? "" : m_Item6.ToString()) + ", " + (m_Item7 == null ? "" : m_Item7.ToString()) + ")";
        }

        string ITupleInternal.ToStringEnd()
        {
            return (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ", " + (m_Item4 == null ? "" : m_Item4.ToString()) + ", " + (m_Item5 == null ? "" : m_Item5.ToString()) + ", " + (m_Item6 == null ? "" : m_Item6.ToString()) + ", " + (m_Item7 == null ? "" : m_Item7.ToString()) + ")";
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

    public class Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IComparable, ITupleInternal
    {
        private readonly T1 m_Item1;
        private readonly T2 m_Item2;
        private readonly T3 m_Item3;
        private readonly T4 m_Item4;
        private readonly T5 m_Item5;
        private readonly T6 m_Item6;
        private readonly T7 m_Item7;
        private readonly TRest m_Rest;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            if (!(rest is ITupleInternal))
                throw new ArgumentException("The last element of an eight element tuple must be a Tuple.");
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
            m_Item7 = item7;
            m_Rest = rest;
        }

        public T1 Item1
        {
            get { return m_Item1; }
        }

        public T2 Item2
        {
            get { return m_Item2; }
        }

        public T3 Item3
        {
            get { return m_Item3; }
        }

        public T4 Item4
        {
            get { return m_Item4; }
        }

        public T5 Item5
        {
            get { return m_Item5; }
        }

        public T6 Item6
        {
            get { return m_Item6; }
        }

        public T7 Item7
        {
            get { return m_Item7; }
        }

        public TRest Rest
        {
            get { return m_Rest; }
        }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> other = obj as Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>;
            if (other == null)
                return false;
            EqualityComparer<object> comparer = EqualityComparer<object>.Default;
            return comparer.Equals(m_Item1, other.m_Item1)
                && comparer.Equals(m_Item2, other.m_Item2)
                && comparer.Equals(m_Item3, other.m_Item3)
                && comparer.Equals(m_Item4, other.m_Item4)
                && comparer.Equals(m_Item5, other.m_Item5)
                && comparer.Equals(m_Item6, other.m_Item6)
                && comparer.Equals(m_Item7, other.m_Item7)
                && comparer.Equals(m_Rest, other.m_Rest);
        }

        public override int GetHashCode()
        {
            return Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(Tuple.CombineHashCodes(EqualityComparer<object>.Default.GetHashCode(m_Item1), EqualityComparer<object>.Default.GetHashCode(m_Item2)), EqualityComparer<object>.Default.GetHashCode(m_Item3)), EqualityComparer<object>.Default.GetHashCode(m_Item4)), EqualityComparer<object>.Default.GetHashCode(m_Item5)), EqualityComparer<object>.Default.GetHashCode(m_Item6)), EqualityComparer<object>.Default.GetHashCode(m_Item7)), ((ITupleInternal)m_Rest).GetHashCodeInternal());
        }

        int ITupleInternal.GetHashCodeInternal()
        {
            return GetHashCode();
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> other = obj as Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>;
            if (other == null)
                throw new ArgumentException("Argument must be of type " + GetType() + ".", "other");
            Comparer<object> comparer = Comparer<object>.Default;
            int c1 = comparer.Compare(m_Item1, other.m_Item1);
            if (c1 != 0)
                return c1;
            int c2 = comparer.Compare(m_Item2, other.m_Item2);
            if (c2 != 0)
                return c2;
            int c3 = comparer.Compare(m_Item3, other.m_Item3);
            if (c3 != 0)
                return c3;
            int c4 = comparer.Compare(m_Item4, other.m_Item4);
            if (c4 != 0)
                return c4;
            int c5 = comparer.Compare(m_Item5, other.m_Item5);
            if (c5 != 0)
                return c5;
            int c6 = comparer.Compare(m_Item6, other.m_Item6);
            if (c6 != 0)
                return c6;
            int c7 = comparer.Compare(m_Item7, other.m_Item7);
            if (c7 != 0)
                return c7;
            return comparer.Compare(m_Rest, other.m_Rest);
        }

        // The Rest tuple is printed without its own parentheses: (1, ..., 7, 8).
        public override string ToString()
        {
            return "(" + (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ", " + (m_Item4 == null ? "" : m_Item4.ToString()) + ", " + (m_Item5 == null ? "" : m_Item5.ToString()) + ", " + (m_Item6 == null ? "" : m_Item6.ToString()) + ", " + (m_Item7 == null ? "" : m_Item7.ToString()) + ", " + ((ITupleInternal)m_Rest).ToStringEnd();
        }

        string ITupleInternal.ToStringEnd()
        {
            return (m_Item1 == null ? "" : m_Item1.ToString()) + ", " + (m_Item2 == null ? "" : m_Item2.ToString()) + ", " + (m_Item3 == null ? "" : m_Item3.ToString()) + ", " + (m_Item4 == null ? "" : m_Item4.ToString()) + ", " + (m_Item5 == null ? "" : m_Item5.ToString()) + ", " + (m_Item6 == null ? "" : m_Item6.ToString()) + ", " + (m_Item7 == null ? "" : m_Item7.ToString()) + ", " + ((ITupleInternal)m_Rest).ToStringEnd();
        }

        int ITuple.Length
        {
            get { return 7 + ((ITupleInternal)m_Rest).Length; }
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
                return ((ITupleInternal)m_Rest)[index - 7];
            }
        }
    }
}
