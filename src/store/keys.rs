//! Operator API keys (only a hash of each secret is stored) and the secrets herald generates
//! for itself.

use super::{Db, Result, on_pool};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ApiKeyRow {
    pub id: String,
    pub name: String,
    pub secret_hash: Vec<u8>,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

impl Db {
    /// The named secret, created with `generate` by whichever instance asks first.
    pub async fn secret(&self, name: &str, generate: impl FnOnce() -> Vec<u8>) -> Result<Vec<u8>> {
        const INSERT: &str =
            "INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING";
        const SELECT: &str = "SELECT value FROM secrets WHERE name = $1";
        let candidate = generate();
        on_pool!(self, |pool| {
            sqlx::query(INSERT)
                .bind(name)
                .bind(&candidate)
                .execute(pool)
                .await?;
            Ok(sqlx::query_scalar(SELECT).bind(name).fetch_one(pool).await?)
        })
    }

    pub async fn insert_key(&self, id: &str, name: &str, secret_hash: &[u8], now: i64) -> Result<()> {
        const SQL: &str = "INSERT INTO api_keys (id, name, secret_hash, created_at) VALUES ($1, $2, $3, $4)";
        on_pool!(self, |pool| sqlx::query(SQL)
            .bind(id)
            .bind(name)
            .bind(secret_hash)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(())
    }

    pub async fn key(&self, id: &str) -> Result<Option<ApiKeyRow>> {
        const SQL: &str = "SELECT id, name, secret_hash, created_at, revoked_at FROM api_keys WHERE id = $1";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL)
            .bind(id)
            .fetch_optional(pool)
            .await)?)
    }

    pub async fn keys(&self) -> Result<Vec<ApiKeyRow>> {
        const SQL: &str =
            "SELECT id, name, secret_hash, created_at, revoked_at FROM api_keys ORDER BY created_at, id";
        Ok(on_pool!(self, |pool| sqlx::query_as(SQL).fetch_all(pool).await)?)
    }

    /// Revokes a key; false when no such (unrevoked) key exists.
    pub async fn revoke_key(&self, id: &str, now: i64) -> Result<bool> {
        const SQL: &str = "UPDATE api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL";
        let done = on_pool!(self, |pool| sqlx::query(SQL)
            .bind(id)
            .bind(now)
            .execute(pool)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(done == 1)
    }
}
