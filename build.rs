//! `sqlx::migrate!` embeds the migrations and `rust-embed` the locales and templates at compile
//! time; without this, adding a file to one of them would not rebuild the crate (the
//! compiler tracks only the files that existed when it last ran).
fn main() {
    for embedded in ["migrations", "locales", "templates"] {
        println!("cargo:rerun-if-changed={embedded}");
    }
}
