using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Abstractions.Tests.Storage;

public sealed class WriteConditionTests
{
    private static readonly ETag A = new("a");
    private static readonly ETag B = new("b");

    [Fact]
    public void Create_only_holds_only_when_absent()
    {
        Assert.True(WriteCondition.NotExists.IsMetBy(null));
        Assert.False(WriteCondition.NotExists.IsMetBy(A));
    }

    [Fact]
    public void If_match_holds_only_for_the_same_etag()
    {
        Assert.True(WriteCondition.Matches(A).IsMetBy(A));
        Assert.False(WriteCondition.Matches(A).IsMetBy(B));
        Assert.False(WriteCondition.Matches(A).IsMetBy(null));
    }

    [Fact]
    public void None_always_holds()
    {
        Assert.True(WriteCondition.None.IsMetBy(null));
        Assert.True(WriteCondition.None.IsMetBy(A));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a//b")]
    [InlineData("a/.hidden")]
    [InlineData("a/b c")]
    [InlineData("")]
    public void Invalid_keys_are_refused(string key)
    {
        Assert.Throws<ArgumentException>(() => StateKeys.Validate(key));
    }

    [Fact]
    public void Valid_keys_pass()
    {
        Assert.Equal("praise/items/u01-abc.1@x", StateKeys.Validate("praise/items/u01-abc.1@x"));
        Assert.Equal("devinbox/u01/", StateKeys.Validate("devinbox/u01/", allowTrailingSlash: true));
    }
}
