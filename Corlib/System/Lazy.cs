// System.Lazy<T>: a value computed on first access. There are no threads, so every
// thread-safety mode behaves the same, except that only PublicationOnly does not
// cache an exception thrown by the factory (as in .NET).
using System.Threading;

namespace System
{
    public class Lazy<T>
    {
        private Func<T> _factory;
        private T _value;
        private bool _isValueCreated;
        private Exception _exception;        // a cached factory failure
        private bool _inFactory;             // detects the factory reading Value
        private readonly LazyThreadSafetyMode _mode;
        private readonly bool _useDefaultConstructor;

        public Lazy()
            : this(null, LazyThreadSafetyMode.ExecutionAndPublication, true)
        {
        }

        public Lazy(bool isThreadSafe)
            : this(null, isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None, true)
        {
        }

        public Lazy(LazyThreadSafetyMode mode)
            : this(null, mode, true)
        {
        }

        public Lazy(Func<T> valueFactory)
            : this(valueFactory, LazyThreadSafetyMode.ExecutionAndPublication, false)
        {
        }

        public Lazy(Func<T> valueFactory, bool isThreadSafe)
            : this(valueFactory, isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None, false)
        {
        }

        public Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode)
            : this(valueFactory, mode, false)
        {
        }

        // An already created value.
        public Lazy(T value)
        {
            _value = value;
            _isValueCreated = true;
            _mode = LazyThreadSafetyMode.None;
        }

        private Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode, bool useDefaultConstructor)
        {
            if (valueFactory == null && !useDefaultConstructor)
                throw new ArgumentNullException("valueFactory");
            if (mode < LazyThreadSafetyMode.None || mode > LazyThreadSafetyMode.ExecutionAndPublication)
                throw new ArgumentOutOfRangeException("mode", "The mode argument specifies an invalid value.");

            _factory = valueFactory;
            _mode = mode;
            _useDefaultConstructor = useDefaultConstructor;
        }

        public bool IsValueCreated
        {
            get { return _isValueCreated; }
        }

        public T Value
        {
            get
            {
                if (_isValueCreated)
                    return _value;
                return CreateValue();
            }
        }

        private T CreateValue()
        {
            if (_exception != null)
                throw _exception;

            if (_inFactory)
                throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");

            T value;
            try
            {
                _inFactory = true;
                value = _useDefaultConstructor ? CreateViaDefaultConstructor() : _factory();
            }
            catch (Exception e)
            {
                _inFactory = false;
                // Every mode but PublicationOnly caches the failure (the default-constructor
                // path does not: there a failure is retried, as in .NET).
                if (_mode != LazyThreadSafetyMode.PublicationOnly && !_useDefaultConstructor)
                    _exception = e;
                throw;
            }
            _inFactory = false;

            _value = value;
            _isValueCreated = true;
            _factory = null;
            return value;
        }

        // As .NET: the parameterless constructor, through Activator.
        private static T CreateViaDefaultConstructor()
        {
            return Activator.CreateInstance<T>();
        }

        public override string ToString()
        {
            return IsValueCreated ? Value.ToString() : "Value is not created.";
        }
    }
}
