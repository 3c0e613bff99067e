namespace Handbook.Content;

/// <summary>A role on the product management career pathway.</summary>
public sealed record PathwayRole(string Slug, string Name, string Stage);

/// <summary>The career pathway, in order, from the first role to the last.</summary>
public static class CareerPathway
{
    public const string ProductManagement = "Product management";
    public const string ProductLeadership = "Product leadership";

    public static readonly IReadOnlyList<PathwayRole> Roles =
    [
        new("associate-product-manager", "Associate Product Manager", ProductManagement),
        new("product-manager", "Product Manager", ProductManagement),
        new("senior-product-manager", "Senior Product Manager", ProductLeadership),
        new("lead-product-manager", "Lead Product Manager", ProductLeadership),
        new("head-of-product", "Head of Product", ProductLeadership),
    ];
}
