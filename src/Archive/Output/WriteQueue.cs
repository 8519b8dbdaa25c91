using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Archive.Output;

/// <summary>
/// Writes the rendered pages on threads of their own while the rendering threads go on: a renderer never waits for
/// the disk unless the writers are a full queue behind (or the file is one of the few too long to queue).
/// </summary>
public sealed class WriteQueue : IDisposable
{
    /// <summary>Pages in flight at most: a few megabytes, enough to ride out a slow moment of the disk.</summary>
    const int Capacity = 256;

    /// <summary>
    /// The longest file queued, in bytes. The pool's arrays are a power of two long, so this is the largest that stays
    /// below the GC's large-object heap (85,000 bytes); a longer file is written by the rendering thread itself (the
    /// export's pages, the sitemap, the largest lists): large arrays are garbage only a full collection frees.
    /// </summary>
    const int LongestQueued = 64 * 1024;

    readonly Channel<QueuedFile> _queue = Channel.CreateBounded<QueuedFile>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>
    /// The queue's own arrays, not the shared pool: that one keeps a few arrays per thread and per core, fewer than the
    /// pages in flight here, and the writer threads return what the renderers rent. This one keeps up to as many
    /// arrays of each length as pages may be in flight.
    /// </summary>
    readonly ArrayPool<byte> _arrays = ArrayPool<byte>.Create(LongestQueued, Capacity);

    readonly record struct QueuedFile(string Path, byte[] Bytes, int Length);

    readonly SiteWriter _writer;
    readonly Task _writing;
    Exception? _failure;

    /// <summary>
    /// Writers for this machine. Making a folder and its file costs tens to hundreds of microseconds of kernel time,
    /// more than rendering a note page, and a writer spends most of it waiting in the kernel rather than on a core: so
    /// at least two writers even on a machine of one or two cores, and one for every two cores beyond that, beside the
    /// renderers' one per core.
    /// </summary>
    public static int WritersFor(int processors) => Math.Max(2, processors / 2);

    /// <param name="writers">Threads writing; by default <see cref="WritersFor"/> this machine's cores.</param>
    public WriteQueue(SiteWriter writer, int? writers = null)
    {
        _writer = writer;
        var count = writers ?? WritersFor(Environment.ProcessorCount);
        _writing = Task.WhenAll(Enumerable.Range(0, count).Select(_ => Task.Factory.StartNew(Drain, TaskCreationOptions.LongRunning)));
    }

    /// <summary>Queues the file's text, encoded here, so the caller may reuse its buffer as soon as this returns.</summary>
    public void Add(string path, ReadOnlySpan<char> content)
    {
        var length = SiteWriter.Utf8.GetByteCount(content);
        if (length > LongestQueued)
        {
            var large = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                Write(path, large.AsSpan(0, SiteWriter.Utf8.GetBytes(content, large)));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(large);
            }
            return;
        }
        var bytes = _arrays.Rent(length);
        SiteWriter.Utf8.GetBytes(content, bytes);
        var file = new QueuedFile(path, bytes, length);
        // A full queue makes the renderer wait for a writer: memory stays bounded whatever the disk does.
        if (!_queue.Writer.TryWrite(file)) _queue.Writer.WriteAsync(file).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A writer's loop, on a thread of its own: it blocks while the queue is empty.</summary>
    void Drain()
    {
        var reader = _queue.Reader;
        // After a failure the queue is still emptied, so no renderer blocks on a writer that stopped.
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            while (reader.TryRead(out var file))
            {
                Write(file.Path, file.Bytes.AsSpan(0, file.Length));
                _arrays.Return(file.Bytes);
            }
    }

    /// <summary>Writes unless a write has failed, and keeps the first failure for <see cref="Complete"/>.</summary>
    void Write(string path, ReadOnlySpan<byte> bytes)
    {
        if (_failure is not null) return;
        try
        {
            _writer.Write(path, bytes);
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
    }

    /// <summary>
    /// Waits until every queued file is written, and throws the first failure to write one. Call it once every page is
    /// added.
    /// </summary>
    public void Complete()
    {
        _queue.Writer.TryComplete();
        _writing.GetAwaiter().GetResult();
        if (_failure is { } failure) ExceptionDispatchInfo.Throw(failure);
    }

    /// <summary>Stops the writers once the queue is empty, without throwing a failure (see <see cref="Complete"/>).</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writing.Wait();
    }
}
