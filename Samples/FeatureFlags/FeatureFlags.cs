// FeatureFlags.cs - CILKit's bundled sample: a small asynchronous feature-flag
// service.
//
// Flags are validated and saved through a simulated database whose calls take
// 1-5 ms (Task.Delay). Reads go through an in-memory cache that answers almost
// every lookup synchronously, so most `async Task<T>` calls complete without
// ever suspending. Main deploys a batch of flag changes (one of which is
// invalid and fails four async levels down), then serves a few thousand
// evaluation requests started together and awaited with Task.WhenAll.
//
// The output is deterministic: requests are generated from a fixed seed, every
// flag is changed at most once per batch, results are aggregated in request
// order after all of them finish, and no times are printed.
//
// Build: Scripts/build-samples.sh (mcs -debug- -optimize+). mcs has no async
// Main, so Main blocks on MainAsync().GetAwaiter().GetResult().
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Samples.FeatureFlags
{
    public sealed class Flag
    {
        public string Name;
        public bool Enabled;
        public int RolloutPercent;   // share of users (0-100) that see the feature
        public int Version;

        public Flag(string name, bool enabled, int rolloutPercent)
        {
            Name = name; Enabled = enabled; RolloutPercent = rolloutPercent;
        }
    }

    public sealed class FlagValidationException : Exception
    {
        public FlagValidationException(string message) : base(message) { }
    }

    // Stands in for a remote store: every call costs a round trip of 1-5 ms.
    public sealed class FlagDatabase
    {
        private readonly Dictionary<string, Flag> rows = new Dictionary<string, Flag>();
        private static readonly string[] ReservedNames = { "all", "default", "none" };
        public int Loads, Saves;

        private static Task RoundTrip(string key) { return Task.Delay(1 + (int)(Hash.Of(key) % 5)); }

        public async Task<Flag> LoadAsync(string name)
        {
            await RoundTrip(name);
            Interlocked.Increment(ref Loads);
            lock (rows)
            {
                Flag row;
                return rows.TryGetValue(name, out row) ? Copy(row) : null;
            }
        }

        public async Task<int> SaveAsync(Flag flag)
        {
            await RoundTrip(flag.Name);
            Interlocked.Increment(ref Saves);
            lock (rows)
            {
                Flag old;
                flag.Version = rows.TryGetValue(flag.Name, out old) ? old.Version + 1 : 1;
                rows[flag.Name] = Copy(flag);
                return flag.Version;
            }
        }

        public async Task<bool> IsReservedNameAsync(string name)
        {
            await RoundTrip("reserved:" + name);
            return Array.IndexOf(ReservedNames, name) >= 0;
        }

        private static Flag Copy(Flag f) { return new Flag(f.Name, f.Enabled, f.RolloutPercent) { Version = f.Version }; }
    }

    // Read-through cache. Known flags are answered from memory; unknown names
    // are not cached, so each of them costs a database load.
    public sealed class FlagCache
    {
        private readonly Dictionary<string, Flag> entries = new Dictionary<string, Flag>();
        public int Hits, Misses;

        public bool TryGet(string name, out Flag flag)
        {
            lock (entries)
            {
                bool found = entries.TryGetValue(name, out flag);
                if (found) Hits++; else Misses++;
                return found;
            }
        }

        public void Put(Flag flag) { lock (entries) entries[flag.Name] = flag; }
    }

    public sealed class FlagValidator
    {
        private readonly FlagDatabase database;

        public FlagValidator(FlagDatabase database) { this.database = database; }

        public async Task ValidateAsync(Flag flag)
        {
            if (flag.RolloutPercent < 0 || flag.RolloutPercent > 100)
                throw new FlagValidationException("Rollout for '" + flag.Name + "' must be between 0 and 100");
            await ValidateNameAsync(flag.Name);
        }

        private async Task ValidateNameAsync(string name)
        {
            if (await database.IsReservedNameAsync(name))
                throw new FlagValidationException("Flag name '" + name + "' is reserved");
            foreach (char c in name)
            {
                if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-')
                    throw new FlagValidationException("Invalid flag name '" + name + "': unexpected character '" + c + "'");
            }
        }
    }

    public sealed class FlagService
    {
        private readonly FlagDatabase database;
        private readonly FlagCache cache;
        private readonly FlagValidator validator;

        public FlagService(FlagDatabase database, FlagCache cache)
        {
            this.database = database;
            this.cache = cache;
            validator = new FlagValidator(database);
        }

        // Completes synchronously on a cache hit: nothing incomplete is awaited.
        public async Task<Flag> GetFlagAsync(string name)
        {
            Flag flag;
            if (cache.TryGet(name, out flag))
                return flag;
            flag = await database.LoadAsync(name);
            if (flag != null)
                cache.Put(flag);
            return flag;
        }

        public async Task<bool> IsEnabledAsync(string name, int userId)
        {
            Flag flag = await GetFlagAsync(name);
            if (flag == null || !flag.Enabled)
                return false;
            return Hash.Of(name + "/" + userId) % 100 < (uint)flag.RolloutPercent;
        }

        public async Task<int> UpdateFlagAsync(Flag flag)
        {
            await validator.ValidateAsync(flag);
            int version = await database.SaveAsync(flag);
            cache.Put(flag);   // write-through: readers see the new value at once
            return version;
        }
    }

    public static class Hash
    {
        // FNV-1a: stable across runs and runtimes, unlike string.GetHashCode.
        public static uint Of(string s)
        {
            uint h = 2166136261;
            foreach (char c in s) { h ^= c; h *= 16777619; }
            return h;
        }
    }

    public static class Program
    {
        const int FlagCount = 200, ReadRequests = 3000;
        static uint seed = 12345;

        static int Next(int bound)
        {
            seed = seed * 1103515245 + 12345;   // fixed-seed LCG: same requests every run
            return (int)((seed >> 8) % (uint)bound);
        }

        static string FlagName(int i) { return "feature-" + i.ToString("D3"); }

        static async Task<string> HandleReadAsync(FlagService service, int requestId)
        {
            // About one request in twenty asks for a flag that does not exist.
            string name = Next(20) == 0 ? "missing-" + Next(50) : FlagName(Next(FlagCount));
            int userId = Next(100000);
            bool enabled = await service.IsEnabledAsync(name, userId);
            return requestId + ":" + name + ":" + userId + ":" + (enabled ? "on" : "off");
        }

        static async Task MainAsync()
        {
            var database = new FlagDatabase();
            var cache = new FlagCache();
            var service = new FlagService(database, cache);

            // 1. Deploy: every flag is created once, all saves in flight at the same time.
            var deploys = new List<Task<int>>();
            for (int i = 0; i < FlagCount; i++)
                deploys.Add(service.UpdateFlagAsync(new Flag(FlagName(i), i % 3 != 0, Next(101))));
            deploys.Add(service.UpdateFlagAsync(new Flag("beta checkout!", true, 50)));   // invalid on purpose
            try
            {
                await Task.WhenAll(deploys);
            }
            catch (FlagValidationException e)
            {
                Console.WriteLine("Deployment rejected one flag:");
                Console.WriteLine(e.ToString());
                Console.WriteLine();
            }
            int rejected = 0;
            foreach (var t in deploys)
                if (t.IsFaulted) rejected++;

            // 2. Serve: a few thousand evaluations started together.
            var reads = new Task<string>[ReadRequests];
            for (int id = 0; id < ReadRequests; id++)
                reads[id] = HandleReadAsync(service, id);
            string[] results = await Task.WhenAll(reads);

            // 3. Summarise in request order, so thread scheduling cannot show.
            int enabled = 0;
            uint checksum = 2166136261;
            foreach (string r in results)
            {
                if (r.EndsWith(":on", StringComparison.Ordinal)) enabled++;
                checksum = (checksum ^ Hash.Of(r)) * 16777619;
            }
            Console.WriteLine("requests:      " + (deploys.Count + reads.Length) + " (" + deploys.Count + " writes, " + reads.Length + " reads)");
            Console.WriteLine("saves:         " + database.Saves + " saved, " + rejected + " rejected");
            Console.WriteLine("cache:         " + cache.Hits + " hits, " + cache.Misses + " misses, " + database.Loads + " database loads");
            Console.WriteLine("enabled:       " + enabled + " of " + reads.Length);
            Console.WriteLine("first/last:    " + results[0] + " | " + results[results.Length - 1]);
            Console.WriteLine("checksum:      0x" + checksum.ToString("x8"));
        }

        public static int Main()
        {
            MainAsync().GetAwaiter().GetResult();
            return 0;
        }
    }
}
