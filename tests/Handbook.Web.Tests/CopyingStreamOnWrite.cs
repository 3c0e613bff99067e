using Handbook.Web.Caching;

namespace Handbook.Web.Tests;

public sealed class CopyingStreamOnWrite
{
    [Fact]
    public async Task Everything_written_reaches_the_response_and_the_copy()
    {
        using var response = new MemoryStream();
        await using var copying = new CopyingStream(response, limit: 10);

        await copying.WriteAsync("abc"u8.ToArray());
        copying.Write("defg"u8);

        Assert.Equal("abcdefg"u8.ToArray(), response.ToArray());
        Assert.Equal("abcdefg"u8.ToArray(), copying.Copy);
    }

    [Fact]
    public async Task The_copy_is_given_up_past_its_limit_and_the_response_goes_on()
    {
        using var response = new MemoryStream();
        await using var copying = new CopyingStream(response, limit: 5);

        await copying.WriteAsync("abcd"u8.ToArray());
        await copying.WriteAsync("ef"u8.ToArray());
        await copying.WriteAsync("g"u8.ToArray());

        Assert.Equal("abcdefg"u8.ToArray(), response.ToArray());
        Assert.Null(copying.Copy);
    }
}
