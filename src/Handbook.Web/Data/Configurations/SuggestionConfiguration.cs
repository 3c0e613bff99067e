using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> suggestion)
    {
        suggestion.HasIndex(s => s.Reference).IsUnique();
        suggestion.HasIndex(s => new { s.Status, s.PagePath });
        suggestion.Property(s => s.Status).HasConversion<string>();
    }
}
