using System.Text;

namespace Archive.Benchmarks.Corpus;

/// <summary>
/// Generates a synthetic archive of <c>count</c> articles, deterministic for a seed: the parameters and text model of
/// shared/peers/gen_corpus.py (about 6.5 KB of Traditional Chinese in 11–13 paragraphs, dates over 2020–2026, 1–4 of 12
/// countries, 0–3 of N/20 incidents), with exactly five notes per article whose quotes each occur once in their article
/// and do not overlap, and with every term used by at least one article.
/// </summary>
public sealed class CorpusGenerator(int count, int seed)
{
    public const int NotesPerArticle = 5;
    const int BodyTargetBytes = 6500;
    const int NoteTargetBytes = 300;
    const int TitleChars = 20;
    const int MaxCountries = 4;
    const int MaxIncidents = 3;
    static readonly DateOnly First = new(2020, 1, 1);
    static readonly DateOnly Last = new(2026, 12, 31);
    static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    // System.Random with a seed is the stable legacy algorithm: the same seed gives the same archive on every run.
    readonly Random _rng = new(seed);

    sealed record Meta(string Slug, string Title, DateTimeOffset Date, List<string> Countries, List<string> Incidents);

    public SyntheticCorpus Generate()
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), "at least one article");
        var incidents = MakeIncidents();
        var metas = new List<Meta>(count);
        var dates = new HashSet<DateTimeOffset>();
        for (var i = 1; i <= count; i++) metas.Add(MakeMeta(i, incidents, dates));
        UseEveryTerm(metas, Vocabulary.Countries.Select(c => c.Slug).ToList(), m => m.Countries, MaxCountries);
        UseEveryTerm(metas, incidents.Select(t => t.Slug).ToList(), m => m.Incidents, MaxIncidents);

        var articles = new List<CorpusArticle>(count);
        for (var idx = 0; idx < metas.Count; idx++) articles.Add(MakeArticle(idx, metas));
        var countries = Vocabulary.Countries.Select(c => new CorpusCountry(c.Slug, c.Name, c.NameEn)).ToList();
        return new SyntheticCorpus(seed, articles, countries, incidents);
    }

    List<CorpusIncident> MakeIncidents()
    {
        var total = Math.Max(1, (int)Math.Round(count / 20.0, MidpointRounding.ToEven));
        var incidents = new List<CorpusIncident>(total);
        for (var k = 1; k <= total; k++)
        {
            var kind = Pick(Vocabulary.IncidentKinds);
            var year = _rng.Next(First.Year, Last.Year + 1);
            var place = Pick(Vocabulary.Places);
            var date = new DateOnly(year, 1, 1).AddDays(_rng.Next(DateTime.IsLeapYear(year) ? 366 : 365));
            var countries = WeightedSample(_rng.Next(1, 3));
            incidents.Add(new CorpusIncident($"{year}-{kind.Slug}-{k:0000}", $"{year}年{place}{kind.Name}（{k}）",
                $"{year} {kind.NameEn} ({k})", date, countries));
        }
        return incidents;
    }

    Meta MakeMeta(int i, List<CorpusIncident> incidents, HashSet<DateTimeOffset> dates)
    {
        var countries = WeightedSample(1 + Weighted([40, 35, 17, 8]));
        var incidentCount = Math.Min(Weighted([30, 40, 20, 10]), incidents.Count);
        var chosen = new List<string>(incidentCount);
        while (chosen.Count < incidentCount)
        {
            var slug = incidents[_rng.Next(incidents.Count)].Slug;
            if (!chosen.Contains(slug)) chosen.Add(slug);
        }
        // Unique timestamps between 08:00 and 22:59 local time, as the peer corpus has them.
        var span = Last.DayNumber - First.DayNumber;
        DateTimeOffset when;
        do
        {
            var day = First.AddDays(_rng.Next(span + 1));
            when = new DateTimeOffset(day.Year, day.Month, day.Day, _rng.Next(8, 23), _rng.Next(60), _rng.Next(60), Offset);
        } while (!dates.Add(when));
        var topic = Pick(Vocabulary.Topics);
        var names = countries.Select(NameOf).ToList();
        return new Meta($"{countries[0]}-{topic.Slug}-{i:000000}", MakeTitle(names, topic.Name), when, countries, chosen);
    }

    /// <summary>A term no article uses would be a warning: hand each unused one to an article with room for it.</summary>
    void UseEveryTerm(List<Meta> metas, List<string> slugs, Func<Meta, List<string>> list, int max)
    {
        var used = metas.SelectMany(list).ToHashSet();
        foreach (var slug in slugs.Where(s => !used.Contains(s)))
        {
            var start = _rng.Next(metas.Count);
            for (var step = 0; step < metas.Count; step++)
            {
                var tags = list(metas[(start + step) % metas.Count]);
                if (tags.Count < max) { tags.Add(slug); break; }
            }
        }
    }

    string MakeTitle(List<string> names, string topic)
    {
        var who = names.Count == 1 ? names[0] : $"{names[0]}與{names[1]}";
        var outcome = Pick(Vocabulary.Outcomes);
        var prefix = _rng.NextDouble() < 0.5 ? Pick(Vocabulary.TitlePrefixes) : "";
        var core = who.Length + topic.Length + outcome.Length;
        var longest = Vocabulary.TitleContexts.Max(c => c.Length);
        if (prefix.Length == 0 && core + longest < TitleChars - 2) prefix = Pick(Vocabulary.TitlePrefixes);
        var length = prefix.Length + core;
        var fits = Vocabulary.TitleContexts.Where(c => Math.Abs(length + c.Length - TitleChars) <= 2).ToArray();
        var context = fits.Length > 0 ? Pick(fits) : "";
        return $"{prefix}{who}{context}{topic}{outcome}";
    }

    CorpusArticle MakeArticle(int idx, List<Meta> metas)
    {
        var meta = metas[idx];
        var a = NameOf(meta.Countries[0]);
        var b = meta.Countries.Count > 1
            ? NameOf(meta.Countries[1])
            : NameOf(Pick(Vocabulary.Countries.Where(c => c.Slug != meta.Countries[0]).ToArray()).Slug);
        var paragraphs = MakeBody(a, b);
        var quotes = new QuotePicker(paragraphs, _rng);
        var notes = new List<CorpusNote>(NotesPerArticle);
        for (var j = 1; j <= NotesPerArticle; j++)
        {
            var (paragraph, quote) = quotes.Next();
            var other = idx;
            while (other == idx && metas.Count > 1) other = _rng.Next(metas.Count);
            var (label, text) = MakeNoteText(metas[other]);
            notes.Add(new CorpusNote($"{meta.Slug}-n{j}", paragraph, quote, label, text, metas[other].Slug, metas[other].Title));
        }
        return new CorpusArticle(meta.Slug, meta.Title, meta.Date, meta.Countries, meta.Incidents, paragraphs, notes);
    }

    List<string> MakeBody(string a, string b)
    {
        var paragraphCount = _rng.Next(11, 14);
        var averageSentence = Vocabulary.Sentences.Average(s => (double)Utf8(Fill(s, a, b)));
        double remaining = BodyTargetBytes;
        var paragraphs = new List<string>(paragraphCount);
        for (var p = 0; p < paragraphCount; p++)
        {
            var target = remaining / (paragraphCount - p);
            var text = new StringBuilder();
            var size = 0;
            while (size == 0 || size + averageSentence / 2 < target)
            {
                var sentence = Fill(Pick(Vocabulary.Sentences), a, b);
                text.Append(sentence);
                size += Utf8(sentence);
            }
            paragraphs.Add(text.ToString());
            remaining -= size + 2; // the blank line between paragraphs
        }
        return paragraphs;
    }

    /// <summary>A bold label, then distinct note sentences until the note with its link is about 300 bytes.</summary>
    (string Label, string Text) MakeNoteText(Meta other)
    {
        var link = Utf8($"\n\n延伸閱讀：[{other.Title}](/articles/{other.Slug}/)");
        var label = Pick(Vocabulary.NoteLabels);
        var size = Utf8($"**{label}**：");
        var text = new StringBuilder();
        var used = new HashSet<int>();
        while (size + link < NoteTargetBytes - 30 && used.Count < Vocabulary.NoteSentences.Length)
        {
            var i = _rng.Next(Vocabulary.NoteSentences.Length);
            if (!used.Add(i)) continue;
            text.Append(Vocabulary.NoteSentences[i]);
            size += Utf8(Vocabulary.NoteSentences[i]);
        }
        return (label, text.ToString());
    }

    List<string> WeightedSample(int k)
    {
        var pool = Vocabulary.Countries.ToList();
        var chosen = new List<string>(k);
        while (chosen.Count < k && pool.Count > 0)
        {
            var i = Weighted(pool.Select(c => c.Weight).ToArray());
            chosen.Add(pool[i].Slug);
            pool.RemoveAt(i);
        }
        return chosen;
    }

    int Weighted(int[] weights)
    {
        var r = _rng.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if (r < weights[i]) return i;
            r -= weights[i];
        }
        return weights.Length - 1;
    }

    T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    static string NameOf(string slug) => Vocabulary.Countries.First(c => c.Slug == slug).Name;
    static string Fill(string sentence, string a, string b) => sentence.Replace("{A}", a).Replace("{B}", b);
    static int Utf8(string s) => Encoding.UTF8.GetByteCount(s);
}
