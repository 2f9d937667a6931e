//! Locale-aware lists, times and durations, by ICU4X: no per-locale formatting by hand.

use icu_datetime::fieldsets::{T, YMD};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_experimental::relativetime::{RelativeTimeFormatter, RelativeTimeFormatterOptions};
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

/// ICU formatters for one locale, built once at start.
pub struct Formats {
    list: ListFormatter,
    /// Decimals with the locale's separators, in Latin digits like every other number herald
    /// shows (Arabic's default would be Arabic-Indic).
    decimal: DecimalFormatter,
    time: NoCalendarFormatter<T>,
    date_time: DateTimeFormatter<icu_datetime::fieldsets::YMDT>,
    in_minutes: RelativeTimeFormatter,
    in_hours: RelativeTimeFormatter,
    in_days: RelativeTimeFormatter,
}

#[derive(Debug, thiserror::Error)]
#[error("ICU4X has no {what} data for `{locale}`: {source}")]
pub struct FormatsError {
    locale: String,
    what: &'static str,
    source: Box<dyn std::error::Error + Send + Sync>,
}

impl Formats {
    pub fn new(tag: &str) -> Result<Self, FormatsError> {
        let fail = |what: &'static str| {
            move |e: Box<dyn std::error::Error + Send + Sync>| FormatsError {
                locale: tag.to_owned(),
                what,
                source: e,
            }
        };
        let locale: Locale = tag.parse().map_err(|e| fail("locale")(boxed(e)))?;
        let relative = RelativeTimeFormatterOptions::default;
        let list_options = ListFormatterOptions::default().with_length(ListLength::Wide);
        let latin: Locale = format!("{tag}-u-nu-latn")
            .parse()
            .unwrap_or_else(|_| locale.clone());
        Ok(Self {
            list: ListFormatter::try_new_and((&locale).into(), list_options)
                .map_err(|e| fail("list")(boxed(e)))?,
            decimal: DecimalFormatter::try_new((&latin).into(), Default::default())
                .map_err(|e| fail("decimal")(boxed(e)))?,
            time: NoCalendarFormatter::try_new((&locale).into(), T::hm())
                .map_err(|e| fail("time")(boxed(e)))?,
            date_time: DateTimeFormatter::try_new((&locale).into(), YMD::medium().with_time_hm())
                .map_err(|e| fail("date")(boxed(e)))?,
            in_minutes: RelativeTimeFormatter::try_new_long_minute((&locale).into(), relative())
                .map_err(|e| fail("relative time")(boxed(e)))?,
            in_hours: RelativeTimeFormatter::try_new_long_hour((&locale).into(), relative())
                .map_err(|e| fail("relative time")(boxed(e)))?,
            in_days: RelativeTimeFormatter::try_new_long_day((&locale).into(), relative())
                .map_err(|e| fail("relative time")(boxed(e)))?,
        })
    }

    /// "Instagram and Threads", "Instagram, Threads et X".
    pub fn list<'s, I>(&self, items: I) -> String
    where
        I: IntoIterator<Item = &'s str>,
        I::IntoIter: Clone,
    {
        self.list.format_to_string(items.into_iter())
    }

    /// An aspect ratio (`1.91:1`, `4:5`) with the locale's decimal separator: `1,91:1` in
    /// French. A part that is not a number stays as it is.
    pub fn ratio(&self, label: &str) -> String {
        let parts: Vec<String> = label
            .split(':')
            .map(|part| match part.parse::<Decimal>() {
                Ok(number) => self.decimal.format(&number).to_string(),
                Err(_) => part.to_owned(),
            })
            .collect();
        parts.join(":")
    }

    /// A moment as the user reads it on their clock: "15:00" when it falls on the same day as
    /// `reference`, otherwise with the date ("1 Dec 2026, 15:00").
    pub fn moment(&self, at: Timestamp, reference: Timestamp, zone: &TimeZone) -> String {
        let local = at.to_zoned_datetime(zone.clone());
        let same_day = local.date() == reference.to_zoned_datetime(zone.clone()).date();
        match (same_day, time_of(&local)) {
            (true, Some(time)) => self.time.format(&time).to_string(),
            _ => self.local_date_time(&local),
        }
    }

    /// A deadline: always with its date ("20 Dec 2026, 13:00"), on the user's clock.
    pub fn date_time(&self, at: Timestamp, zone: &TimeZone) -> String {
        self.local_date_time(&at.to_zoned_datetime(zone.clone()))
    }

    fn local_date_time(&self, local: &jiff::ZonedDateTime) -> String {
        let date = Date::try_new_iso(
            i32::from(local.year()),
            unsigned(local.month()),
            unsigned(local.day()),
        );
        match (date, time_of(local)) {
            (Ok(date), Some(time)) => self.date_time.format(&DateTime { date, time }).to_string(),
            _ => local.to_string(),
        }
    }

    /// "in 45 minutes", "in 1 hour", "in 3 days", rounded to the unit that reads naturally.
    pub fn in_duration(&self, wait: SignedDuration) -> String {
        let minutes = (wait.as_secs() + 30) / 60;
        let (formatter, amount) = if minutes < 60 {
            (&self.in_minutes, minutes.max(1))
        } else if minutes < 36 * 60 {
            (&self.in_hours, (minutes + 30) / 60)
        } else {
            (&self.in_days, (minutes + 720) / 1440)
        };
        formatter.format(amount.into()).to_string()
    }
}

fn boxed(e: impl std::error::Error + Send + Sync + 'static) -> Box<dyn std::error::Error + Send + Sync> {
    Box::new(e)
}

fn time_of(local: &jiff::ZonedDateTime) -> Option<Time> {
    Time::try_new(
        unsigned(local.hour()),
        unsigned(local.minute()),
        unsigned(local.second()),
        0,
    )
    .ok()
}

/// jiff's calendar fields are small non-negative numbers; ICU takes them unsigned.
fn unsigned(field: i8) -> u8 {
    u8::try_from(field).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_lists_times_and_durations() {
        let en = Formats::new("en").expect("en");
        assert_eq!(en.list(["Instagram", "Threads"]), "Instagram and Threads");
        let at: Timestamp = "2026-11-29T15:00:00Z".parse().expect("time");
        let now: Timestamp = "2026-11-29T14:00:00Z".parse().expect("time");
        assert_eq!(en.moment(at, now, &TimeZone::UTC), "3:00\u{202f}PM");
        let paris = TimeZone::get("Europe/Paris").expect("zone");
        let fr = Formats::new("fr").expect("fr");
        assert_eq!(fr.moment(at, now, &paris), "16:00");
        assert_eq!(fr.list(["Instagram", "Threads", "X"]), "Instagram, Threads et X");
        assert_eq!(en.in_duration(SignedDuration::from_hours(1)), "in 1 hour");
        assert_eq!(
            en.in_duration(SignedDuration::from_secs(45 * 60)),
            "in 45 minutes"
        );
        assert_eq!(en.in_duration(SignedDuration::from_hours(72)), "in 3 days");
        let later: Timestamp = "2026-12-01T15:00:00Z".parse().expect("time");
        assert!(en.moment(later, now, &TimeZone::UTC).contains("Dec"));
        assert_eq!(fr.date_time(at, &paris), fr.moment(at, later, &paris));
        assert!(fr.date_time(at, &paris).contains("16:00") && fr.date_time(at, &paris).contains("2026"));
    }

    #[test]
    fn ratios_take_the_decimal_separator_of_the_locale_in_latin_digits() {
        let ratio = |tag: &str, label: &str| Formats::new(tag).expect(tag).ratio(label);
        assert_eq!(ratio("en", "1.91:1"), "1.91:1");
        assert_eq!(ratio("ja", "1.91:1"), "1.91:1");
        for tag in ["fr", "de", "es", "it", "pt-BR"] {
            assert_eq!(ratio(tag, "1.91:1"), "1,91:1", "{tag}");
            assert_eq!(ratio(tag, "4:5"), "4:5", "{tag}");
        }
        assert_eq!(ratio("ar", "1.91:1"), "1.91:1", "Latin digits, as elsewhere");
        assert_eq!(ratio("fr", "0.67:1"), "0,67:1");
        assert_eq!(ratio("fr", "odd"), "odd");
    }
}
