using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class RoleSkillConfiguration : IEntityTypeConfiguration<RoleSkill>
{
    public void Configure(EntityTypeBuilder<RoleSkill> expectation)
    {
        expectation.HasIndex(e => new { e.RoleId, e.SkillId }).IsUnique();
        expectation.HasOne(e => e.Skill).WithMany().HasForeignKey(e => e.SkillId).OnDelete(DeleteBehavior.Cascade);
    }
}
