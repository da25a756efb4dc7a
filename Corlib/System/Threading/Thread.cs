// Placeholder until the full System.Threading.Thread lands (the threading library).
using System.Runtime.CompilerServices;
namespace System.Threading {
    public delegate void ThreadStart();
    public sealed class Thread {
        ThreadStart _start; internal string _name; bool _done;
        public Thread(ThreadStart s) { _start = s; }
        public void Start() { GreenThreads.Start(this); }
        void StartCallback() { _start(); _done = true; GreenThreads.UnparkAll(this); }
        public void Join() { while (!_done) GreenThreads.Park(this, -1); }
        public static void Sleep(int ms) { if (ms == 0) GreenThreads.Yield(); else GreenThreads.Park(null, ms); }
        public bool IsBackground { set { GreenThreads.SetBackground(this, value); } }
        public string Name { get { return _name; } set { _name = value; } }
        public static Thread CurrentThread { get { var t = GreenThreads.GetCurrent(); if (t == null) { t = new Thread(null); GreenThreads.SetCurrent(t); } return t; } }
        public int ManagedThreadId { get { return GreenThreads.CurrentId(); } }
        public void Interrupt() { GreenThreads.Interrupt(this); }
    }
}
