namespace Handbook.Web.Caching;

/// <summary>
/// Writes through to the response and keeps a copy of what passed, up to a limit: past it the copy
/// is given up and the response goes on uncopied.
/// </summary>
public sealed class CopyingStream(Stream response, int limit) : Stream
{
    private MemoryStream? _copy = new();

    /// <summary>Everything written, or null when it was more than the limit.</summary>
    public byte[]? Copy => _copy?.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        response.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return response.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => response.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => response.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        if (_copy is null)
        {
            return;
        }
        if (_copy.Length + buffer.Length > limit)
        {
            _copy = null;
            return;
        }
        _copy.Write(buffer);
    }
}
