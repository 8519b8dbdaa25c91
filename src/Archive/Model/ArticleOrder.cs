namespace Archive.Model;

/// <summary>The order of the archive's lists: newest first, then by slug.</summary>
public sealed class ArticleOrder : IComparer<Article>
{
    public static readonly ArticleOrder Instance = new();

    public int Compare(Article? x, Article? y) =>
        x!.Date != y!.Date ? y.Date.CompareTo(x.Date) : string.CompareOrdinal(x.Slug, y.Slug);
}
