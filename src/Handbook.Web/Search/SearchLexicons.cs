using Handbook.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Search;

/// <summary>
/// The lexicon and the vocabulary of the content version being served, each read from the store once
/// per version, when first asked for, and kept until the version changes.
/// </summary>
public sealed class SearchLexicons(IServiceScopeFactory scopes, ContentSync sync)
{
    private (string Version, Task<SearchLexicon> Lexicon)? _lexicon;
    private (string Version, Task<Vocabulary> Vocabulary)? _vocabulary;
    private readonly Lock _lock = new();

    public Task<SearchLexicon> LexiconAsync() => Current(ref _lexicon, db => SearchLexicon.ReadAsync(db, CancellationToken.None));

    public Task<Vocabulary> VocabularyAsync() => Current(ref _vocabulary, db => Vocabulary.ReadAsync(db.FullText, CancellationToken.None));

    /// <summary>The value for the current version: the one kept, or a new read (one at a time per version, never cancelled by a reader leaving).</summary>
    private Task<T> Current<T>(ref (string Version, Task<T> Value)? kept, Func<HandbookDbContext, Task<T>> read)
    {
        var version = sync.CurrentVersion;
        lock (_lock)
        {
            if (kept is { } k && k.Version == version && !k.Value.IsFaulted)
            {
                return k.Value;
            }
            var task = ReadAsync(read);
            kept = (version, task);
            return task;
        }
    }

    private async Task<T> ReadAsync<T>(Func<HandbookDbContext, Task<T>> read)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            return await read(db);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
