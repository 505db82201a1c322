using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;

namespace XinxingPortal.UnitTests.Kernel;

/// <summary>
/// A deadlock (two overlapping bookings, two publishes) is tried again however the provider hands it over: Npgsql's execution
/// strategy wraps it as a transient failure, which once slipped past a check that only looked one level down and
/// answered a booking with an error page.
/// </summary>
public sealed class DatabaseErrorsTests
{
    [Fact]
    public void A_deadlock_is_recognised_inside_the_providers_transient_failure_wrapper()
    {
        var update = new DbUpdateException("saving", new StateException("40P01"));
        var wrapped = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", update);

        Assert.True(DatabaseErrors.IsDeadlock(update));
        Assert.True(DatabaseErrors.IsDeadlock(wrapped));
    }

    [Fact]
    public void Other_database_errors_are_not_taken_for_a_deadlock()
    {
        Assert.False(DatabaseErrors.IsDeadlock(new InvalidOperationException("x", new DbUpdateException("saving", new StateException("23P01")))));
        Assert.False(DatabaseErrors.IsDeadlock(new DbUpdateException("saving", new InvalidOperationException("no state"))));
    }

    private sealed class StateException(string state) : DbException("database error")
    {
        public override string SqlState => state;
    }
}
