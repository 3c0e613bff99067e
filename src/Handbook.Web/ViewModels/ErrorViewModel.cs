namespace Handbook.Web.ViewModels;

public sealed record ErrorViewModel(PageMeta Meta, int StatusCode, string? RequestId) : IHasPageMeta;
