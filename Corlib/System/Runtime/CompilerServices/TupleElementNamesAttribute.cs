// System.Runtime.CompilerServices.TupleElementNamesAttribute: records the element
// names of tuple types in signatures ("(int count, string name)").
using System.Collections.Generic;

namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue | AttributeTargets.Event)]
    public sealed class TupleElementNamesAttribute : Attribute
    {
        private readonly string[] _transformNames;

        public TupleElementNamesAttribute(string[] transformNames)
        {
            if (transformNames == null)
                throw new ArgumentNullException("transformNames");
            _transformNames = transformNames;
        }

        public IList<string> TransformNames
        {
            get { return _transformNames; }
        }
    }
}
