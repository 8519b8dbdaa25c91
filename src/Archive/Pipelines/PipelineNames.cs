namespace Archive.Pipelines;

public static class PipelineNames
{
    public const string Terms = "Terms";
    public const string Articles = "Articles";
    public const string Annotations = "Annotations";
    public const string Catalog = "Catalog";
    public const string Pages = "Pages";
    public const string Assets = "Assets";
    public const string Search = "Search";
}
