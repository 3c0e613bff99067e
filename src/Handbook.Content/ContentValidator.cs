namespace Handbook.Content;

/// <summary>
/// The checks that need the whole handbook: unique slugs and orders, links that lead somewhere, and
/// roles, skills and chapters that name each other correctly.
/// </summary>
internal sealed class ContentValidator(List<ContentError> errors)
{
    public void Check(
        IReadOnlyList<PartDocument> parts,
        IReadOnlyList<ChapterDocument> chapters,
        IReadOnlyList<RoleDocument> roles,
        IReadOnlyList<SkillDocument> skills,
        IEnumerable<string> slugsStillServed)
    {
        var served = slugsStillServed.ToHashSet(StringComparer.Ordinal);
        Unique(parts, p => p.Path, p => p.Slug, p => p.Order, "part");
        Unique(roles, r => r.Path, r => r.Slug, r => r.Order, "role");
        Unique(skills, s => s.Path, s => s.Slug, s => s.Order, "skill");
        CheckChapters(parts, chapters);

        var chapterSlugs = chapters.Select(c => c.Slug).Concat(served).ToHashSet(StringComparer.Ordinal);
        var roleSlugs = roles.Select(r => r.Slug).Concat(served).ToHashSet(StringComparer.Ordinal);
        var skillSlugs = skills.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            References(chapter.Path, chapter.Roles, roleSlugs, "role", "content/roles/");
        }
        foreach (var role in roles)
        {
            References(role.Path, role.Chapters, chapterSlugs, "chapter", "a chapter's front matter");
            CheckSkills(role, skillSlugs, served);
        }
        foreach (var skill in skills)
        {
            References(skill.Path, skill.Chapters, chapterSlugs, "chapter", "a chapter's front matter");
        }

        var linkTargets = new Dictionary<string, ChapterDocument>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            linkTargets.TryAdd(chapter.Slug, chapter);
        }
        var sources = chapters.Select(c => (c.Path, c.Links))
            .Concat(roles.Select(r => (r.Path, r.Links)))
            .Concat(skills.Select(s => (s.Path, s.Links)));
        foreach (var (path, links) in sources)
        {
            CheckLinks(path, links, linkTargets, chapters, served);
        }
    }

    private void Unique<T>(IReadOnlyList<T> documents, Func<T, string> path, Func<T, string> slug, Func<T, int> order, string kind)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var orders = new Dictionary<int, string>();
        foreach (var document in documents)
        {
            if (!slugs.TryAdd(slug(document), path(document)))
            {
                errors.Add(new ContentError(path(document), 1, $"The {kind} slug '{slug(document)}' is already used by {slugs[slug(document)]}: choose another."));
            }
            if (!orders.TryAdd(order(document), path(document)))
            {
                errors.Add(new ContentError(path(document), 1, $"The order {order(document)} is already used by {orders[order(document)]}: each {kind} needs its own number."));
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

    private void References(string path, IEnumerable<SlugRef> references, IReadOnlySet<string> known, string kind, string where)
    {
        foreach (var reference in references.Where(r => !known.Contains(r.Slug)))
        {
            errors.Add(new ContentError(path, reference.Line,
                $"Unknown {kind} '{reference.Slug}': use the slug of a {kind} from {where}."));
        }
    }

    private void CheckSkills(RoleDocument role, IReadOnlySet<string> skillSlugs, IReadOnlySet<string> served)
    {
        foreach (var expectation in role.Skills.Where(s => !skillSlugs.Contains(s.Skill) && !served.Contains(s.Skill)))
        {
            errors.Add(new ContentError(role.Path, expectation.Line,
                $"Unknown skill '{expectation.Skill}'. Skills are: {string.Join(", ", skillSlugs.Order(StringComparer.Ordinal))}."));
        }
        var missing = skillSlugs.Except(role.Skills.Select(s => s.Skill)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var line = role.Skills.Count > 0 ? role.Skills[0].Line - 1 : 1;
            errors.Add(new ContentError(role.Path, line,
                $"Give the level this role expects for every skill: '{string.Join("', '", missing)}' is missing."));
        }
    }

    private void CheckLinks(
        string path, IReadOnlyList<ChapterLink> links, Dictionary<string, ChapterDocument> targets,
        IReadOnlyList<ChapterDocument> chapters, IReadOnlySet<string> served)
    {
        foreach (var link in links)
        {
            if (targets.TryGetValue(link.TargetSlug, out var target))
            {
                if (link.Anchor is { Length: > 0 } anchor && target.Headings.All(h => h.Anchor != anchor))
                {
                    errors.Add(new ContentError(path, link.Line,
                        $"The link to '/chapters/{link.TargetSlug}#{anchor}' names a heading that chapter does not have. Its headings are: {string.Join(", ", target.Headings.Select(h => "#" + h.Anchor))}."));
                }
            }
            else if (!served.Contains(link.TargetSlug))
            {
                var hint = chapters.FirstOrDefault(c => c.Aliases.Contains(link.TargetSlug));
                errors.Add(new ContentError(path, link.Line, hint is null
                    ? $"The link to '/chapters/{link.TargetSlug}' leads to no chapter: check the slug."
                    : $"The link to '/chapters/{link.TargetSlug}' uses an old slug: link to '/chapters/{hint.Slug}' instead."));
            }
        }
    }
}
