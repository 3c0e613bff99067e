using System.Security.Cryptography;
using System.Text;

namespace Handbook.Web.Http;

/// <summary>
/// The one inline script on every page: it marks the page as one this browser runs script on, at the
/// top of the body, before anything is painted. The stylesheet collapses the header's navigation on a
/// phone only under that mark, so the collapse is never a shift after the page appears, and without
/// script the navigation stays open. The policy allows this script by its hash and no other.
/// </summary>
public static class InlineScript
{
    public const string MarkScriptEnabled = "document.body.classList.add(\"hb-js\")";

    /// <summary>The script's source for the Content-Security-Policy: <c>'sha256-…'</c>.</summary>
    public static readonly string PolicySource = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(MarkScriptEnabled)))}'";
}
