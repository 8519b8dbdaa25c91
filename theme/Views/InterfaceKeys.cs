namespace Archive.Theme.Views;

/// <summary>
/// The keys every interface strings file (<c>theme/i18n/&lt;language&gt;.yml</c>) must have: what the theme and the engine
/// look up. A key used in code and missing here is a bug that <see cref="InterfaceText"/> reports when rendering.
/// </summary>
public static class InterfaceKeys
{
    public const string DateFormat = "date";

    /// <summary>The name of month 1–12, which <see cref="DateFormat"/> may show as <c>{month_name}</c>.</summary>
    public static string Month(int month) => "month_" + month;

    public static readonly string[] All =
    [
        "og_locale", "date", "month_1", "month_2",
        "month_3", "month_4", "month_5", "month_6",
        "month_7", "month_8", "month_9", "month_10",
        "month_11", "month_12", "quote", "list_separator",
        "page_title_numbered", "nav.home", "nav.articles", "nav.search",
        "header.skip", "header.nav_label", "header.search_label", "header.search_placeholder",
        "header.search_button", "footer.feed", "footer.note", "kind.article",
        "kind.note", "count.articles", "count.notes", "count.terms",
        "home.latest", "home.all_articles", "home.browse", "articles.title",
        "articles.title_en", "articles.description", "articles.total", "pager.label",
        "pager.previous", "pager.next", "pager.position", "taxonomy.description",
        "term.articles", "term.notes", "term.from", "term.related",
        "term.related_before", "term.related_after", "chips.label", "article.tags",
        "article.note_count", "article.revised", "article.revised_link", "backlinks.heading",
        "note.title", "note.heading", "note.ref_label", "note.number_label",
        "note.tags", "note.sources", "note.sources_count", "note.permalink",
        "note.changed_link", "note.changed_before", "note.changed_after", "note.context",
        "note.context_link", "orphans.heading", "orphans.lede", "orphans.written_before",
        "orphans.written_after", "orphans.written_link", "revisions.title", "revisions.description",
        "revisions.heading", "revisions.lede", "revisions.current", "revisions.version",
        "revisions.dated", "revisions.diff_link", "revisions.legend_start", "revisions.legend_inserted",
        "revisions.legend_inserted_after", "revisions.legend_deleted", "revisions.legend_deleted_after", "revisions.legend_break_after",
        "revisions.note", "revisions.counts", "revisions.unchanged", "not_found.title",
        "not_found.description", "not_found.text", "not_found.home", "not_found.or",
        "not_found.search", "not_found.end", "search.title", "search.description",
        "search.unavailable", "search.needs_script", "search.input", "search.index_unavailable",
        "search.placeholder", "search.clear_search", "search.load_more", "search.search_label",
        "search.filters_label", "search.zero_results", "search.many_results", "search.one_result",
        "search.alt_search", "search.search_suggestion", "search.searching",
        "cross.title", "cross.and", "cross.count_before", "cross.count_after",
        "cross.more", "intersection.description", "intersection.both", "intersection.all",
        "across.description", "across.count", "across.matrix", "across.term_page",
        "matrix.description", "matrix.lede", "matrix.empty", "matrix.caption",
        "feed.link_title", "feed.subscribe", "feed.term_title", "feed.term_subtitle",
        "walks.label", "walks.term_after", "walks.older", "walks.newer",
        "css.note_number", "css.figure_caption", "css.inserted", "css.deleted", "css.change_end", "css.inserted_break", "css.deleted_break",
    ];
}
