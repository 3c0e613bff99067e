using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class ReadingItemConfiguration : IEntityTypeConfiguration<ReadingItem>
{
    public void Configure(EntityTypeBuilder<ReadingItem> item) =>
        item.Property(r => r.List).HasConversion<string>();
}
