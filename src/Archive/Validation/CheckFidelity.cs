using System.Collections.Immutable;
using System.Text;
using Archive.Diagnostics;
using Archive.Engine;
using Archive.Model;
using Archive.Parsing;

namespace Archive.Validation;

/// <summary>
/// An archive reproduces its sources verbatim: the article's text without Markdown markup must equal its original
/// (whitespace normalised), apart from passages the article declares it moved into front matter.
/// </summary>
public sealed class CheckFidelity : IModule, IPerDocument
{
    public ImmutableArray<object> Execute(ImmutableArray<object> inputs, PipelineContext context)
    {
        Parallel.ForEach(inputs.OfType<Article>().Where(a => a.Original is not null), article => Check(article, context.Build));
        return inputs;
    }

    /// <summary>A character of normalised text and the index in its file it came from.</summary>
    readonly record struct Traced(char Char, int Index);

    public static void Check(Article article, BuildContext build)
    {
        var original = article.Original!;
        var inputRoot = Path.GetFullPath(build.InputDirectory);
        var path = Path.GetFullPath(Path.Combine(inputRoot, original.Path));
        if (!path.StartsWith(inputRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            build.Diagnostics.Add(Problems.OriginalNotFound(article.Location, original.Path));
            return;
        }
        // Read as content is, with its checks: a regular file inside input/, under the size limit, valid UTF-8.
        if (Input.ReadFiles.Read(path, build) is not { } source) return;
        var originalText = source.Text;
        var display = source.DisplayPath;

        // Blank out the moved passages (keeping indexes) so they take no part in the comparison.
        var masked = originalText.ToCharArray();
        foreach (var moved in original.Moved)
        {
            var at = originalText.IndexOf(moved, StringComparison.Ordinal);
            if (at < 0) { build.Diagnostics.Add(Problems.MovedNotFound(article.Location, moved)); return; }
            Array.Fill(masked, ' ', at, moved.Length);
        }

        var expected = Normalise(Enumerable.Range(0, masked.Length).Select(i => new Traced(masked[i], i)));
        var actual = Normalise(ArticleChars(article));
        var n = Math.Min(expected.Count, actual.Count);
        var mismatch = Enumerable.Range(0, n).FirstOrDefault(i => expected[i].Char != actual[i].Char, -1);
        if (mismatch < 0 && expected.Count == actual.Count) return;

        if (mismatch < 0 && actual.Count < expected.Count)
        {
            var at = TextPosition.Locate(display, originalText, expected[n].Index);
            var lastIndex = actual.Count > 0 ? actual[^1].Index : 0;
            build.Diagnostics.Add(Problems.FidelityMissingText(Locate(article, lastIndex), Excerpt(expected, n), at));
            return;
        }
        var i0 = mismatch < 0 ? n : mismatch;
        var articleAt = Locate(article, i0 < actual.Count ? actual[i0].Index : actual[^1].Index);
        var originalAt = TextPosition.Locate(display, originalText, i0 < expected.Count ? expected[i0].Index : originalText.Length);
        build.Diagnostics.Add(Problems.FidelityMismatch(articleAt, Excerpt(expected, i0), Excerpt(actual, i0), originalAt));
    }

    /// <summary>The article's text, each character traced to its index in the Markdown file.</summary>
    static IEnumerable<Traced> ArticleChars(Article article)
    {
        foreach (var block in article.Text.Blocks)
        {
            for (var i = 0; i < block.Text.Length; i++)
                yield return new Traced(block.Text.Span[i], block.SourceIndexOf(i));
            yield return new Traced('\n', block.Block.Span.End);
        }
    }

    /// <summary>Every run of whitespace becomes one space; leading and trailing whitespace goes.</summary>
    static List<Traced> Normalise(IEnumerable<Traced> chars)
    {
        var result = new List<Traced>();
        var pendingSpace = false;
        foreach (var c in chars)
        {
            if (char.IsWhiteSpace(c.Char)) { pendingSpace = result.Count > 0; continue; }
            if (pendingSpace) result.Add(new Traced(' ', c.Index));
            pendingSpace = false;
            result.Add(c);
        }
        return result;
    }

    static string Excerpt(List<Traced> chars, int from)
    {
        var text = new StringBuilder();
        for (var i = from; i < chars.Count && i < from + 16; i++) text.Append(chars[i].Char);
        return text.Length == 0 ? "(end of text)" : text.ToString();
    }

    static SourceLocation Locate(Article article, int index) => TextPosition.Locate(article.Location.File, article.Markdown, index);
}
