namespace XinxingPortal.OpenLab.Recipes;

internal sealed record LabEntry(
    string Id, string Slug, string Name, string HostUnit, string? Location = null, string? Manager = null, string? Contact = null, string? SafetyRules = null,
    string? Description = null, bool? Published = null, IReadOnlyList<string>? Managers = null);

internal sealed record InstrumentEntry(
    string Id, string Lab, string Slug, string Name, string Unit, string ClassificationCode, decimal OriginalValue,
    string? EnglishName = null, string? InternalNumber = null, string? Model = null, string? Manufacturer = null, string? Country = null, DateOnly? InServiceOn = null, string? Address = null, string? Status = null, string? Sharing = null, bool? Special = null, string? Specifications = null, string? Functions = null, string? Services = null, string? SharingRules = null, string? Fees = null, decimal? HourlyFee = null, string? Contact = null, IReadOnlyList<string>? Photos = null, bool? Published = null);

internal sealed record RulesEntry(
    string Instrument, int? SlotMinutes = null, int? MinMinutes = null, int? MaxMinutes = null, int? BufferBeforeMinutes = null, int? BufferAfterMinutes = null,
    int? MinNoticeHours = null, int? MaxNoticeDays = null, int? CancelDeadlineHours = null, int? NoShowGraceMinutes = null, int? CheckInMinutes = null, bool? ApprovalRequired = null, bool? QualificationRequired = null,
    int? WeeklyQuotaHours = null, int? MonthlyQuotaHours = null, IReadOnlyList<string>? Hours = null, IReadOnlyList<BlackoutEntry>? Blackouts = null);

/// <summary>Beijing wall-clock times, "2026-10-01T00:00".</summary>
internal sealed record BlackoutEntry(string Id, DateTime Start, DateTime End, string Reason);

internal sealed record QualificationEntry(string Id, string Instrument, string UserName, DateOnly GrantedOn, string? Note = null, DateOnly? RevokedOn = null, string? RevokeNote = null);
