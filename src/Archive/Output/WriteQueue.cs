using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.ExceptionServices;

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
    /// flight here, and the writer threads return what the renderers rent: it missed for 167 MB of pages at 10,000
    /// articles. This one holds at most as many arrays as pages in flight. A queue, not a bag: a bag serves the thread
    /// that filled it first, and here the writers fill it and the renderers take from it, so every take was a locked
    /// steal from another thread's list (the renderers' most contended lock in a 10,000-article trace).
    /// </summary>
    readonly ConcurrentQueue<byte[]> _arrays = [];

    /// <summary>
    /// The queue's longest array, just short of the GC's large-object heap (85,000 bytes with the array's header). A
    /// file that may encode to more is written by the rendering thread itself: the export's hundred pages of half a
    /// megabyte each, the sitemap. Queued, each took a new array of three bytes per character — eight at a time in a
    /// batch — and at 10,000 articles those were about 100 MB of the build's allocations, garbage only a full
    /// collection frees.
    /// </summary>
    const int LongestArray = 84_000;

    readonly SiteWriter _writer;
    readonly Task _writing;
    Exception? _failure;

    /// <param name="writers">
    /// Threads writing. Making a folder and its file on ext4 costs from tens to hundreds of microseconds of kernel
    /// time, more than rendering a note page, so at fifty thousand note pages one writer leaves the renderers waiting
    /// on a full queue; a second writer spends that idle core. (Two threads making 15,000 folders with a file each in
    /// one parent took 4.2–4.9 s here, one thread 7.0–7.5 s.)
    /// </param>
    public WriteQueue(SiteWriter writer, int writers = 2)
    {
        _writer = writer;
        _writing = Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Factory.StartNew(Drain, TaskCreationOptions.LongRunning)));
    }

    /// <summary>Queues the file's text, encoded here, so the caller may reuse its buffer as soon as this returns.</summary>
    public void Add(string path, ReadOnlyMemory<char> content)
    {
        var most = SiteWriter.Utf8.GetMaxByteCount(content.Length);
        if (most > LongestArray)
        {
            Write(() => _writer.Write(path, content));
            return;
        }
        var bytes = Rent(most);
        var pending = _pending.Value!;
        pending.Add(new(path, bytes, SiteWriter.Utf8.GetBytes(content.Span, bytes)));
        if (pending.Count < BatchFiles) return;
        _pending.Value = new(BatchFiles);
        _queue.Add(pending);
    }

    void Drain()
    {
        // After a failure the queue is still emptied, so no renderer blocks on a writer that stopped.
        foreach (var (path, bytes, length) in _queue.GetConsumingEnumerable().SelectMany(batch => batch))
        {
            Write(() => _writer.Write(path, bytes.AsSpan(0, length)));
            _arrays.Enqueue(bytes);
        }
    }

    /// <summary>Writes unless a write has failed, and keeps the first failure for <see cref="Complete"/>.</summary>
    void Write(Func<bool> write)
    {
        try
        {
            if (_failure is null) write();
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
    }

    /// <summary>
    /// An array too short for this file is dropped for a longer one, so the pool's arrays grow to the site's longest
    /// pages. New arrays are a power of two long: made to each page's length, an array missed the next page, a little
    /// longer, about every other time (82 MB of arrays at 10,000 articles).
    /// </summary>
    byte[] Rent(int length) =>
        _arrays.TryDequeue(out var array) && array.Length >= length
            ? array
            : new byte[Math.Min((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(length, 16 * 1024)), LongestArray)];

    /// <summary>
    /// Waits until every queued file is written, and throws the first failure to write one. Call it once every page is
    /// added: the renderers' part-filled batches are handed over here.
    /// </summary>
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
