// System.Linq.Enumerable: the immediate operators that pick one element (First,
// Last, Single, ElementAt and their OrDefault forms) or answer a question about a
// sequence (Any, All, Contains, Count, LongCount, SequenceEqual, Aggregate).
//
// They run when called. On an empty sequence (or with no match) the plain forms
// throw InvalidOperationException and the OrDefault forms return default(TSource).
// Where .NET reads an IList<T> by index instead of enumerating it, so does this
// code; on a sorted sequence (OrderBy...) First, Last, ElementAt and Count avoid
// the full sort as .NET's do (see OrderedEnumerable.cs).
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        // --------------------------------------------------------------- First

        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            TSource first = TryGetFirst(source, out found);
            if (!found)
                throw Error.NoElements();
            return first;
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            TSource first = TryGetFirst(source, predicate, out found);
            if (!found)
                throw Error.NoMatch();
            return first;
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            return TryGetFirst(source, out found);
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            return TryGetFirst(source, predicate, out found);
        }

        private static TSource TryGetFirst<TSource>(IEnumerable<TSource> source, out bool found)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
                return ordered.TryGetFirst(out found);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                if (list.Count > 0)
                {
                    found = true;
                    return list[0];
                }
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    if (e.MoveNext())
                    {
                        found = true;
                        return e.Current;
                    }
                }
            }
            found = false;
            return default(TSource);
        }

        private static TSource TryGetFirst<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out bool found)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
                return ordered.TryGetFirst(predicate, out found);
            foreach (TSource element in source)
            {
                if (predicate(element))
                {
                    found = true;
                    return element;
                }
            }
            found = false;
            return default(TSource);
        }

        // ---------------------------------------------------------------- Last

        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            TSource last = TryGetLast(source, out found);
            if (!found)
                throw Error.NoElements();
            return last;
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            TSource last = TryGetLast(source, predicate, out found);
            if (!found)
                throw Error.NoMatch();
            return last;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            return TryGetLast(source, out found);
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            return TryGetLast(source, predicate, out found);
        }

        private static TSource TryGetLast<TSource>(IEnumerable<TSource> source, out bool found)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
                return ordered.TryGetLast(out found);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                int count = list.Count;
                if (count > 0)
                {
                    found = true;
                    return list[count - 1];
                }
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    if (e.MoveNext())
                    {
                        TSource result;
                        do
                        {
                            result = e.Current;
                        }
                        while (e.MoveNext());
                        found = true;
                        return result;
                    }
                }
            }
            found = false;
            return default(TSource);
        }

        private static TSource TryGetLast<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out bool found)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
                return ordered.TryGetLast(predicate, out found);
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                // .NET searches a list backwards: the predicate sees the elements
                // from the last one down to the match.
                for (int i = list.Count - 1; i >= 0; --i)
                {
                    TSource result = list[i];
                    if (predicate(result))
                    {
                        found = true;
                        return result;
                    }
                }
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    while (e.MoveNext())
                    {
                        TSource result = e.Current;
                        if (predicate(result))
                        {
                            while (e.MoveNext())
                            {
                                TSource element = e.Current;
                                if (predicate(element))
                                    result = element;
                            }
                            found = true;
                            return result;
                        }
                    }
                }
            }
            found = false;
            return default(TSource);
        }

        // -------------------------------------------------------------- Single

        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            TSource single = TryGetSingle(source, out found);
            if (!found)
                throw Error.NoElements();
            return single;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            TSource single = TryGetSingle(source, predicate, out found);
            if (!found)
                throw Error.NoMatch();
            return single;
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            bool found;
            return TryGetSingle(source, out found);
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool found;
            return TryGetSingle(source, predicate, out found);
        }

        // More than one element throws here; none sets found = false.
        private static TSource TryGetSingle<TSource>(IEnumerable<TSource> source, out bool found)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                switch (list.Count)
                {
                    case 0:
                        found = false;
                        return default(TSource);
                    case 1:
                        found = true;
                        return list[0];
                }
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    if (!e.MoveNext())
                    {
                        found = false;
                        return default(TSource);
                    }
                    TSource result = e.Current;
                    if (!e.MoveNext())
                    {
                        found = true;
                        return result;
                    }
                }
            }
            throw Error.MoreThanOneElement();
        }

        // A second match throws as soon as it is found; the rest of the sequence is
        // not read.
        private static TSource TryGetSingle<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate, out bool found)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (e.MoveNext())
                {
                    TSource result = e.Current;
                    if (predicate(result))
                    {
                        while (e.MoveNext())
                        {
                            if (predicate(e.Current))
                                throw Error.MoreThanOneMatch();
                        }
                        found = true;
                        return result;
                    }
                }
            }
            found = false;
            return default(TSource);
        }

        // ----------------------------------------------------------- ElementAt

        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
            {
                bool found;
                TSource element = ordered.TryGetElementAt(index, out found);
                if (found)
                    return element;
                throw Error.ArgumentOutOfRange("index");
            }
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
                return list[index]; // the list's own range check and exception
            if (index >= 0)
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    while (e.MoveNext())
                    {
                        if (index == 0)
                            return e.Current;
                        index--;
                    }
                }
            }
            throw Error.ArgumentOutOfRange("index");
        }

        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
            {
                bool found;
                return ordered.TryGetElementAt(index, out found);
            }
            if (index >= 0)
            {
                IList<TSource> list = source as IList<TSource>;
                if (list != null)
                {
                    if (index < list.Count)
                        return list[index];
                }
                else
                {
                    using (IEnumerator<TSource> e = source.GetEnumerator())
                    {
                        while (e.MoveNext())
                        {
                            if (index == 0)
                                return e.Current;
                            index--;
                        }
                    }
                }
            }
            return default(TSource);
        }

        // ------------------------------------------------------------ Any, All

        public static bool Any<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            ICollection<TSource> collectionOfT = source as ICollection<TSource>;
            if (collectionOfT != null)
                return collectionOfT.Count != 0;
            ICollection collection = source as ICollection;
            if (collection != null)
                return collection.Count != 0;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                return e.MoveNext();
            }
        }

        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            foreach (TSource element in source)
            {
                if (predicate(element))
                    return true;
            }
            return false;
        }

        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            foreach (TSource element in source)
            {
                if (!predicate(element))
                    return false;
            }
            return true;
        }

        // ------------------------------------------------------------ Contains

        // A collection answers with its own Contains (e.g. a HashSet uses its comparer).
        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null)
                return collection.Contains(value);
            return Contains(source, value, null);
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (comparer == null)
                comparer = EqualityComparer<TSource>.Default;
            foreach (TSource element in source)
            {
                if (comparer.Equals(element, value))
                    return true;
            }
            return false;
        }

        // ------------------------------------------------------ Count, LongCount

        public static int Count<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            ICollection<TSource> collectionOfT = source as ICollection<TSource>;
            if (collectionOfT != null)
                return collectionOfT.Count;
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null)
                return ordered.Count(); // without computing keys
            ICollection collection = source as ICollection;
            if (collection != null)
                return collection.Count;
            int count = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                checked
                {
                    while (e.MoveNext())
                        count++;
                }
            }
            return count;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            int count = 0;
            foreach (TSource element in source)
            {
                checked
                {
                    if (predicate(element))
                        count++;
                }
            }
            return count;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            long count = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                checked
                {
                    while (e.MoveNext())
                        count++;
                }
            }
            return count;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (predicate == null)
                throw Error.ArgumentNull("predicate");
            long count = 0;
            foreach (TSource element in source)
            {
                checked
                {
                    if (predicate(element))
                        count++;
                }
            }
            return count;
        }

        // ------------------------------------------------------- SequenceEqual

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return SequenceEqual(first, second, null);
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (comparer == null)
                comparer = EqualityComparer<TSource>.Default;
            if (first == null)
                throw Error.ArgumentNull("first");
            if (second == null)
                throw Error.ArgumentNull("second");

            // Two collections of different sizes differ without comparing elements;
            // two lists are compared by index.
            ICollection<TSource> firstCollection = first as ICollection<TSource>;
            ICollection<TSource> secondCollection = second as ICollection<TSource>;
            if (firstCollection != null && secondCollection != null)
            {
                if (firstCollection.Count != secondCollection.Count)
                    return false;
                IList<TSource> firstList = first as IList<TSource>;
                IList<TSource> secondList = second as IList<TSource>;
                if (firstList != null && secondList != null)
                {
                    int count = firstCollection.Count;
                    for (int i = 0; i < count; i++)
                    {
                        if (!comparer.Equals(firstList[i], secondList[i]))
                            return false;
                    }
                    return true;
                }
            }

            using (IEnumerator<TSource> e1 = first.GetEnumerator())
            using (IEnumerator<TSource> e2 = second.GetEnumerator())
            {
                while (e1.MoveNext())
                {
                    if (!(e2.MoveNext() && comparer.Equals(e1.Current, e2.Current)))
                        return false;
                }
                return !e2.MoveNext();
            }
        }

        // ----------------------------------------------------------- Aggregate

        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (func == null)
                throw Error.ArgumentNull("func");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                    throw Error.NoElements();
                TSource result = e.Current;
                while (e.MoveNext())
                    result = func(result, e.Current);
                return result;
            }
        }

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (func == null)
                throw Error.ArgumentNull("func");
            TAccumulate result = seed;
            foreach (TSource element in source)
                result = func(result, element);
            return result;
        }

        public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (func == null)
                throw Error.ArgumentNull("func");
            if (resultSelector == null)
                throw Error.ArgumentNull("resultSelector");
            TAccumulate result = seed;
            foreach (TSource element in source)
                result = func(result, element);
            return resultSelector(result);
        }
    }
}
