using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class ModeratorConfiguration : IEntityTypeConfiguration<Moderator>
{
    public void Configure(EntityTypeBuilder<Moderator> moderator) => moderator.HasIndex(m => m.Email).IsUnique();
}
