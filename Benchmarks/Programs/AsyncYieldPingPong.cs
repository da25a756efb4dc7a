// Two async loops handing a counter back and forth through TaskCompletionSource inboxes (continuations run asynchronously), 200k hand-offs: the cost of one suspend + scheduled resume.
using System;
using System.Threading.Tasks;
static class Program
{
    const int HandOffs = 200000;

    class Player
    {
        public TaskCompletionSource<int> Inbox = NewInbox();
    }

    static TaskCompletionSource<int> NewInbox()
    {
        return new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    // Receives a value, replaces its own inbox *before* answering, then sends value + 1 to the other.
    static async Task<int> Play(Player me, Player other, int receives)
    {
        int last = 0;
        for (int i = 0; i < receives; i++)
        {
            int v = await me.Inbox.Task;
            me.Inbox = NewInbox();
            last = v;
            if (v < HandOffs)
                other.Inbox.SetResult(v + 1);
        }
        return last;
    }

    static int Main()
    {
        var a = new Player();
        var b = new Player();
        Task<int> ta = Play(a, b, HandOffs / 2);     // receives 2, 4, …, 200000
        Task<int> tb = Play(b, a, HandOffs / 2);     // receives 1, 3, …, 199999
        b.Inbox.SetResult(1);
        Task.WhenAll(ta, tb).Wait();
        Console.WriteLine("checksum " + ta.Result + " " + tb.Result);
        return 0;
    }
}
