using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Outreach.Data;

namespace XinxingPortal.Outreach.Events;

/// <summary>Keeps an event's seat row in step with its capacity; capacity may not drop below the seats already taken.</summary>
internal sealed class SeatBook(IPortalDb db)
{
    /// <summary>Stages the capacity; false when it is below the seats already taken.</summary>
    public async Task<bool> SetCapacityAsync(string eventSet, int capacity, CancellationToken ct)
    {
        var seats = await db.Set<EventSeats>().FirstOrDefaultAsync(s => s.EventSet == eventSet, ct);
        if (seats is null)
        {
            db.Set<EventSeats>().Add(new EventSeats { EventSet = eventSet, Capacity = capacity });
        }
        else if (seats.Capacity != capacity)
        {
            if (capacity < seats.Taken)
            {
                return false;
            }

            seats.Capacity = capacity;
        }

        return true;
    }
}
