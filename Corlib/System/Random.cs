// System.Random: a pseudo-random number generator.
//
// This is .NET's seeded algorithm (Net5CompatSeedImpl, identical to .NET Framework's and
// Mono's): Knuth's subtractive generator (TAOCP vol. 2, 3.6), so `new Random(seed)` yields
// exactly .NET's sequences. As in .NET Framework, Next(maxValue), Next(minValue, maxValue) and
// NextDouble go through the virtual Sample(), so subclasses that override Sample() change them;
// Next() and NextBytes use the generator directly.
//
// `new Random()` (unseeded) seeds from Environment.TickCount; its sequence is not .NET's
// (modern .NET uses xoshiro there), which is allowed: only seeded sequences are specified.
namespace System
{
    public class Random
    {
        private const int MBIG = int.MaxValue;
        private const int MSEED = 161803398;

        // Mixed into the seed of unseeded instances so that two created within the same
        // millisecond differ.
        private static int s_unseededCount;
        private static Random s_shared;

        private readonly int[] _seedArray = new int[56];
        private int _inext;
        private int _inextp;

        public Random()
            : this(UnseededSeed())
        {
        }

        public Random(int Seed)
        {
            int[] seedArray = _seedArray;

            // Initialize seedArray[55] from the seed, then the rest of the array in the
            // pseudo-random order 21, 42, 8, ... (i * 21 mod 55).
            int subtraction = (Seed == int.MinValue) ? int.MaxValue : (Seed < 0 ? -Seed : Seed);
            int mj = MSEED - subtraction;
            seedArray[55] = mj;
            int mk = 1;
            int ii = 0;
            for (int i = 1; i < 55; i++)
            {
                if ((ii += 21) >= 55)
                    ii -= 55;
                seedArray[ii] = mk;
                mk = mj - mk;
                if (mk < 0)
                    mk += MBIG;
                mj = seedArray[ii];
            }

            // "Warm up" the generator four times.
            for (int k = 1; k < 5; k++)
            {
                for (int i = 1; i < 56; i++)
                {
                    int n = i + 30;
                    if (n >= 55)
                        n -= 55;
                    seedArray[i] -= seedArray[1 + n];
                    if (seedArray[i] < 0)
                        seedArray[i] += MBIG;
                }
            }

            _inext = 0;
            _inextp = 21;
        }

        // A shared instance (.NET 6+). CILKit has no threads, so no locking is needed.
        public static Random Shared
        {
            get
            {
                if (s_shared == null)
                    s_shared = new Random();
                return s_shared;
            }
        }

        // A double in [0, 1).
        protected virtual double Sample()
        {
            return InternalSample() * (1.0 / MBIG);
        }

        // A non-negative int less than int.MaxValue.
        public virtual int Next()
        {
            return InternalSample();
        }

        public virtual int Next(int maxValue)
        {
            if (maxValue < 0)
                throw new ArgumentOutOfRangeException(nameof(maxValue), maxValue, "maxValue ('" + maxValue.ToString() + "') must be a non-negative value.");
            return (int)(Sample() * maxValue);
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue)
                throw new ArgumentOutOfRangeException(nameof(minValue), "'minValue' cannot be greater than maxValue.");

            long range = (long)maxValue - minValue;
            if (range <= int.MaxValue)
                return (int)(Sample() * range) + minValue;
            // A range wider than int.MaxValue needs more than the 31 bits one sample gives.
            return (int)((long)(GetSampleForLargeRange() * range) + minValue);
        }

        public virtual double NextDouble()
        {
            return Sample();
        }

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null)
                throw new ArgumentNullException(nameof(buffer));
            for (int i = 0; i < buffer.Length; i++)
                buffer[i] = unchecked((byte)InternalSample());
        }

        private int InternalSample()
        {
            int locINext = _inext;
            if (++locINext >= 56)
                locINext = 1;

            int locINextp = _inextp;
            if (++locINextp >= 56)
                locINextp = 1;

            int[] seedArray = _seedArray;
            int retVal = seedArray[locINext] - seedArray[locINextp];

            if (retVal == MBIG)
                retVal--;
            if (retVal < 0)
                retVal += MBIG;

            seedArray[locINext] = retVal;
            _inext = locINext;
            _inextp = locINextp;
            return retVal;
        }

        // A double in [0, 1) built from two samples, for ranges wider than int.MaxValue.
        private double GetSampleForLargeRange()
        {
            // InternalSample never returns int.MaxValue, so a single sample cannot cover
            // the whole int range: the sign comes from a second sample.
            int result = InternalSample();
            bool negative = InternalSample() % 2 == 0;
            if (negative)
                result = -result;

            double d = result;
            d += int.MaxValue - 1; // get a number in range [0 .. 2 * Int32MaxValue - 1)
            d /= 2.0 * int.MaxValue - 1;
            return d;
        }

        private static int UnseededSeed()
        {
            int count = s_unseededCount++;
            return unchecked(Environment.TickCount ^ (int)((uint)count * 2654435761u));
        }
    }
}
