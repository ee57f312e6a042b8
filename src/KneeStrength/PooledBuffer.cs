using System;
using System.Buffers;
using System.IO;

namespace KneeStrength;

// <summary>
// A growable byte buffer on the shared array pool, so that a document or an export can be written once and then copied to a
// stream, a caller's buffer or an exact-size array without a second growable copy.
// </summary>
internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _array;
    private int _count;

    public PooledBuffer(int initialCapacity) => _array = ArrayPool<byte>.Shared.Rent(initialCapacity);

    // <summary>Gets the bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _count);

    // <summary>Gets how many bytes have been written.</summary>
    public int Count => _count;

    public void Advance(int count)
    {
        if ((uint)count > (uint)(_array.Length - _count))
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _count += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsMemory(_count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsSpan(_count);
    }

    // <summary>Appends bytes.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_array.AsSpan(_count));
        _count += bytes.Length;
    }

    // <summary>Appends one byte.</summary>
    public void Write(byte value)
    {
        Reserve(1);
        _array[_count++] = value;
    }

    // <summary>Gets a writable view of bytes already written, to patch a length or a checksum.</summary>
    public Span<byte> Written(int start, int length) => _array.AsSpan(start, length);

    // <summary>Copies what was written to a new array of exactly that size.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    // <summary>Copies what was written to a caller's buffer writer.</summary>
    public void CopyTo(IBufferWriter<byte> destination)
    {
        var span = destination.GetSpan(_count);
        WrittenSpan.CopyTo(span);
        destination.Advance(_count);
    }

    // <summary>Copies what was written to a stream.</summary>
    public void CopyTo(Stream destination) => destination.Write(WrittenSpan);

    public void Dispose()
    {
        var array = _array;
        _array = [];
        _count = 0;
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_array.Length - _count >= needed)
        {
            return;
        }

        int size = (int)Math.Min(Array.MaxLength, Math.Max((long)_array.Length * 2, (long)_count + needed));
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _array.AsSpan(0, _count).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = bigger;
    }
}
