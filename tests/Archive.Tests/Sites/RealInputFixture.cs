using Archive.Tests.Support;

namespace Archive.Tests.Sites;

/// <summary>The repository's real input/, built once for all tests that read its pages.</summary>
public sealed class RealInputFixture : IDisposable
{
    public TestSite Site { get; } = TestSite.FromRepositoryInput();
    public BuildReport Report { get; }

    public RealInputFixture() => Report = Site.Build();

    public void Dispose() => Site.Dispose();
}
