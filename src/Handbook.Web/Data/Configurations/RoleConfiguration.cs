using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> role)
    {
        role.HasIndex(r => r.Slug).IsUnique();
        role.OwnsMany(r => r.Headings, heading => heading.ToJson());
        role.OwnsMany(r => r.Changes, change => change.ToJson());
        role.OwnsMany(r => r.StartHere, item => item.ToJson());
        role.HasMany(r => r.Skills).WithOne().HasForeignKey(s => s.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}
