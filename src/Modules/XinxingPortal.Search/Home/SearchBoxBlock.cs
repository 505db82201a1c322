using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Search;

namespace XinxingPortal.Search.Home;

/// <summary>
/// The home page's search box (GOV.UK puts search first): a GET form to the search page. It belongs to this module so
/// that a layout naming it on a site without search is refused, or left out, like any block of a disabled feature.
/// </summary>
internal sealed class SearchBoxBlock(IStringLocalizer<SearchBoxBlock> t) : IHomeBlockSource
{
    public string BlockType => "search.box";
    public string FeatureId => SearchFeature.Id;
    public string DisplayName => "Search box";
    public IReadOnlyList<string> Filters => [];

    public Task<HomeBlockContent?> LoadAsync(HomeBlockQuery query, CancellationToken ct) =>
        Task.FromResult<HomeBlockContent?>(new HomeBlockContent(t["Find policies, notices and services"], "/search", [])
        {
            SearchBox = new HomeSearchBox("/search", t["Search the site"], t["Search"]),
        });
}
