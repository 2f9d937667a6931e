//! Moving a SQLite deployment into PostgreSQL (`herald copy-to-postgres`): every table, in
//! foreign-key order, a page of rows at a time as one JSON parameter. Rows already in the target
//! are left alone, so running it again (after a partial copy, or to catch up) is safe. Leased
//! deliveries arrive as pending: their lease belonged to the old process.

use serde::Serialize;

use super::{Db, Result, StoreError};

/// Rows per round trip.
const PAGE: i64 = 1000;

struct Table {
    name: &'static str,
    /// The primary key: the copy walks the table in its order.
    key: &'static [&'static str],
    /// Every column with its PostgreSQL type; `bytea` ones travel hex-encoded.
    columns: &'static [(&'static str, &'static str)],
}

const TABLES: &[Table] = &[
    Table {
        name: "users",
        key: &["id"],
        columns: &[
            ("id", "text"),
            ("email", "text"),
            ("name", "text"),
            ("locale", "text"),
            ("timezone", "text"),
            ("quiet_hours", "text"),
            ("inbox_version", "bigint"),
            ("inbox_floor", "bigint"),
            ("created_at", "bigint"),
            ("updated_at", "bigint"),
        ],
    },
    Table {
        name: "api_keys",
        key: &["id"],
        columns: &[
            ("id", "text"),
            ("name", "text"),
            ("secret_hash", "bytea"),
            ("created_at", "bigint"),
            ("revoked_at", "bigint"),
        ],
    },
    Table {
        name: "secrets",
        key: &["name"],
        columns: &[("name", "text"), ("value", "bytea")],
    },
    Table {
        name: "preferences",
        key: &["user_id", "category", "channel"],
        columns: &[
            ("user_id", "text"),
            ("category", "text"),
            ("channel", "text"),
            ("enabled", "bigint"),
            ("updated_at", "bigint"),
        ],
    },
    Table {
        name: "suppressions",
        key: &["user_id", "address"],
        columns: &[
            ("user_id", "text"),
            ("address", "text"),
            ("reason", "text"),
            ("created_at", "bigint"),
        ],
    },
    Table {
        name: "ayrshare_profiles",
        key: &["ref_id"],
        columns: &[("ref_id", "text"), ("user_id", "text"), ("created_at", "bigint")],
    },
    Table {
        name: "unrouted_webhooks",
        // Unique and text, which the copy pages by; `seq` is copied as it is.
        key: &["delivery_key"],
        columns: &[
            ("seq", "bigint"),
            ("delivery_key", "text"),
            ("ref_id", "text"),
            ("action", "text"),
            ("body_hash", "text"),
            ("received_at", "bigint"),
            ("body", "text"),
        ],
    },
    Table {
        name: "events",
        key: &["id"],
        columns: &[
            ("id", "text"),
            ("user_id", "text"),
            ("idem_key", "text"),
            ("body_hash", "text"),
            ("language", "text"),
            ("received_at", "bigint"),
            ("body", "text"),
            ("response", "text"),
        ],
    },
    Table {
        name: "notifications",
        key: &["id"],
        columns: &[
            ("id", "text"),
            ("user_id", "text"),
            ("kind", "text"),
            ("category", "text"),
            ("severity", "text"),
            ("state", "text"),
            ("condition_key", "text"),
            ("resolve_key", "text"),
            ("platforms", "text"),
            ("params", "text"),
            ("language", "text"),
            ("occurrences", "bigint"),
            ("first_event_id", "text"),
            ("last_event_id", "text"),
            ("emailed_event_id", "text"),
            ("emailed_at", "bigint"),
            ("created_at", "bigint"),
            ("last_seen_at", "bigint"),
            ("read_at", "bigint"),
            ("seen_at", "bigint"),
            ("archived_at", "bigint"),
            ("expires_at", "bigint"),
            ("resolved_at", "bigint"),
        ],
    },
    Table {
        name: "deliveries",
        key: &["id"],
        columns: &[
            ("id", "text"),
            ("user_id", "text"),
            ("notification_id", "text"),
            ("event_id", "text"),
            ("category", "text"),
            ("language", "text"),
            ("status", "text"),
            ("reason", "text"),
            ("attempts", "bigint"),
            ("run_at", "bigint"),
            ("lease_until", "bigint"),
            ("leased_by", "text"),
            ("last_error", "text"),
            ("recipient", "text"),
            ("email_id", "text"),
            ("created_at", "bigint"),
            ("updated_at", "bigint"),
            ("sent_at", "bigint"),
            ("first_tried_at", "bigint"),
        ],
    },
];

/// Rows per table: in the source, and in the target after the copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Copied {
    pub table: &'static str,
    pub source: i64,
    pub target: i64,
}

impl Table {
    /// One page of the source as a JSON array of objects, after the given key (a JSON array of
    /// the key's values; NULL for the first page).
    fn read_sql(&self) -> String {
        let object = self
            .columns
            .iter()
            .map(|(column, kind)| match *kind {
                "bytea" => format!("'{column}', hex({column})"),
                _ => format!("'{column}', {column}"),
            })
            .collect::<Vec<_>>()
            .join(", ");
        let key = self.key.join(", ");
        let after = (0..self.key.len())
            .map(|i| format!("$1 ->> {i}"))
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "SELECT json_group_array(json_object({object})) FROM \
             (SELECT * FROM {table} WHERE $1 IS NULL OR ({key}) > ({after}) ORDER BY {key} LIMIT $2)",
            table = self.name,
        )
    }

    /// The largest key in a page, as the next page's starting point.
    fn last_key(&self, rows: &[serde_json::Value]) -> Option<String> {
        let keys = rows.iter().map(|row| {
            self.key
                .iter()
                .map(|k| row[*k].as_str().unwrap_or_default())
                .collect::<Vec<_>>()
        });
        keys.max()
            .map(|key| serde_json::to_string(&key).unwrap_or_default())
    }

    /// Inserts a page into the target, keeping rows that are already there.
    fn write_sql(&self) -> String {
        let names = self
            .columns
            .iter()
            .map(|(c, _)| *c)
            .collect::<Vec<_>>()
            .join(", ");
        let values = self
            .columns
            .iter()
            .map(|(column, kind)| match (*kind, self.name, *column) {
                ("bytea", ..) => format!("decode(value ->> '{column}', 'hex')"),
                (_, "deliveries", "status") => {
                    "CASE WHEN value ->> 'status' = 'sending' THEN 'pending' ELSE value ->> 'status' END"
                        .into()
                }
                (_, "deliveries", "lease_until" | "leased_by") => "NULL".into(),
                ("text", ..) => format!("value ->> '{column}'"),
                (kind, ..) => format!("(value ->> '{column}')::{kind}"),
            })
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "INSERT INTO {table} ({names}) SELECT {values} FROM jsonb_array_elements($1::jsonb) \
             ON CONFLICT DO NOTHING",
            table = self.name
        )
    }
}

/// Copies everything from a SQLite store into a PostgreSQL one.
pub async fn sqlite_to_postgres(source: &Db, target: &Db) -> Result<Vec<Copied>> {
    let (Db::Sqlite(from), Db::Postgres(to)) = (source, target) else {
        return Err(StoreError::Other("copy goes from SQLite to PostgreSQL".into()));
    };
    let mut report = Vec::with_capacity(TABLES.len());
    for table in TABLES {
        let read = table.read_sql();
        let write = table.write_sql();
        let mut after: Option<String> = None;
        loop {
            let page: String = sqlx::query_scalar(&read)
                .bind(after.as_deref())
                .bind(PAGE)
                .fetch_one(&from.connections)
                .await?;
            let rows: Vec<serde_json::Value> =
                serde_json::from_str(&page).map_err(|e| StoreError::Other(e.to_string()))?;
            if rows.is_empty() {
                break;
            }
            sqlx::query(&write).bind(&page).execute(&to.pool).await?;
            after = table.last_key(&rows);
        }
        let count = format!("SELECT COUNT(*) FROM {}", table.name);
        report.push(Copied {
            table: table.name,
            source: sqlx::query_scalar(&count).fetch_one(&from.connections).await?,
            target: sqlx::query_scalar(&count).fetch_one(&to.pool).await?,
        });
    }
    // Copied with their numbers, so the identity must continue after the largest.
    sqlx::query(
        "SELECT setval(pg_get_serial_sequence('unrouted_webhooks', 'seq'), \
         (SELECT coalesce(max(seq), 0) + 1 FROM unrouted_webhooks), false)",
    )
    .execute(&to.pool)
    .await?;
    // Fresh statistics: until autovacuum's next round the planner would take the new tables
    // for the empty ones it last saw.
    sqlx::query("ANALYZE").execute(&to.pool).await?;
    Ok(report)
}
