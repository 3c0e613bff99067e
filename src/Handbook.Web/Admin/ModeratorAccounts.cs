using System.Security.Cryptography;
using System.Text;
using Handbook.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Admin;

/// <summary>Adds and removes moderators and checks their passwords, which are stored only as salted hashes.</summary>
public sealed class ModeratorAccounts(HandbookDbContext db, TimeProvider time)
{
    public const int MinimumPasswordLength = 12;

    /// <summary>How long a session lasts from sign-in, however active: then the moderator signs in again.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromDays(7);

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

    /// <summary>The moderator signing in if the password is right; null, after the same work, if not.</summary>
    public async Task<SignedInModerator?> VerifyAsync(string? email, string? password, CancellationToken cancellationToken = default)
    {
        var normalized = Normalize(email ?? "");
        var moderator = await db.Moderators.AsNoTracking().FirstOrDefaultAsync(m => m.Email == normalized, cancellationToken);
        var result = Hasher.VerifyHashedPassword(moderator!, moderator?.PasswordHash ?? UnknownUserHash, password ?? "");
        return moderator is not null && result != PasswordVerificationResult.Failed ? new SignedInModerator(moderator.Email, StampOf(moderator)) : null;
    }

    /// <summary>Removes a moderator: their sessions end at their next request. Returns false if there was none.</summary>
    public async Task<bool> RemoveAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = Normalize(email);
        await db.ModeratorSessions.Where(s => s.Email == normalized).ExecuteDeleteAsync(cancellationToken);
        return await db.Moderators.Where(m => m.Email == normalized).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>
    /// Starts a session for a moderator who has just signed in, and returns its id for their cookie.
    /// Sessions past <see cref="SessionLifetime"/>, anyone's, are deleted on the way.
    /// </summary>
    public async Task<string> StartSessionAsync(string email, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var expired = now - SessionLifetime;
        await db.ModeratorSessions.Where(s => s.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);
        var session = new ModeratorSession { Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), Email = email, CreatedAt = now };
        db.ModeratorSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Ends a session on the server: its cookie, kept or copied, no longer signs anyone in.</summary>
    public Task EndSessionAsync(string? sessionId, CancellationToken cancellationToken = default) =>
        sessionId is null ? Task.CompletedTask : db.ModeratorSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// Whether a session may go on: it has not been signed out of nor outlived <see cref="SessionLifetime"/>,
    /// the moderator is still there, and their password has not been set anew since it was signed in
    /// with this stamp (a new password ends every other session, a lost laptop's too).
    /// </summary>
    public async Task<bool> IsCurrentAsync(string? email, string? stamp, string? sessionId, CancellationToken cancellationToken = default)
    {
        if (email is null || stamp is null || sessionId is null)
        {
            return false;
        }
        var moderator = await db.Moderators.AsNoTracking().FirstOrDefaultAsync(m => m.Email == email, cancellationToken);
        if (moderator is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(StampOf(moderator)), Encoding.ASCII.GetBytes(stamp)))
        {
            return false;
        }
        var expired = time.GetUtcNow() - SessionLifetime;
        return await db.ModeratorSessions.AnyAsync(s => s.Id == sessionId && s.Email == email && s.CreatedAt >= expired, cancellationToken);
    }

    // Changes with the password hash (salted, so with every new password), and tells nothing of it.
    private static string StampOf(Moderator moderator) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(moderator.PasswordHash)));

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}

/// <summary>A moderator whose password was right, and the stamp their session carries (<see cref="ModeratorAccounts.IsCurrentAsync"/>).</summary>
public sealed record SignedInModerator(string Email, string Stamp)
{
    public const string StampClaim = "handbook:stamp";

    /// <summary>The claim that names the session in the store (<see cref="ModeratorSession"/>).</summary>
    public const string SessionClaim = "handbook:session";
}
