//! What storing one ingested result did, in herald's terms: the notifications it opened or
//! bumped and those it resolved. The store returns it; HTTP answers with it.

use serde::{Deserialize, Serialize};

use super::state::NotificationState;

/// What storing one result did. The store keeps it with the event (this serde form, also that
/// of events stored before receipts were typed), so that a replay answers the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Receipt {
    pub event_id: String,
    pub notifications: Vec<Produced>,
    /// Ids of the notifications the result resolved.
    pub resolved: Vec<String>,
}

/// A notification one result opened or bumped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Produced {
    pub id: String,
    pub kind: String,
    pub platforms: Vec<String>,
    pub state: NotificationState,
    pub outcome: Occurrence,
    /// Whether this occurrence queued an email.
    pub email: bool,
}

super::words! {
    /// Whether an occurrence opened a notification or repeated an open one.
    pub enum Occurrence {
        Created = "created",
        Bumped = "bumped",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_stored_before_they_were_typed_read_and_write_unchanged() {
        let stored = r#"{"event_id":"e","notifications":[{"id":"n","kind":"account-disconnected","platforms":["facebook"],"state":"open","outcome":"bumped","email":false}],"resolved":["r"]}"#;
        let receipt: Receipt = serde_json::from_str(stored).expect("receipt");
        assert_eq!(receipt.notifications[0].state, NotificationState::Open);
        assert_eq!(receipt.notifications[0].outcome, Occurrence::Bumped);
        assert_eq!(serde_json::to_string(&receipt).expect("json"), stored);
    }
}
