using System.Collections.Concurrent;
using System.Collections.Immutable;
using Archive.Model;

namespace Archive.Revisions;

/// <summary>
/// An article's versions, oldest first, the current text last, and the diffs between them, each computed once when
/// first asked for: by re-anchoring (a version to the current text) or by the revisions page (each version to the next).
/// The last earlier version's diff to the current text serves both.
/// </summary>
public sealed class ArticleHistory
{
    readonly Lazy<CurrentText> _current;
    readonly Lazy<(ImmutableArray<TextEdit> Minimal, ImmutableArray<TextEdit> Readable)>[] _toNext;
    readonly ConcurrentDictionary<int, ImmutableArray<TextEdit>> _toCurrent = new();

    public ArticleHistory(Article article)
    {
        Article = article;
        _current = new(() => VersionText.Current(article.Text.Joined));
        _toNext = [.. Enumerable.Range(0, article.Revisions.Length).Select(i =>
            new Lazy<(ImmutableArray<TextEdit>, ImmutableArray<TextEdit>)>(() => TextDiff.Between(TextOf(i), TextOf(i + 1))))];
    }

    public Article Article { get; }

    /// <summary>The earlier versions, oldest first.</summary>
    public ImmutableArray<ArticleVersion> Earlier => Article.Revisions;

    /// <summary>How many versions there are, the current one included.</summary>
    public int Count => Earlier.Length + 1;

    public CurrentText Current => _current.Value;

    /// <summary>Version <paramref name="index"/>'s text in comparable form; <see cref="Earlier"/>.Length is the current one.</summary>
    public string TextOf(int index) => index < Earlier.Length ? Earlier[index].Text : Current.Text;

    /// <summary>The readable diff from version <paramref name="index"/> to the next, for the revisions page.</summary>
    public ImmutableArray<TextEdit> ReadableDiff(int index) => _toNext[index].Value.Readable;

    /// <summary>The minimal diff from earlier version <paramref name="index"/> to the current text, for re-anchoring.</summary>
    public ImmutableArray<TextEdit> DiffToCurrent(int index) =>
        index == Earlier.Length - 1 ? _toNext[index].Value.Minimal : _toCurrent.GetOrAdd(index, i => TextDiff.Minimal(Earlier[i].Text, Current.Text));

    /// <summary>The earlier version a note's <c>revision:</c> date names, or -1.</summary>
    public int IndexOf(DateOnly date)
    {
        for (var i = 0; i < Earlier.Length; i++) if (Earlier[i].Date == date) return i;
        return -1;
    }
}
