using Handbook.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Admin;

/// <summary>Adds moderators and checks their passwords, which are stored only as salted hashes.</summary>
public sealed class ModeratorAccounts(HandbookDbContext db, TimeProvider time)
{
    public const int MinimumPasswordLength = 12;

    private static readonly PasswordHasher<Moderator> Hasher = new();

    // Verified against when the email is unknown, so that a wrong email takes as long as a wrong password.
    private static readonly string UnknownUserHash = Hasher.HashPassword(null!, "not-a-real-password-" + Guid.NewGuid());

    /// <summary>Adds a moderator, or sets a new password for an existing one. Returns true if added.</summary>
    public async Task<bool> AddOrUpdateAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        var normalized = Normalize(email);
        var moderator = await db.Moderators.FirstOrDefaultAsync(m => m.Email == normalized, cancellationToken);
        var added = moderator is null;
        moderator ??= db.Moderators.Add(new Moderator { Email = normalized, PasswordHash = "", CreatedAt = time.GetUtcNow() }).Entity;
        moderator.PasswordHash = Hasher.HashPassword(moderator, password);
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>The moderator's email if the password is right; null, after the same work, if not.</summary>
    public async Task<string?> VerifyAsync(string? email, string? password, CancellationToken cancellationToken = default)
    {
        var normalized = Normalize(email ?? "");
        var moderator = await db.Moderators.AsNoTracking().FirstOrDefaultAsync(m => m.Email == normalized, cancellationToken);
        var result = Hasher.VerifyHashedPassword(moderator!, moderator?.PasswordHash ?? UnknownUserHash, password ?? "");
        return moderator is not null && result != PasswordVerificationResult.Failed ? moderator.Email : null;
    }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
