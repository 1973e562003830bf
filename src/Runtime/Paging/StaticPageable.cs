namespace Spoke.Paging;

/// <summary>The pageable of <see cref="CrmPageable{T}.FromPages(IEnumerable{CrmPage{T}})"/>: pages made in advance.</summary>
internal sealed class StaticPageable<T>(IReadOnlyList<CrmPage<T>> pages) : CrmPageable<T>
    where T : notnull
{
    public override IAsyncEnumerable<CrmPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var start = 0;
        if (continuationToken is not null)
        {
            var issuer = pages.ToList().FindIndex(page => page.ContinuationToken == continuationToken);
            start = issuer >= 0
                ? issuer + 1
                : throw new ArgumentException("The continuation token is not the token of any page of this pageable.", nameof(continuationToken));
        }

        return pages.Skip(start).ToAsyncEnumerable();
    }
}
