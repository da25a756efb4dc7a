// System.IDisposable: releases unmanaged resources ("using" statements).
namespace System
{
    public interface IDisposable
    {
        void Dispose();
    }
}
