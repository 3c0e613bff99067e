namespace Handbook.Web.Tests.Infrastructure;

/// <summary>A clock that always says the same time, so that dates the app records can be asserted.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
