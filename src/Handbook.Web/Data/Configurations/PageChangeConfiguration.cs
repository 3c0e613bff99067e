using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class PageChangeConfiguration : IEntityTypeConfiguration<PageChange>
{
    public void Configure(EntityTypeBuilder<PageChange> change) => change.Property(c => c.Kind).HasConversion<string>();
}
