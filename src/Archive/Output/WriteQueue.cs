using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Archive.Output;

/// <summary>
/// Writes the rendered pages on threads of their own while the rendering threads go on: a renderer never waits for
/// the disk unless the writers are a full queue behind.
/// </summary>
public sealed class WriteQueue : IDisposable
{
    /// <summary>Pages in flight at most: a few megabytes, enough to ride out a slow moment of the disk.</summary>
    const int Capacity = 256;

    /// <summary>
    /// Pages handed to the writers together. Each hand-over takes two semaphores' locks on each side, and with page
    /// after page from two renderers and two writers on two cores those locks were the renderers' most contended.
    /// </summary>
    const int BatchFiles = 8;

    readonly BlockingCollection<List<QueuedFile>> _queue = new(Capacity / BatchFiles);

    /// <summary>Each rendering thread's pages not yet handed over; the last of them are handed over by <see cref="Complete"/>.</summary>
    readonly ThreadLocal<List<QueuedFile>> _pending = new(() => new(BatchFiles), trackAllValues: true);

    readonly record struct QueuedFile(string Path, byte[] Bytes, int Length);

    /// <summary>
    /// The queue's own arrays. The shared pool keeps a few arrays per thread and per core, fewer than the pages in
    /// flight here, and the writer thread returns what the renderers rent: it missed for 167 MB of pages at 10,000
    /// articles. This one holds at most as many arrays as pages in flight. A queue, not a bag: a bag serves the thread
    /// that filled it first, and here the writers fill it and the renderers take from it, so every take was a locked
    /// steal from another thread's list (the renderers' most contended lock in a 10,000-article trace).
    /// </summary>
    readonly ConcurrentQueue<byte[]> _arrays = [];

    /// <summary>
    /// Arrays for files too large for the GC's small-object heap (the export's pages, a megabyte or more each), kept
    /// apart and only a few: a new one for each such file is garbage only a full collection frees, and in a GC trace
    /// at 10,000 articles they started 4 of the build's 6 full collections.
    /// </summary>
    readonly ConcurrentQueue<byte[]> _largeArrays = [];

    const int LargeArray = 85_000;
    const int LargeArraysKept = 4;

    readonly Task _writing;
    Exception? _failure;

    /// <param name="writers">
    /// Threads writing. Making a folder and its file on ext4 costs from tens to hundreds of microseconds of kernel
    /// time, more than rendering a note page, so at fifty thousand note pages one writer leaves the renderers waiting
    /// on a full queue; a second writer spends that idle core. (Two threads making 15,000 folders with a file each in
    /// one parent took 4.2–4.9 s here, one thread 7.0–7.5 s.)
    /// </param>
    public WriteQueue(SiteWriter writer, int writers = 2) =>
        _writing = Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Factory.StartNew(() => Drain(writer), TaskCreationOptions.LongRunning)));

    /// <summary>Queues the file's text, encoded here, so the caller may reuse its buffer as soon as this returns.</summary>
    public void Add(string path, ReadOnlyMemory<char> content)
    {
        var bytes = Rent(SiteWriter.Utf8.GetMaxByteCount(content.Length));
        var pending = _pending.Value!;
        pending.Add(new(path, bytes, SiteWriter.Utf8.GetBytes(content.Span, bytes)));
        if (pending.Count < BatchFiles) return;
        _pending.Value = new(BatchFiles);
        _queue.Add(pending);
    }

    void Drain(SiteWriter writer)
    {
        foreach (var (path, bytes, length) in _queue.GetConsumingEnumerable().SelectMany(batch => batch))
        {
            // After a failure the queue is still emptied, so no renderer blocks on a writer that stopped.
            try
            {
                if (_failure is null) writer.Write(path, bytes.AsSpan(0, length));
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, e, null);
            }
            finally
            {
                Return(bytes);
            }
        }
    }

    byte[] Rent(int length)
    {
        var large = length >= LargeArray;
        // An array too short for this file is dropped: the pool's arrays grow to the site's largest pages.
        if ((large ? _largeArrays : _arrays).TryDequeue(out var array) && array.Length >= length) return array;
        // Large arrays are made a little longer than asked, so that the next export page, a little longer, fits too.
        return new byte[large ? length + length / 4 : Math.Max(length, 16 * 1024)];
    }

    void Return(byte[] array)
    {
        if (array.Length < LargeArray) _arrays.Enqueue(array);
        else if (_largeArrays.Count < LargeArraysKept) _largeArrays.Enqueue(array);
    }

    /// <summary>Waits until every queued file is written, and throws the first failure to write one.
    /// Call it once every page is added: the renderers' part-filled batches are handed over here.</summary>
    public void Complete()
    {
        foreach (var rest in _pending.Values)
            if (rest.Count > 0) _queue.Add(rest);
        _queue.CompleteAdding();
        _writing.GetAwaiter().GetResult();
        if (_failure is { } failure) ExceptionDispatchInfo.Throw(failure);
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
            _writing.Wait();
        }
        _queue.Dispose();
        _pending.Dispose();
    }
}
