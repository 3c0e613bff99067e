namespace Handbook.Content;

/// <summary>
/// The checks that need the whole handbook: unique slugs and orders, links that lead somewhere, and
/// roles, skills and chapters that name each other correctly.
/// </summary>
/// <param name="storedSlugs">
/// The slug the store last imported each file under, for the files it holds, or null when not known.
/// Needed only for files that failed or that clash with another: the paths of those are kept in
/// <see cref="StoredSlugsWanted"/>, so that a clean read never needs the store at all.
/// </param>
internal sealed class ContentValidator(List<ContentError> errors, IReadOnlyDictionary<string, string>? storedSlugs)
{
    /// <summary>The files whose stored slug the checks needed and were not given: read again with them.</summary>
    public IReadOnlySet<string> StoredSlugsWanted { get; private set; } = new HashSet<string>();

    /// <param name="failed">The files that failed to parse, whose last good version (if any) stays served.</param>
    /// <param name="claimed">The slugs that failed files seem to claim.</param>
    public void Check(
        IReadOnlyList<PartDocument> parts,
        IReadOnlyList<ChapterDocument> chapters,
        IReadOnlyList<RoleDocument> roles,
        IReadOnlyList<SkillDocument> skills,
        IReadOnlyList<FailedFile> failed,
        IEnumerable<string> claimed)
    {
        var partFolders = parts.Select(p => p.Folder).ToHashSet(StringComparer.Ordinal);
        var unplaced = chapters.Where(c => !partFolders.Contains(c.Folder)).ToList();
        foreach (var chapter in unplaced)
        {
            errors.Add(new ContentError(chapter.Path, 1, $"This chapter's part ({chapter.Folder}/{ContentLoader.PartFileName}) has errors, so the chapter cannot be placed: fix the part file first."));
        }
        var claims = new Dictionary<FileKind, List<Claim>>
        {
            [FileKind.Part] = parts.Select(p => new Claim(p.Path, p.Slug, p.Order, "", p.Lines, [])).ToList(),
            [FileKind.Chapter] = chapters.Except(unplaced).Select(c => new Claim(c.Path, c.Slug, c.Order, c.Folder, c.Lines, c.Aliases)).ToList(),
            [FileKind.Role] = roles.Select(r => new Claim(r.Path, r.Slug, r.Order, "", r.Lines, r.Aliases)).ToList(),
            // A skill's order counts within its framework: each framework is listed on its own.
            [FileKind.Skill] = skills.Select(s => new Claim(s.Path, s.Slug, s.Order, s.Framework, s.Lines, s.Aliases)).ToList(),
        };
        var held = failed.Concat(unplaced.Select(c => new FailedFile(c.Path, FileKind.Chapter))).ToList();
        var stored = StoredSlugs(held.Select(f => f.Path).Concat(claims.Values.SelectMany(Clashing)));
        foreach (var (kind, list) in claims)
        {
            Unique(list, kind, held.Where(f => f.Kind == kind).Select(f => f.Path), stored);
        }

        // A broken file's slug still counts as known, so that one mistake is not reported again in every
        // file that links to it; its own errors say what is wrong.
        var served = failed.Select(f => stored.GetValueOrDefault(f.Path)).OfType<string>().Concat(claimed).ToHashSet(StringComparer.Ordinal);
        var chapterSlugs = chapters.Select(c => c.Slug).Concat(served).ToHashSet(StringComparer.Ordinal);
        var roleSlugs = roles.Select(r => r.Slug).Concat(served).ToHashSet(StringComparer.Ordinal);
        var pathwaySkills = skills.Where(s => s.Framework == ContentRules.Pathway2017).Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var currentSkills = skills.Where(s => s.Framework == ContentRules.CurrentFramework).Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            References(chapter.Path, chapter.Roles, roleSlugs, "role", "content/roles/");
        }
        foreach (var role in roles)
        {
            References(role.Path, role.Chapters, chapterSlugs, "chapter", "a chapter's front matter");
            CheckSkills(role.Path, role.Skills, pathwaySkills, served, "skills", "capability of the 2017 pathway");
            CheckStartHere(role, chapters);
            CheckSkills(role.Path, role.FrameworkSkills, currentSkills, served, "framework-skills", "skill of the current framework");
        }
        foreach (var skill in skills)
        {
            References(skill.Path, skill.Chapters, chapterSlugs, "chapter", "a chapter's front matter");
            References(skill.Path, skill.Replaces, pathwaySkills.Concat(served).ToHashSet(StringComparer.Ordinal), "2017 capability", "a skill file without 'framework: current'");
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

    /// <summary>What a document claims that no other of its kind may: its slug, its aliases and its order (within its part, for a chapter).</summary>
    private sealed record Claim(string Path, string Slug, int Order, string OrderGroup, HeaderLines Lines, IReadOnlyList<SlugRef> Aliases);

    private IReadOnlyDictionary<string, string> StoredSlugs(IEnumerable<string> paths)
    {
        var asked = paths.ToHashSet(StringComparer.Ordinal);
        if (asked.Count > 0 && storedSlugs is null)
        {
            StoredSlugsWanted = asked;
        }
        return storedSlugs ?? new Dictionary<string, string>();
    }

    /// <summary>The paths of the documents whose slug, alias or order another document of the same kind also claims.</summary>
    private static IEnumerable<string> Clashing(List<Claim> claims)
    {
        var names = claims.SelectMany(c => c.Aliases.Select(a => a.Slug).Prepend(c.Slug).Distinct().Select(n => (n, c.Path)))
            .GroupBy(x => x.n, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Select(x => x.Path));
        var orders = claims.GroupBy(c => (c.OrderGroup, c.Order)).Where(g => g.Count() > 1).SelectMany(g => g.Select(c => c.Path));
        return names.Concat(orders);
    }

    /// <summary>
    /// Each slug, alias and order belongs to one document of a kind, and a slug comes before any alias.
    /// In a clash, the file the store already holds keeps it (its page goes on being served, even while
    /// the file is broken) and the newcomer is the error; between newcomers, the first in file order.
    /// </summary>
    private void Unique(List<Claim> claims, FileKind kind, IEnumerable<string> held, IReadOnlyDictionary<string, string> stored)
    {
        var name = kind.ToString().ToLowerInvariant();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in held)
        {
            if (stored.TryGetValue(path, out var slug))
            {
                owners.TryAdd(slug, path);
            }
        }
        var ordered = claims.OrderBy(c => stored.ContainsKey(c.Path) ? 0 : 1).ToList();
        var orders = new Dictionary<(string, int), string>();
        foreach (var claim in ordered)
        {
            if (!owners.TryAdd(claim.Slug, claim.Path) && owners[claim.Slug] != claim.Path)
            {
                errors.Add(new ContentError(claim.Path, claim.Lines.Slug, $"The {name} slug '{claim.Slug}' is already used by {owners[claim.Slug]}: every {name} needs its own slug, so choose another."));
            }
            if (!orders.TryAdd((claim.OrderGroup, claim.Order), claim.Path))
            {
                var where = kind == FileKind.Chapter ? " in this part" : "";
                errors.Add(new ContentError(claim.Path, claim.Lines.Order, $"The order {claim.Order} is already used by {orders[(claim.OrderGroup, claim.Order)]}{where}: each {name} needs its own number."));
            }
        }
        foreach (var (claim, alias) in ordered.SelectMany(c => c.Aliases.Select(a => (c, a))))
        {
            if (!owners.TryAdd(alias.Slug, claim.Path) && owners[alias.Slug] != claim.Path)
            {
                errors.Add(new ContentError(claim.Path, alias.Line, $"The alias '{alias.Slug}' is already a slug or alias of {owners[alias.Slug]}: an old address can lead to one {name} only."));
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

    /// <summary>
    /// A role's levels in one framework: each names a skill of that framework, and every skill of it
    /// has one (a framework the content has no skills of asks for none).
    /// </summary>
    private void CheckSkills(string path, IReadOnlyList<SkillExpectation> expectations, IReadOnlySet<string> skillSlugs,
        IReadOnlySet<string> served, string field, string kind)
    {
        foreach (var expectation in expectations.Where(s => !skillSlugs.Contains(s.Skill) && !served.Contains(s.Skill)))
        {
            errors.Add(new ContentError(path, expectation.Line,
                $"Unknown skill '{expectation.Skill}' in '{field}': it is not a {kind}. Those are: {string.Join(", ", skillSlugs.Order(StringComparer.Ordinal))}."));
        }
        var missing = skillSlugs.Except(expectations.Select(s => s.Skill)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var line = expectations.Count > 0 ? expectations[0].Line - 1 : 1;
            errors.Add(new ContentError(path, line,
                $"Give the level this role expects for every {kind} in '{field}': '{string.Join("', '", missing)}' is missing."));
        }
    }

    /// <summary>A role's "Start here" picks from the reading of its chapters: those it lists and those tagged with it.</summary>
    private void CheckStartHere(RoleDocument role, IReadOnlyList<ChapterDocument> chapters)
    {
        if (role.StartHere.Count == 0)
        {
            return;
        }
        var listed = role.Chapters.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var reading = chapters.Where(c => listed.Contains(c.Slug) || c.Roles.Any(r => r.Slug == role.Slug))
            .SelectMany(c => c.Reading).Select(r => r.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var item in role.StartHere.Where(i => !reading.Contains(i.Url)))
        {
            errors.Add(new ContentError(role.Path, item.Line,
                $"'{item.Url}' is not in the reading or training of this role's chapters: 'start-here' picks from those, so that each item says which chapter it comes from."));
        }
    }

    /// <summary>The current framework's skills need the file that says which version of it they follow.</summary>
    public void CheckFramework(FrameworkDocument? framework, IReadOnlyList<SkillDocument> skills, IReadOnlyList<FailedFile> failed)
    {
        if (framework is null && failed.All(f => f.Kind != FileKind.Framework)
            && skills.FirstOrDefault(s => s.Framework == ContentRules.CurrentFramework) is { } first)
        {
            errors.Add(new ContentError(first.Path, 1,
                $"Skills with 'framework: current' need {ContentLoader.SkillsFolder}/{ContentLoader.FrameworkFileName}, saying which version of the framework they follow: add it with title, summary, version, reviewed and url."));
        }
    }

    /// <summary>Every glossary entry's <c>see:</c> leads to a chapter, role or skill of the set, and to a heading it has.</summary>
    public void CheckGlossary(GlossaryDocument? glossary, IReadOnlyList<ChapterDocument> chapters, IReadOnlyList<RoleDocument> roles, IReadOnlyList<SkillDocument> skills)
    {
        foreach (var entry in glossary?.Entries ?? [])
        {
            var see = entry.See;
            var (found, headings) = see.Kind switch
            {
                GlossaryTargetKind.Role => roles.FirstOrDefault(r => r.Slug == see.Slug) is { } role ? (true, role.Headings) : (false, []),
                GlossaryTargetKind.Skill => skills.FirstOrDefault(s => s.Slug == see.Slug) is { } skill ? (true, skill.Headings) : (false, []),
                _ => chapters.FirstOrDefault(c => c.Slug == see.Slug) is { } chapter ? (true, chapter.Headings) : (false, (IReadOnlyList<HeadingInfo>)[]),
            };
            if (!found)
            {
                errors.Add(new ContentError(glossary!.Path, entry.Line, $"'{entry.Term}': 'see: {see}' leads to no {see.Kind.ToString().ToLowerInvariant()}: check the slug."));
            }
            else if (see.Anchor is { } anchor && headings.All(h => h.Anchor != anchor))
            {
                errors.Add(new ContentError(glossary!.Path, entry.Line,
                    $"'{entry.Term}': 'see: {see}' names a heading that page does not have. Its headings are: {string.Join(", ", headings.Select(h => "#" + h.Anchor))}."));
            }
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
                var hint = chapters.FirstOrDefault(c => c.Aliases.Any(a => a.Slug == link.TargetSlug));
                errors.Add(new ContentError(path, link.Line, hint is null
                    ? $"The link to '/chapters/{link.TargetSlug}' leads to no chapter: check the slug."
                    : $"The link to '/chapters/{link.TargetSlug}' uses an old slug: link to '/chapters/{hint.Slug}' instead."));
            }
        }
    }
}
