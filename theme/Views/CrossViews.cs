using System.Collections.Immutable;

namespace Archive.Theme.Views;

/// <summary>A term as a heading of a page about two terms: its taxonomy, names and page.</summary>
public sealed record TermHeading(string TaxonomyName, string Name, string NameEn, string Href);

/// <summary>
/// What two terms share (<c>/countries/japan/incidents/radar/</c>): the articles, then the notes with their quoted
/// passages. Each side links to its term and to its term's list across the other taxonomy.
/// </summary>
public sealed record IntersectionPageView(
    PageMeta Meta,
    TermHeading First,
    TermHeading Second,
    string FirstAcrossHref,
    string SecondAcrossHref,
    ImmutableArray<ArticleSummary> Articles,
    ImmutableArray<NoteSummary> Notes);

/// <summary>Another term a term shares items with: the shared page (<paramref name="Href"/>) and how much is shared.</summary>
public sealed record CrossLink(string Name, string NameEn, string Href, string TermHref, int ArticleCount, int NoteCount, DateView? Date, DateView? End);

/// <summary>On a term's page: the terms of one other taxonomy it shares items with, and that list's own page.</summary>
public sealed record CrossGroup(string TaxonomyName, string AcrossHref, ImmutableArray<CrossLink> Links);

/// <summary>
/// A term's list across another taxonomy (<c>/countries/japan/incidents/</c>): as a timeline, with a drawing, when that
/// taxonomy is dated; otherwise the most shared first.
/// </summary>
public sealed record AcrossPageView(
    PageMeta Meta,
    TermHeading Term,
    string TaxonomyName,
    string TaxonomyNameEn,
    string TaxonomyHref,
    bool IsTimeline,
    ImmutableArray<CrossLink> Links,
    TimelineView? Timeline,
    string? MatrixHref);

/// <summary>A term heading a row or column of a matrix.</summary>
public sealed record MatrixTerm(string Name, string Href);

/// <summary>One cell: how many items the row's and column's terms share, their page, and a shade from 1 (least) to 4.</summary>
public sealed record MatrixCell(int Count, string Href, int Shade);

public sealed record MatrixRow(MatrixTerm Term, ImmutableArray<MatrixCell?> Cells);

/// <summary>A table of two taxonomies' terms (<c>/countries/incidents/</c>), rows the taxonomy with more terms.</summary>
public sealed record MatrixPageView(
    PageMeta Meta,
    string FirstName,
    string SecondName,
    string RowsName,
    string ColumnsName,
    ImmutableArray<MatrixTerm> Columns,
    ImmutableArray<MatrixRow> Rows);

/// <summary>A date axis tick at <paramref name="X"/>, labelled with a year or a month.</summary>
public sealed record TimelineTick(int X, string Label);

/// <summary>
/// One dated term drawn on the axis: a point (<paramref name="X1"/> = <paramref name="X2"/>) or a span, on its own row,
/// its name ending at <paramref name="LabelX"/> in the column left of the axis, its count (if any) after the mark.
/// </summary>
public sealed record TimelineMark(string Name, string Href, int X1, int X2, int Y, int LabelX, int? Count);

/// <summary>A timeline drawn at build time as SVG, in pixels.</summary>
/// <param name="AxisX">Where the date axis starts: left of it, the names.</param>
public sealed record TimelineView(int Width, int Height, int AxisY, int AxisX, ImmutableArray<TimelineTick> Ticks, ImmutableArray<TimelineMark> Marks);

/// <summary>An article's neighbours in one of its terms, by date: the older and the newer article, when there is one.</summary>
public sealed record TermWalk(string TermName, string TermHref, LinkView? Older, LinkView? Newer);
