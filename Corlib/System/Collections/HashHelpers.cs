// Internal: the prime table sizes used by Dictionary, HashSet and Hashtable
// (a port of .NET's System.Collections.HashHelpers). Table sizes are primes so
// that "hash % size" spreads keys; the exact sequence matters because it decides
// when a table resizes.
namespace System.Collections
{
    internal static class HashHelpers
    {
        // Hashtable's double-hashing step uses this prime.
        public const int HashPrime = 101;

        // The largest prime smaller than Array.MaxLength.
        public const int MaxPrimeArrayLength = 0x7FFFFFC3;

        // Primes a little over 1.2x apart, so that tables grow smoothly.
        private static readonly int[] s_primes =
        {
            3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919,
            1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591,
            17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437,
            187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897, 1162687, 1395263,
            1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559, 5999471, 7199369
        };

        public static bool IsPrime(int candidate)
        {
            if ((candidate & 1) != 0)
            {
                // Trial division by odd numbers up to the square root.
                for (long divisor = 3; divisor * divisor <= candidate; divisor += 2)
                {
                    if ((candidate % divisor) == 0)
                        return false;
                }
                return true;
            }
            return candidate == 2;
        }

        // The smallest table size >= min.
        public static int GetPrime(int min)
        {
            if (min < 0)
                throw new ArgumentException("Hashtable's capacity overflowed and went negative. Check load factor, capacity and the current size of the table.");

            int[] primes = s_primes;
            for (int i = 0; i < primes.Length; i++)
            {
                if (primes[i] >= min)
                    return primes[i];
            }

            // Outside the table: search odd numbers, skipping primes p with (p - 1) % HashPrime == 0
            // so that Hashtable's probe step is never a multiple of the table size.
            for (int i = (min | 1); i < int.MaxValue; i += 2)
            {
                if (IsPrime(i) && ((i - 1) % HashPrime != 0))
                    return i;
            }
            return min;
        }

        // The size to grow a table of oldSize to: the next prime after twice the size.
        public static int ExpandPrime(int oldSize)
        {
            int newSize = 2 * oldSize;

            // Allow the table to reach MaxPrimeArrayLength before overflowing int.
            if ((uint)newSize > MaxPrimeArrayLength && MaxPrimeArrayLength > oldSize)
                return MaxPrimeArrayLength;

            return GetPrime(newSize);
        }
    }
}
