// System.Linq.Enumerable: the operators that copy a sequence into a collection
// (ToArray, ToList, ToDictionary, ToHashSet, ToLookup). They run when called.
using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");

            // A collection knows its size and copies itself.
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null)
            {
                int count = collection.Count;
                if (count == 0)
                    return EmptyArray<TSource>.Value;
                TSource[] result = new TSource[count];
                collection.CopyTo(result, 0);
                return result;
            }

            // Anything else is read into a buffer that doubles as needed.
            TSource[] buffer = null;
            int length = 0;
            foreach (TSource element in source)
            {
                if (buffer == null)
                    buffer = new TSource[4];
                else if (length == buffer.Length)
                    buffer = Resize(buffer, checked(length * 2), length);
                buffer[length] = element;
                length++;
            }
            if (length == 0)
                return EmptyArray<TSource>.Value;
            return length == buffer.Length ? buffer : Resize(buffer, length, length);
        }

        // A new array of newLength holding array[0..count).
        internal static T[] Resize<T>(T[] array, int newLength, int count)
        {
            T[] result = new T[newLength];
            for (int i = 0; i < count; i++)
                result[i] = array[i];
            return result;
        }

        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return new List<TSource>(source);
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source)
        {
            return ToHashSet(source, null);
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            return new HashSet<TSource>(source, comparer);
        }

        // ToDictionary: a duplicate key throws ArgumentException and a null key
        // ArgumentNullException, both from Dictionary.Add.

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToDictionary(source, keySelector, null);
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            Dictionary<TKey, TSource> d = new Dictionary<TKey, TSource>(CapacityOf(source), comparer);
            foreach (TSource element in source)
                d.Add(keySelector(element), element);
            return d;
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return ToDictionary(source, keySelector, elementSelector, null);
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            if (elementSelector == null)
                throw Error.ArgumentNull("elementSelector");
            Dictionary<TKey, TElement> d = new Dictionary<TKey, TElement>(CapacityOf(source), comparer);
            foreach (TSource element in source)
                d.Add(keySelector(element), elementSelector(element));
            return d;
        }

        // The size of a collection, else 0 (a capacity hint; not observable).
        private static int CapacityOf<TSource>(IEnumerable<TSource> source)
        {
            ICollection<TSource> collection = source as ICollection<TSource>;
            return collection != null ? collection.Count : 0;
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToLookup(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            return Lookup<TKey, TSource>.Create(source, keySelector, comparer);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return ToLookup(source, keySelector, elementSelector, null);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Error.ArgumentNull("source");
            if (keySelector == null)
                throw Error.ArgumentNull("keySelector");
            if (elementSelector == null)
                throw Error.ArgumentNull("elementSelector");
            return Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
        }
    }
}
