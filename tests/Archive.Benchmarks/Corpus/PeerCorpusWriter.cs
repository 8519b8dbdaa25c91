using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Archive.Benchmarks.Corpus;

/// <summary>
/// Writes a corpus in the format of shared/peers/gen_corpus.py (articles.jsonl, annotations.jsonl, terms.json,
/// manifest.json), so the peers' converters (to_hugo.py) and checker (check_build.py) build and verify the very
/// same articles and notes that our generator builds.
/// </summary>
public static class PeerCorpusWriter
{
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(SyntheticCorpus corpus, string directory)
    {
        Directory.CreateDirectory(directory);
        using (var articles = new StreamWriter(Path.Combine(directory, "articles.jsonl"), false, Utf8) { NewLine = "\n" })
        using (var notes = new StreamWriter(Path.Combine(directory, "annotations.jsonl"), false, Utf8) { NewLine = "\n" })
        {
            foreach (var a in corpus.Articles)
            {
                articles.WriteLine(Line(new JsonObject
                {
                    ["id"] = a.Slug,
                    ["title"] = a.Title,
                    ["date"] = a.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
                    ["countries"] = new JsonArray([.. a.Countries.Select(c => JsonValue.Create(c))]),
                    ["incidents"] = new JsonArray([.. a.Incidents.Select(c => JsonValue.Create(c))]),
                    ["body"] = a.Body,
                }));
                foreach (var n in a.Notes)
                    notes.WriteLine(Line(new JsonObject
                    {
                        ["id"] = n.Id,
                        ["article_id"] = a.Slug,
                        ["paragraph"] = n.Paragraph,
                        ["quote"] = n.Quote,
                        ["body"] = $"**{n.Label}**：{n.Text}\n\n延伸閱讀：[{n.LinkTitle}](/articles/{n.LinkTo}/)",
                        ["link_to"] = n.LinkTo,
                    }));
            }
        }
        var terms = new JsonObject
        {
            ["countries"] = new JsonObject(corpus.Countries.Select(c => KeyValuePair.Create(c.Slug, (JsonNode?)c.Name))),
            ["incidents"] = new JsonObject(corpus.Incidents.Select(i => KeyValuePair.Create(i.Slug, (JsonNode?)i.Name))),
        };
        File.WriteAllText(Path.Combine(directory, "terms.json"), terms.ToJsonString(Json) + "\n", Utf8);
        var manifest = new JsonObject
        {
            ["n"] = corpus.Articles.Count,
            ["seed"] = corpus.Seed,
            ["generator"] = "tests/Archive.Benchmarks",
            ["articles"] = corpus.Articles.Count,
            ["annotations"] = corpus.NoteCount,
            ["countries_defined"] = corpus.Countries.Count,
            ["incidents_defined"] = corpus.Incidents.Count,
            ["mean_body_bytes"] = Math.Round((double)corpus.BodyBytes / corpus.Articles.Count, 1),
        };
        File.WriteAllText(Path.Combine(directory, "manifest.json"), manifest.ToJsonString(Json) + "\n", Utf8);
    }

    static string Line(JsonObject o) => o.ToJsonString(Json);
}
