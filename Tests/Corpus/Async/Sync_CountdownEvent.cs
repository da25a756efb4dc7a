// CountdownEvent and Barrier: InitialCount/CurrentCount through Signal/Signal(n)/AddCount/TryAddCount/Reset, IsSet and Wait timeouts, errors (signal below zero, AddCount when set), workers signalling a waiting main; a Barrier whose post-phase action runs once per phase with the phase number, participants added/removed, SignalAndWait results.
using System;
using System.Threading;

namespace Corpus.Async.Sync_CountdownEvent
{
    static class Program
    {
        static void Main()
        {
            var cd = new CountdownEvent(3);
            Console.WriteLine("initial " + cd.InitialCount + "/" + cd.CurrentCount + " IsSet " + cd.IsSet);
            Console.WriteLine("Signal -> reached zero? " + cd.Signal() + ", current " + cd.CurrentCount);
            cd.AddCount();
            cd.AddCount(2);
            Console.WriteLine("after AddCount(1), AddCount(2): " + cd.CurrentCount + ", initial still " + cd.InitialCount);
            Console.WriteLine("Signal(4) -> " + cd.Signal(4) + ", current " + cd.CurrentCount);
            Console.WriteLine("Wait(5) while count 1: " + cd.Wait(5));
            try { cd.Signal(2); Console.WriteLine("below zero?!"); }
            catch (InvalidOperationException) { Console.WriteLine("Signal(2) with count 1: InvalidOperationException, current " + cd.CurrentCount); }
            Console.WriteLine("final Signal -> " + cd.Signal() + ", IsSet " + cd.IsSet + ", Wait(0) " + cd.Wait(0));
            try { cd.Signal(); Console.WriteLine("signal when set?!"); }
            catch (InvalidOperationException) { Console.WriteLine("Signal when zero: InvalidOperationException"); }
            Console.WriteLine("TryAddCount when set: " + cd.TryAddCount());
            try { cd.AddCount(); Console.WriteLine("add when set?!"); }
            catch (InvalidOperationException) { Console.WriteLine("AddCount when set: InvalidOperationException"); }
            cd.Reset();
            Console.WriteLine("Reset(): current " + cd.CurrentCount + " IsSet " + cd.IsSet);
            cd.Reset(5);
            Console.WriteLine("Reset(5): initial " + cd.InitialCount + " current " + cd.CurrentCount);
            Console.WriteLine("TryAddCount(2): " + cd.TryAddCount(2) + " current " + cd.CurrentCount);
            var zero = new CountdownEvent(0);
            Console.WriteLine("CountdownEvent(0) IsSet: " + zero.IsSet);
            try { new CountdownEvent(-1); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("negative count: ArgumentOutOfRangeException"); }

            // workers signal; main waits
            var done = new CountdownEvent(6);
            var results = new int[6];
            for (int i = 0; i < 6; i++)
            {
                int me = i;
                new Thread(() => { results[me] = (me + 1) * 11; done.Signal(); }).Start();
            }
            Console.WriteLine("Wait for 6 workers: " + done.Wait(5000));
            Console.WriteLine("results: " + string.Join(",", results));

            // Barrier
            var phases = new System.Text.StringBuilder();
            int[] totals = new int[3];
            int[] contributions = new int[3];
            var barrier = new Barrier(3, b =>
            {
                int sum = contributions[0] + contributions[1] + contributions[2];
                totals[b.CurrentPhaseNumber] = sum;
                phases.Append("phase " + b.CurrentPhaseNumber + " sum " + sum + "; ");
            });
            Console.WriteLine("barrier participants " + barrier.ParticipantCount + ", remaining " + barrier.ParticipantsRemaining + ", phase " + barrier.CurrentPhaseNumber);
            var ps = new Thread[3];
            for (int i = 0; i < 3; i++)
            {
                int me = i;
                ps[i] = new Thread(() =>
                {
                    for (int phase = 0; phase < 3; phase++)
                    {
                        contributions[me] = (me + 1) * (phase + 1);
                        barrier.SignalAndWait();
                    }
                });
                ps[i].Start();
            }
            foreach (var t in ps) t.Join();
            Console.WriteLine(phases.ToString().TrimEnd());
            Console.WriteLine("phase after 3 rounds: " + barrier.CurrentPhaseNumber);

            long newPhase = barrier.AddParticipant();
            Console.WriteLine("AddParticipant returns phase " + newPhase + ", participants " + barrier.ParticipantCount);
            barrier.RemoveParticipants(3);
            Console.WriteLine("after RemoveParticipants(3): " + barrier.ParticipantCount);
            var solo = new Barrier(1);
            Console.WriteLine("single participant SignalAndWait(0): " + solo.SignalAndWait(0) + ", phase " + solo.CurrentPhaseNumber);
            var pair = new Barrier(2);
            Console.WriteLine("pair SignalAndWait(5) alone: " + pair.SignalAndWait(5) + ", remaining " + pair.ParticipantsRemaining + ", phase " + pair.CurrentPhaseNumber);
            try { barrier.RemoveParticipant(); barrier.RemoveParticipant(); Console.WriteLine("removed too many?!"); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("RemoveParticipant below zero: ArgumentOutOfRangeException, participants " + barrier.ParticipantCount); }

            // exception in post-phase action
            var bad = new Barrier(1, b => { throw new FormatException("post-phase failed"); });
            try { bad.SignalAndWait(); }
            catch (BarrierPostPhaseException e) { Console.WriteLine("BarrierPostPhaseException inner: " + e.InnerException.GetType().Name + " " + e.InnerException.Message); }
            Console.WriteLine("phase advanced anyway: " + bad.CurrentPhaseNumber);
        }
    }
}
