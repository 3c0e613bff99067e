using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Handbook.Content;

/// <summary>
/// Reads typed fields out of a YAML front matter mapping, recording each problem with the file line
/// it is on rather than stopping at the first.
/// </summary>
internal sealed class FrontMatter
{
    private readonly YamlMappingNode _root;
    private readonly string _path;
    private readonly int _firstLine;
    private readonly List<ContentError> _errors;
    private readonly int _blockLine;

    private FrontMatter(YamlMappingNode root, string path, int firstLine, List<ContentError> errors)
    {
        _root = root;
        _path = path;
        _firstLine = firstLine;
        _errors = errors;
        _blockLine = firstLine - 1;
    }

    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file.
    /// Returns null (with an error recorded) when it is not a YAML mapping.
    /// </summary>
    public static FrontMatter? Parse(string yaml, string path, int firstLine, List<ContentError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            errors.Add(new ContentError(path, firstLine + (int)ex.Start.Line - 1,
                $"The front matter is not valid YAML: {Clean(message)}. Check quoting and indentation on this line."));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some malformed flow lists without saying where.
            errors.Add(new ContentError(path, firstLine,
                "The front matter is not valid YAML: check that every '[' has its ']' and every quote is closed."));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(path, firstLine,
                "The front matter must be a list of 'field: value' lines (a YAML mapping)."));
            return null;
        }

        return new FrontMatter(root, path, firstLine, errors);
    }

    public int LineOf(YamlNode node) => _firstLine + (int)node.Start.Line - 1;

    public void Error(YamlNode? node, string message) =>
        _errors.Add(new ContentError(_path, node is null ? _blockLine : LineOf(node), message));

    /// <summary>Records an error on the line of the field's name.</summary>
    public void ErrorOnField(string key, string message) => Error(FieldName(key), message);

    /// <summary>The line of the field's name; the opening '---' if there is no such field.</summary>
    public int LineOfField(string key) => FieldName(key) is { } name ? LineOf(name) : _blockLine;

    private YamlNode? FieldName(string key) => _root.Children.Keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == key);

    /// <summary>Records an error for every key that is not in <paramref name="known"/>.</summary>
    public void RejectUnknownKeys(params string[] known) => RejectUnknownKeys(_root, known);

    public void RejectUnknownKeys(YamlMappingNode map, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Error(key, $"Unknown field '{name}'. Known fields here: {string.Join(", ", known)}.");
            }
        }
    }

    public string? String(string key, bool required) => String(_root, key, required);

    public string? String(YamlMappingNode map, string key, bool required)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            if (required)
            {
                Error(map == _root ? null : map, $"The field '{key}' is missing: add '{key}: …'.");
            }
            return null;
        }
        if (node is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
        {
            Error(node, $"The field '{key}' must be a single line of text.");
            return null;
        }
        return scalar.Value.Trim();
    }

    public int? Integer(string key, bool required)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }
        ErrorOnField(key, $"The field '{key}' must be a whole number above 0, not '{text}'.");
        return null;
    }

    /// <summary>A calendar date written YYYY-MM-DD; null (with an error if it is written otherwise) when absent.</summary>
    public DateOnly? Date(string key) => Date(_root, key, required: false);

    /// <summary>A calendar date written YYYY-MM-DD in a mapping, such as an item of a list.</summary>
    public DateOnly? Date(YamlMappingNode map, string key, bool required)
    {
        var text = String(map, key, required);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }
        Error(map.Children[new YamlScalarNode(key)], $"The field '{key}' must be a date written YYYY-MM-DD, such as 2025-03-14, not '{text}'.");
        return null;
    }

    public bool Boolean(YamlMappingNode map, string key)
    {
        var text = String(map, key, required: false);
        if (text is null)
        {
            return false;
        }
        if (bool.TryParse(text, out var value))
        {
            return value;
        }
        Error(map.Children[new YamlScalarNode(key)], $"The field '{key}' must be true or false, not '{text}'.");
        return false;
    }

    /// <summary>The value of a top-level field, if the front matter has it.</summary>
    public YamlNode? Field(string key) => _root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string Clean(string message) => message.TrimEnd('.');
}
