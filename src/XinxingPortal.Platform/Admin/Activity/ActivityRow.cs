namespace XinxingPortal.Platform.Admin.Activity;

/// <summary>
/// One audit entry as the admin home shows it. <paramref name="Msgid"/> is set for a known action and is localized in
/// the view; otherwise <paramref name="Words"/> spells the code out. <paramref name="Url"/> is the item's admin page.
/// </summary>
internal sealed record ActivityRow(DateTime AtUtc, string? User, string Action, string? Msgid, string Words, string Subject, string? Url);
