using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> skill)
    {
        skill.HasIndex(s => s.Slug).IsUnique();
        skill.OwnsMany(s => s.Headings, heading => heading.ToJson());
        skill.OwnsMany(s => s.Changes, change => change.ToJson());
        skill.HasMany(s => s.Levels).WithOne().HasForeignKey(l => l.SkillId).OnDelete(DeleteBehavior.Cascade);
    }
}
