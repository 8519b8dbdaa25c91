using Archive.Tests.Support;

namespace Archive.Tests.Revisions;

/// <summary>
/// A small article in two versions, and one note for each thing that can happen to a passage between them. From the
/// version of 2025-12-07 to the current one (2025-12-09): the number of lock-ons corrected by one character, a
/// sentence moved to a later paragraph, a sentence deleted, a sentence replaced, a paragraph split in two.
/// </summary>
public static class RevisedArticle
{
    public const string Version1 = """
        日本防衛省十二月七日表示，中國航艦遼寧號的殲十五戰機六日兩度以雷達照射日本航空自衛隊戰機。

        北京稱日方戰機蓄意趨近偵查。東京提出嚴正抗議。

        首爾對此保持沉默。韓國外交部未發表評論。

        雙方外交官隨後在北京會面。會談持續兩小時。

        分析人士認為，此事將影響中日關係。兩國領導人近期難有會面。

        """;

    public const string Current = """
        日本防衛省十二月七日表示，中國航艦遼寧號的殲十五戰機六日三度以雷達照射日本航空自衛隊戰機。

        北京稱日方戰機蓄意趨近偵查。

        首爾對此保持沉默。

        雙方外交官隨後在北京會面。東京提出嚴正抗議。

        分析人士認為，此事將影響中日關係。

        兩國領導人近期難有會面。

        """;

    public const string ArticleFile = """
        ---
        title: 雷達照射事件
        date: 2025-12-07
        updated: 2025-12-09
        original: sources/a-current.txt
        revisions:
          - date: 2025-12-07
            original: sources/a-v1.txt
            note: 初版。其後更正照射次數，刪去南韓外交部的回應。
        countries: [japan]
        ---

        """;

    /// <summary>Line of the <c>date:</c> of the one <c>revisions:</c> entry in <see cref="ArticleFile"/>.</summary>
    public const int RevisionDateLine = 7;

    /// <summary>A note on the version of 2025-12-07 (or on <paramref name="revision"/>), with <paramref name="extra"/> front matter lines.</summary>
    public static string Note(string quote, string revision = "2025-12-07", string extra = "") =>
        $"---\nquote: \"{quote}\"\nrevision: {revision}\n{extra}countries: [japan]\n---\n關於「{quote}」的註解。\n";

    /// <summary>The notes every revision test starts from: one per status the build accepts (no unaccepted orphan).</summary>
    public static readonly IReadOnlyDictionary<string, string> Notes = new Dictionary<string, string>
    {
        ["exact"] = Note("遼寧號的殲十五戰機"),
        ["moved"] = Note("東京提出嚴正抗議"),
        ["changed"] = Note("六日兩度以雷達照射"),
        ["accepted"] = Note("會談持續兩小時", extra: "orphaned: accepted\n"),
        ["split-half"] = Note("兩國領導人"),
        ["split-across"] = Note("中日關係。兩國"),
        ["today"] = "---\nquote: 首爾對此保持沉默\ncountries: [japan]\n---\n寫在現行版本上的註解。\n",
    };

    public static TestSite Site(bool withNotes = true)
    {
        var site = new TestSite();
        site.WriteTerm("countries", "japan", "日本", "Japan");
        site.Write("sources/a-v1.txt", Version1);
        site.Write("sources/a-current.txt", Current);
        site.Write("articles/a.md", ArticleFile + Current);
        if (withNotes) foreach (var (id, text) in Notes) site.Write($"annotations/a/{id}.md", text);
        return site;
    }
}
