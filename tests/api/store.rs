//! The store's batch semantics, driven directly: a batch behaves like its results stored one
//! after another.

use herald::config::Synchronous;
use herald::domain::catalog::Catalog;
use herald::domain::classify::classify;
use herald::domain::result::parse;
use herald::domain::user_id::UserId;
use herald::store::{ArchivedFilter, Db, InboxQuery, IngestJob, IngestReply, ReadFilter, StoreOptions};
use jiff::Timestamp;
use serde_json::{Value, json};

fn job(catalog: &Catalog, user: &str, body: &Value, key: &str) -> IngestJob {
    let now = Timestamp::now();
    IngestJob {
        event_id: uuid::Uuid::now_v7().to_string(),
        user_id: UserId::parse(user).expect("user"),
        idem_key: Some(key.to_owned()),
        body_hash: key.to_owned(),
        language: None,
        received_at: now.as_millisecond(),
        body: body.to_string(),
        classification: classify(catalog, &parse(body).expect("result"), now),
    }
}

async fn open_db(dir: &tempfile::TempDir) -> Db {
    let options = StoreOptions {
        synchronous: Synchronous::Full,
        renotify_after: std::time::Duration::from_secs(86_400),
        batch_window: std::time::Duration::from_secs(60),
    };
    Db::open(
        &herald::config::Database::Sqlite(dir.path().join("t.db")),
        options,
    )
    .await
    .expect("db")
}

#[tokio::test]
async fn a_success_after_a_failure_in_one_batch_resolves_it() {
    let dir = tempfile::tempdir().expect("dir");
    let db = open_db(&dir).await;
    let catalog = Catalog::embedded().expect("catalog");
    let failure = json!({"id": "p1", "errors": [{"code": 161, "platform": "facebook"}]});
    let success = json!({"id": "p2", "postIds": [{"status": "success", "platform": "facebook"}]});
    let again = json!({"id": "p3", "errors": [{"code": 161, "platform": "facebook"}]});
    let jobs = [
        job(&catalog, "u", &failure, "a"),
        job(&catalog, "u", &success, "b"),
        job(&catalog, "u", &again, "c"),
        job(&catalog, "u", &failure, "a"),
    ];
    let replies = db
        .ingest_batch(&jobs, Timestamp::now().as_millisecond())
        .await
        .expect("stored")
        .replies;
    let bodies: Vec<Value> = replies
        .iter()
        .map(|r| match r {
            IngestReply::Stored(json) | IngestReply::Replayed(json) => {
                serde_json::from_str(json).expect("json")
            }
            IngestReply::KeyReused => panic!("no key was reused"),
        })
        .collect();
    let first_id = &bodies[0]["notifications"][0]["id"];
    assert_eq!(
        bodies[1]["resolved"],
        json!([first_id]),
        "the success resolved the failure before it"
    );
    assert_eq!(
        bodies[2]["notifications"][0]["outcome"], "created",
        "a failure after the success is new"
    );
    assert_ne!(&bodies[2]["notifications"][0]["id"], first_id);
    assert_eq!(
        bodies[3], bodies[0],
        "a repeated key in the batch gets the first response"
    );
    assert!(matches!(replies[3], IngestReply::Replayed(_)));

    let user = UserId::parse("u").expect("user");
    let query = InboxQuery {
        read: ReadFilter::All,
        archived: ArchivedFilter::All,
        category: None,
        after: None,
        limit: 10,
    };
    let rows = db.inbox_page(&user, &query).await.expect("inbox");
    let states: Vec<(&str, &str)> = rows.iter().map(|r| (r.kind.as_str(), r.state.as_str())).collect();
    assert!(
        states.contains(&("account-disconnected", "resolved")),
        "{states:?}"
    );
    assert!(states.contains(&("account-disconnected", "open")), "{states:?}");
    db.close().await;
}
