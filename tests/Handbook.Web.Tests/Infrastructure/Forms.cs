using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Handbook.Web.Tests.Infrastructure;

/// <summary>Fills in and posts forms as a browser would, antiforgery token included.</summary>
public static class Forms
{
    /// <summary>The form's current values (hidden fields, inputs, selected options, textareas).</summary>
    public static Dictionary<string, string> Values(IHtmlFormElement form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox", IsChecked: false }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    values[textArea.Name] = textArea.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values[select.Name] = select.Value ?? "";
                    break;
            }
        }
        return values;
    }

    /// <summary>Gets the page and the values of its form that posts to <paramref name="action"/>, antiforgery token included.</summary>
    public static async Task<Dictionary<string, string>> FormValuesAsync(this HttpClient client, string pageUrl, string action)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        return Values(page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.GetAttribute("action") == action));
    }

    /// <summary>Gets the page, takes its form (the one posting to <paramref name="action"/>), overrides some fields and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, string action, IDictionary<string, string> fields)
    {
        var values = await client.FormValuesAsync(pageUrl, action);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<IDocument> DocumentAsync(this HttpResponseMessage response) =>
        await Html.ParseAsync(await response.Content.ReadAsStringAsync());
}
