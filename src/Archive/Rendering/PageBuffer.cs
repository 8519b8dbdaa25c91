using System.Text;

namespace Archive.Rendering;

/// <summary>
/// A text writer over one growing char array that is cleared, not freed, between files (see <see cref="RenderWorker"/>).
/// </summary>
public sealed class PageBuffer : TextWriter
{
    char[] _chars = new char[64 * 1024];
    int _length;

    public override Encoding Encoding => Encoding.UTF8;

    public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public override void Write(char value)
    {
        Reserve(1);
        _chars[_length++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        buffer.CopyTo(_chars.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    void Reserve(int more)
    {
        if (_length + more <= _chars.Length) return;
        Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + more));
    }
}
