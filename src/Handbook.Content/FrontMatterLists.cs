using YamlDotNet.RepresentationModel;

namespace Handbook.Content;

/// <summary>The front matter's fields that hold lists and mappings, each item checked as it is read.</summary>
internal static class FrontMatterLists
{
    /// <summary>A list of single-line strings, written either as [a, b] or as '- a' lines.</summary>
    public static IReadOnlyList<(string Value, YamlNode Node)> StringList(this FrontMatter fields, string key) =>
        fields.Field(key) is { } node ? StringList(fields, node, key) : [];

    /// <summary>The same, for a field of an item of a list, such as a glossary entry's <c>also:</c>.</summary>
    public static IReadOnlyList<(string Value, YamlNode Node)> StringList(this FrontMatter fields, YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? StringList(fields, node, key) : [];

    private static List<(string Value, YamlNode Node)> StringList(FrontMatter fields, YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            fields.Error(node, $"The field '{key}' must be a list, such as [first, second].");
            return [];
        }
        var values = new List<(string, YamlNode)>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add((value.Trim(), item));
            }
            else
            {
                fields.Error(item, $"Each item of '{key}' must be a single line of text.");
            }
        }
        return values;
    }

    /// <summary>
    /// A mapping of single-line values, such as a role's skills (skill: level), as (key, value, line)
    /// entries; an empty list (with an error when required) if it is missing or not a mapping.
    /// </summary>
    public static IReadOnlyList<(string Key, string Value, int Line)> Pairs(this FrontMatter fields, string key, bool required)
    {
        if (fields.Field(key) is not { } node)
        {
            if (required)
            {
                fields.Error(null, $"The field '{key}' is missing: add '{key}:' followed by indented 'name: value' lines.");
            }
            return [];
        }
        if (node is not YamlMappingNode map)
        {
            fields.Error(node, $"The field '{key}' must be indented 'name: value' lines.");
            return [];
        }
        var pairs = new List<(string, string, int)>();
        foreach (var (name, value) in map.Children)
        {
            if (name is YamlScalarNode { Value: { Length: > 0 } k } && value is YamlScalarNode { Value: { Length: > 0 } v })
            {
                pairs.Add((k.Trim(), v.Trim(), fields.LineOf(name)));
            }
            else
            {
                fields.Error(name, $"Each line of '{key}' must be 'name: value' with a single-line value.");
            }
        }
        return pairs;
    }

    /// <summary>A list of mappings, such as the reading list.</summary>
    /// <param name="example">The first line of an item, for errors: "title: …" for a reading list.</param>
    public static IReadOnlyList<YamlMappingNode> MappingList(this FrontMatter fields, string key, string example = "title: …")
    {
        if (fields.Field(key) is not { } node)
        {
            return [];
        }
        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            fields.Error(node, $"The field '{key}' must be a list of items, each starting with '- {example}'.");
            return [];
        }
        var maps = new List<YamlMappingNode>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode map)
            {
                maps.Add(map);
            }
            else
            {
                fields.Error(item, $"Each item of '{key}' must be fields on their own lines, starting with '- {example}'.");
            }
        }
        return maps;
    }
}
