// IDisposable patterns with library involvement: using with one and
// several resources (reverse disposal order), using over a null resource,
// exceptions in the body (still disposed, exception propagates), exceptions
// thrown by Dispose (replace the body's exception), nested usings, struct
// disposables (disposed on the copy held by the using), double Dispose,
// foreach disposing enumerators (normal end, break, exception, IEnumerable
// without IDisposable enumerator), iterator finally blocks run by Dispose,
// LINQ disposing source enumerators, and library types (StringWriter,
// MemoryStream) throwing ObjectDisposedException after disposal.
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Corpus.Library.Interfaces_Disposable
{
    public class Resource : IDisposable
    {
        public static List<string> Log = new List<string>();
        readonly string name;
        readonly bool throwOnDispose;
        public int DisposeCount;
        public Resource(string n, bool throwOnDispose = false) { name = n; this.throwOnDispose = throwOnDispose; Log.Add("open " + n); }
        public void Use() { if (DisposeCount > 0) throw new ObjectDisposedException(name); Log.Add("use " + name); }
        public void Dispose()
        {
            DisposeCount++;
            Log.Add("dispose " + name + (DisposeCount > 1 ? " (again)" : ""));
            if (throwOnDispose) throw new InvalidOperationException("dispose of " + name + " failed");
        }
    }

    public struct StructRes : IDisposable
    {
        public int Disposed;
        public void Dispose() { Disposed++; Resource.Log.Add("struct dispose, count on this copy " + Disposed); }
    }

    public class Counted : IEnumerable<int>
    {
        public class En : IEnumerator<int>
        {
            int i = -1; readonly int n;
            public En(int n) { this.n = n; }
            public int Current { get { return i; } }
            object IEnumerator.Current { get { return i; } }
            public bool MoveNext() { return ++i < n; }
            public void Reset() { i = -1; }
            public void Dispose() { Resource.Log.Add("enumerator disposed at " + i); }
        }
        readonly int n;
        public Counted(int n) { this.n = n; }
        public IEnumerator<int> GetEnumerator() { return new En(n); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    public class NonDisposableEnumerable
    {
        public class En { int i; public int Current { get { return i; } } public bool MoveNext() { return ++i <= 2; } }
        public En GetEnumerator() { return new En(); }
    }

    public static class Program
    {
        static void Flush(string title)
        {
            Console.WriteLine(title + ": " + string.Join(" | ", Resource.Log));
            Resource.Log.Clear();
        }

        static IEnumerable<int> Iter()
        {
            try { Resource.Log.Add("iter start"); yield return 1; yield return 2; yield return 3; }
            finally { Resource.Log.Add("iter finally"); }
        }

        public static int Main()
        {
            using (Resource r = new Resource("A")) r.Use();
            Flush("single");
            using (Resource a = new Resource("A"), b = new Resource("B"))
            using (Resource c = new Resource("C")) { a.Use(); b.Use(); c.Use(); }
            Flush("three, reverse order");
            using (Resource n = null) Resource.Log.Add("body with null resource");
            Flush("null resource");
            try { using (Resource r = new Resource("E")) { r.Use(); throw new FormatException("body"); } }
            catch (Exception e) { Resource.Log.Add("caught " + e.GetType().Name + ": " + e.Message); }
            Flush("exception in body");
            try { using (Resource r = new Resource("F", true)) { throw new FormatException("body"); } }
            catch (Exception e) { Resource.Log.Add("caught " + e.GetType().Name + ": " + e.Message); }
            Flush("Dispose throws, replacing the body exception");
            try { using (Resource x = new Resource("X", true)) using (Resource y = new Resource("Y", true)) { } }
            catch (Exception e) { Resource.Log.Add("caught " + e.Message); }
            Flush("both Dispose calls throw");
            Resource twice = new Resource("T");
            twice.Dispose();
            twice.Dispose();
            try { twice.Use(); } catch (ObjectDisposedException e) { Resource.Log.Add("use after dispose: " + e.GetType().Name); }
            Flush("double dispose");

            StructRes s = new StructRes();
            using (s) { }
            Resource.Log.Add("original struct count " + s.Disposed);
            using (StructRes s2 = new StructRes()) { }
            Flush("struct");

            foreach (int i in new Counted(3)) Resource.Log.Add("item " + i);
            Flush("foreach to the end");
            foreach (int i in new Counted(5)) { Resource.Log.Add("item " + i); if (i == 1) break; }
            Flush("foreach with break");
            try { foreach (int i in new Counted(5)) { if (i == 2) throw new Exception("stop"); } }
            catch (Exception e) { Resource.Log.Add("caught " + e.Message); }
            Flush("foreach with exception");
            foreach (int i in new NonDisposableEnumerable()) Resource.Log.Add("pattern item " + i);
            Flush("pattern-based enumerator without Dispose");
            foreach (int i in Iter()) { Resource.Log.Add("got " + i); if (i == 2) break; }
            Flush("iterator break runs finally");
            IEnumerator<int> manual = Iter().GetEnumerator();
            manual.MoveNext();
            manual.Dispose();
            Resource.Log.Add("MoveNext after Dispose " + manual.MoveNext());
            Flush("manual iterator Dispose");

            Resource.Log.Add("First " + new Counted(10).First());
            Resource.Log.Add("Take(2).Sum " + new Counted(10).Take(2).Sum());
            Resource.Log.Add("Any " + new Counted(10).Any());
            Resource.Log.Add("ElementAt(3) " + new Counted(10).ElementAt(3));
            Resource.Log.Add("SequenceEqual " + new Counted(3).SequenceEqual(new Counted(4)));
            Flush("LINQ disposes source enumerators");

            StringWriter sw = new StringWriter();
            sw.Write("x");
            sw.Dispose();
            try { sw.Write("y"); } catch (Exception e) { Console.WriteLine("StringWriter after Dispose: " + e.GetType().FullName); }
            MemoryStream ms = new MemoryStream(new byte[] { 1, 2, 3 });
            ms.Dispose();
            try { ms.ReadByte(); } catch (Exception e) { Console.WriteLine("MemoryStream after Dispose: " + e.GetType().FullName); }
            try { long p = ms.Position; } catch (Exception e) { Console.WriteLine("MemoryStream.Position after Dispose: " + e.GetType().FullName); }
            Console.WriteLine("ToArray still works after Dispose: " + ms.ToArray().Length);
            ms.Dispose();
            Console.WriteLine("second Dispose is harmless");
            return 0;
        }
    }
}
