using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Handbook.Web.Data.Configurations;

internal sealed class GlossaryConfiguration : IEntityTypeConfiguration<Glossary>
{
    public void Configure(EntityTypeBuilder<Glossary> glossary) =>
        glossary.OwnsMany(g => g.Terms, term => term.ToJson());
}
