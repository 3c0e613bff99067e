namespace Handbook.Content;

/// <summary>A problem in one content file, at one line, said so that a contributor can fix it.</summary>
/// <param name="Path">The file's path relative to the content folder, with forward slashes.</param>
/// <param name="Line">The 1-based line the problem is on (1 when it concerns the whole file).</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record ContentError(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
