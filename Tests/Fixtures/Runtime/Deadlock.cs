using System;
using System.Threading;
class P {
    static void Main() {
        object a = new object(), b = new object();
        var t = new Thread(() => { lock (b) { Thread.Sleep(50); lock (a) { Console.WriteLine("never"); } } });
        t.Name = "worker";
        lock (a) { t.Start(); Thread.Sleep(20); lock (b) { Console.WriteLine("never"); } }
    }
}
