using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Handbook.Web.Data.Configurations;

internal sealed class ModeratorSessionConfiguration : IEntityTypeConfiguration<ModeratorSession>
{
    public void Configure(EntityTypeBuilder<ModeratorSession> session)
    {
        session.HasIndex(s => s.Email);
        // As a number, so that SQLite can compare it (sessions past their lifetime are looked for by it).
        session.Property(s => s.CreatedAt).HasConversion(new DateTimeOffsetToBinaryConverter());
    }
}
