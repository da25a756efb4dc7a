// System.AggregateException: one or more exceptions, as thrown by Task.Wait/Result/WaitAll
// and CancellationTokenSource.Cancel. Message and ToString follow .NET Core's format:
// "One or more errors occurred. (first message) (second message)".
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace System
{
    public class AggregateException : Exception
    {
        private const string DefaultMessage = "One or more errors occurred.";
        private readonly Exception[] _innerExceptions;
        private ReadOnlyCollection<Exception> _rocView;

        public AggregateException()
            : base(DefaultMessage)
        {
            _innerExceptions = new Exception[0];
        }

        public AggregateException(string message)
            : base(message)
        {
            _innerExceptions = new Exception[0];
        }

        public AggregateException(string message, Exception innerException)
            : base(message, innerException)
        {
            if (innerException == null)
                throw new ArgumentNullException("innerException");
            _innerExceptions = new Exception[] { innerException };
        }

        public AggregateException(IEnumerable<Exception> innerExceptions)
            : this(DefaultMessage, innerExceptions)
        {
        }

        public AggregateException(params Exception[] innerExceptions)
            : this(DefaultMessage, innerExceptions)
        {
        }

        public AggregateException(string message, IEnumerable<Exception> innerExceptions)
            : this(message, ToArray(innerExceptions))
        {
        }

        public AggregateException(string message, params Exception[] innerExceptions)
            : this(message, CopyChecked(innerExceptions), true)
        {
        }

        private AggregateException(string message, Exception[] checkedCopy, bool _)
            : base(message, checkedCopy.Length > 0 ? checkedCopy[0] : null)
        {
            _innerExceptions = checkedCopy;
        }

        private static Exception[] ToArray(IEnumerable<Exception> innerExceptions)
        {
            if (innerExceptions == null)
                throw new ArgumentNullException("innerExceptions");
            return new List<Exception>(innerExceptions).ToArray();
        }

        private static Exception[] CopyChecked(Exception[] innerExceptions)
        {
            if (innerExceptions == null)
                throw new ArgumentNullException("innerExceptions");
            var copy = new Exception[innerExceptions.Length];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = innerExceptions[i];
                if (copy[i] == null)
                    throw new ArgumentException("An element of innerExceptions was null.");
            }
            return copy;
        }

        public ReadOnlyCollection<Exception> InnerExceptions
        {
            get { return _rocView ?? (_rocView = new ReadOnlyCollection<Exception>(_innerExceptions)); }
        }

        internal int InnerExceptionCount
        {
            get { return _innerExceptions.Length; }
        }

        // The innermost exception of a chain of single-inner aggregates.
        public override Exception GetBaseException()
        {
            Exception back = this;
            AggregateException backAsAggregate = this;
            while (backAsAggregate != null && backAsAggregate.InnerExceptions.Count == 1)
            {
                back = back.InnerException;
                backAsAggregate = back as AggregateException;
            }
            return back;
        }

        // Calls the predicate on each inner exception; the ones it does not handle are rethrown
        // together in a new AggregateException.
        public void Handle(Func<Exception, bool> predicate)
        {
            if (predicate == null)
                throw new ArgumentNullException("predicate");
            List<Exception> unhandled = null;
            for (int i = 0; i < _innerExceptions.Length; i++)
            {
                if (!predicate(_innerExceptions[i]))
                {
                    if (unhandled == null)
                        unhandled = new List<Exception>();
                    unhandled.Add(_innerExceptions[i]);
                }
            }
            if (unhandled != null)
                throw new AggregateException(Message, unhandled);
        }

        // Breadth-first: the non-aggregate inner exceptions of this level, then of each nested
        // aggregate in the order met.
        public AggregateException Flatten()
        {
            var flattened = new List<Exception>();
            var toFlatten = new List<AggregateException>();
            toFlatten.Add(this);
            int next = 0;
            while (toFlatten.Count > next)
            {
                IList<Exception> inner = toFlatten[next++].InnerExceptions;
                for (int i = 0; i < inner.Count; i++)
                {
                    Exception e = inner[i];
                    if (e == null)
                        continue;
                    var asAggregate = e as AggregateException;
                    if (asAggregate != null)
                        toFlatten.Add(asAggregate);
                    else
                        flattened.Add(e);
                }
            }
            return new AggregateException(GetType() == typeof(AggregateException) ? base.Message : Message, flattened);
        }

        public override string Message
        {
            get
            {
                if (_innerExceptions.Length == 0)
                    return base.Message;
                var sb = new StringBuilder();
                sb.Append(base.Message);
                sb.Append(' ');
                for (int i = 0; i < _innerExceptions.Length; i++)
                {
                    sb.Append('(');
                    sb.Append(_innerExceptions[i].Message);
                    sb.Append(") ");
                }
                sb.Length--;
                return sb.ToString();
            }
        }

        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(base.ToString());
            for (int i = 0; i < _innerExceptions.Length; i++)
            {
                if (_innerExceptions[i] == InnerException)
                    continue;
                text.Append(Environment.NewLine).Append(" ---> (Inner Exception #").Append(i).Append(") ");
                text.Append(_innerExceptions[i].ToString());
                text.Append("<---");
                text.Append(Environment.NewLine);
            }
            return text.ToString();
        }
    }
}
