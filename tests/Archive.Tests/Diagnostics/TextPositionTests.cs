using Archive.Diagnostics;

namespace Archive.Tests.Diagnostics;

/// <summary>Lines and columns as editors count them: 1-based, a column per code point.</summary>
public sealed class TextPositionTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("日本\n雷達照射", 5, 2, 3)]
    [InlineData("\n\n", 2, 3, 1)]
    [InlineData("abc", 99, 1, 4)]
    [InlineData("abc", -5, 1, 1)]
    public void An_index_becomes_a_line_and_column(string text, int index, int line, int column) =>
        Assert.Equal((line, column), TextPosition.Locate(text, index));

    [Fact]
    public void A_character_outside_the_basic_plane_is_one_column()
    {
        // 𠀀 (CJK Extension B) is two UTF-16 units; the character after it is in column 2.
        var text = "𠀀字";
        Assert.Equal((1, 2), TextPosition.Locate(text, text.IndexOf('字')));
        Assert.Equal(2, TextPosition.RuneCount(text));
    }
}
