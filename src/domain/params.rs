//! Parameters that make advice concrete, read from upstream text, and their stored form.
//!
//! - the aspect ratio of a rejected image, from the tuple Instagram puts in its message
//!   (`('1440/2158',)`), with the platform's accepted range and a crop that fits;
//! - how long to wait, from `details` in every form seen: `Retry-After: 3600`, `3600`,
//!   `3600 seconds`, `1h`, an HTTP date or an RFC 3339 time.

use std::sync::LazyLock;

use jiff::{SignedDuration, Timestamp};
use regex::Regex;
use serde::{Deserialize, Serialize};

use super::catalog::RatioRange;
use super::classify::Params;

/// A wait longer than a week is not a rate limit we believe; it is clamped.
const MAX_WAIT_SECS: i64 = 7 * 24 * 3600;

/// Ratios within this relative distance of a simple fraction get that fraction's name.
const RATIO_TOLERANCE: f64 = 0.01;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AspectRatio {
    pub width: u32,
    pub height: u32,
    /// The image's ratio, named simply where it is close to one: `2:3`.
    pub ratio: String,
    /// The platform's accepted range, when the catalog knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<Accepted>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Accepted {
    pub min: String,
    pub max: String,
    /// The nearest accepted bound and the largest crop of the image at that ratio.
    pub target: String,
    pub crop_width: u32,
    pub crop_height: u32,
}

static RATIO_TUPLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(\s*'?(\d{1,6})\s*/\s*(\d{1,6})'?").expect("valid pattern"));

/// Reads `('1440/2158',)` (width/height) from a message and relates it to the accepted range.
pub fn aspect_ratio(message: &str, range: Option<&RatioRange>) -> Option<AspectRatio> {
    let caps = RATIO_TUPLE.captures(message)?;
    let width: u32 = caps[1].parse().ok()?;
    let height: u32 = caps[2].parse().ok()?;
    if width == 0 || height == 0 {
        return None;
    }
    let ratio = f64::from(width) / f64::from(height);
    let accepted = range.and_then(|range| {
        let (target, label) = if ratio < range.min {
            (range.min, &range.min_label)
        } else if ratio > range.max {
            (range.max, &range.max_label)
        } else {
            return None;
        };
        let (crop_width, crop_height) = crop(width, height, target);
        Some(Accepted {
            min: range.min_label.clone(),
            max: range.max_label.clone(),
            target: label.clone(),
            crop_width,
            crop_height,
        })
    });
    Some(AspectRatio {
        width,
        height,
        ratio: ratio_label(ratio),
        accepted,
    })
}

/// The largest width×height inside the image with the given ratio (width / height).
fn crop(width: u32, height: u32, target: f64) -> (u32, u32) {
    let (w, h) = (f64::from(width), f64::from(height));
    // Saturating float-to-int casts: the values are bounded by the image's own size.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    if w / h > target {
        ((h * target).floor() as u32, height)
    } else {
        (width, (w / target).floor() as u32)
    }
}

/// Names a ratio by the simplest fraction within 1 %: 1440/2158 → `2:3`, else `0.67:1`.
pub fn ratio_label(ratio: f64) -> String {
    for denominator in 1..=20_u32 {
        let numerator = (ratio * f64::from(denominator)).round();
        if numerator >= 1.0 && (numerator / f64::from(denominator) - ratio).abs() / ratio < RATIO_TOLERANCE {
            return format!("{numerator}:{denominator}");
        }
    }
    format!("{ratio:.2}:1")
}

static SECONDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:retry[-_ ]?after\s*[:=]?\s*)?(\d{1,9})\s*(?:s|sec|secs|seconds?)?\.?$")
        .expect("valid pattern")
});

/// How long `details` says to wait, measured from `now`.
pub fn retry_after(details: &str, now: Timestamp) -> Option<SignedDuration> {
    let text = details.trim();
    let value = strip_label(text);
    let wait = if let Some(caps) = SECONDS.captures(text) {
        SignedDuration::from_secs(caps[1].parse().ok()?)
    } else if let Ok(at) = jiff::fmt::rfc2822::parse(value) {
        at.timestamp().duration_since(now)
    } else if let Ok(at) = value.parse::<Timestamp>() {
        at.duration_since(now)
    } else {
        value.parse::<SignedDuration>().ok()?
    };
    (wait.is_positive()).then(|| wait.min(SignedDuration::from_secs(MAX_WAIT_SECS)))
}

fn strip_label(text: &str) -> &str {
    let lower = text.get(..11).map(str::to_ascii_lowercase);
    match lower.as_deref() {
        Some("retry-after" | "retry_after" | "retry after") => {
            text[11..].trim_start_matches([':', '=', ' ']).trim()
        }
        _ => text,
    }
}

/// The version of the stored form of [`Params`] this herald writes, as `"v"` beside the fields.
/// Renaming a field or changing its meaning bumps it, and [`decode`] keeps reading the older
/// version (converting it): a stored notification must never lose its parameters to a rename.
pub const STORED_VERSION: u64 = 1;

/// The stored form: `{"v": 1, ...fields}`.
#[derive(Serialize)]
struct Versioned<'a> {
    v: u64,
    #[serde(flatten)]
    params: &'a Params,
}

pub fn encode(params: &Params) -> serde_json::Result<String> {
    serde_json::to_string(&Versioned {
        v: STORED_VERSION,
        params,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("stored parameters are not JSON of version {STORED_VERSION}: {0}")]
    Json(#[from] serde_json::Error),
    #[error("stored parameters have version {0}, newer than this herald reads")]
    Version(serde_json::Value),
}

/// Reads the stored form. Parameters stored before the form had a version have no `"v"`; they
/// have exactly version 1's fields. Unknown fields are an error, not silently dropped, so that
/// a field renamed without a new version shows up instead of vanishing.
pub fn decode(stored: &str) -> Result<Params, DecodeError> {
    let mut fields: serde_json::Map<String, serde_json::Value> = serde_json::from_str(stored)?;
    match fields.remove("v") {
        None => {}
        Some(v) if v.as_u64() == Some(STORED_VERSION) => {}
        Some(other) => return Err(DecodeError::Version(other)),
    }
    Ok(Params::deserialize(serde_json::Value::Object(fields))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(min: &str, max: &str) -> RatioRange {
        RatioRange {
            min_label: min.into(),
            max_label: max.into(),
            min: super::super::catalog::parse_ratio(min).unwrap_or_default(),
            max: super::super::catalog::parse_ratio(max).unwrap_or_default(),
        }
    }

    #[test]
    fn instagram_example_is_a_2_3_portrait_to_crop_to_4_5() {
        let message = "The submitted image with aspect ratio ('1440/2158',) cannot be published.";
        let ratio = aspect_ratio(message, Some(&range("4:5", "1.91:1"))).expect("ratio");
        assert_eq!(
            (ratio.width, ratio.height, ratio.ratio.as_str()),
            (1440, 2158, "2:3")
        );
        let accepted = ratio.accepted.expect("out of range");
        assert_eq!(accepted.target, "4:5");
        assert_eq!((accepted.crop_width, accepted.crop_height), (1440, 1800));
    }

    #[test]
    fn too_wide_crops_the_width() {
        let ratio = aspect_ratio("('3000/1000',)", Some(&range("4:5", "1.91:1"))).expect("ratio");
        let accepted = ratio.accepted.expect("out of range");
        assert_eq!(
            (
                accepted.target.as_str(),
                accepted.crop_width,
                accepted.crop_height
            ),
            ("1.91:1", 1910, 1000)
        );
    }

    #[test]
    fn ratio_survives_translation_and_odd_spacing() {
        let fr = "L'image soumise avec le rapport ( '1080 / 1920' ,) ne peut pas être publiée";
        assert_eq!(aspect_ratio(fr, None).map(|r| r.ratio), Some("9:16".into()));
        assert_eq!(aspect_ratio("no numbers", None), None);
        assert_eq!(aspect_ratio("('0/5',)", None), None);
    }

    #[test]
    fn the_stored_form_is_versioned_and_read_strictly() {
        let params = Params {
            code: Some("161".into()),
            succeeded: vec!["x".into()],
            retry_after_secs: Some(60),
            ..Params::default()
        };
        let stored = encode(&params).expect("encode");
        assert!(stored.starts_with(r#"{"v":1,"#), "{stored}");
        assert_eq!(decode(&stored).expect("decode"), params);
        // Rows from before the version: the same fields, no `v`.
        assert_eq!(
            decode(r#"{"code":"161","succeeded":["x"],"retry_after_secs":60}"#).expect("legacy"),
            params
        );
        assert_eq!(decode("{}").expect("empty"), Params::default());
        // A renamed field is an error, not an empty default; so is a version from the future.
        assert!(matches!(
            decode(r#"{"v":1,"error_code":"161"}"#),
            Err(DecodeError::Json(_))
        ));
        assert!(matches!(
            decode(r#"{"v":2,"code":"161"}"#),
            Err(DecodeError::Version(_))
        ));
        assert!(decode("[1]").is_err());
    }

    #[test]
    fn names_ratios() {
        assert_eq!(ratio_label(1.0), "1:1");
        assert_eq!(ratio_label(16.0 / 9.0), "16:9");
        assert_eq!(ratio_label(0.123_456), "0.12:1");
    }

    #[test]
    fn retry_after_in_every_form() {
        let now: Timestamp = "2026-11-29T14:00:00Z".parse().expect("time");
        let hour = Some(SignedDuration::from_hours(1));
        for details in [
            "Retry-After: 3600",
            "3600",
            "retry after 3600 seconds",
            "Retry-After=3600s",
            "1h",
            "retry-after: 1h",
        ] {
            assert_eq!(retry_after(details, now), hour, "{details}");
        }
        assert_eq!(
            retry_after("Retry-After: Sun, 29 Nov 2026 15:00:00 GMT", now),
            hour
        );
        assert_eq!(retry_after("2026-11-29T15:00:00Z", now), hour);
        assert_eq!(retry_after("Media download has failed.", now), None);
        assert_eq!(retry_after("Retry-After: 0", now), None);
        assert_eq!(
            retry_after("999999999", now),
            Some(SignedDuration::from_secs(MAX_WAIT_SECS))
        );
    }
}
