// System.Threading.Tasks.ValueTask and ValueTask<TResult>: an awaitable that is a result, a
// Task, or an IValueTaskSource (with the source's token), following .NET Core's layout.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks.Sources;

namespace System.Threading.Tasks
{
    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder))]
    public struct ValueTask : IEquatable<ValueTask>
    {
        internal readonly object _obj;           // null, Task or IValueTaskSource
        internal readonly short _token;
        internal readonly bool _continueOnCapturedContext;

        public ValueTask(Task task)
        {
            if (task == null)
                throw new ArgumentNullException("task");
            _obj = task;
            _continueOnCapturedContext = true;
            _token = 0;
        }

        public ValueTask(IValueTaskSource source, short token)
        {
            if (source == null)
                throw new ArgumentNullException("source");
            _obj = source;
            _token = token;
            _continueOnCapturedContext = true;
        }

        private ValueTask(object obj, short token, bool continueOnCapturedContext)
        {
            _obj = obj;
            _token = token;
            _continueOnCapturedContext = continueOnCapturedContext;
        }

        public static ValueTask CompletedTask
        {
            get { return default(ValueTask); }
        }

        public static ValueTask FromCanceled(CancellationToken cancellationToken)
        {
            return new ValueTask(Task.FromCanceled(cancellationToken));
        }

        public static ValueTask FromException(Exception exception)
        {
            return new ValueTask(Task.FromException(exception));
        }

        public static ValueTask<TResult> FromResult<TResult>(TResult result)
        {
            return new ValueTask<TResult>(result);
        }

        public override int GetHashCode()
        {
            return _obj != null ? _obj.GetHashCode() : 0;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTask && Equals((ValueTask)obj);
        }

        public bool Equals(ValueTask other)
        {
            return _obj == other._obj && _token == other._token;
        }

        public static bool operator ==(ValueTask left, ValueTask right)
        {
            return left.Equals(right);
        }

        public static bool operator !=(ValueTask left, ValueTask right)
        {
            return !left.Equals(right);
        }

        public Task AsTask()
        {
            object obj = _obj;
            if (obj == null)
                return Task.CompletedTask;
            var t = obj as Task;
            return t ?? GetTaskForValueTaskSource((IValueTaskSource)obj);
        }

        public ValueTask Preserve()
        {
            return _obj == null ? this : new ValueTask(AsTask());
        }

        private Task GetTaskForValueTaskSource(IValueTaskSource t)
        {
            ValueTaskSourceStatus status = t.GetStatus(_token);
            if (status != ValueTaskSourceStatus.Pending)
            {
                try
                {
                    t.GetResult(_token);
                    return Task.CompletedTask;
                }
                catch (Exception exc)
                {
                    if (status == ValueTaskSourceStatus.Canceled)
                    {
                        var oce = exc as OperationCanceledException;
                        if (oce != null)
                            return Task.FromCanceled(oce);
                        return Task.FromCanceled(new CancellationToken(true));
                    }
                    return Task.FromException(exc);
                }
            }
            var promise = new ValueTaskSourceAsTask(t, _token);
            return promise;
        }

        private sealed class ValueTaskSourceAsTask : Task<VoidTaskResult>
        {
            private IValueTaskSource _source;
            private readonly short _token;

            internal ValueTaskSourceAsTask(IValueTaskSource source, short token)
            {
                _token = token;
                _source = source;
                source.OnCompleted(s_completionAction, this, token, ValueTaskSourceOnCompletedFlags.None);
            }

            private static readonly Action<object> s_completionAction = state =>
            {
                var vtst = (ValueTaskSourceAsTask)state;
                IValueTaskSource source = vtst._source;
                vtst._source = null;
                ValueTaskSourceStatus status = source.GetStatus(vtst._token);
                try
                {
                    source.GetResult(vtst._token);
                    vtst.TrySetResult(default(VoidTaskResult));
                }
                catch (Exception exc)
                {
                    var oce = exc as OperationCanceledException;
                    if (status == ValueTaskSourceStatus.Canceled && oce != null)
                        vtst.TrySetCanceled(oce.CancellationToken, oce);
                    else if (status == ValueTaskSourceStatus.Canceled)
                        vtst.TrySetCanceled(new CancellationToken(true));
                    else
                        vtst.TrySetException(exc);
                }
            };
        }

        public bool IsCompleted
        {
            get
            {
                object obj = _obj;
                if (obj == null)
                    return true;
                var t = obj as Task;
                if (t != null)
                    return t.IsCompleted;
                return ((IValueTaskSource)obj).GetStatus(_token) != ValueTaskSourceStatus.Pending;
            }
        }

        public bool IsCompletedSuccessfully
        {
            get
            {
                object obj = _obj;
                if (obj == null)
                    return true;
                var t = obj as Task;
                if (t != null)
                    return t.IsCompletedSuccessfully;
                return ((IValueTaskSource)obj).GetStatus(_token) == ValueTaskSourceStatus.Succeeded;
            }
        }

        public bool IsFaulted
        {
            get
            {
                object obj = _obj;
                if (obj == null)
                    return false;
                var t = obj as Task;
                if (t != null)
                    return t.IsFaulted;
                return ((IValueTaskSource)obj).GetStatus(_token) == ValueTaskSourceStatus.Faulted;
            }
        }

        public bool IsCanceled
        {
            get
            {
                object obj = _obj;
                if (obj == null)
                    return false;
                var t = obj as Task;
                if (t != null)
                    return t.IsCanceled;
                return ((IValueTaskSource)obj).GetStatus(_token) == ValueTaskSourceStatus.Canceled;
            }
        }

        internal void ThrowIfCompletedUnsuccessfully()
        {
            object obj = _obj;
            if (obj != null)
            {
                var t = obj as Task;
                if (t != null)
                    TaskAwaiter.ValidateEnd(t);
                else
                    ((IValueTaskSource)obj).GetResult(_token);
            }
        }

        public ValueTaskAwaiter GetAwaiter()
        {
            return new ValueTaskAwaiter(this);
        }

        public ConfiguredValueTaskAwaitable ConfigureAwait(bool continueOnCapturedContext)
        {
            return new ConfiguredValueTaskAwaitable(new ValueTask(_obj, _token, continueOnCapturedContext));
        }
    }

    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder<>))]
    public struct ValueTask<TResult> : IEquatable<ValueTask<TResult>>
    {
        internal readonly object _obj;           // null, Task<TResult> or IValueTaskSource<TResult>
        internal readonly TResult _result;
        internal readonly short _token;
        internal readonly bool _continueOnCapturedContext;

        public ValueTask(TResult result)
        {
            _result = result;
            _obj = null;
            _continueOnCapturedContext = true;
            _token = 0;
        }

        public ValueTask(Task<TResult> task)
        {
            if (task == null)
                throw new ArgumentNullException("task");
            _obj = task;
            _result = default(TResult);
            _continueOnCapturedContext = true;
            _token = 0;
        }

        public ValueTask(IValueTaskSource<TResult> source, short token)
        {
            if (source == null)
                throw new ArgumentNullException("source");
            _obj = source;
            _token = token;
            _result = default(TResult);
            _continueOnCapturedContext = true;
        }

        private ValueTask(object obj, TResult result, short token, bool continueOnCapturedContext)
        {
            _obj = obj;
            _result = result;
            _token = token;
            _continueOnCapturedContext = continueOnCapturedContext;
        }

        public override int GetHashCode()
        {
            if (_obj != null)
                return _obj.GetHashCode();
            return _result != null ? _result.GetHashCode() : 0;
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTask<TResult> && Equals((ValueTask<TResult>)obj);
        }

        public bool Equals(ValueTask<TResult> other)
        {
            return _obj != null || other._obj != null
                ? _obj == other._obj && _token == other._token
                : EqualityComparer<TResult>.Default.Equals(_result, other._result);
        }

        public static bool operator ==(ValueTask<TResult> left, ValueTask<TResult> right)
        {
            return left.Equals(right);
        }

        public static bool operator !=(ValueTask<TResult> left, ValueTask<TResult> right)
        {
            return !left.Equals(right);
        }

        public Task<TResult> AsTask()
        {
            object obj = _obj;
            if (obj == null)
                return Task.FromResult(_result);
            var t = obj as Task<TResult>;
            return t ?? GetTaskForValueTaskSource((IValueTaskSource<TResult>)obj);
        }

        public ValueTask<TResult> Preserve()
        {
            return _obj == null ? this : new ValueTask<TResult>(AsTask());
        }

        private Task<TResult> GetTaskForValueTaskSource(IValueTaskSource<TResult> t)
        {
            ValueTaskSourceStatus status = t.GetStatus(_token);
            if (status != ValueTaskSourceStatus.Pending)
            {
                try
                {
                    return Task.FromResult(t.GetResult(_token));
                }
                catch (Exception exc)
                {
                    if (status == ValueTaskSourceStatus.Canceled)
                    {
                        var task = new Task<TResult>();
                        var oce = exc as OperationCanceledException;
                        task.TrySetCanceled(oce != null ? oce.CancellationToken : new CancellationToken(true), oce);
                        return task;
                    }
                    return Task.FromException<TResult>(exc);
                }
            }
            return new ValueTaskSourceAsTask(t, _token);
        }

        private sealed class ValueTaskSourceAsTask : Task<TResult>
        {
            private IValueTaskSource<TResult> _source;
            private readonly short _token;

            public ValueTaskSourceAsTask(IValueTaskSource<TResult> source, short token)
            {
                _source = source;
                _token = token;
                source.OnCompleted(s_completionAction, this, token, ValueTaskSourceOnCompletedFlags.None);
            }

            private static readonly Action<object> s_completionAction = state =>
            {
                var vtst = (ValueTaskSourceAsTask)state;
                IValueTaskSource<TResult> source = vtst._source;
                vtst._source = null;
                ValueTaskSourceStatus status = source.GetStatus(vtst._token);
                try
                {
                    vtst.TrySetResult(source.GetResult(vtst._token));
                }
                catch (Exception exc)
                {
                    var oce = exc as OperationCanceledException;
                    if (status == ValueTaskSourceStatus.Canceled && oce != null)
                        vtst.TrySetCanceled(oce.CancellationToken, oce);
                    else if (status == ValueTaskSourceStatus.Canceled)
                        vtst.TrySetCanceled(new CancellationToken(true));
                    else
                        vtst.TrySetException(exc);
                }
            };
        }

        public bool IsCompleted
        {
            get
            {
                object obj = _obj;
                if (obj == null)
                    return true;
                var t = obj as Task<TResult>;
                if (t != null)
                    return t.IsCompleted;
                return ((IValueTaskSource<TResult>)obj).GetStatus(_token) != ValueTaskSourceStatus.Pending;
            }
        }

        public bool IsCompletedSuccessfully
        {
            get
            {
                object obj = _obj;
                if (obj == null)
                    return true;
                var t = obj as Task<TResult>;
                if (t != null)
                    return t.IsCompletedSuccessfully;
                return ((IValueTaskSource<TResult>)obj).GetStatus(_token) == ValueTaskSourceStatus.Succeeded;
            }
        }

        public bool IsFaulted
        {
            get
            {
                object obj = _obj;
                if (obj == null)
                    return false;
                var t = obj as Task<TResult>;
                if (t != null)
                    return t.IsFaulted;
                return ((IValueTaskSource<TResult>)obj).GetStatus(_token) == ValueTaskSourceStatus.Faulted;
            }
        }

        public bool IsCanceled
        {
            get
            {
                object obj = _obj;
                if (obj == null)
                    return false;
                var t = obj as Task<TResult>;
                if (t != null)
                    return t.IsCanceled;
                return ((IValueTaskSource<TResult>)obj).GetStatus(_token) == ValueTaskSourceStatus.Canceled;
            }
        }

        // The result; a faulted or canceled operation throws its exception (not wrapped).
        public TResult Result
        {
            get
            {
                object obj = _obj;
                if (obj == null)
                    return _result;
                var t = obj as Task<TResult>;
                if (t != null)
                {
                    TaskAwaiter.ValidateEnd(t);
                    return t.ResultOnSuccess;
                }
                return ((IValueTaskSource<TResult>)obj).GetResult(_token);
            }
        }

        public ValueTaskAwaiter<TResult> GetAwaiter()
        {
            return new ValueTaskAwaiter<TResult>(this);
        }

        public ConfiguredValueTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext)
        {
            return new ConfiguredValueTaskAwaitable<TResult>(new ValueTask<TResult>(_obj, _result, _token, continueOnCapturedContext));
        }

        public override string ToString()
        {
            if (IsCompletedSuccessfully)
            {
                TResult result = Result;
                if (result != null)
                    return result.ToString();
            }
            return string.Empty;
        }
    }
}
