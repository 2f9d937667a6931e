//! People: the operator's users, their profile (address, language, time zone) and erasure.

use serde::Serialize;

use super::{Db, Result, json, json_rows, on_pool};
use crate::domain::quiet_hours::QuietHours;
use crate::domain::user_id::UserId;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct UserRow {
    pub id: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub locale: Option<String>,
    pub timezone: Option<String>,
    /// `22:00-08:00` ([`QuietHours`]); unset: the configured default.
    pub quiet_hours: Option<String>,
    #[serde(skip)]
    pub inbox_version: i64,
    /// The feed cannot tell changes before this version (see migration 0006).
    #[serde(skip)]
    pub inbox_floor: i64,
    /// The generation of the user's tokens (`security::token`), 0 until first revoked.
    #[serde(skip)]
    pub token_generation: i64,
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
    pub quiet_hours: Option<QuietHours>,
    /// The Ayrshare User Profiles whose webhooks this user receives: all of them (a refId not
    /// listed is released), or `None` to leave them as they are.
    pub ayrshare_ref_ids: Option<Vec<String>>,
}

/// What `PUT /v1/users/{id}` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PutUser {
    Created,
    Updated,
    /// Nothing changed: another user holds this refId.
    RefIdTaken {
        ref_id: String,
        user_id: String,
    },
}

impl Db {
    pub async fn user(&self, id: &UserId) -> Result<Option<UserRow>> {
        const SQL: &str = "SELECT id, email, name, locale, timezone, quiet_hours, inbox_version, inbox_floor, \
                           COALESCE(g.generation, 0) AS token_generation, created_at, updated_at \
                           FROM users LEFT JOIN token_generations AS g ON g.user_id = users.id \
                           WHERE id = $1";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(id.as_str())
            .fetch_optional(pool)
            .await)?)
    }

    /// Creates or replaces a user's profile and the refIds they hold, in one transaction.
    /// Claiming is checked after the insert, so that of two users claiming one refId at once
    /// on PostgreSQL, the second sees the first's row (or waits for it) and is refused.
    pub async fn put_user(&self, id: &UserId, profile: &UserProfile, now: i64) -> Result<PutUser> {
        // Locale and time zone change the inbox text, so the ETag must change too, and the
        // change feed cannot re-render what a client holds: it reloads (the floor).
        const UPSERT: &str = "INSERT INTO users (id, email, name, locale, timezone, quiet_hours, created_at, updated_at) \
                           VALUES ($1, $2, $3, $4, $5, $7, $6, $6) \
                           ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, \
                           locale = excluded.locale, timezone = excluded.timezone, quiet_hours = excluded.quiet_hours, \
                           updated_at = excluded.updated_at, inbox_version = users.inbox_version + 1, \
                           inbox_floor = users.inbox_version + 1 \
                           RETURNING created_at";
        let release = json_rows!(
            self,
            "DELETE FROM ayrshare_profiles WHERE user_id = $1 AND ref_id NOT IN (SELECT value FROM ",
            texts(2),
            ")"
        );
        let claim = json_rows!(
            self,
            "INSERT INTO ayrshare_profiles (ref_id, user_id, created_at) SELECT value, $1, $3 FROM ",
            texts(2),
            " WHERE true ON CONFLICT (ref_id) DO NOTHING"
        );
        let taken = json_rows!(
            self,
            "SELECT ref_id, user_id FROM ayrshare_profiles WHERE user_id <> $1 \
             AND ref_id IN (SELECT value FROM ",
            texts(2),
            ") ORDER BY ref_id LIMIT 1"
        );
        let ref_ids = profile.ayrshare_ref_ids.as_deref().map(json).transpose()?;
        on_pool!(self, |pool| {
            let mut tx = pool.begin_with(self.begin_write()).await?;
            let created_at: i64 = sqlx::query_scalar(UPSERT)
                .bind(id.as_str())
                .bind(&profile.email)
                .bind(&profile.name)
                .bind(&profile.locale)
                .bind(&profile.timezone)
                .bind(now)
                .bind(profile.quiet_hours.map(|q| q.to_string()))
                .fetch_one(&mut *tx)
                .await?;
            let mut holder: Option<(String, String)> = None;
            if let Some(ref_ids) = &ref_ids {
                sqlx::query(release)
                    .bind(id.as_str())
                    .bind(ref_ids)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(claim)
                    .bind(id.as_str())
                    .bind(ref_ids)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                holder = sqlx::query_as(taken)
                    .bind(id.as_str())
                    .bind(ref_ids)
                    .fetch_optional(&mut *tx)
                    .await?;
            }
            if let Some((ref_id, user_id)) = holder {
                tx.rollback().await?;
                return Ok(PutUser::RefIdTaken { ref_id, user_id });
            }
            tx.commit().await?;
            Ok(if created_at == now {
                PutUser::Created
            } else {
                PutUser::Updated
            })
        })
    }

    /// Erases a user with their events and notifications, and revokes every token issued for
    /// them, in one transaction: the user's new token generation, or `None` when there was
    /// no such user.
    pub async fn delete_user(&self, id: &UserId, now: i64) -> Result<Option<i64>> {
        const SQL: &str = "DELETE FROM users WHERE id = $1";
        Ok(on_pool!(self, |pool| {
            let mut tx = pool.begin_with(self.begin_write()).await?;
            let done = sqlx::query(SQL).bind(id.as_str()).execute(&mut *tx).await?;
            if done.rows_affected() == 0 {
                return Ok(None);
            }
            let generation: i64 = sqlx::query_scalar(BUMP_GENERATION)
                .bind(id.as_str())
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok::<_, sqlx::Error>(Some(generation))
        })?)
    }

    /// The user's token generation: the one tokens must carry to be honoured.
    pub async fn token_generation(&self, id: &UserId) -> Result<i64> {
        const SQL: &str = "SELECT generation FROM token_generations WHERE user_id = $1";
        let found: Option<i64> = on_pool!(self, |pool| sqlx::query_scalar(SQL)
            .bind(id.as_str())
            .fetch_optional(pool)
            .await)?;
        Ok(found.unwrap_or(0))
    }

    /// Revokes every token issued for the user so far (whether or not the user exists) and
    /// returns the new generation. It bumps the inbox version of a user who exists, so that
    /// the streams open with a revoked token wake up (and end).
    pub async fn revoke_tokens(&self, id: &UserId, now: i64) -> Result<i64> {
        const WAKE: &str = "UPDATE users SET inbox_version = inbox_version + 1 WHERE id = $1";
        Ok(on_pool!(self, |pool| {
            let mut tx = pool.begin_with(self.begin_write()).await?;
            let generation: i64 = sqlx::query_scalar(BUMP_GENERATION)
                .bind(id.as_str())
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query(WAKE).bind(id.as_str()).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok::<_, sqlx::Error>(generation)
        })?)
    }
}

const BUMP_GENERATION: &str = "INSERT INTO token_generations (user_id, generation, changed_at) \
    VALUES ($1, 1, $2) ON CONFLICT (user_id) DO UPDATE \
    SET generation = token_generations.generation + 1, changed_at = excluded.changed_at \
    RETURNING generation";
