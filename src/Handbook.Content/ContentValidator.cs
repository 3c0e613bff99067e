namespace Handbook.Content;

/// <summary>The checks that need the whole handbook: unique slugs and orders, and links that lead somewhere.</summary>
internal sealed class ContentValidator(List<ContentError> errors)
{
    public void Check(IReadOnlyList<PartDocument> parts, IReadOnlyList<ChapterDocument> chapters, IEnumerable<string> slugsStillServed)
    {
        CheckParts(parts);
        CheckChapters(parts, chapters);
        CheckLinks(chapters, slugsStillServed);
    }

    private void CheckParts(IReadOnlyList<PartDocument> parts)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var orders = new Dictionary<int, string>();
        foreach (var part in parts)
        {
            if (!slugs.TryAdd(part.Slug, part.Path))
            {
                errors.Add(new ContentError(part.Path, 1, $"The part slug '{part.Slug}' is already used by {slugs[part.Slug]}: choose another."));
            }
            if (!orders.TryAdd(part.Order, part.Path))
            {
                errors.Add(new ContentError(part.Path, 1, $"The order {part.Order} is already used by {orders[part.Order]}: each part needs its own number."));
            }
        }
    }

    private void CheckChapters(IReadOnlyList<PartDocument> parts, IReadOnlyList<ChapterDocument> chapters)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var orders = new Dictionary<(string, int), string>();
        var partFolders = parts.Select(p => p.Folder).ToHashSet(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            if (!partFolders.Contains(chapter.Folder))
            {
                errors.Add(new ContentError(chapter.Path, 1, $"This chapter's part ({chapter.Folder}/{ContentLoader.PartFileName}) has errors, so the chapter cannot be placed: fix the part file first."));
                continue;
            }
            if (!owners.TryAdd(chapter.Slug, chapter.Path))
            {
                errors.Add(new ContentError(chapter.Path, 1, $"The slug '{chapter.Slug}' is already used by {owners[chapter.Slug]}: every chapter needs its own slug."));
            }
            foreach (var alias in chapter.Aliases)
            {
                if (!owners.TryAdd(alias, chapter.Path) && owners[alias] != chapter.Path)
                {
                    errors.Add(new ContentError(chapter.Path, 1, $"The alias '{alias}' is already a slug or alias of {owners[alias]}: an old address can lead to one chapter only."));
                }
            }
            if (!orders.TryAdd((chapter.Folder, chapter.Order), chapter.Path))
            {
                errors.Add(new ContentError(chapter.Path, 1, $"The order {chapter.Order} is already used by {orders[(chapter.Folder, chapter.Order)]} in this part: each chapter needs its own number."));
            }
        }
    }

    private void CheckLinks(IReadOnlyList<ChapterDocument> chapters, IEnumerable<string> slugsStillServed)
    {
        var bySlug = new Dictionary<string, ChapterDocument>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            bySlug.TryAdd(chapter.Slug, chapter);
        }
        var served = slugsStillServed.ToHashSet(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            foreach (var link in chapter.Links)
            {
                if (bySlug.TryGetValue(link.TargetSlug, out var target))
                {
                    if (link.Anchor is { Length: > 0 } anchor && target.Headings.All(h => h.Anchor != anchor))
                    {
                        errors.Add(new ContentError(chapter.Path, link.Line,
                            $"The link to '/chapters/{link.TargetSlug}#{anchor}' names a heading that chapter does not have. Its headings are: {string.Join(", ", target.Headings.Select(h => "#" + h.Anchor))}."));
                    }
                }
                else if (!served.Contains(link.TargetSlug))
                {
                    var hint = chapters.FirstOrDefault(c => c.Aliases.Contains(link.TargetSlug));
                    errors.Add(new ContentError(chapter.Path, link.Line, hint is null
                        ? $"The link to '/chapters/{link.TargetSlug}' leads to no chapter: check the slug."
                        : $"The link to '/chapters/{link.TargetSlug}' uses an old slug: link to '/chapters/{hint.Slug}' instead."));
                }
            }
        }
    }
}
