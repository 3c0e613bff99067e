using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class ContentStateConfiguration : IEntityTypeConfiguration<ContentState>
{
    public void Configure(EntityTypeBuilder<ContentState> state) =>
        state.Property(s => s.Id).ValueGeneratedNever();
}
