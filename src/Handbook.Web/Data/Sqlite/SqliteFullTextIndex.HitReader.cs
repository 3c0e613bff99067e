using System.Globalization;
using Handbook.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Handbook.Web.Data.Sqlite;

public sealed partial class SqliteFullTextIndex
{
    /// <summary>
    /// Reads the hit for each page found. A title match links to the page itself; a headings match to
    /// the first section whose heading has every phrase (when one heading has them all); any other
    /// match to the first section that has them all. The snippet comes from that section (for a
    /// title match, the page's first), or from the page's whole text when no one section has every
    /// phrase.
    /// </summary>
    /// <remarks>
    /// The first such section in reading order, not the one BM25 ranks best: BM25 weighs each phrase
    /// by how rare it is, which FTS5 counts over the whole table on every query. The sections with
    /// the phrases are read once for a tier, in one pass over the index (a few thousand row ids for
    /// common words), and each page's first is looked up in its range: one seek in the index per
    /// page costs more than that pass for thirty pages.
    /// </remarks>
    private sealed class HitReader : IAsyncDisposable
    {
        private readonly SqliteFullTextIndex _index;
        private readonly string _match;
        private readonly Dictionary<Tier, long[]> _sectionsByTier = [];
        private readonly SqliteCommand _sectionSnippet;
        private readonly SqliteCommand _pageSnippet;

        public HitReader(SqliteFullTextIndex index, string match)
        {
            (_index, _match) = (index, match);
            // Every page and section found also has the phrases in some column: the snippet marks them all.
            _sectionSnippet = index.Command($"SELECT title, anchor, heading, {Snippet("SearchEntries", 4)} FROM SearchEntries WHERE SearchEntries MATCH $match AND rowid = $rowid");
            _pageSnippet = index.Command($"SELECT title, '', '', {Snippet("SearchPages", 2)} FROM SearchPages WHERE SearchPages MATCH $match AND rowid = $rowid");
            foreach (var snippet in new[] { _sectionSnippet, _pageSnippet })
            {
                snippet.Parameters.AddWithValue("$match", match);
                snippet.Parameters.Add("$rowid", SqliteType.Integer);
            }
        }

        public async Task<PageHit> ReadAsync(SearchPath page, Tier tier, CancellationToken cancellationToken)
        {
            var section = tier switch
            {
                Tier.Title => page.FirstEntry,
                // The phrases may be in several headings and no one of them: then as for any other match.
                Tier.Headings => FirstInRange(await SectionsAsync(Tier.Headings, cancellationToken), page)
                    ?? FirstInRange(await SectionsAsync(Tier.Anywhere, cancellationToken), page),
                _ => FirstInRange(await SectionsAsync(Tier.Anywhere, cancellationToken), page),
            };
            if (section is not null)
            {
                _sectionSnippet.Parameters["$rowid"].Value = section;
                await using var reader = await _sectionSnippet.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    return tier == Tier.Title
                        ? new PageHit(page.Path, reader.GetString(0), "", "", reader.GetString(3))
                        : new PageHit(page.Path, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
                }
            }

            _pageSnippet.Parameters["$rowid"].Value = page.Id;
            await using var whole = await _pageSnippet.ExecuteReaderAsync(cancellationToken);
            await whole.ReadAsync(cancellationToken);
            return new PageHit(page.Path, whole.GetString(0), "", "", whole.GetString(3));
        }

        /// <summary>Row ids, in order, of the sections with every phrase (in their heading, for the headings tier).</summary>
        private async Task<long[]> SectionsAsync(Tier tier, CancellationToken cancellationToken)
        {
            if (!_sectionsByTier.TryGetValue(tier, out var ids))
            {
                await using var command = _index.Command("SELECT rowid FROM SearchEntries WHERE SearchEntries MATCH $match ORDER BY rowid");
                command.Parameters.AddWithValue("$match", tier == Tier.Headings ? $"heading : ({_match})" : _match);
                var read = new List<long>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    read.Add(reader.GetInt64(0));
                }
                _sectionsByTier[tier] = ids = [.. read];
            }
            return ids;
        }

        private static long? FirstInRange(long[] ids, SearchPath page)
        {
            var at = Array.BinarySearch(ids, page.FirstEntry);
            var first = at >= 0 ? at : ~at;
            return first < ids.Length && ids[first] <= page.LastEntry ? ids[first] : null;
        }

        public async ValueTask DisposeAsync()
        {
            await _sectionSnippet.DisposeAsync();
            await _pageSnippet.DisposeAsync();
        }
    }
}
