using Microsoft.Playwright;

namespace Archive.BrowserTests.Support;

/// <summary>How an element's text looks to a reader: its size, and the contrast of its colour on what is behind it.</summary>
public sealed record Readability(double FontSizePx, string Color, string Background, double ContrastRatio)
{
    // Walks up to the first opaque background (the canvas counts as white, or as the page's dark background).
    const string Script = """
        el => {
          const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => {
            const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
          };
          const style = getComputedStyle(el);
          let background = null;
          for (let n = el; n && !background; n = n.parentElement) {
            const b = rgb(getComputedStyle(n).backgroundColor);
            if (b.length >= 3 && (b.length === 3 || b[3] > 0.9)) background = getComputedStyle(n).backgroundColor;
          }
          background = background || (matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)');
          const [a, b] = [lum(rgb(style.color)), lum(rgb(background))].sort((x, y) => y - x);
          return { fontSize: parseFloat(style.fontSize), color: style.color, background, ratio: (a + 0.05) / (b + 0.05) };
        }
        """;

    public static async Task<Readability> OfAsync(ILocator element)
    {
        var r = await element.EvaluateAsync<Raw>(Script);
        return new Readability(r.fontSize, r.color, r.background, Math.Round(r.ratio, 2));
    }

    public void AssertReadable(string what)
    {
        Assert.True(FontSizePx >= 14, $"{what}: text is {FontSizePx}px, too small to read");
        Assert.True(ContrastRatio >= 4.5, $"{what}: contrast {ContrastRatio}:1 ({Color} on {Background}) is below 4.5:1");
    }

    sealed class Raw
    {
        public double fontSize { get; set; }
        public string color { get; set; } = "";
        public string background { get; set; } = "";
        public double ratio { get; set; }
    }
}
