using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Admin;
using XinxingPortal.OpenLab.Data;

namespace XinxingPortal.OpenLab.Recipes;

/// <summary>Sets an instrument's booking rules, opening hours and blackouts (blackouts upserted by id).</summary>
internal sealed class InstrumentRulesStep(IPortalDb db) : IRecipeStepHandler
{
    public string StepName => "instrument-rules";
    public string FeatureId => OpenLabFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        for (var i = 0; i < model.Rules.Count; i++)
        {
            var e = model.Rules[i];
            var at = $".rules[{i}]";
            if (!await db.Set<Instrument>().AnyAsync(x => x.ContentItemId == e.Instrument && x.Latest, cancellationToken))
            {
                throw context.Error(at + ".instrument", $"no instrument '{e.Instrument}' (add it with an instruments step first)");
            }

            var hours = new List<OpeningPeriod>();
            for (var h = 0; h < (e.Hours?.Count ?? 0); h++)
            {
                hours.Add(OpeningHoursText.Parse(e.Hours![h]) ?? throw context.Error($"{at}.hours[{h}]", "write a period as \"Mon 08:30-12:00\" (closing after opening; 24:00 for midnight)"));
            }

            var input = new RulesInput
            {
                SlotMinutes = e.SlotMinutes ?? 30, MinMinutes = e.MinMinutes ?? 30, MaxMinutes = e.MaxMinutes ?? 480,
                BufferBeforeMinutes = e.BufferBeforeMinutes ?? 0, BufferAfterMinutes = e.BufferAfterMinutes ?? 0, MinNoticeHours = e.MinNoticeHours ?? 24,
                MaxNoticeDays = e.MaxNoticeDays ?? 60, CancelDeadlineHours = e.CancelDeadlineHours ?? 24, NoShowGraceMinutes = e.NoShowGraceMinutes ?? 30, CheckInMinutes = e.CheckInMinutes ?? 15, ApprovalRequired = e.ApprovalRequired ?? true,
                QualificationRequired = e.QualificationRequired ?? false, WeeklyQuotaHours = e.WeeklyQuotaHours ?? 0, MonthlyQuotaHours = e.MonthlyQuotaHours ?? 0,
            };
            if (input.SlotMinutes is < 5 or > 240 || input.MinMinutes < input.SlotMinutes || input.MaxMinutes < input.MinMinutes)
            {
                throw context.Error(at + ".slotMinutes", "slot 5–240 minutes, minMinutes ≥ slotMinutes, maxMinutes ≥ minMinutes");
            }

            if (input.MaxMinutes > RulesInput.LongestBookingMinutes)
            {
                throw context.Error(at + ".maxMinutes", $"at most {RulesInput.LongestBookingMinutes} minutes (a week)");
            }

            if (input.BufferBeforeMinutes is < 0 or > RulesInput.LongestBufferMinutes || input.BufferAfterMinutes is < 0 or > RulesInput.LongestBufferMinutes)
            {
                throw context.Error(at + ".bufferBeforeMinutes", $"a buffer is 0–{RulesInput.LongestBufferMinutes} minutes");
            }

            if (input.NoShowGraceMinutes is < 0 or > 1440)
            {
                throw context.Error(at + ".noShowGraceMinutes", "0–1440 minutes after the start");
            }

            if (input.CheckInMinutes is < 0 or > 240)
            {
                throw context.Error(at + ".checkInMinutes", "0–240 minutes before the start");
            }

            var rules = await db.Set<InstrumentRules>().FirstOrDefaultAsync(r => r.InstrumentId == e.Instrument, cancellationToken)
                ?? db.Set<InstrumentRules>().Local.FirstOrDefault(r => r.InstrumentId == e.Instrument);
            if (rules is null)
            {
                rules = new InstrumentRules { InstrumentId = e.Instrument };
                db.Set<InstrumentRules>().Add(rules);
            }

            input.ApplyTo(rules, hours);
            for (var b = 0; b < (e.Blackouts?.Count ?? 0); b++)
            {
                var x = e.Blackouts![b];
                if (x.End <= x.Start || x.Id.Length is 0 or > 64 || x.Reason.Length is 0 or > 256)
                {
                    throw context.Error($"{at}.blackouts[{b}]", "a blackout needs an id, a reason (≤ 256) and an end after its start");
                }

                var blackout = await db.Set<Blackout>().FirstOrDefaultAsync(y => y.Id == x.Id, cancellationToken);
                if (blackout is null)
                {
                    blackout = new Blackout { Id = x.Id };
                    db.Set<Blackout>().Add(blackout);
                }

                blackout.InstrumentId = e.Instrument;
                blackout.StartUtc = BeijingTime.ToUtc(x.Start);
                blackout.EndUtc = BeijingTime.ToUtc(x.End);
                blackout.Reason = x.Reason;
            }
        }
    }

    private sealed record Model(IReadOnlyList<RulesEntry> Rules);
}
