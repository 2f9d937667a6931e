//! Building the RFC 5322 message: multipart/alternative (text, then HTML), a Message-ID that is
//! the same on every attempt, `Auto-Submitted`, and RFC 8058 one-click unsubscribe headers.

use lettre::Message;
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};

/// An email ready to be built.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub from: Mailbox,
    pub reply_to: Option<Mailbox>,
    pub to: Mailbox,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Unique per email and stable across retries (from the first delivery's id).
    pub message_id: String,
    pub unsubscribe_url: String,
    pub language: String,
}

pub fn build(email: Outgoing) -> Result<Message, lettre::error::Error> {
    let mut builder = Message::builder()
        .from(email.from)
        .to(email.to)
        .subject(email.subject)
        .message_id(Some(email.message_id))
        .date_now()
        .header(AutoSubmitted)
        .header(AutoResponseSuppress)
        .header(ContentLanguage(email.language))
        .header(ListUnsubscribe(format!("<{}>", email.unsubscribe_url)))
        .header(ListUnsubscribePost);
    if let Some(reply_to) = email.reply_to {
        builder = builder.reply_to(reply_to);
    }
    builder.multipart(MultiPart::alternative_plain_html(email.text, email.html))
}

/// Declares a header with a fixed name; the value is the struct's display form.
macro_rules! header {
    ($type:ident, $name:literal, $value:expr) => {
        #[derive(Debug, Clone)]
        struct $type;

        impl Header for $type {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($name)
            }

            fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok(Self)
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), $value.into())
            }
        }
    };
    ($type:ident, $name:literal) => {
        #[derive(Debug, Clone)]
        struct $type(String);

        impl Header for $type {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($name)
            }

            fn parse(value: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok(Self(value.to_owned()))
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}

// RFC 3834: this is an automatic message; auto-responders should not answer it.
header!(AutoSubmitted, "Auto-Submitted", "auto-generated");
// The same request for Exchange/Outlook, which ignores RFC 3834.
header!(AutoResponseSuppress, "X-Auto-Response-Suppress", "All");
// RFC 8058: unsubscribing is one POST to the List-Unsubscribe URL.
header!(
    ListUnsubscribePost,
    "List-Unsubscribe-Post",
    "List-Unsubscribe=One-Click"
);
header!(ListUnsubscribe, "List-Unsubscribe");
header!(ContentLanguage, "Content-Language");
