using Handbook.Content;

namespace Handbook.Web.Assessment;

/// <summary>Where a reader's level stands against the level a role expects.</summary>
public enum Standing
{
    Below,
    At,
    Above,
}

/// <summary>
/// A reader's self-assessment as its address carries it: one query parameter per current skill, named
/// by the skill's slug and valued by the level's name (<c>?agile-and-lean-practices=working</c>). Read
/// from the query and nowhere else: nothing of it is stored, logged or put in a cookie.
/// </summary>
/// <param name="Levels">The level given for each answered skill, by slug.</param>
/// <param name="Unknown">The skills whose value is not a level, with what was given, for the error summary.</param>
public sealed record Answers(IReadOnlyDictionary<string, string> Levels, IReadOnlyDictionary<string, string> Unknown)
{
    /// <summary>The answers for <paramref name="skills"/> in <paramref name="query"/>; an empty value is no answer.</summary>
    public static Answers Read(IEnumerable<string> skills, Func<string, string?> query)
    {
        var levels = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            var value = query(skill)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            if (ContentRules.Levels.Contains(value.ToLowerInvariant()))
            {
                levels[skill] = value.ToLowerInvariant();
            }
            else
            {
                unknown[skill] = value;
            }
        }
        return new Answers(levels, unknown);
    }

    public bool Any => Levels.Count > 0;

    /// <summary>How <paramref name="level"/> stands against <paramref name="expected"/>.</summary>
    public static Standing Against(string level, string expected) => ContentRules.Step(expected, level) switch
    {
        LevelStep.Rises => Standing.Above,
        LevelStep.Falls => Standing.Below,
        _ => Standing.At,
    };

    /// <summary>The query that gives these answers back, skills in the order given.</summary>
    public string ToQuery(IEnumerable<string> skills, string? against = null) =>
        QueryString.Create(skills.Where(Levels.ContainsKey).Select(s => KeyValuePair.Create(s, (string?)Levels[s]))
            .Concat(against is null ? [] : [KeyValuePair.Create("against", (string?)against)])).ToUriComponent();
}
