namespace Archive.Theme.Views;

/// <summary>
/// The Content-Security-Policy the theme's pages are written for: every script, style, font and request from the
/// site itself (Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'). Pages carry it in a meta tag; hosts that read
/// a <c>_headers</c> file (Netlify, Cloudflare Pages) send it as a header, where frame-ancestors works too.
/// </summary>
public static class SecurityPolicy
{
    public const string Content =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>What only a header can say: no site may frame these pages (a meta tag cannot set frame-ancestors).</summary>
    public const string Header = Content + "; frame-ancestors 'none'";
}
