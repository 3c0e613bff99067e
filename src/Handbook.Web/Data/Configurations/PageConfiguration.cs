using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> page)
    {
        page.HasIndex(p => p.Slug).IsUnique();
        page.HasIndex(p => p.Sequence);
        page.OwnsMany(p => p.Headings, heading => heading.ToJson());
        page.OwnsMany(p => p.Changes, change => change.ToJson());
        page.HasMany(p => p.ReadingItems).WithOne(r => r.Page).HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Cascade);
    }
}
