//! People: the operator's users, their profile (address, language, time zone) and erasure.

use serde::Serialize;

use super::{Db, Result, on_pool};
use crate::domain::user_id::UserId;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct UserRow {
    pub id: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub locale: Option<String>,
    pub timezone: Option<String>,
    #[serde(skip)]
    pub inbox_version: i64,
    #[serde(skip)]
    pub created_at: i64,
    #[serde(skip)]
    pub updated_at: i64,
}

/// The fields of `PUT /v1/users/{id}`.
#[derive(Debug, Clone, Default)]
pub struct UserProfile {
    pub email: Option<String>,
    pub name: Option<String>,
    pub locale: Option<String>,
    pub timezone: Option<String>,
}

impl Db {
    pub async fn user(&self, id: &UserId) -> Result<Option<UserRow>> {
        const SQL: &str = "SELECT id, email, name, locale, timezone, inbox_version, created_at, updated_at \
                           FROM users WHERE id = $1";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(id.as_str())
            .fetch_optional(pool)
            .await)?)
    }

    /// Creates or replaces a user's profile; true when the user is new.
    pub async fn put_user(&self, id: &UserId, profile: &UserProfile, now: i64) -> Result<bool> {
        // Locale and time zone change the inbox text, so the ETag must change too.
        const SQL: &str = "INSERT INTO users (id, email, name, locale, timezone, created_at, updated_at) \
                           VALUES ($1, $2, $3, $4, $5, $6, $6) \
                           ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, \
                           locale = excluded.locale, timezone = excluded.timezone, \
                           updated_at = excluded.updated_at, inbox_version = users.inbox_version + 1 \
                           RETURNING created_at";
        let created_at: i64 = on_pool!(self, |pool| sqlx::query_scalar(SQL)
            .bind(id.as_str())
            .bind(&profile.email)
            .bind(&profile.name)
            .bind(&profile.locale)
            .bind(&profile.timezone)
            .bind(now)
            .fetch_one(pool)
            .await)?;
        Ok(created_at == now)
    }

    /// Erases a user with their events and notifications; false when there was no such user.
    pub async fn delete_user(&self, id: &UserId) -> Result<bool> {
        const SQL: &str = "DELETE FROM users WHERE id = $1";
        let done = on_pool!(self, |pool| sqlx::query(SQL)
            .bind(id.as_str())
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(done == 1)
    }
}
