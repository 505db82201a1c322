namespace XinxingPortal.Abstractions.Jobs;

/// <summary>
/// A module's periodic work for one tenant, such as marking bookings nobody used as no-shows. The kernel runs every
/// registered job (a scoped service) once a round for each running tenant whose <see cref="FeatureId"/> is on, on one
/// node at a time (an <see cref="IJobLock"/> per tenant and job). The job reads what is due from the database and
/// commits its own changes, so a restart or a node that was down loses nothing: the next round finds the same work.
/// </summary>
public interface ITenantJob
{
    /// <summary>Names the job's lock and its log lines; never change it once shipped.</summary>
    string Name { get; }

    /// <summary>The feature the job belongs to; tenants where it is off never run the job.</summary>
    string FeatureId { get; }

    /// <summary>Does whatever is due now and commits it; must be safe to run again at any moment.</summary>
    Task RunAsync(CancellationToken ct);
}
