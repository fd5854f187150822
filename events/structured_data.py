"""An event's repetition as a schema.org ``Schedule``, built from the same fields and the same
local-time rule as ``events.occurrences``, so what search engines read matches the calendar."""

from zoneinfo import ZoneInfo

from events.occurrences import duration_of

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def iso_duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = (
        (f"{hours}H" if hours else "")
        + (f"{minutes}M" if minutes else "")
        + (f"{seconds}S" if seconds else "")
    )
    return f"PT{parts or '0S'}"


def schedule(event, zone: ZoneInfo) -> dict:
    """The ``eventSchedule`` of a recurring event (weekly or monthly, every N)."""
    local_start = event.starts_at.astimezone(zone)
    length = duration_of(event)
    unit = "W" if event.repeat == "weekly" else "M"
    data = {
        "@type": "Schedule",
        "repeatFrequency": f"P{max(event.repeat_interval, 1)}{unit}",
        "startDate": local_start.date().isoformat(),
        "scheduleTimezone": zone.key,
        "duration": iso_duration(int(length.total_seconds())),
    }
    if event.repeat == "weekly":
        data["byDay"] = f"https://schema.org/{WEEKDAYS[local_start.weekday()]}"
    else:
        data["byMonthDay"] = local_start.day
    if not event.all_day:
        data["startTime"] = local_start.strftime("%H:%M:%S")
        data["endTime"] = (local_start + length).strftime("%H:%M:%S")
    # The rule stops at the earlier of the two, and the date wins when both are set.
    if event.repeat_until:
        data["endDate"] = event.repeat_until.isoformat()
    elif event.repeat_count:
        data["repeatCount"] = event.repeat_count
    cancelled = event.cancelled_date_list()
    if cancelled:
        data["exceptDate"] = [day.isoformat() for day in cancelled]
    return data
