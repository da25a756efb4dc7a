// System.Tuple and Tuple<T1..T7, TRest>: immutable reference-type tuples (a port of
// .NET's System.Tuple). ToString "(1, 2)" with a nested TRest flattened; Equals,
// GetHashCode and IComparable.CompareTo are the IStructuralEquatable /
// IStructuralComparable versions run with EqualityComparer<object>.Default and
// Comparer<object>.Default, so items compare element by element (nulls first).
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    // Tuples that can print their elements without the leading "(" (for TRest nesting)
    // and hash under a caller's comparer.
    internal interface ITupleInternal : ITuple
    {
        string ToStringEnd();

        int GetHashCode(IEqualityComparer comparer);
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

        internal static int CombineHashCodes(int h1, int h2, int h3)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2), h3);
        }

        internal static int CombineHashCodes(int h1, int h2, int h3, int h4)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2), CombineHashCodes(h3, h4));
        }

        internal static int CombineHashCodes(int h1, int h2, int h3, int h4, int h5)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2, h3, h4), h5);
        }

        internal static int CombineHashCodes(int h1, int h2, int h3, int h4, int h5, int h6)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2, h3, h4), CombineHashCodes(h5, h6));
        }

        internal static int CombineHashCodes(int h1, int h2, int h3, int h4, int h5, int h6, int h7)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2, h3, h4), CombineHashCodes(h5, h6, h7));
        }

        internal static int CombineHashCodes(int h1, int h2, int h3, int h4, int h5, int h6, int h7, int h8)
        {
            return CombineHashCodes(CombineHashCodes(h1, h2, h3, h4), CombineHashCodes(h5, h6, h7, h8));
        }

        // "Argument must be of type System.Tuple`2[...]." for CompareTo with another type.
        internal static ArgumentException IncorrectType(object tuple)
        {
            return new ArgumentException("Argument must be of type " + tuple.GetType() + ".", "other");
        }
    }

    public class Tuple<T1> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
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
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1> objTuple = other as Tuple<T1>;
            if (objTuple == null)
                return false;
            return comparer.Equals(m_Item1, objTuple.m_Item1);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1> objTuple = other as Tuple<T1>;
            if (objTuple == null)
                throw Tuple.IncorrectType(this);
            return comparer.Compare(m_Item1, objTuple.m_Item1);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return comparer.GetHashCode(m_Item1);
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
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

    public class Tuple<T1, T2> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
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
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2> objTuple = other as Tuple<T1, T2>;
            if (objTuple == null)
                return false;
            return comparer.Equals(m_Item1, objTuple.m_Item1)
                && comparer.Equals(m_Item2, objTuple.m_Item2);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2> objTuple = other as Tuple<T1, T2>;
            if (objTuple == null)
                throw Tuple.IncorrectType(this);
            int c = comparer.Compare(m_Item1, objTuple.m_Item1);
            if (c != 0)
                return c;
            return comparer.Compare(m_Item2, objTuple.m_Item2);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1), comparer.GetHashCode(m_Item2));
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
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

    public class Tuple<T1, T2, T3> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
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
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3> objTuple = other as Tuple<T1, T2, T3>;
            if (objTuple == null)
                return false;
            return comparer.Equals(m_Item1, objTuple.m_Item1)
                && comparer.Equals(m_Item2, objTuple.m_Item2)
                && comparer.Equals(m_Item3, objTuple.m_Item3);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3> objTuple = other as Tuple<T1, T2, T3>;
            if (objTuple == null)
                throw Tuple.IncorrectType(this);
            int c = comparer.Compare(m_Item1, objTuple.m_Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item2, objTuple.m_Item2);
            if (c != 0)
                return c;
            return comparer.Compare(m_Item3, objTuple.m_Item3);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1), comparer.GetHashCode(m_Item2), comparer.GetHashCode(m_Item3));
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
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

    public class Tuple<T1, T2, T3, T4> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
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
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4> objTuple = other as Tuple<T1, T2, T3, T4>;
            if (objTuple == null)
                return false;
            return comparer.Equals(m_Item1, objTuple.m_Item1)
                && comparer.Equals(m_Item2, objTuple.m_Item2)
                && comparer.Equals(m_Item3, objTuple.m_Item3)
                && comparer.Equals(m_Item4, objTuple.m_Item4);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3, T4> objTuple = other as Tuple<T1, T2, T3, T4>;
            if (objTuple == null)
                throw Tuple.IncorrectType(this);
            int c = comparer.Compare(m_Item1, objTuple.m_Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item2, objTuple.m_Item2);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item3, objTuple.m_Item3);
            if (c != 0)
                return c;
            return comparer.Compare(m_Item4, objTuple.m_Item4);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1), comparer.GetHashCode(m_Item2), comparer.GetHashCode(m_Item3), comparer.GetHashCode(m_Item4));
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
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

    public class Tuple<T1, T2, T3, T4, T5> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
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
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5> objTuple = other as Tuple<T1, T2, T3, T4, T5>;
            if (objTuple == null)
                return false;
            return comparer.Equals(m_Item1, objTuple.m_Item1)
                && comparer.Equals(m_Item2, objTuple.m_Item2)
                && comparer.Equals(m_Item3, objTuple.m_Item3)
                && comparer.Equals(m_Item4, objTuple.m_Item4)
                && comparer.Equals(m_Item5, objTuple.m_Item5);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5> objTuple = other as Tuple<T1, T2, T3, T4, T5>;
            if (objTuple == null)
                throw Tuple.IncorrectType(this);
            int c = comparer.Compare(m_Item1, objTuple.m_Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item2, objTuple.m_Item2);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item3, objTuple.m_Item3);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item4, objTuple.m_Item4);
            if (c != 0)
                return c;
            return comparer.Compare(m_Item5, objTuple.m_Item5);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1), comparer.GetHashCode(m_Item2), comparer.GetHashCode(m_Item3), comparer.GetHashCode(m_Item4), comparer.GetHashCode(m_Item5));
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
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

    public class Tuple<T1, T2, T3, T4, T5, T6> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
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
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5, T6> objTuple = other as Tuple<T1, T2, T3, T4, T5, T6>;
            if (objTuple == null)
                return false;
            return comparer.Equals(m_Item1, objTuple.m_Item1)
                && comparer.Equals(m_Item2, objTuple.m_Item2)
                && comparer.Equals(m_Item3, objTuple.m_Item3)
                && comparer.Equals(m_Item4, objTuple.m_Item4)
                && comparer.Equals(m_Item5, objTuple.m_Item5)
                && comparer.Equals(m_Item6, objTuple.m_Item6);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5, T6> objTuple = other as Tuple<T1, T2, T3, T4, T5, T6>;
            if (objTuple == null)
                throw Tuple.IncorrectType(this);
            int c = comparer.Compare(m_Item1, objTuple.m_Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item2, objTuple.m_Item2);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item3, objTuple.m_Item3);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item4, objTuple.m_Item4);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item5, objTuple.m_Item5);
            if (c != 0)
                return c;
            return comparer.Compare(m_Item6, objTuple.m_Item6);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1), comparer.GetHashCode(m_Item2), comparer.GetHashCode(m_Item3), comparer.GetHashCode(m_Item4), comparer.GetHashCode(m_Item5), comparer.GetHashCode(m_Item6));
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
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

    public class Tuple<T1, T2, T3, T4, T5, T6, T7> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
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
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5, T6, T7> objTuple = other as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (objTuple == null)
                return false;
            return comparer.Equals(m_Item1, objTuple.m_Item1)
                && comparer.Equals(m_Item2, objTuple.m_Item2)
                && comparer.Equals(m_Item3, objTuple.m_Item3)
                && comparer.Equals(m_Item4, objTuple.m_Item4)
                && comparer.Equals(m_Item5, objTuple.m_Item5)
                && comparer.Equals(m_Item6, objTuple.m_Item6)
                && comparer.Equals(m_Item7, objTuple.m_Item7);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7> objTuple = other as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (objTuple == null)
                throw Tuple.IncorrectType(this);
            int c = comparer.Compare(m_Item1, objTuple.m_Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item2, objTuple.m_Item2);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item3, objTuple.m_Item3);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item4, objTuple.m_Item4);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item5, objTuple.m_Item5);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item6, objTuple.m_Item6);
            if (c != 0)
                return c;
            return comparer.Compare(m_Item7, objTuple.m_Item7);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1), comparer.GetHashCode(m_Item2), comparer.GetHashCode(m_Item3), comparer.GetHashCode(m_Item4), comparer.GetHashCode(m_Item5), comparer.GetHashCode(m_Item6), comparer.GetHashCode(m_Item7));
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
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

    public class Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
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
            return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default);
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> objTuple = other as Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>;
            if (objTuple == null)
                return false;
            return comparer.Equals(m_Item1, objTuple.m_Item1)
                && comparer.Equals(m_Item2, objTuple.m_Item2)
                && comparer.Equals(m_Item3, objTuple.m_Item3)
                && comparer.Equals(m_Item4, objTuple.m_Item4)
                && comparer.Equals(m_Item5, objTuple.m_Item5)
                && comparer.Equals(m_Item6, objTuple.m_Item6)
                && comparer.Equals(m_Item7, objTuple.m_Item7)
                && comparer.Equals(m_Rest, objTuple.m_Rest);
        }

        int IComparable.CompareTo(object obj)
        {
            return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default);
        }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null)
                return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> objTuple = other as Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>;
            if (objTuple == null)
                throw Tuple.IncorrectType(this);
            int c = comparer.Compare(m_Item1, objTuple.m_Item1);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item2, objTuple.m_Item2);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item3, objTuple.m_Item3);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item4, objTuple.m_Item4);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item5, objTuple.m_Item5);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item6, objTuple.m_Item6);
            if (c != 0)
                return c;
            c = comparer.Compare(m_Item7, objTuple.m_Item7);
            if (c != 0)
                return c;
            return comparer.Compare(m_Rest, objTuple.m_Rest);
        }

        public override int GetHashCode()
        {
            return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default);
        }

        // Like .NET, only the last eight elements (counting those inside Rest) are hashed.
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            ITupleInternal t = (ITupleInternal)m_Rest;
            if (t.Length >= 8)
                return t.GetHashCode(comparer);
            switch (8 - t.Length)
            {
                case 1:
                    return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item7), t.GetHashCode(comparer));
                case 2:
                    return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item6), comparer.GetHashCode(m_Item7), t.GetHashCode(comparer));
                case 3:
                    return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item5), comparer.GetHashCode(m_Item6), comparer.GetHashCode(m_Item7), t.GetHashCode(comparer));
                case 4:
                    return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item4), comparer.GetHashCode(m_Item5), comparer.GetHashCode(m_Item6), comparer.GetHashCode(m_Item7), t.GetHashCode(comparer));
                case 5:
                    return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item3), comparer.GetHashCode(m_Item4), comparer.GetHashCode(m_Item5), comparer.GetHashCode(m_Item6), comparer.GetHashCode(m_Item7), t.GetHashCode(comparer));
                case 6:
                    return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item2), comparer.GetHashCode(m_Item3), comparer.GetHashCode(m_Item4), comparer.GetHashCode(m_Item5), comparer.GetHashCode(m_Item6), comparer.GetHashCode(m_Item7), t.GetHashCode(comparer));
                case 7:
                    return Tuple.CombineHashCodes(comparer.GetHashCode(m_Item1), comparer.GetHashCode(m_Item2), comparer.GetHashCode(m_Item3), comparer.GetHashCode(m_Item4), comparer.GetHashCode(m_Item5), comparer.GetHashCode(m_Item6), comparer.GetHashCode(m_Item7), t.GetHashCode(comparer));
            }
            return -1;
        }

        int ITupleInternal.GetHashCode(IEqualityComparer comparer)
        {
            return ((IStructuralEquatable)this).GetHashCode(comparer);
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
