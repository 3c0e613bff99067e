using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class PartConfiguration : IEntityTypeConfiguration<Part>
{
    public void Configure(EntityTypeBuilder<Part> part)
    {
        part.HasIndex(p => p.Slug).IsUnique();
        part.HasMany(p => p.Pages).WithOne(p => p.Part).HasForeignKey(p => p.PartId).OnDelete(DeleteBehavior.Cascade);
    }
}
