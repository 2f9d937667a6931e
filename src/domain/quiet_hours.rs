//! Quiet hours: a daily window, on the user's clock, in which herald sends no email. What
//! comes due inside it waits until the window ends, and then goes out as one digest.
//!
//! Written `22:00-08:00` (stored and configured so) or `{"start": "22:00", "end": "08:00"}`
//! (the API). A window whose end is earlier than its start crosses midnight. On a day with a
//! daylight-saving change, the local times are taken as that day's clock shows them: an end at
//! 02:30 on a night that skips from 02:00 to 03:00 ends at 03:30 (where the clock would be had
//! it not jumped), and on a night that repeats 02:00–03:00 the window ends at the first 02:30
//! and is not quiet again in the repeated hour.

use std::fmt;
use std::str::FromStr;

use jiff::Timestamp;
use jiff::civil::Time;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuietHours {
    /// When the quiet starts, `HH:MM` on the user's clock.
    #[serde(with = "hh_mm")]
    #[schema(value_type = String, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", example = "22:00")]
    pub start: Time,
    /// When it ends; earlier than `start` for a window across midnight.
    #[serde(with = "hh_mm")]
    #[schema(value_type = String, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", example = "08:00")]
    pub end: Time,
}

#[derive(Debug, thiserror::Error)]
pub enum QuietHoursError {
    #[error("`{0}` is not a time of day written HH:MM")]
    Time(String),
    #[error("quiet hours are written `22:00-08:00`")]
    Shape,
    #[error("quiet hours must not start and end at the same time")]
    Empty,
}

impl QuietHours {
    pub fn new(start: Time, end: Time) -> Result<Self, QuietHoursError> {
        if start == end {
            return Err(QuietHoursError::Empty);
        }
        Ok(Self { start, end })
    }

    /// `Some(end)` when `now` falls inside the window on the clock of `zone`: the instant the
    /// window ends (the next `end` after `now`).
    pub fn until(&self, now: Timestamp, zone: &TimeZone) -> Option<Timestamp> {
        let local = now.to_zoned_datetime(zone.clone());
        let time = local.time();
        let inside = if self.start < self.end {
            self.start <= time && time < self.end
        } else {
            time >= self.start || time < self.end
        };
        if !inside {
            return None;
        }
        let mut day = local.date();
        if time >= self.end {
            day = day.tomorrow().ok()?;
        }
        let end = day
            .to_datetime(self.end)
            .to_zoned_datetime(zone.clone())
            .ok()?
            .timestamp();
        // In the hour an autumn night repeats, the wall clock can be inside again after the
        // window ended: it ended.
        (end > now).then_some(end)
    }
}

impl fmt::Display for QuietHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", hh_mm::format(self.start), hh_mm::format(self.end))
    }
}

impl FromStr for QuietHours {
    type Err = QuietHoursError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (start, end) = text.trim().split_once('-').ok_or(QuietHoursError::Shape)?;
        Self::new(hh_mm::parse(start.trim())?, hh_mm::parse(end.trim())?)
    }
}

/// Times of day as `HH:MM`, nothing finer: quiet hours are a person's, not a scheduler's.
pub mod hh_mm {
    use jiff::civil::Time;
    use serde::{Deserialize, Deserializer, Serializer};

    use super::QuietHoursError;

    pub fn parse(text: &str) -> Result<Time, QuietHoursError> {
        let invalid = || QuietHoursError::Time(text.chars().take(16).collect());
        let (hour, minute) = text.split_once(':').ok_or_else(invalid)?;
        if hour.len() != 2 || minute.len() != 2 {
            return Err(invalid());
        }
        let hour: i8 = hour.parse().map_err(|_| invalid())?;
        let minute: i8 = minute.parse().map_err(|_| invalid())?;
        Time::new(hour, minute, 0, 0).map_err(|_| invalid())
    }

    pub fn format(time: Time) -> String {
        format!("{:02}:{:02}", time.hour(), time.minute())
    }

    pub fn serialize<S: Serializer>(time: &Time, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format(*time))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Time, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(local: &str, zone: &str) -> Timestamp {
        local
            .parse::<jiff::civil::DateTime>()
            .expect("datetime")
            .to_zoned_datetime(TimeZone::get(zone).expect("zone"))
            .expect("zoned")
            .timestamp()
    }

    fn until(window: &str, local: &str, zone: &str) -> Option<String> {
        let tz = TimeZone::get(zone).expect("zone");
        let hours: QuietHours = window.parse().expect("window");
        hours
            .until(at(local, zone), &tz)
            .map(|t| t.to_zoned_datetime(tz).datetime().to_string())
    }

    #[test]
    fn a_window_across_midnight_ends_the_next_morning() {
        let paris = "Europe/Paris";
        assert_eq!(
            until("22:00-08:00", "2026-12-06T23:10", paris).as_deref(),
            Some("2026-12-07T08:00:00")
        );
        assert_eq!(
            until("22:00-08:00", "2026-12-07T03:00", paris).as_deref(),
            Some("2026-12-07T08:00:00")
        );
        assert_eq!(
            until("22:00-08:00", "2026-12-07T22:00", paris).as_deref(),
            Some("2026-12-08T08:00:00")
        );
        assert_eq!(
            until("22:00-08:00", "2026-12-07T08:00", paris),
            None,
            "the end is not quiet"
        );
        assert_eq!(until("22:00-08:00", "2026-12-07T21:59", paris), None);
    }

    #[test]
    fn a_window_within_a_day() {
        let utc = "UTC";
        assert_eq!(
            until("12:00-14:00", "2026-12-07T12:30", utc).as_deref(),
            Some("2026-12-07T14:00:00")
        );
        assert_eq!(until("12:00-14:00", "2026-12-07T14:00", utc), None);
        assert_eq!(until("12:00-14:00", "2026-12-07T11:59", utc), None);
    }

    #[test]
    fn daylight_saving_changes_follow_the_local_clock() {
        let paris = "Europe/Paris";
        // 29 March 2026: 02:00 becomes 03:00. The night is an hour shorter; 08:00 is 06:00 UTC.
        let spring = until("22:00-08:00", "2026-03-28T23:00", paris).expect("quiet");
        assert_eq!(spring, "2026-03-29T08:00:00");
        let tz = TimeZone::get(paris).expect("zone");
        let end = at("2026-03-29T08:00", paris);
        assert_eq!(end.to_string(), "2026-03-29T06:00:00Z");
        // An end inside the skipped hour resolves to 03:30 local (01:30 UTC), after the jump.
        let skipped: QuietHours = "01:00-02:30".parse().expect("window");
        let ends = skipped.until(at("2026-03-29T01:30", paris), &tz).expect("quiet");
        assert_eq!(ends.to_string(), "2026-03-29T01:30:00Z");
        // 25 October 2026: 03:00 becomes 02:00 again. The night is an hour longer.
        let autumn = at("2026-10-24T23:00", paris);
        let ends = QuietHours::from_str("22:00-08:00")
            .expect("window")
            .until(autumn, &tz)
            .expect("quiet");
        assert_eq!(ends.to_string(), "2026-10-25T07:00:00Z");
        assert_eq!(
            (ends - autumn).as_hours(),
            10,
            "23:00 to 08:00 across the change is 10 hours"
        );
        // A window ending inside the repeated hour ends at its first pass, and stays ended.
        let repeated: QuietHours = "22:00-02:30".parse().expect("window");
        let first_pass: Timestamp = "2026-10-25T00:10:00Z".parse().expect("time"); // 02:10 CEST
        let second_pass: Timestamp = "2026-10-25T01:10:00Z".parse().expect("time"); // 02:10 CET
        assert_eq!(
            repeated.until(first_pass, &tz).map(|t| t.to_string()).as_deref(),
            Some("2026-10-25T00:30:00Z")
        );
        assert_eq!(
            repeated.until(second_pass, &tz),
            None,
            "over, though the clock reads 02:10 again"
        );
    }

    #[test]
    fn parses_and_writes_hh_mm_only() {
        let hours: QuietHours = " 22:00 - 08:30 ".parse().expect("window");
        assert_eq!(hours.to_string(), "22:00-08:30");
        for bad in [
            "22:00",
            "22-08",
            "24:00-08:00",
            "22:60-08:00",
            "9:00-10:00",
            "08:00-08:00",
            "22:00:00-08:00",
        ] {
            assert!(bad.parse::<QuietHours>().is_err(), "{bad}");
        }
        let json: QuietHours = serde_json::from_str(r#"{"start": "22:00", "end": "07:15"}"#).expect("json");
        assert_eq!(
            serde_json::to_string(&json).expect("json"),
            r#"{"start":"22:00","end":"07:15"}"#
        );
        assert!(serde_json::from_str::<QuietHours>(r#"{"start": "22:00"}"#).is_err());
    }
}
