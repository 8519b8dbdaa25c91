namespace Archive.Theme.Views;

/// <summary>
/// The reader-facing words of the pages about two terms that are decided outside a layout: page titles and
/// descriptions (head metadata) and feed titles. Every other word of those pages is in their Razor files.
/// </summary>
public static class CrossWords
{
    public static string IntersectionTitle(string first, string second) => $"{first} × {second}";
    public static string IntersectionDescription(string first, string second, int articles, int notes) =>
        $"同時標記「{first}」與「{second}」的 {articles} 篇文章與 {notes} 則註解。";
    public static string AcrossTitle(string term, string taxonomy) => $"{term} × {taxonomy}";
    public static string AcrossDescription(string term, string taxonomy) => $"與「{term}」有共同文章或註解的{taxonomy}，附各自的篇數。";
    public static string MatrixTitle(string first, string second) => $"{first} × {second}";
    public static string MatrixDescription(string first, string second) => $"{first}與{second}交叉對照：每一格是兩者共有的文章與註解數。";
    public static string FeedTitle(string term, string site) => $"{term} · {site}";
    public static string FeedSubtitle(string term) => $"標記「{term}」的最新文章與註解。";
}
